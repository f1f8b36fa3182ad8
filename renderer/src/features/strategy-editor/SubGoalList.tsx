/** Delmål under one innsatsområde: edit, reorder, delete (with confirmation), add. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '@shared/domain';
import type { FocusArea, SubGoal } from '@shared/domain';
import { addSubGoal, deleteSubGoal, moveSubGoal, updateSubGoal } from '@shared/edits';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DraftField } from '../../ui/DraftField';
import type { RunEdit } from '../../ui/use-edit';
import { ItemControls } from './ItemControls';
import { usePendingFocus } from './use-pending-focus';
import { ErrorText } from '../../ui/ErrorText';

/** Props of SubGoalList. */
export interface SubGoalListProps {
  focusArea: FocusArea;
  runEdit: RunEdit;
}

/** The sub-goal list. */
export function SubGoalList({ focusArea, runEdit }: SubGoalListProps) {
  const { t } = useTranslation();
  const id = useId();
  const [deleting, setDeleting] = useState<SubGoal | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const { pendingFocus, rootRef } = usePendingFocus();
  const kind = t('editor.subGoals.kind');
  const lower = kind.toLocaleLowerCase('nb');


  return (
    <section ref={rootRef} className="se-list se-sublist" aria-labelledby={`${id}-h`} role="group">
      <h3 id={`${id}-h`} className="se-list-heading">
        {t('editor.subGoals.headingOf', { name: focusArea.name })}
      </h3>
      {focusArea.subGoals.length === 0 ? <p className="pl-muted">{t('editor.empty')}</p> : null}
      <ol className="se-items">
        {focusArea.subGoals.map((g, index) => (
          <li key={g.id} data-item={g.id} className="se-item">
            <fieldset className="se-item-fields">
              <legend className="pl-visually-hidden">{t('editor.itemLegend', { kind, index: index + 1, name: g.text })}</legend>
              <DraftField
                persistKey={`${g.id}:text`}
                label={t('editor.itemText')}
                value={g.text}
                onCommit={(text) => runEdit(t('editor.undo.edit', { kind: lower, name: g.text }), (d) => updateSubGoal(d, focusArea.id, g.id, text.trim()))}
              />
            </fieldset>
            <ItemControls
              itemId={g.id}
              name={g.text}
              isFirst={index === 0}
              isLast={index === focusArea.subGoals.length - 1}
              onMove={(delta) => {
                setMessage(runEdit(t('editor.undo.move', { kind: lower, name: g.text }), (d) => moveSubGoal(d, focusArea.id, g.id, delta)));
                pendingFocus.current = `[data-focus-key="${g.id}:${delta < 0 ? 'up' : 'down'}"]`;
              }}
              onDelete={() => setDeleting(g)}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button se-add"
        data-focus-key={`${id}:add`}
        onClick={() => {
          const sgId = newId('sg');
          const refused = runEdit(t('editor.undo.add', { kind: lower }), (d) => addSubGoal(d, focusArea.id, t('editor.subGoals.new'), sgId));
          setMessage(refused);
          if (!refused) pendingFocus.current = `[data-item="${sgId}"] input`;
        }}
      >
        {t('editor.subGoals.add')}
      </button>
      <ErrorText>{message}</ErrorText>
      {deleting ? (
        <ConfirmDialog
          title={t('editor.dialog.title', { name: deleting.text })}
          body={<p>{t('editor.dialog.body')}</p>}
          confirmLabel={t('editor.dialog.confirm')}
          isDanger
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            runEdit(t('editor.undo.delete', { kind: lower, name: deleting.text }), (d) => deleteSubGoal(d, focusArea.id, deleting.id));
            setDeleting(null);
            pendingFocus.current = `[data-focus-key="${id}:add"]`;
          }}
        />
      ) : null}
    </section>
  );
}
