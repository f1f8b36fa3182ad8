/**
 * Føringer editor: the whole strategy hierarchy editable — the strategy's own fields,
 * roller, verdier, utfordringer, overordnede strategier, innsatsområder (with delmål and
 * satsinger), tverrgående prosjekter, aktører and samarbeidsregioner. Add, rename,
 * reorder (Flytt opp / ned) and delete with confirmation; deleting something tiltak hang
 * under asks where they go. `…/rediger-foringer/<id>` opens it at that element.
 */
import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_CATEGORIES } from '@shared/domain';
import type { PlanDocument } from '@shared/domain';
import { itemLabel, updateStrategyItem } from '@shared/edits';
import type { StrategyListKey, StrategyLists } from '@shared/edits';
import { useDocumentStore } from '../../state/document-context';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { DraftField } from '../../ui/DraftField';
import { useEdit } from '../../ui/use-edit';
import { FocusAreaFields } from './FocusAreaFields';
import { ItemListEditor } from './ItemListEditor';
import { StrategyFieldsForm } from './StrategyFieldsForm';
import './editor.css';

/** Props of StrategyEditorScreen. */
export interface StrategyEditorScreenProps {
  strategyId: string;
  params: string[];
}

/** The føringer editor. */
export function StrategyEditorScreen({ params }: StrategyEditorScreenProps) {
  const { t } = useTranslation();
  const { doc } = useDocumentStore();
  const runEdit = useEdit();
  const s = doc.strategy;
  const target = params[0];

  useEffect(() => {
    if (!target) return;
    const el = document.getElementById(`se-item-${target}`);
    el?.scrollIntoView({ block: 'center' });
    el?.focus();
  }, [target]);

  const listText = (key: StrategyListKey, part: 'kind' | 'heading' | 'add' | 'new'): string => {
    const path: string = `editor.lists.${key}.${part}`;
    return t(path);
  };
  const edit = <K extends StrategyListKey>(key: K, item: StrategyLists[K], patch: Partial<Omit<StrategyLists[K], 'id'>>) =>
    runEdit(t('editor.undo.edit', { kind: listText(key, 'kind').toLocaleLowerCase('nb'), name: itemLabel(item) }), (d: PlanDocument) =>
      updateStrategyItem(d, key, item.id, patch),
    );
  const list = <K extends StrategyListKey>(key: K, renderFields: (item: StrategyLists[K]) => ReactNode, newItem: () => Omit<StrategyLists[K], 'id'>) => (
    <ItemListEditor
      doc={doc}
      listKey={key}
      items={s[key] as StrategyLists[K][]}
      heading={listText(key, 'heading')}
      headingLevel={2}
      kindLabel={listText(key, 'kind')}
      addLabel={listText(key, 'add')}
      newItem={newItem}
      renderFields={renderFields}
      runEdit={runEdit}
    />
  );
  const named = <K extends 'roles' | 'values'>(key: K) =>
    list(
      key,
      (item) => (
        <>
          <DraftField persistKey={`${item.id}:name`} label={t('editor.itemName')} value={item.name} onCommit={(v) => edit(key, item, { name: v.trim() } as Partial<Omit<StrategyLists[K], 'id'>>)} />
          <DraftField
            persistKey={`${item.id}:description`}
            label={t('editor.itemDescription')}
            value={item.description}
            isMultiline
            onCommit={(v) => edit(key, item, { description: v } as Partial<Omit<StrategyLists[K], 'id'>>)}
          />
        </>
      ),
      () => ({ name: listText(key, 'new'), description: '' }) as Omit<StrategyLists[K], 'id'>,
    );
  const texts = <K extends 'challenges' | 'guidingStrategies'>(key: K) =>
    list(
      key,
      (item) => (
        <DraftField persistKey={`${item.id}:text`} label={t('editor.itemText')} value={item.text} isMultiline onCommit={(v) => edit(key, item, { text: v.trim() } as Partial<Omit<StrategyLists[K], 'id'>>)} />
      ),
      () => ({ text: listText(key, 'new') }) as Omit<StrategyLists[K], 'id'>,
    );

  return (
    <div className="se-screen">
      <h1 className="pl-title">{t('editor.heading')}</h1>
      <p className="pl-help">{t('editor.intro')}</p>
      <StrategyFieldsForm strategy={s} runEdit={runEdit} />
      <div className="se-card">{texts('guidingStrategies')}</div>
      <div className="se-card">
        {list(
          'focusAreas',
          (fa) => <FocusAreaFields doc={doc} focusArea={fa} runEdit={runEdit} />,
          () => ({ kind: 'priority' as const, name: t('editor.lists.focusAreas.new'), description: '', subGoals: [] }),
        )}
      </div>
      <div className="se-card">
        {list(
          'crossCuttingProjects',
          (p) => (
            <>
              <DraftField persistKey={`${p.id}:name`} label={t('editor.itemName')} value={p.name} onCommit={(v) => edit('crossCuttingProjects', p, { name: v.trim() })} />
              <DraftField persistKey={`${p.id}:description`} label={t('editor.itemDescription')} value={p.description} isMultiline onCommit={(v) => edit('crossCuttingProjects', p, { description: v })} />
              <CheckboxGroup
                legend={t('editor.spansAreas')}
                options={s.focusAreas.map((f) => ({ id: f.id, label: f.name }))}
                checked={p.focusAreaIds}
                onToggle={(faId, on) =>
                  edit('crossCuttingProjects', p, { focusAreaIds: on ? [...p.focusAreaIds, faId] : p.focusAreaIds.filter((x) => x !== faId) })
                }
              />
            </>
          ),
          () => ({ name: t('editor.lists.crossCuttingProjects.new'), description: '', focusAreaIds: [] }),
        )}
      </div>
      <div className="se-columns">
        <div className="se-card">{texts('challenges')}</div>
        <div className="se-card">{named('roles')}</div>
        <div className="se-card">{named('values')}</div>
        <div className="se-card">
          {list(
            'actors',
            (a) => (
              <div className="pl-row-fields">
                <DraftField className="pl-grow" persistKey={`${a.id}:name`} label={t('editor.itemName')} value={a.name} onCommit={(v) => edit('actors', a, { name: v.trim() })} />
                <div className="pl-field">
                  <label htmlFor={`se-cat-${a.id}`}>{t('editor.category')}</label>
                  <select
                    id={`se-cat-${a.id}`}
                    value={a.category}
                    onChange={(e) => {
                      const category = ACTOR_CATEGORIES.find((c) => c === e.target.value);
                      if (category) edit('actors', a, { category });
                    }}
                  >
                    {ACTOR_CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {t(`strategy.actorCategory.${c}`)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            ),
            () => ({ name: t('editor.lists.actors.new'), category: 'business' as const }),
          )}
        </div>
        <div className="se-card">
          {list(
            'partnerRegions',
            (r) => <DraftField persistKey={`${r.id}:name`} label={t('editor.itemName')} value={r.name} onCommit={(v) => edit('partnerRegions', r, { name: v.trim() })} />,
            () => ({ name: t('editor.lists.partnerRegions.new') }),
          )}
        </div>
      </div>
    </div>
  );
}
