/**
 * The errors of a refused status import: cell errors as a table (ark, rad, kolonne, felt,
 * forventet, fant) in reading order, other errors (the whole file, a missing sheet or
 * column, a closed period) as a list — rendered from their codes in the UI language.
 */
import { useTranslation } from 'react-i18next';
import { isCellError, type ImportError } from '@shared/excel/import';
import { isMessage } from '@shared/i18n/message';
import { useRenderMessage } from '../../ui/messages';

/** Props of StatusImportErrorList. */
export interface StatusImportErrorListProps {
  errors: readonly ImportError[];
}

/** The list of status import errors. */
export function StatusImportErrorList({ errors }: StatusImportErrorListProps) {
  const { t } = useTranslation();
  const render = useRenderMessage();
  const cellErrors = errors.filter(isCellError);
  const other = errors.filter((e) => !isCellError(e));
  const param = (e: ImportError, key: 'expected' | 'found' | 'reason') => {
    const value = e.params?.[key];
    return isMessage(value) ? render(value) : '';
  };
  const found = (e: ImportError) => [param(e, 'found'), param(e, 'reason')].filter((s) => s !== '').join(' – ');
  return (
    <>
      {other.length > 0 ? (
        <section aria-label={t('statusWorkbook.ui.otherErrors')}>
          <ul className="sw-error-list">
            {other.map((e, i) => (
              <li key={`${e.code}-${i}`}>{render(e, e.where?.row !== undefined)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {cellErrors.length > 0 ? (
        <table className="sw-table">
          <caption>{t('statusWorkbook.ui.errorsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statusWorkbook.ui.columns.sheet')}</th>
              <th scope="col">{t('statusWorkbook.ui.columns.row')}</th>
              <th scope="col">{t('statusWorkbook.ui.columns.column')}</th>
              <th scope="col">{t('statusWorkbook.ui.columns.field')}</th>
              <th scope="col">{t('statusWorkbook.ui.columns.expected')}</th>
              <th scope="col">{t('statusWorkbook.ui.columns.found')}</th>
            </tr>
          </thead>
          <tbody>
            {cellErrors.map((e, i) => (
              <tr key={`${e.where?.sheet ?? ''}-${e.where?.row ?? ''}-${e.where?.column ?? ''}-${i}`}>
                <td>{e.where?.sheet}</td>
                <td>{e.where?.row}</td>
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
