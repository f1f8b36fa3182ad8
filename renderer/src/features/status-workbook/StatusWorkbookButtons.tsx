/**
 * The status round trip's two buttons for the Oppfølging screen: «Eksporter statusark…» and
 * «Importer statusark…» for `{ year, periodId }` (issue 12, point 7). Self-contained: the
 * route that composes the Oppfølging screen renders this.
 */
import './status-workbook.css';
import { StatusWorkbookExportButton } from './StatusWorkbookExportButton';
import { StatusWorkbookImportButton } from './StatusWorkbookImportButton';

/** Props of StatusWorkbookButtons. */
export interface StatusWorkbookButtonsProps {
  year: number;
  periodId: string;
  /** Forfatter of imported updates (optional). */
  author?: string;
}

/** Export and import of the status workbook. */
export function StatusWorkbookButtons({ year, periodId, author }: StatusWorkbookButtonsProps) {
  return (
    <div className="sw-buttons">
      <StatusWorkbookExportButton year={year} periodId={periodId} />
      <StatusWorkbookImportButton year={year} periodId={periodId} {...(author !== undefined ? { author } : {})} />
    </div>
  );
}
