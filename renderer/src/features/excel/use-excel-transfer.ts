/**
 * React hook around excel-client.ts for the Excel export/import UI.
 *
 *   const excel = useExcelTransfer();
 *   excel.state      → { phase: 'idle' | 'exporting' | 'importing', progress: { done, total } | null, error: Message | null }
 *   await excel.exportWorkbook(doc, year, lang) → Uint8Array, or null (cancelled or failed: see state.error)
 *   await excel.readWorkbook(bytes, doc, year)  → ReadWorkbookResult, or null (cancelled or failed)
 *   excel.cancel()                              → stops the running job (its worker is terminated)
 *
 * One job at a time: starting a new one cancels the running one. The job is cancelled when
 * the component unmounts. Errors in `state.error` and in import errors are Messages
 * (codes in shared/i18n/excel.ts: `excel.*`); render them with useRenderMessage.
 * Apply a preview with `applyImport` from shared/excel/import (pure) as one undoable edit.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanDocument } from '@shared/domain/document';
import type { ExcelProgress } from '@shared/excel/export';
import type { ReadWorkbookResult } from '@shared/excel/import';
import { isMessageError, msg, type Message, type MessageLanguage } from '@shared/i18n/message';
import { exportInWorker, importInWorker } from './excel-client';

/** State of the Excel transfer. */
export interface ExcelTransferState {
  phase: 'idle' | 'exporting' | 'importing';
  progress: ExcelProgress | null;
  /** What the last failure was, or null. */
  error: Message | null;
}

/** What useExcelTransfer returns. */
export interface ExcelTransfer {
  state: ExcelTransferState;
  exportWorkbook: (doc: PlanDocument, year: number, language: MessageLanguage) => Promise<Uint8Array | null>;
  readWorkbook: (bytes: Uint8Array, doc: PlanDocument, year: number) => Promise<ReadWorkbookResult | null>;
  cancel: () => void;
}

const IDLE: ExcelTransferState = { phase: 'idle', progress: null, error: null };

function isAbort(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

/** Excel export and import in a worker, with progress and cancel. */
export function useExcelTransfer(): ExcelTransfer {
  const [state, setState] = useState<ExcelTransferState>(IDLE);
  const running = useRef<AbortController | null>(null);

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState(IDLE);
  }, []);

  useEffect(() => () => running.current?.abort(), []);

  const run = useCallback(async <T,>(phase: ExcelTransferState['phase'], job: (onProgress: (p: ExcelProgress) => void, signal: AbortSignal) => Promise<T>): Promise<T | null> => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ phase, progress: null, error: null });
    try {
      const value = await job((progress) => {
        if (running.current === controller) setState({ phase, progress, error: null });
      }, controller.signal);
      if (running.current === controller) {
        running.current = null;
        setState(IDLE);
      }
      return value;
    } catch (err) {
      if (running.current === controller) {
        running.current = null;
        setState(isAbort(err) ? IDLE : { phase: 'idle', progress: null, error: isMessageError(err) ? err.detail : msg('common.unexpectedError') });
      }
      return null;
    }
  }, []);

  const exportWorkbook = useCallback(
    (doc: PlanDocument, year: number, language: MessageLanguage) =>
      run('exporting', (onProgress, signal) => exportInWorker(doc, year, language, onProgress, { signal })),
    [run],
  );
  const readWorkbook = useCallback(
    (bytes: Uint8Array, doc: PlanDocument, year: number) => run('importing', (onProgress, signal) => importInWorker(bytes, doc, year, onProgress, { signal })),
    [run],
  );

  return { state, exportWorkbook, readWorkbook, cancel };
}
