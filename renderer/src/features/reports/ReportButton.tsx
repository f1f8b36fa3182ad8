/**
 * «Lag rapport (.docx) …» for one plan year and reporting period: builds the tertialrapport
 * (or the årsrapport for the year's last period) with shared/report — loaded on demand, so
 * the docx library stays out of the first load — and saves it through DesktopApi.saveExport
 * (a save dialog in Electron, a download in the browser), as the Excel export does. The
 * outcome goes to the notice area. A closed period is reported from its snapshot.
 * Beside it, «Skriv ut / lagre som PDF» opens the same report in the print route
 * (`utskrift/<år>/rapport/<periode>`), from which it is printed or saved as PDF.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuiltReport } from '@shared/report';
import { useAppContext } from '../../app/app-context';
import { strategyHref } from '../../app/hash-route';
import { PRINT_REPORT_PARAM, PRINT_SECTION } from '../../app/sections';
import { getDesktopApi } from '../../platform';
import { useDocumentStore } from '../../state/document-context';
import { useLanguage } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';
import { reportFileName } from './report-files';

/** Props of ReportButton. */
export interface ReportButtonProps {
  year: number;
  /** The reporting period's id (T1, K2, or a custom period's id). */
  periodId: string;
}

/** Today as YYYY-MM-DD in local time (the report's date). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The report button. */
export function ReportButton({ year, periodId }: ReportButtonProps) {
  const { t } = useTranslation();
  const render = useRenderMessage();
  const language = useLanguage();
  const { doc } = useDocumentStore();
  const { setNotice } = useAppContext();
  const [isRunning, setRunning] = useState(false);
  const running = useRef(false);

  const run = async () => {
    if (running.current) return;
    running.current = true;
    setRunning(true);
    try {
      let made: BuiltReport;
      try {
        const { buildReport } = await import('@shared/report');
        made = await buildReport(doc, { year, period: periodId, language, date: today() });
      } catch (e) {
        setNotice({ kind: 'error', message: t('report.button.failed', { message: e instanceof Error ? e.message : String(e) }) });
        return;
      }
      if (!made.ok) {
        setNotice({ kind: 'error', message: t('report.button.failed', { message: render(made.error) }) });
        return;
      }
      const organisation = doc.strategy.organisation.trim() || doc.strategy.name.trim();
      const suggestedName = reportFileName(t('report.button.fileName', { title: made.title, organisation }), t);
      // ArrayBuffer-backed for the IPC payload (a copy only if the bytes sit in a shared buffer).
      const bytes = made.bytes.buffer instanceof ArrayBuffer ? new Uint8Array(made.bytes.buffer, made.bytes.byteOffset, made.bytes.byteLength) : new Uint8Array(made.bytes);
      try {
        const res = await getDesktopApi().saveExport({ bytes, suggestedName, kind: 'docx' });
        if (res.ok) setNotice({ kind: 'status', message: t('report.button.saved', { title: made.title, name: res.value.name }) });
        else if (res.error.code !== 'cancelled') setNotice({ kind: 'error', message: t('report.button.saveFailed', { message: res.error.message }) });
      } catch (e) {
        setNotice({ kind: 'error', message: t('report.button.saveFailed', { message: e instanceof Error ? e.message : String(e) }) });
      }
    } finally {
      running.current = false;
      setRunning(false);
    }
  };

  return (
    <span className="report-button">
      {/* aria-disabled, not disabled: the button keeps focus while the report is made. */}
      <button type="button" className="button" aria-disabled={isRunning} onClick={() => void run()}>
        {t('report.button.label')}
      </button>
      <span role="status" className="pl-visually-hidden">
        {isRunning ? t('report.button.working') : ''}
      </span>
      <a className="button" href={strategyHref(doc.strategy.id, PRINT_SECTION, String(year), PRINT_REPORT_PARAM, periodId)}>
        {t('report.button.print')}
      </a>
    </span>
  );
}
