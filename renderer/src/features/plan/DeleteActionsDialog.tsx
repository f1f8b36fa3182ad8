/** Asks before deleting the selected tiltak (one undo step); reports the refusal or success to the table. */
import { useTranslation } from 'react-i18next';
import { deleteActions } from '@shared/edits';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { RunEdit } from '../../ui/use-edit';

/** Props of DeleteActionsDialog. */
export interface DeleteActionsDialogProps {
  ids: readonly string[];
  year: number;
  runEdit: RunEdit;
  /** After «Slett»: null when deleted, else the refusal. */
  onDone(refused: string | null): void;
  onCancel(): void;
}

/** The delete confirmation. */
export function DeleteActionsDialog({ ids, year, runEdit, onDone, onCancel }: DeleteActionsDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('plan.bulk.deleteTitle', { count: ids.length })}
      body={<p>{t('plan.bulk.deleteBody', { year })}</p>}
      confirmLabel={t('plan.bulk.deleteConfirm')}
      isDanger
      onCancel={onCancel}
      onConfirm={() => onDone(runEdit(t('plan.undo.deleteActions', { count: ids.length }), (d) => deleteActions(d, [...ids])))}
    />
  );
}
