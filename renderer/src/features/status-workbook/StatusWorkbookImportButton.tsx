/**
 * «Importer statusark…» for one plan and period: a file input (.xlsx) styled as a button;
 * the chosen file is read with shared/excel/status (loaded on first use), then the preview
 * or the errors open in StatusImportDialog. A file larger than the importer accepts is
 * refused from its size, before it is read. Nothing changes until «Legg inn oppdateringene».
 */
import { lazy, Suspense, useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findPeriod } from '@shared/domain/follow-up';
import type { ReadStatusResult, StatusImportPreview } from '@shared/excel/status';
import { useAppContext } from '../../app/app-context';
import { useDocumentStore } from '../../state/document-context';
import { useRenderMessage } from '../../ui/messages';
import { localToday, refuseStatusBySize, STATUS_XLSX_ACCEPT } from './status-workbook-files';

// The dialog applies with shared/excel/status, which brings exceljs (~1 MB): loaded on the
// first import (fetched as soon as a file is chosen), not with the Oppfølging screen.
const loadDialog = () => import('./StatusImportDialog');
const StatusImportDialog = lazy(() => loadDialog().then((m) => ({ default: m.StatusImportDialog })));

/** Props of StatusWorkbookImportButton. */
export interface StatusWorkbookImportButtonProps {
  year: number;
  periodId: string;
  /** Forfatter of the updates (the name the follow-up screen remembers); empty when not given. */
  author?: string;
}

interface OpenDialog {
  fileName: string;
  result: ReadStatusResult;
}

/** The import control with its dialog. */
export function StatusWorkbookImportButton({ year, periodId, author = '' }: StatusWorkbookImportButtonProps) {
  const { t } = useTranslation();
  const render = useRenderMessage();
  const { doc } = useDocumentStore();
  const { setNotice } = useAppContext();
  const inputId = useId();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [isRunning, setIsRunning] = useState(false);
  const plan = doc.plans.find((p) => p.year === year);
  const periodName = (plan ? findPeriod(plan, periodId)?.shortName : undefined) ?? periodId;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it in Excel) reads it again.
    input.value = '';
    if (!file || isRunning) return;
    void loadDialog();
    const refused = refuseStatusBySize(file.size);
    if (refused) {
      setDialog({ fileName: file.name, result: refused });
      return;
    }
    setIsRunning(true);
    setNotice({ kind: 'status', message: t('statusWorkbook.ui.reading') });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { readStatusWorkbook } = await import('@shared/excel/status');
      const result = await readStatusWorkbook(bytes, doc, year, periodId, { date: localToday(), author });
      setNotice(null);
      setDialog({ fileName: file.name, result });
    } catch (e) {
      setNotice({ kind: 'error', message: t('statusWorkbook.ui.readFailed', { name: file.name, message: render(e) }) });
    } finally {
      setIsRunning(false);
    }
  };

  const onApplied = (preview: StatusImportPreview) => {
    const name = dialog?.fileName ?? '';
    setDialog(null);
    setNotice({ kind: 'status', message: t('statusWorkbook.ui.applied', { name, count: preview.rows.length }) });
  };

  return (
    <div className="sw-transfer">
      <input id={inputId} className="sw-file-input" type="file" accept={STATUS_XLSX_ACCEPT} aria-disabled={isRunning} onChange={(e) => void onFile(e)} />
      <label className="button sw-file-button" htmlFor={inputId}>
        {t('statusWorkbook.ui.importButton')}
      </label>
      {dialog ? (
        <Suspense fallback={null}>
          <StatusImportDialog fileName={dialog.fileName} year={year} periodName={periodName} result={dialog.result} onApplied={onApplied} onClose={() => setDialog(null)} />
        </Suspense>
      ) : null}
    </div>
  );
}
