/**
 * Innliming with a preview: per covered cell what it holds now and what it becomes, and
 * every refused cell with the reason (the same messages as typing in the cell). Nothing
 * changes until «Lim inn» is pressed; then every change is applied as one undo step.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { useRenderMessage } from '../../ui/messages';
import type { RunEdit } from '../../ui/use-edit';
import type { PasteCell, PastePlan } from './paste-plan';
import { pasteEdit } from './paste-plan';

/** Props of PastePreviewDialog. */
export interface PastePreviewDialogProps {
  plan: PastePlan;
  /** Number of cells in the pasted block. */
  cellCount: number;
  runEdit: RunEdit;
  /** After the changes were applied. */
  onDone(): void;
  onCancel(): void;
}

/** Rows listed per table; a larger paste says how many more there are. */
const SHOWN = 300;

/** The paste preview. */
export function PastePreviewDialog({ plan, cellCount, runEdit, onDone, onCancel }: PastePreviewDialogProps) {
  const { t } = useTranslation();
  const render = useRenderMessage();
  const [error, setError] = useState<string | null>(null);
  const count = plan.changes.length;

  const columnName = (c: PasteCell) => t(`plan.table.columns.${c.column}`);
  const value = (c: PasteCell, text: string) => {
    if (text === '') return t('plan.paste.empty');
    if (c.column === 'status') return t(`plan.actionStatus.${text}`, { defaultValue: text });
    if (c.column === 'priority') return t(`plan.priority.${text}`, { defaultValue: text });
    return text;
  };
  const more = (total: number) => (total > SHOWN ? <p className="pl-muted">{t('plan.paste.more', { count: total - SHOWN })}</p> : null);

  const confirm = () => {
    const refused = runEdit(t('plan.paste.undo', { count }), pasteEdit(plan));
    if (refused) setError(refused);
    else onDone();
  };

  return (
    <Dialog
      title={t('plan.paste.title', { count: cellCount })}
      description={
        <>
          <p>{t('plan.paste.summary', { changed: count, unchanged: plan.unchanged, refused: plan.refused.length })}</p>
          {plan.outside > 0 ? <p>{t('plan.paste.outside', { count: plan.outside })}</p> : null}
        </>
      }
      className="pl-carry"
      initialFocus="dialog"
      onClose={onCancel}
      buttons={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button-primary" disabled={count === 0} onClick={confirm}>
            {t('plan.paste.confirm', { count })}
          </button>
        </>
      }
    >
      {count === 0 ? <p>{t('plan.paste.nothing')}</p> : null}
      {count > 0 ? (
        <div className="pl-carry-scroll">
          <table className="pl-carry-table">
            <caption>{t('plan.paste.changesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.paste.action')}</th>
                <th scope="col">{t('plan.paste.column')}</th>
                <th scope="col">{t('plan.paste.before')}</th>
                <th scope="col">{t('plan.paste.after')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.changes.slice(0, SHOWN).map((c) => (
                <tr key={`${c.actionId}:${c.column}`}>
                  <th scope="row">{c.number}</th>
                  <td>{columnName(c)}</td>
                  <td>{value(c, c.before)}</td>
                  <td>{value(c, c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {more(count)}
        </div>
      ) : null}
      {plan.refused.length > 0 ? (
        <div className="pl-carry-scroll">
          <table className="pl-carry-table">
            <caption>{t('plan.paste.refusedCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.paste.action')}</th>
                <th scope="col">{t('plan.paste.column')}</th>
                <th scope="col">{t('plan.paste.pasted')}</th>
                <th scope="col">{t('plan.paste.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.refused.slice(0, SHOWN).map((c) => (
                <tr key={`${c.actionId}:${c.column}`}>
                  <th scope="row">{c.number}</th>
                  <td>{columnName(c)}</td>
                  <td>{c.after === '' ? t('plan.paste.empty') : c.after}</td>
                  <td className="pl-finding-error">{render(c.error)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {more(plan.refused.length)}
        </div>
      ) : null}
      <ErrorText>{error}</ErrorText>
    </Dialog>
  );
}
