/** The strategy's own fields: navn, organisasjon, periode, visjon, overordnet mål, formål, oppdrag, notater. */
import { useTranslation } from 'react-i18next';
import type { Strategy } from '@shared/domain';
import { updateStrategy } from '@shared/edits';
import type { StrategyFieldsPatch } from '@shared/edits';
import { DraftField } from '../../ui/DraftField';
import type { RunEdit } from '../../ui/use-edit';
import { FieldConflict } from '../../sync/FieldConflict';

/** Props of StrategyFieldsForm. */
export interface StrategyFieldsFormProps {
  strategy: Strategy;
  runEdit: RunEdit;
}

/** The basics form. */
export function StrategyFieldsForm({ strategy, runEdit }: StrategyFieldsFormProps) {
  const { t } = useTranslation();
  const run = (patch: StrategyFieldsPatch) => runEdit(t('editor.undo.fields'), (d) => updateStrategy(d, patch));
  const year = (key: 'periodFrom' | 'periodTo') => (text: string) =>
    /^\s*\d{4}\s*$/.test(text) ? run({ [key]: Number(text.trim()) }) : t('editor.badYear', { text: text.trim() });
  const text = (key: 'vision' | 'overallGoal' | 'purpose' | 'mission' | 'notes') => (value: string) => run({ [key]: value });
  return (
    <section className="se-card" aria-labelledby="se-basics">
      <h2 id="se-basics">{t('editor.basics')}</h2>
      <div className="pl-row-fields">
        <DraftField className="pl-grow" persistKey={`${strategy.id}:name`} label={t('editor.name')} value={strategy.name} onCommit={(v) => run({ name: v.trim() })} />
        <DraftField persistKey={`${strategy.id}:organisation`} label={t('editor.organisation')} value={strategy.organisation} onCommit={(v) => run({ organisation: v.trim() })} />
      </div>
      <FieldConflict collection="strategy" entityId={strategy.id} field={['name', 'organisation']} />
      <div className="pl-row-fields se-period">
        <DraftField persistKey={`${strategy.id}:periodFrom`} label={t('editor.periodFrom')} value={String(strategy.periodFrom)} inputMode="numeric" onCommit={year('periodFrom')} />
        <DraftField persistKey={`${strategy.id}:periodTo`} label={t('editor.periodTo')} value={String(strategy.periodTo)} inputMode="numeric" onCommit={year('periodTo')} />
      </div>
      <FieldConflict collection="strategy" entityId={strategy.id} field={['periodFrom', 'periodTo']} />
      <DraftField persistKey={`${strategy.id}:vision`} label={t('editor.vision')} value={strategy.vision} isMultiline onCommit={text('vision')} />
      <FieldConflict collection="strategy" entityId={strategy.id} field="vision" />
      <DraftField persistKey={`${strategy.id}:overallGoal`} label={t('editor.overallGoal')} value={strategy.overallGoal} isMultiline onCommit={text('overallGoal')} />
      <FieldConflict collection="strategy" entityId={strategy.id} field="overallGoal" />
      <DraftField persistKey={`${strategy.id}:purpose`} label={t('editor.purpose')} value={strategy.purpose} isMultiline onCommit={text('purpose')} />
      <FieldConflict collection="strategy" entityId={strategy.id} field="purpose" />
      <DraftField persistKey={`${strategy.id}:mission`} label={t('editor.mission')} value={strategy.mission} isMultiline onCommit={text('mission')} />
      <FieldConflict collection="strategy" entityId={strategy.id} field="mission" />
      <DraftField persistKey={`${strategy.id}:notes`} label={t('editor.notes')} value={strategy.notes} isMultiline onCommit={text('notes')} />
      <FieldConflict collection="strategy" entityId={strategy.id} field="notes" />
    </section>
  );
}
