/** An innsatsområde / støtteområde: name, type, description, its delmål and its satsinger. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { focusAreaKindSchema } from '@shared/domain';
import type { FocusArea, Initiative, PlanDocument } from '@shared/domain';
import { updateStrategyItem } from '@shared/edits';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { DraftField } from '../../ui/DraftField';
import type { RunEdit } from '../../ui/use-edit';
import { ItemListEditor } from './ItemListEditor';
import { SubGoalList } from './SubGoalList';

/** Props of FocusAreaFields. */
export interface FocusAreaFieldsProps {
  doc: PlanDocument;
  focusArea: FocusArea;
  runEdit: RunEdit;
}

/** The focus area's fields and children. */
export function FocusAreaFields({ doc, focusArea, runEdit }: FocusAreaFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const kindArea = t('editor.lists.focusAreas.kind').toLocaleLowerCase('nb');
  const kindIni = t('editor.lists.initiatives.kind');
  const editArea = (patch: Partial<Omit<FocusArea, 'id'>>) =>
    runEdit(t('editor.undo.edit', { kind: kindArea, name: focusArea.name }), (d) => updateStrategyItem(d, 'focusAreas', focusArea.id, patch));
  const editIni = (ini: Initiative, patch: Partial<Omit<Initiative, 'id'>>) =>
    runEdit(t('editor.undo.edit', { kind: kindIni.toLocaleLowerCase('nb'), name: ini.name }), (d) => updateStrategyItem(d, 'initiatives', ini.id, patch));
  const initiatives = doc.strategy.initiatives.filter((i) => i.focusAreaId === focusArea.id);

  return (
    <div className="se-focus-area">
      <div className="pl-row-fields">
        <DraftField className="pl-grow" persistKey={`${focusArea.id}:name`} label={t('editor.itemName')} value={focusArea.name} onCommit={(v) => editArea({ name: v.trim() })} />
        <div className="pl-field">
          <label htmlFor={`${id}-kind`}>{t('editor.kind')}</label>
          <select
            id={`${id}-kind`}
            value={focusArea.kind}
            onChange={(e) => {
              const kind = focusAreaKindSchema.options.find((k) => k === e.target.value);
              if (kind) editArea({ kind });
            }}
          >
            {focusAreaKindSchema.options.map((k) => (
              <option key={k} value={k}>
                {t(`editor.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <DraftField persistKey={`${focusArea.id}:description`} label={t('editor.itemDescription')} value={focusArea.description} isMultiline onCommit={(v) => editArea({ description: v })} />
      <SubGoalList focusArea={focusArea} runEdit={runEdit} />
      <ItemListEditor
        doc={doc}
        listKey="initiatives"
        items={initiatives}
        heading={t('editor.initiativesOf', { name: focusArea.name })}
        headingLevel={3}
        kindLabel={kindIni}
        addLabel={t('editor.lists.initiatives.add')}
        newItem={() => ({ focusAreaId: focusArea.id, name: t('editor.lists.initiatives.new'), description: '', guidingStrategyIds: [] })}
        runEdit={runEdit}
        renderFields={(ini) => (
          <>
            <DraftField persistKey={`${ini.id}:name`} label={t('editor.itemName')} value={ini.name} onCommit={(v) => editIni(ini, { name: v.trim() })} />
            <DraftField persistKey={`${ini.id}:description`} label={t('editor.itemDescription')} value={ini.description} isMultiline onCommit={(v) => editIni(ini, { description: v })} />
            <CheckboxGroup
              legend={t('editor.servesStrategies')}
              options={doc.strategy.guidingStrategies.map((g) => ({ id: g.id, label: g.text }))}
              checked={ini.guidingStrategyIds}
              onToggle={(gsId, on) =>
                editIni(ini, { guidingStrategyIds: on ? [...ini.guidingStrategyIds, gsId] : ini.guidingStrategyIds.filter((x) => x !== gsId) })
              }
            />
          </>
        )}
      />
    </div>
  );
}
