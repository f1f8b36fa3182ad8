/**
 * The modal dialog after reading a status workbook: the preview (which tiltak get which
 * status) with «Legg inn oppdateringene» and «Avbryt», or the errors (cell by cell, or the
 * one reason a file is refused). Applying is all-or-nothing and ONE undo step: a single
 * `useEdit` run whose edit is `applyStatusImport` (every update through `addStatusUpdate`);
 * a refusal (the period was closed meanwhile) is shown here and changes nothing.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCellError } from '@shared/excel/import';
import { applyStatusImport, type ReadStatusResult, type StatusImportPreview } from '@shared/excel/status';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { ImportErrorList } from '../../ui/ImportErrorList';
import { useEdit } from '../../ui/use-edit';
import { StatusImportPreviewTable } from './StatusImportPreviewTable';

/** Props of StatusImportDialog. */
export interface StatusImportDialogProps {
  fileName: string;
  year: number;
  /** The period's short name (shown). */
  periodName: string;
  result: ReadStatusResult;
  onApplied(preview: StatusImportPreview): void;
  /** Avbryt / Lukk / Esc: nothing changed. */
  onClose(): void;
}

/** The status import preview / error dialog. */
export function StatusImportDialog({ fileName, year, periodName, result, onApplied, onClose }: StatusImportDialogProps) {
  const { t } = useTranslation();
  const runEdit = useEdit();
  const [applyError, setApplyError] = useState<string | null>(null);
  const preview = result.ok ? result.preview : null;
  const hasUpdates = preview !== null && preview.rows.length > 0;
  const isRefusal = !result.ok && result.errors.every((e) => !isCellError(e) && e.where?.row === undefined);

  const onApply = (p: StatusImportPreview) => {
    const refusal = runEdit(t('statusWorkbook.ui.undoLabel', { name: fileName }), (doc) => applyStatusImport(doc, p));
    if (refusal !== null) {
      setApplyError(t('statusWorkbook.ui.applyFailed', { message: refusal }));
      return;
    }
    onApplied(p);
  };

  const title = !result.ok ? t('statusWorkbook.ui.errorsTitle') : hasUpdates ? t('statusWorkbook.ui.previewTitle') : t('statusWorkbook.ui.noUpdatesTitle');
  return (
    <Dialog
      title={title}
      className="sw-dialog"
      initialFocus="dialog"
      onClose={onClose}
      description={
        <>
          <p className="sw-file">{t('statusWorkbook.ui.file', { name: fileName, year, period: periodName })}</p>
          {!result.ok ? (
            <p>{isRefusal ? t('statusWorkbook.ui.refusedIntro') : t('statusWorkbook.ui.errorCount', { count: result.errors.length })}</p>
          ) : hasUpdates ? (
            <p>{t('statusWorkbook.ui.allOrNothing')}</p>
          ) : (
            <p>{t('statusWorkbook.preview.none')}</p>
          )}
        </>
      }
      buttons={
        hasUpdates && preview ? (
          <>
            <button type="button" className="button" onClick={onClose}>
              {t('statusWorkbook.ui.cancel')}
            </button>
            <button type="button" className="button button-primary" onClick={() => onApply(preview)}>
              {t('statusWorkbook.ui.apply')}
            </button>
          </>
        ) : (
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('statusWorkbook.ui.close')}
          </button>
        )
      }
    >
      {!result.ok ? (
        <ImportErrorList
          errors={result.errors}
          caption={t('statusWorkbook.ui.errorsCaption')}
          otherErrorsLabel={t('statusWorkbook.ui.otherErrors')}
          columns={{
            sheet: t('statusWorkbook.ui.columns.sheet'),
            row: t('statusWorkbook.ui.columns.row'),
            column: t('statusWorkbook.ui.columns.column'),
            field: t('statusWorkbook.ui.columns.field'),
            expected: t('statusWorkbook.ui.columns.expected'),
            found: t('statusWorkbook.ui.columns.found'),
          }}
        />
      ) : null}
      {hasUpdates && preview ? <StatusImportPreviewTable preview={preview} /> : null}
      <ErrorText>{applyError}</ErrorText>
    </Dialog>
  );
}
