/** «Eksporter til Excel…» for one year's plan, with the export's progress beside it. */
import { useTranslation } from 'react-i18next';
import { ExcelProgressIndicator } from './ExcelProgressIndicator';
import { useExcelExport } from './use-excel-export';

/** Props of ExcelExportButton. */
export interface ExcelExportButtonProps {
  year: number;
}

/** The export button. */
export function ExcelExportButton({ year }: ExcelExportButtonProps) {
  const { t } = useTranslation();
  const excel = useExcelExport();
  return (
    <div className="xl-transfer">
      {/* aria-disabled, not disabled: the button keeps focus while the export runs. */}
      <button type="button" className="button" aria-disabled={excel.isRunning} onClick={() => (excel.isRunning ? undefined : void excel.start(year))}>
        {t('excel.export.button')}
      </button>
      <ExcelProgressIndicator kind="export" isRunning={excel.isRunning} progress={excel.progress} onCancel={excel.cancel} />
    </div>
  );
}
