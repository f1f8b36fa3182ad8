/** The Excel buttons of a year's plan (Økonomi view): export and import, each with its progress. */
import { useTranslation } from 'react-i18next';
import { ExcelExportButton } from './ExcelExportButton';
import { ExcelImportButton } from './ExcelImportButton';
import './excel.css';

/** Props of ExcelTransferButtons. */
export interface ExcelTransferButtonsProps {
  year: number;
}

/** Eksporter til Excel… and Importer fra Excel… for `year`. */
export function ExcelTransferButtons({ year }: ExcelTransferButtonsProps) {
  const { t } = useTranslation();
  return (
    <div className="xl-buttons" role="group" aria-label={t('excel.group', { year })}>
      <ExcelExportButton year={year} />
      <ExcelImportButton year={year} />
    </div>
  );
}
