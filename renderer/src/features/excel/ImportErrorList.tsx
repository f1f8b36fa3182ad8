/**
 * The errors of a refused import: cell errors as a table (ark, rad, kolonne, felt,
 * forventet, funnet) in reading order, other errors (the whole file, a missing sheet or
 * column, an adopted plan) as a list — every text rendered from its message code in the
 * UI language.
 */
import { useTranslation } from 'react-i18next';
import { isCellError, type ImportError } from '@shared/excel/import';
import { isMessage } from '@shared/i18n/message';
import { useRenderMessage } from '../../ui/messages';

/** Props of ImportErrorList. */
export interface ImportErrorListProps {
  errors: readonly ImportError[];
}

/** The list of import errors. */
export function ImportErrorList({ errors }: ImportErrorListProps) {
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
        <section className="xl-section" aria-label={t('excel.import.otherErrors')}>
          <ul className="xl-error-list">
            {other.map((e, i) => (
              <li key={`${e.code}-${i}`}>{render(e, e.where?.row !== undefined)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {cellErrors.length > 0 ? (
        <table className="xl-table xl-error-table">
          <caption>{t('excel.import.errorsTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('excel.errorTable.sheet')}</th>
              <th scope="col">{t('excel.errorTable.row')}</th>
              <th scope="col">{t('excel.errorTable.column')}</th>
              <th scope="col">{t('excel.errorTable.field')}</th>
              <th scope="col">{t('excel.errorTable.expected')}</th>
              <th scope="col">{t('excel.errorTable.found')}</th>
            </tr>
          </thead>
          <tbody>
            {cellErrors.map((e, i) => (
              <tr key={`${e.where?.sheet ?? ''}-${e.where?.row ?? ''}-${e.where?.column ?? ''}-${i}`}>
                <td>{e.where?.sheet}</td>
                <td className="xl-num">{e.where?.row}</td>
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
