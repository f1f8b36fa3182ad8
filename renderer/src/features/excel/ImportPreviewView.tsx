/**
 * What an import would change: the tiltak to be added, the changed ones field by field
 * (before → after), the ones to be removed, and a changed frame. Long lists stop after
 * MAX_LISTED entries with a count of the rest.
 */
import { useId } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, Strategy } from '@shared/domain';
import type { ImportPreview } from '@shared/excel/import';
import { FieldDiffTable } from './FieldDiffTable';
import { actionDiffs, frameDiffs } from './import-diff';
import { useFormat } from '../../ui/format';

/** Entries shown per list; the rest is counted. */
export const MAX_LISTED = 200;

/** Props of ImportPreviewView. */
export interface ImportPreviewViewProps {
  preview: ImportPreview;
  strategy: Strategy;
}

/** The preview of an import. */
export function ImportPreviewView({ preview, strategy }: ImportPreviewViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const baseId = useId();
  const translate = (key: string, options?: Record<string, string | number>) => (options ? t(key, options) : t(key));
  const { added, changed, removed, frame } = preview;

  const section = (key: string, title: string, children: ReactNode) => (
    <section className="xl-section" aria-labelledby={`${baseId}-${key}`}>
      <h3 id={`${baseId}-${key}`}>{title}</h3>
      {children}
    </section>
  );
  const more = (total: number) => (total > MAX_LISTED ? <p className="xl-more">{t('excel.import.more', { count: total - MAX_LISTED })}</p> : null);
  const actionList = (actions: readonly Action[], caption: string) => (
    <>
      <table className="xl-table">
        <caption className="xl-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('excel.fields.number')}</th>
            <th scope="col">{t('excel.fields.title')}</th>
            <th scope="col" className="xl-num">
              {t('excel.fields.cost')}
            </th>
          </tr>
        </thead>
        <tbody>
          {actions.slice(0, MAX_LISTED).map((a) => (
            <tr key={a.id}>
              <td>{a.number}</td>
              <td>{a.title}</td>
              <td className="xl-num">{format.kroner(a.cost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more(actions.length)}
    </>
  );

  const addedTitle = t('excel.import.added', { count: added.length });
  const removedTitle = t('excel.import.removed', { count: removed.length });
  return (
    <>
      {preview.kind === 'starter' ? <p>{t('excel.import.starterSheet')}</p> : null}
      {added.length > 0 ? section('added', addedTitle, actionList(added, addedTitle)) : null}
      {changed.length > 0
        ? section(
            'changed',
            t('excel.import.changed', { count: changed.length }),
            <>
              {changed.slice(0, MAX_LISTED).map((c) => (
                <FieldDiffTable
                  key={c.before.id}
                  caption={t('excel.import.changedAction', { number: c.before.number, title: c.before.title })}
                  diffs={actionDiffs(c.before, c.after, strategy, translate, format.language)}
                />
              ))}
              {more(changed.length)}
            </>,
          )
        : null}
      {removed.length > 0 ? section('removed', removedTitle, actionList(removed, removedTitle)) : null}
      {frame
        ? section('frame', t('excel.import.frameChanged'), <FieldDiffTable caption={t('excel.import.frameChanged')} diffs={frameDiffs(frame.before, frame.after, strategy, format.language)} />)
        : null}
    </>
  );
}
