/** The status import's preview: per tiltak its Nr, title, last status → new status and comment. */
import { useTranslation } from 'react-i18next';
import type { FollowUpStatus } from '@shared/domain/follow-up';
import type { StatusImportPreview } from '@shared/excel/status';

/** Props of StatusImportPreviewTable. */
export interface StatusImportPreviewTableProps {
  preview: StatusImportPreview;
}

/** The table of tiltak that get a new status. */
export function StatusImportPreviewTable({ preview }: StatusImportPreviewTableProps) {
  const { t } = useTranslation();
  const status = (s: FollowUpStatus | null) => (s === null ? t('statusWorkbook.ui.noStatus') : t(`followUp.status.${s}`));
  return (
    <table className="sw-table">
      <caption>{t('statusWorkbook.ui.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('statusWorkbook.ui.columns.number')}</th>
          <th scope="col">{t('statusWorkbook.ui.columns.title')}</th>
          <th scope="col">{t('statusWorkbook.ui.columns.before')}</th>
          <th scope="col">{t('statusWorkbook.ui.columns.after')}</th>
          <th scope="col">{t('statusWorkbook.ui.columns.comment')}</th>
        </tr>
      </thead>
      <tbody>
        {preview.rows.map((r) => (
          <tr key={r.actionId}>
            <td>{r.number}</td>
            <th scope="row">{r.title}</th>
            <td>{status(r.before)}</td>
            <td>{status(r.after)}</td>
            <td>{r.update.comment}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
