/**
 * The errors of a refused import: cell errors as a table (ark, rad, kolonne, felt,
 * forventet, funnet) in reading order, other errors (the whole file, a missing sheet or
 * column, an adopted plan) as a list of their messages.
 */
import { useTranslation } from 'react-i18next';
import type { ImportError } from '@shared/excel/import';

/** Props of ImportErrorList. */
export interface ImportErrorListProps {
  errors: readonly ImportError[];
}

/** The list of import errors. */
export function ImportErrorList({ errors }: ImportErrorListProps) {
  const { t } = useTranslation();
  const cellErrors = errors.filter((e) => e.code === 'cell');
  const other = errors.filter((e) => e.code !== 'cell');
  return (
    <>
      {other.length > 0 ? (
        <section className="xl-section" aria-label={t('excel.import.otherErrors')}>
          <ul className="xl-error-list">
            {other.map((e, i) => (
              <li key={`${e.code}-${i}`}>{e.message}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {cellErrors.length > 0 ? (
        <table className="xl-table xl-error-table">
          <caption>{t('excel.import.errorsTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('excel.columns.sheet')}</th>
              <th scope="col">{t('excel.columns.row')}</th>
              <th scope="col">{t('excel.columns.column')}</th>
              <th scope="col">{t('excel.columns.field')}</th>
              <th scope="col">{t('excel.columns.expected')}</th>
              <th scope="col">{t('excel.columns.found')}</th>
            </tr>
          </thead>
          <tbody>
            {cellErrors.map((e, i) => (
              <tr key={`${e.sheet ?? ''}-${e.row ?? ''}-${e.column ?? ''}-${i}`}>
                <td>{e.sheet}</td>
                <td className="xl-num">{e.row}</td>
                <td>{e.column}</td>
                <td>{e.field}</td>
                <td>{e.expected}</td>
                <td>{e.found}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
