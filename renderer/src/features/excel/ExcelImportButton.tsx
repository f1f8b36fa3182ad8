/**
 * «Importer fra Excel…» for one year's plan: a file input (.xlsx) styled as a button; the
 * chosen file is read in the worker with a visible progress bar (and Avbryt), then the
 * preview or the errors open in ExcelImportDialog. A file larger than the importer accepts
 * is refused from its size, before it is read. Nothing changes until «Bruk endringene».
 */
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, ReadWorkbookResult } from '@shared/excel/import';
import { useAppContext } from '../../app/app-context';
import { useDocumentStore } from '../../state/document-context';
import { useRenderMessage } from '../../ui/messages';
import { ExcelProgressIndicator } from './ExcelProgressIndicator';
import { refuseBySize, XLSX_ACCEPT } from './excel-files';
import { useExcelTransfer } from './use-excel-transfer';

// The dialog applies the import with shared/excel/import, which brings exceljs (~1 MB):
// loaded on the first import (and fetched as soon as a file is chosen), not at start-up.
const loadDialog = () => import('./ExcelImportDialog');
const ExcelImportDialog = lazy(() => loadDialog().then((m) => ({ default: m.ExcelImportDialog })));

/** Props of ExcelImportButton. */
export interface ExcelImportButtonProps {
  year: number;
}

interface OpenDialog {
  fileName: string;
  result: ReadWorkbookResult;
}

/** The import control with its progress and dialog. */
export function ExcelImportButton({ year }: ExcelImportButtonProps) {
  const { t } = useTranslation();
  const render = useRenderMessage();
  const { doc } = useDocumentStore();
  const { setNotice } = useAppContext();
  const transfer = useExcelTransfer();
  const inputId = useId();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const isRunning = transfer.state.phase === 'importing';

  // The worker itself failed (not a bad file: those come back as errors in the result).
  const error = transfer.state.error;
  useEffect(() => {
    if (error !== null) setNotice({ kind: 'error', message: render(error) });
  }, [error, setNotice, render]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it in Excel) reads it again.
    input.value = '';
    if (!file || isRunning) return;
    setNotice(null);
    void loadDialog();
    const refused = refuseBySize(file.size);
    if (refused) {
      setDialog({ fileName: file.name, result: refused });
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      setNotice({ kind: 'error', message: t('excel.import.readFailed', { name: file.name, message: render(e) }) });
      return;
    }
    const result = await transfer.readWorkbook(bytes, doc, year);
    if (result !== null) setDialog({ fileName: file.name, result });
  };

  const onApplied = (preview: ImportPreview) => {
    const name = dialog?.fileName ?? '';
    setDialog(null);
    setNotice({
      kind: 'status',
      message: t('excel.import.applied', { name, added: preview.added.length, changed: preview.changed.length, removed: preview.removed.length }),
    });
  };

  const cancel = () => {
    transfer.cancel();
    setNotice({ kind: 'status', message: t('excel.import.cancelled') });
  };

  return (
    <div className="xl-transfer">
      {/* The real control is the file input (visually hidden, focusable); its label looks
          like a button and shows the input's focus ring (see excel.css). */}
      <input
        id={inputId}
        className="xl-file-input"
        type="file"
        accept={XLSX_ACCEPT}
        aria-disabled={isRunning}
        onChange={(e) => void onFile(e)}
      />
      <label className={isRunning ? 'button xl-file-button is-busy' : 'button xl-file-button'} htmlFor={inputId}>
        {t('excel.import.button')}
      </label>
      <ExcelProgressIndicator kind="import" isRunning={isRunning} progress={transfer.state.progress} onCancel={cancel} />
      {dialog ? (
        <Suspense fallback={null}>
          <ExcelImportDialog fileName={dialog.fileName} year={year} result={dialog.result} onApplied={onApplied} onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
    </div>
  );
}
