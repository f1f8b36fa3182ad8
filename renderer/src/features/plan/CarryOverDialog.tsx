/**
 * Videreføring with a preview: which unfinished tiltak of `from` come along to `to`, with
 * their dates (kept, or moved when the user asks) and the remaining cost, a choice per
 * tiltak and the result in one sentence. Nothing changes until «Viderefør» is pressed; the
 * preview and the edit are the same pure functions (`previewCarryOver`, `carryOverPlan`).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '@shared/domain';
import { carryOverPlan, previewCarryOver } from '@shared/edits';
import type { CarryOverOptions } from '@shared/edits';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { useFormat } from '../../ui/format';
import type { RunEdit } from '../../ui/use-edit';

/** Props of CarryOverDialog. */
export interface CarryOverDialogProps {
  doc: PlanDocument;
  from: number;
  to: number;
  runEdit: RunEdit;
  /** After the edit was applied. */
  onDone(): void;
  onCancel(): void;
}

/** The carry-over dialog. The owner checks first that `previewCarryOver` does not refuse. */
export function CarryOverDialog({ doc, from, to, runEdit, onDone, onCancel }: CarryOverDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const initial = useMemo(() => previewCarryOver(doc, from, to), [doc, from, to]);
  const [chosen, setChosen] = useState<readonly string[]>(() => initial.candidates.filter((c) => c.isSelected).map((c) => c.actionId));
  const [moveDates, setMoveDates] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const options: CarryOverOptions = { actionIds: chosen, moveDates };
  const preview = previewCarryOver(doc, from, to, options);
  const date = (d: string | null) => (d === null ? t('plan.carryDialog.noDate') : format.date(d));
  const dateCell = (before: string | null, after: string | null) =>
    before === after ? date(before) : t('plan.carryDialog.becomes', { before: date(before), after: date(after) });
  const status = (s: string) => t(`plan.actionStatus.${s}`);

  const toggle = (id: string, isChecked: boolean) =>
    setChosen((list) => (isChecked ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id)));

  const confirm = () => {
    const refused = runEdit(t('plan.undo.carryOver', { from, to }), (d) => carryOverPlan(d, from, to, options));
    if (refused) setError(refused);
    else onDone();
  };

  const canConfirm = preview.selectedCount > 0 || preview.createsPlan;
  return (
    <Dialog
      title={t('plan.carryDialog.heading', { from, to })}
      description={
        <>
          <p>{t('plan.carryDialog.intro', { to })}</p>
          <p>{preview.createsPlan ? t('plan.carryDialog.createsPlan', { from, to }) : t('plan.carryDialog.intoExisting', { to })}</p>
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
          <button type="button" className="button button-primary" disabled={!canConfirm} onClick={confirm}>
            {preview.selectedCount > 0 ? t('plan.carryDialog.confirm') : t('plan.carryDialog.confirmEmpty')}
          </button>
        </>
      }
    >
      {preview.candidates.length === 0 ? (
        <p>{t('plan.carryDialog.none', { from })}</p>
      ) : (
        <div className="pl-carry-scroll">
          <table className="pl-carry-table">
            <caption>{t('plan.carryDialog.tableCaption', { from })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('plan.carryDialog.include')}</th>
                <th scope="col">{t('plan.carryDialog.number')}</th>
                <th scope="col">{t('plan.carryDialog.titleColumn')}</th>
                <th scope="col">{t('plan.carryDialog.status')}</th>
                <th scope="col">{t('plan.carryDialog.start')}</th>
                <th scope="col">{t('plan.carryDialog.deadline')}</th>
                <th scope="col" className="pl-carry-num">
                  {t('plan.carryDialog.remaining')}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.candidates.map((c) => (
                <tr key={c.actionId} className={c.isSelected ? undefined : 'pl-carry-off'}>
                  <td>
                    <input
                      type="checkbox"
                      checked={c.isSelected}
                      aria-label={t('plan.carryDialog.includeAction', { number: c.number, title: c.title })}
                      onChange={(e) => toggle(c.actionId, e.target.checked)}
                    />
                  </td>
                  <td>{c.isSelected && c.newNumber !== c.number ? t('plan.carryDialog.newNumber', { before: c.number, after: c.newNumber }) : c.number}</td>
                  <th scope="row">{c.title}</th>
                  <td>{c.newStatus === c.status ? status(c.status) : t('plan.carryDialog.statusBecomes', { before: status(c.status), after: status(c.newStatus) })}</td>
                  <td>{dateCell(c.start, c.newStart)}</td>
                  <td>{dateCell(c.deadline, c.newDeadline)}</td>
                  <td className="pl-carry-num">{format.kroner(c.remainingCost)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.alreadyCarried.length > 0 ? (
        <p>{t('plan.carryDialog.alreadyCarried', { to, list: preview.alreadyCarried.map((a) => `${a.number} ${a.title}`).join(', ') })}</p>
      ) : null}
      {preview.candidates.length > 0 ? (
        <>
          <label className="pl-check">
            <input type="checkbox" checked={moveDates} onChange={(e) => setMoveDates(e.target.checked)} />{' '}
            {t('plan.carryDialog.moveDates', { years: to - from })}
          </label>
          <p className="pl-muted">{t('plan.carryDialog.keepDatesHint')}</p>
          {!preview.hasSpending ? <p className="pl-muted">{t('plan.carryDialog.costNote')}</p> : null}
        </>
      ) : null}
      <p className="pl-carry-result" role="status">
        {preview.selectedCount > 0
          ? t('plan.carryDialog.result', { count: preview.selectedCount, to, cost: format.kroner(preview.selectedCost) })
          : t('plan.carryDialog.resultNone')}
      </p>
      <ErrorText>{error}</ErrorText>
    </Dialog>
  );
}
