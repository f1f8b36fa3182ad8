/** «Slett scenario?» — deleting a variant never touches the plan; undo brings it back. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteScenario } from '@shared/edits';
import type { KontrollInput } from '@shared/rules';
import { useAppContext } from '../../app/app-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { RunEdit } from '../../ui/use-edit';

/** Props of DeleteScenarioDialog. */
export interface DeleteScenarioDialogProps {
  input: KontrollInput;
  scenarioId: string;
  name: string;
  runEdit: RunEdit;
  /** Called after deleting (`true`) or cancelling (`false`). */
  onDone(isDeleted: boolean): void;
}

/** The delete confirmation. */
export function DeleteScenarioDialog({ input, scenarioId, name, runEdit, onDone }: DeleteScenarioDialogProps) {
  const { t } = useTranslation();
  const { setNotice } = useAppContext();
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    const refused = runEdit(t('scenarios.undo.delete', { name }), (d) => deleteScenario(d, input.plan.id, scenarioId));
    if (refused) {
      setError(refused);
      return;
    }
    setNotice({ kind: 'status', message: t('scenarios.list.deleted', { name }) });
    onDone(true);
  };
  return (
    <ConfirmDialog
      title={t('scenarios.delete.title', { name })}
      body={<p>{t('scenarios.delete.body', { year: input.plan.year })}</p>}
      confirmLabel={t('scenarios.delete.confirm')}
      isDanger
      error={error}
      onConfirm={confirm}
      onCancel={() => onDone(false)}
    />
  );
}
