/** A table of changed fields: Felt · Før · Etter. */
import { useTranslation } from 'react-i18next';
import type { FieldDiff } from './import-diff';

/** Props of FieldDiffTable. */
export interface FieldDiffTableProps {
  /** Caption: what changed (e.g. «Tiltak 3 – Kartlegging …»). */
  caption: string;
  diffs: readonly FieldDiff[];
}

/** Field-by-field before → after. */
export function FieldDiffTable({ caption, diffs }: FieldDiffTableProps) {
  const { t } = useTranslation();
  const value = (text: string) => (text === '' ? <span className="xl-empty">{t('excel.import.emptyValue')}</span> : text);
  return (
    <table className="xl-table xl-diff-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('excel.errorTable.field')}</th>
          <th scope="col">{t('excel.import.before')}</th>
          <th scope="col">{t('excel.import.after')}</th>
        </tr>
      </thead>
      <tbody>
        {diffs.map((d) => (
          <tr key={d.key}>
            <th scope="row">{t(`excel.fields.${d.key}`)}</th>
            <td className="xl-before">{value(d.before)}</td>
            <td className="xl-after">{value(d.after)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
