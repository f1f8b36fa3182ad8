/**
 * Confirms deleting an element of the føringer. When tiltak hang under it (a satsing, an
 * innsatsområde with its satsinger and delmål, a tverrgående prosjekt) the user must choose
 * where they go: another satsing, an innsatsområde or støtteområde directly, a delmål or a prosjekt;
 * an aktør in use can be removed from the tiltak. Deleting an innsatsområde with satsinger
 * names them and asks whether they go with it or move to another innsatsområde (keeping
 * their tiltak): a satsing is never left under an innsatsområde that no longer exists.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, PlanDocument } from '@shared/domain';
import { deleteStrategyItem, itemLabel } from '@shared/edits';
import type { LinkTarget, StrategyListKey, StrategyLists } from '@shared/edits';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { RunEdit } from '../../ui/use-edit';

/** Props of DeleteItemDialog. */
export interface DeleteItemDialogProps<K extends StrategyListKey> {
  doc: PlanDocument;
  listKey: K;
  item: StrategyLists[K];
  kindLabel: string;
  runEdit: RunEdit;
  onClose(deleted: boolean): void;
}

function affects(doc: PlanDocument, listKey: StrategyListKey, id: string, keepsInitiatives: boolean): (a: Action) => boolean {
  switch (listKey) {
    case 'focusAreas': {
      // As deleteStrategyItem: the area's satsinger (unless they move) and delmål, and direct links to it.
      const ids = new Set(keepsInitiatives ? [] : doc.strategy.initiatives.filter((i) => i.focusAreaId === id).map((i) => i.id));
      const subGoals = new Set(doc.strategy.focusAreas.find((f) => f.id === id)?.subGoals.map((g) => g.id) ?? []);
      return (a) => a.initiativeIds.some((x) => ids.has(x)) || a.focusAreaIds.includes(id) || a.subGoalIds.some((x) => subGoals.has(x));
    }
    case 'initiatives':
      return (a) => a.initiativeIds.includes(id);
    case 'crossCuttingProjects':
      return (a) => a.crossCuttingProjectId === id;
    case 'actors':
      return (a) => a.partnerIds.includes(id) || a.funding.some((f) => f.actorId === id);
    default:
      return () => false;
  }
}

/** The delete dialog. */
export function DeleteItemDialog<K extends StrategyListKey>({ doc, listKey, item, kindLabel, runEdit, onClose }: DeleteItemDialogProps<K>) {
  const { t } = useTranslation();
  const id = useId();
  const [target, setTarget] = useState('');
  const [detach, setDetach] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // For an innsatsområde with satsinger: '' until the planner chose to delete or move them.
  const [initiativesFate, setInitiativesFate] = useState<'' | 'delete' | 'move'>('');
  const [initiativesTarget, setInitiativesTarget] = useState('');
  const name = itemLabel(item);
  const { strategy } = doc;
  const areaInitiatives = listKey === 'focusAreas' ? strategy.initiatives.filter((i) => i.focusAreaId === item.id) : [];
  const otherAreas = listKey === 'focusAreas' ? strategy.focusAreas.filter((f) => f.id !== item.id) : [];
  const subGoalCount = listKey === 'focusAreas' ? (strategy.focusAreas.find((f) => f.id === item.id)?.subGoals.length ?? 0) : 0;
  const keepsInitiatives = areaInitiatives.length > 0 && initiativesFate === 'move';
  const count = doc.actions.filter(affects(doc, listKey, item.id, keepsInitiatives)).length;
  const needsTarget = count > 0 && listKey !== 'actors';
  const doomedInitiatives = new Set(keepsInitiatives ? [] : listKey === 'focusAreas' ? areaInitiatives.map((i) => i.id) : listKey === 'initiatives' ? [item.id] : []);
  const chooseFate = (fate: 'delete' | 'move') => {
    setInitiativesFate(fate);
    // The tiltak's choices depend on it (a satsing that goes cannot take them).
    setTarget('');
  };
  const fateMissing = areaInitiatives.length > 0 && (initiativesFate === '' || (initiativesFate === 'move' && initiativesTarget === ''));

  const confirm = () => {
    const at = target.indexOf(':');
    const kind = target.slice(0, at);
    const targetId = target.slice(at + 1);
    const moveTo: LinkTarget | undefined =
      kind === 'initiative' || kind === 'focusArea' || kind === 'subGoal' || kind === 'project' ? { kind, id: targetId } : undefined;
    const refused = runEdit(t('editor.undo.delete', { kind: kindLabel.toLocaleLowerCase('nb'), name }), (d) =>
      deleteStrategyItem(d, listKey, item.id, { moveTo, detach, ...(keepsInitiatives ? { moveInitiativesTo: initiativesTarget } : {}) }),
    );
    if (refused) setError(refused);
    else onClose(true);
  };

  return (
    <ConfirmDialog
      title={t('editor.dialog.title', { name })}
      body={
        <>
          <p>{t('editor.dialog.body')}</p>
          {listKey === 'focusAreas' && areaInitiatives.length === 0 ? <p>{t('editor.dialog.bodyFocusArea')}</p> : null}
          {areaInitiatives.length > 0 && subGoalCount > 0 ? <p>{t('editor.dialog.bodySubGoals')}</p> : null}
        </>
      }
      confirmLabel={t('editor.dialog.confirm')}
      isDanger
      isConfirmDisabled={fateMissing || (needsTarget && target === '') || (listKey === 'actors' && count > 0 && !detach)}
      error={error}
      onCancel={() => onClose(false)}
      onConfirm={confirm}
    >
      {areaInitiatives.length > 0 ? (
        <fieldset className="pl-checks">
          <legend>{t('editor.dialog.initiativesFate', { count: areaInitiatives.length, names: areaInitiatives.map((i) => i.name).join(', ') })}</legend>
          <div className="pl-check">
            <input id={`${id}-fate-delete`} type="radio" name={`${id}-fate`} checked={initiativesFate === 'delete'} onChange={() => chooseFate('delete')} />
            <label htmlFor={`${id}-fate-delete`}>{t('editor.dialog.deleteInitiatives')}</label>
          </div>
          <div className="pl-check">
            <input
              id={`${id}-fate-move`}
              type="radio"
              name={`${id}-fate`}
              checked={initiativesFate === 'move'}
              disabled={otherAreas.length === 0}
              onChange={() => chooseFate('move')}
            />
            <label htmlFor={`${id}-fate-move`}>{t('editor.dialog.moveInitiatives')}</label>
          </div>
          {initiativesFate === 'move' ? (
            <>
              <label htmlFor={`${id}-fate-to`}>{t('editor.dialog.moveInitiativesTo')}</label>
              <select id={`${id}-fate-to`} value={initiativesTarget} onChange={(e) => setInitiativesTarget(e.target.value)}>
                <option value="">{t('editor.dialog.chooseArea')}</option>
                {otherAreas.map((f) => (
                  <option key={f.id} value={f.id}>
                    {f.name}
                  </option>
                ))}
              </select>
            </>
          ) : null}
        </fieldset>
      ) : null}
      {needsTarget ? (
        <>
          <p>{t('editor.dialog.hasActions', { count })}</p>
          <label htmlFor={`${id}-to`}>{t('editor.dialog.moveTo')}</label>
          <select id={`${id}-to`} value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t('editor.dialog.chooseTarget')}</option>
            {strategy.focusAreas.map((f) => {
              // Per area: the area itself, its delmål, its satsinger (not what is being deleted).
              if (listKey === 'focusAreas' && f.id === item.id) return null;
              // Satsinger that move with a deleted innsatsområde stand under their new one.
              const options = strategy.initiatives.filter(
                (i) => (i.focusAreaId === f.id || (keepsInitiatives && f.id === initiativesTarget && i.focusAreaId === item.id)) && !doomedInitiatives.has(i.id),
              );
              return (
                <optgroup key={f.id} label={f.name}>
                  <option value={`focusArea:${f.id}`}>{t('editor.dialog.directlyUnder', { name: f.name })}</option>
                  {f.subGoals.map((g) => (
                    <option key={g.id} value={`subGoal:${g.id}`}>
                      {t('editor.dialog.subGoal', { text: g.text })}
                    </option>
                  ))}
                  {options.map((i) => (
                    <option key={i.id} value={`initiative:${i.id}`}>
                      {i.name}
                    </option>
                  ))}
                </optgroup>
              );
            })}
            {strategy.crossCuttingProjects.some((p) => p.id !== item.id) ? (
              <optgroup label={t('editor.dialog.projectsGroup')}>
                {strategy.crossCuttingProjects
                  .filter((p) => p.id !== item.id)
                  .map((p) => (
                    <option key={p.id} value={`project:${p.id}`}>
                      {p.name}
                    </option>
                  ))}
              </optgroup>
            ) : null}
          </select>
        </>
      ) : null}
      {listKey === 'actors' && count > 0 ? (
        <>
          <p>{t('editor.dialog.actorInUse', { count })}</p>
          <div className="pl-check">
            <input id={`${id}-detach`} type="checkbox" checked={detach} onChange={(e) => setDetach(e.target.checked)} />
            <label htmlFor={`${id}-detach`}>{t('editor.dialog.detach')}</label>
          </div>
        </>
      ) : null}
    </ConfirmDialog>
  );
}
