/**
 * «Eksporter statusark…» for one plan and period: builds the status workbook (shared/excel/status,
 * loaded on first use so exceljs is not part of start-up) in the UI language and hands it
 * to DesktopApi.saveExport — a save dialog in Electron, a download in the browser. The
 * outcome goes to the notice area. A status workbook has one row per tiltak and KPI, so it
 * is built on the main thread (the budget workbook's worker serves plans of 100 000 rows).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findPeriod } from '@shared/domain/follow-up';
import { useAppContext } from '../../app/app-context';
import { getDesktopApi } from '../../platform';
import { useDocumentStore } from '../../state/document-context';
import { useRenderMessage } from '../../ui/messages';
import { statusFileName } from './status-workbook-files';

/** Props of StatusWorkbookExportButton. */
export interface StatusWorkbookExportButtonProps {
  year: number;
  periodId: string;
  /** Only this ansvarlig's tiltak (optional). */
  owner?: string;
}

/** The export button. */
export function StatusWorkbookExportButton({ year, periodId, owner }: StatusWorkbookExportButtonProps) {
  const { t, i18n } = useTranslation();
  const render = useRenderMessage();
  const { doc } = useDocumentStore();
  const { setNotice } = useAppContext();
  const [isRunning, setIsRunning] = useState(false);

  const onClick = async () => {
    const plan = doc.plans.find((p) => p.year === year);
    if (!plan) {
      setNotice({ kind: 'error', message: t('statusWorkbook.ui.noPlan', { year }) });
      return;
    }
    const period = findPeriod(plan, periodId)?.shortName ?? periodId;
    setIsRunning(true);
    setNotice({ kind: 'status', message: t('statusWorkbook.ui.exporting') });
    try {
      let made: Uint8Array;
      try {
        const { exportStatusWorkbook } = await import('@shared/excel/status');
        made = await exportStatusWorkbook(doc, year, periodId, { language: i18n.language === 'en' ? 'en' : 'nb', ...(owner ? { owner } : {}) });
      } catch (e) {
        setNotice({ kind: 'error', message: t('statusWorkbook.ui.exportFailed', { message: render(e) }) });
        return;
      }
      const bytes = made.buffer instanceof ArrayBuffer ? new Uint8Array(made.buffer, made.byteOffset, made.byteLength) : new Uint8Array(made);
      const organisation = doc.strategy.organisation.trim() || doc.strategy.name.trim();
      const suggestedName = statusFileName(t('statusWorkbook.ui.fileName', { year, period, organisation }), t);
      const res = await getDesktopApi().saveExport({ bytes, suggestedName, kind: 'xlsx' });
      if (res.ok) setNotice({ kind: 'status', message: t('statusWorkbook.ui.saved', { year, period, name: res.value.name }) });
      else if (res.error.code === 'cancelled') setNotice(null);
      else setNotice({ kind: 'error', message: t('statusWorkbook.ui.saveFailed', { message: res.error.message }) });
    } catch (e) {
      setNotice({ kind: 'error', message: t('statusWorkbook.ui.saveFailed', { message: e instanceof Error ? e.message : String(e) }) });
    } finally {
      setIsRunning(false);
    }
  };

  return (
    <button type="button" className="button" aria-disabled={isRunning} onClick={() => void (isRunning ? undefined : onClick())}>
      {t('statusWorkbook.ui.exportButton')}
    </button>
  );
}
