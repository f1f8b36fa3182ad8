/**
 * Statusarbeidsbok (issue 12, point 7): the status round trip with owners and partners —
 * export a workbook per plan and period (optionally one ansvarlig's tiltak), import it back
 * with a preview, per-cell errors and an all-or-nothing apply. See ./layout, ./export, ./import.
 */
export { exportStatusWorkbook, type StatusExportOptions } from './export';
export {
  applyStatusImport,
  readKpiNumber,
  readSpending,
  readStatusWorkbook,
  type ReadStatusResult,
  type StatusImportOptions,
  type StatusImportPreview,
  type StatusImportRow,
} from './import';
export { KPI_COLUMNS, STATUS_COLUMNS, kpiCol, statusCol, statusWords, allStatusWords, type StatusWords } from './layout';
