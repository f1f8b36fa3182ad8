/**
 * The errors of a refused import (the Excel budget import and the status workbook): cell
 * errors as a table (ark, rad, kolonne, felt, forventet, funnet) in reading order, other
 * errors (the whole file, a missing sheet or column, an adopted plan, a closed period) as a
 * list — every text rendered from its message code in the UI language. The screen gives
 * the caption, the list's name and the column headers in its own words.
 */
import { useTranslation } from 'react-i18next';
import { isCellError, type ImportError } from '@shared/excel/import';
import { isMessage } from '@shared/i18n/message';
import { useRenderMessage } from './messages';

/** Column headers of the cell error table. */
export interface ImportErrorColumns {
  sheet: string;
  row: string;
  column: string;
  field: string;
  expected: string;
  found: string;
}

/** Props of ImportErrorList. */
export interface ImportErrorListProps {
  errors: readonly ImportError[];
  /** Caption of the cell error table (its accessible name). */
  caption: string;
  /** Name of the region that lists the other errors. */
  otherErrorsLabel: string;
  columns: ImportErrorColumns;
}

/** The list of import errors. */
export function ImportErrorList({ errors, caption, otherErrorsLabel, columns }: ImportErrorListProps) {
  const { t } = useTranslation();
  const render = useRenderMessage();
  const cellErrors = errors.filter(isCellError);
  const other = errors.filter((e) => !isCellError(e));
  const param = (e: ImportError, key: 'expected' | 'found' | 'reason') => {
    const value = e.params?.[key];
    return isMessage(value) ? render(value) : '';
  };
  // Why typed text was refused (an amount with øre, a day that does not exist) follows what was found.
  const found = (e: ImportError) => [param(e, 'found'), param(e, 'reason')].filter((s) => s !== '').join(' – ');
  return (
    <>
      {other.length > 0 ? (
        <section aria-label={otherErrorsLabel}>
          <ul className="import-error-list">
            {other.map((e, i) => (
              <li key={`${e.code}-${i}`}>{render(e, e.where?.row !== undefined)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {cellErrors.length > 0 ? (
        <table className="import-error-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.sheet}</th>
              <th scope="col">{columns.row}</th>
              <th scope="col">{columns.column}</th>
              <th scope="col">{columns.field}</th>
              <th scope="col">{columns.expected}</th>
              <th scope="col">{columns.found}</th>
            </tr>
          </thead>
          <tbody>
            {cellErrors.map((e, i) => (
              <tr key={`${e.where?.sheet ?? ''}-${e.where?.row ?? ''}-${e.where?.column ?? ''}-${i}`}>
                <td>{e.where?.sheet}</td>
                <td className="import-error-num">{e.where?.row}</td>
                <td>{e.where?.column}</td>
                <td>{e.where?.field === undefined ? '' : t(e.where.field)}</td>
                <td>{param(e, 'expected')}</td>
                <td>{found(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
