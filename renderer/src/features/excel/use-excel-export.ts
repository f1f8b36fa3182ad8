/**
 * «Eksporter til Excel»: builds the year's budget workbook in the worker (with progress),
 * then hands it to DesktopApi.saveExport — a save dialog in Electron, a download in the
 * browser — as «Handlingsplan 2025 – <organisasjon>.xlsx». The outcome (saved, failed,
 * no plan for the year) goes to the notice area in the UI language; the workbook's sheets
 * and headers are in the UI language too.
 * Used by the Økonomi view's button and by the menu command (Fil → Eksporter til Excel…).
 */
import { useCallback, useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '@shared/domain';
import type { ExcelProgress } from '@shared/excel/export';
import type { MessageLanguage } from '@shared/i18n/message';
import { useAppContext } from '../../app/app-context';
import { getDesktopApi } from '../../platform';
import { useDocumentStore } from '../../state/document-context';
import { useRenderMessage } from '../../ui/messages';
import { workbookFileName } from './excel-files';
import { useExcelTransfer } from './use-excel-transfer';

/** What useExcelExport returns. */
export interface ExcelExport {
  isRunning: boolean;
  progress: ExcelProgress | null;
  /** Exports the plan for `year`; resolves when saved, refused or failed. */
  start(year: number): Promise<void>;
  cancel(): void;
}

/** The suggested file name of the workbook for `year`, in the UI language. */
export function exportTitle(doc: PlanDocument, year: number, t: TFunction): string {
  const organisation = doc.strategy.organisation.trim() || doc.strategy.name.trim();
  return workbookFileName(t('excel.export.fileName', { year, organisation }), t);
}

/** Excel export of the open document, with its progress and outcome. */
export function useExcelExport(): ExcelExport {
  const { t, i18n } = useTranslation();
  const render = useRenderMessage();
  const { doc } = useDocumentStore();
  const { setNotice } = useAppContext();
  const transfer = useExcelTransfer();
  const { exportWorkbook, cancel: cancelTransfer } = transfer;
  const latest = useRef(doc);
  useEffect(() => {
    latest.current = doc;
  }, [doc]);

  // A failed export (worker error, time limit) comes back in the transfer state.
  const error = transfer.state.error;
  useEffect(() => {
    if (error !== null) setNotice({ kind: 'error', message: t('excel.export.failed', { message: render(error) }) });
  }, [error, setNotice, t, render]);
  const language: MessageLanguage = i18n.language === 'en' ? 'en' : 'nb';

  const start = useCallback(
    async (year: number) => {
      const current = latest.current;
      if (!current.plans.some((p) => p.year === year)) {
        setNotice({ kind: 'error', message: t('excel.export.noPlan', { year }) });
        return;
      }
      const made = await exportWorkbook(current, year, language);
      if (made === null) return;
      // The same bytes, typed as ArrayBuffer-backed for the IPC payload (a copy only if shared).
      const bytes = made.buffer instanceof ArrayBuffer ? new Uint8Array(made.buffer, made.byteOffset, made.byteLength) : new Uint8Array(made);
      const suggestedName = exportTitle(current, year, t);
      try {
        const res = await getDesktopApi().saveExport({ bytes, suggestedName, kind: 'xlsx' });
        if (res.ok) setNotice({ kind: 'status', message: t('excel.export.saved', { year, name: res.value.name }) });
        else if (res.error.code !== 'cancelled') setNotice({ kind: 'error', message: t('excel.export.saveFailed', { year, message: res.error.message }) });
      } catch (e) {
        setNotice({ kind: 'error', message: t('excel.export.saveFailed', { year, message: e instanceof Error ? e.message : String(e) }) });
      }
    },
    [exportWorkbook, setNotice, t, language],
  );

  const cancel = useCallback(() => {
    cancelTransfer();
    setNotice({ kind: 'status', message: t('excel.export.cancelled') });
  }, [cancelTransfer, setNotice, t]);

  return { isRunning: transfer.state.phase === 'exporting', progress: transfer.state.progress, start, cancel };
}
