/**
 * The modal dialog after reading a workbook: the preview of what the import changes
 * (added, changed field by field, removed tiltak, a changed frame) with «Bruk endringene»
 * and «Avbryt», or the reasons it cannot be imported (cell errors with ark, rad, kolonne,
 * felt, forventet, funnet; a refused file; an adopted plan, with the way to reopen it).
 *
 * «Bruk endringene» is all-or-nothing: ONE `apply(label, edit)` whose edit is
 * `applyImport` — one undo step, autosaved in one Dexie transaction. It is tried on the
 * current document first, so a plan that changed since the workbook was read gives a
 * message here instead of a half-applied import. «Avbryt», Esc and «Lukk» change nothing.
 *
 * Modal on the app's one Dialog (native <dialog>): labelled by its title, focus starts on
 * the dialog and stays inside, Esc closes, focus returns to where it was.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '@shared/domain';
import { applyImport, hasChanges, isCellError } from '@shared/excel/import';
import type { ImportPreview, ReadWorkbookResult } from '@shared/excel/import';
import { strategyHref } from '../../app/hash-route';
import { useDocumentStore } from '../../state/document-context';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { PLAN_SECTION } from '../../app/sections';
import { useRenderMessage } from '../../ui/messages';
import { ImportErrorList } from '../../ui/ImportErrorList';
import { ImportPreviewView } from './ImportPreviewView';

/** Props of ExcelImportDialog. */
export interface ExcelImportDialogProps {
  /** Name of the chosen file (shown, and used in the undo label). */
  fileName: string;
  year: number;
  result: ReadWorkbookResult;
  /** Called after the import was applied (as one undo step). */
  onApplied(preview: ImportPreview): void;
  /** Called on Avbryt / Lukk / Esc: nothing was changed. */
  onClose(): void;
}

/** The import preview / error dialog. */
export function ExcelImportDialog({ fileName, year, result, onApplied, onClose }: ExcelImportDialogProps) {
  const { t } = useTranslation();
  const render = useRenderMessage();
  const { doc, apply } = useDocumentStore();
  const [applyError, setApplyError] = useState<string | null>(null);

  const onApply = (preview: ImportPreview) => {
    const base = doc;
    let next: PlanDocument;
    try {
      next = applyImport(base, year, preview);
    } catch (e) {
      setApplyError(t('excel.import.applyFailed', { message: render(e) }));
      return;
    }
    apply(t('excel.import.undoLabel', { name: fileName }), (current) => {
      if (current === base) return next;
      // The document moved on between the click and the store's update: apply to it, or
      // change nothing at all when the preview no longer fits.
      try {
        return applyImport(current, year, preview);
      } catch {
        return current;
      }
    });
    onApplied(preview);
  };

  const preview = result.ok ? result.preview : null;
  const isChange = preview !== null && hasChanges(preview);
  const isAdopted = !result.ok && result.errors.some((e) => e.code === 'excel.sheets.adopted');
  const isRefusal = !result.ok && result.errors.every((e) => !isCellError(e) && e.where?.sheet === undefined);
  const title = !result.ok ? t('excel.import.errorsDialogTitle') : isChange ? t('excel.import.previewTitle') : t('excel.import.noChangesTitle');

  return (
    <Dialog
      title={title}
      className="xl-dialog"
      initialFocus="dialog"
      onClose={onClose}
      description={
        <>
          <p className="xl-file">{t('excel.import.file', { name: fileName, year })}</p>
          {!result.ok ? (
            // A refused file or plan has one reason, not «errors» to fix cell by cell.
            <p>{isRefusal ? t('excel.import.refusedIntro') : t('excel.import.errorsTitle', { count: result.errors.length })}</p>
          ) : isChange && preview ? (
            <>
              <p className="xl-summary">{t('excel.import.summary', { added: preview.added.length, changed: preview.changed.length, removed: preview.removed.length })}</p>
              <p>{t('excel.import.allOrNothing')}</p>
            </>
          ) : (
            <p>{t('excel.import.noChanges')}</p>
          )}
        </>
      }
      buttons={
        isChange && preview ? (
          <>
            <button type="button" className="button" onClick={onClose}>
              {t('excel.import.cancelButton')}
            </button>
            <button type="button" className="button button-primary" onClick={() => onApply(preview)}>
              {t('excel.import.apply')}
            </button>
          </>
        ) : (
          <button type="button" className="button button-primary" onClick={onClose}>
            {t('excel.import.close')}
          </button>
        )
      }
    >
      {!result.ok ? (
        <ImportErrorList
          errors={result.errors}
          caption={t('excel.import.errorsTableCaption')}
          otherErrorsLabel={t('excel.import.otherErrors')}
          columns={{
            sheet: t('excel.errorTable.sheet'),
            row: t('excel.errorTable.row'),
            column: t('excel.errorTable.column'),
            field: t('excel.errorTable.field'),
            expected: t('excel.errorTable.expected'),
            found: t('excel.errorTable.found'),
          }}
        />
      ) : null}
      {isAdopted ? (
        <p className="xl-adopted">
          {t('excel.import.adoptedHelp', { year })}{' '}
          <a href={strategyHref(doc.strategy.id, PLAN_SECTION, String(year))} onClick={onClose}>
            {t('excel.import.goToPlan', { year })}
          </a>
        </p>
      ) : null}
      {isChange && preview ? <ImportPreviewView preview={preview} strategy={doc.strategy} /> : null}
      <ErrorText>{applyError}</ErrorText>
    </Dialog>
  );
}
