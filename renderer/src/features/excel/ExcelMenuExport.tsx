/**
 * The menu command «Eksporter til Excel…» (Fil-menyen in the desktop app, Ctrl+E in the
 * browser) for an open strategy: exports the plan of the year being looked at — the year
 * in the URL on Handlingsplan and Økonomi, else the year those screens open on — and
 * shows the progress in a floating panel, wherever in the workspace the user is.
 */
import { useDocumentStore } from '../../state/document-context';
import { useMenuCommand } from '../../app/use-menu-command';
import { ECONOMY_SECTION, PLAN_SECTION } from '../../app/sections';
import { defaultYear, parseYearParam } from '../../ui/use-plan-data';
import { ExcelProgressIndicator } from './ExcelProgressIndicator';
import { useExcelExport } from './use-excel-export';
import './excel.css';

/** Sections whose first URL parameter is the plan year. */
const YEAR_SECTIONS: readonly string[] = [PLAN_SECTION, ECONOMY_SECTION];

/** Props of ExcelMenuExport. */
export interface ExcelMenuExportProps {
  section: string | null;
  params: string[];
}

/** Handles file:export-excel inside an open strategy. */
export function ExcelMenuExport({ section, params }: ExcelMenuExportProps) {
  const { doc } = useDocumentStore();
  const excel = useExcelExport();
  const year = (section !== null && YEAR_SECTIONS.includes(section) ? parseYearParam(doc, params[0]) : null) ?? defaultYear(doc);
  useMenuCommand((command) => {
    if (command === 'file:export-excel' && !excel.isRunning) void excel.start(year);
  });
  return (
    <div className="xl-floating">
      <ExcelProgressIndicator kind="export" isRunning={excel.isRunning} progress={excel.progress} onCancel={excel.cancel} />
    </div>
  );
}
