/**
 * Konflikter med basis: the basis changed after the variant recorded it. Each conflict
 * says what changed and offers the two ways out — keep the variant's value, or take the
 * basis' value. Nothing is resolved until the user picks (PRODUCT.md: never silently).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@shared/domain';
import { resolveScenarioConflict } from '@shared/edits';
import type { ConflictChoice } from '@shared/edits';
import type { KontrollInput } from '@shared/rules';
import type { ScenarioConflict } from '@shared/scenarios';
import type { RunEdit } from '../../ui/use-edit';
import { messageLanguage } from '../../ui/message-language';
import { conflictText } from './scenario-data';
import { ErrorText } from '../../ui/ErrorText';

/** Props of ConflictList. */
export interface ConflictListProps {
  input: KontrollInput;
  scenario: Scenario;
  conflicts: readonly ScenarioConflict[];
  runEdit: RunEdit;
}

/** The conflicts of one variant. */
export function ConflictList({ input, scenario, conflicts, runEdit }: ConflictListProps) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const language = messageLanguage(i18n.language);
  if (conflicts.length === 0) return null;

  const resolve = (c: ScenarioConflict, choice: ConflictChoice) => {
    const label = t(`scenarios.undo.resolve.${choice}`, { name: scenario.name });
    setError(runEdit(label, (d) => resolveScenarioConflict(d, input.plan.id, scenario.id, { kind: c.kind, actionId: c.actionId }, choice)));
    // The list shrinks (or goes): keep focus near, on this heading or the tiltak table's.
    requestAnimationFrame(() => (document.getElementById('sc-conflicts-h') ?? document.getElementById('sc-actions-h'))?.focus());
  };

  return (
    <section className="ec-card sc-conflicts" aria-labelledby="sc-conflicts-h">
      <h2 id="sc-conflicts-h" tabIndex={-1}>
        {t('scenarios.conflicts.heading', { count: conflicts.length })}
      </h2>
      <p className="pl-help">{t('scenarios.conflicts.intro')}</p>
      <ul className="sc-conflict-list">
        {conflicts.map((c, i) => {
          const textId = `sc-conflict-${i}`;
          const isDeleted = c.kind === 'action-deleted';
          return (
            <li key={`${c.kind}-${c.actionId ?? 'frame'}`} className="sc-conflict">
              <p id={textId}>{conflictText(c, language)}</p>
              <div className="pl-buttons">
                {isDeleted ? (
                  <button type="button" className="button" aria-describedby={textId} onClick={() => resolve(c, 'basis')}>
                    {t('scenarios.conflicts.dropChange')}
                  </button>
                ) : (
                  <>
                    <button type="button" className="button" aria-describedby={textId} onClick={() => resolve(c, 'variant')}>
                      {t(c.kind === 'duplicate-action' ? 'scenarios.conflicts.keepAdded' : 'scenarios.conflicts.keepVariant')}
                    </button>
                    <button type="button" className="button" aria-describedby={textId} onClick={() => resolve(c, 'basis')}>
                      {t(c.kind === 'duplicate-action' ? 'scenarios.conflicts.dropAdded' : 'scenarios.conflicts.takeBasis')}
                    </button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      <ErrorText>{error}</ErrorText>
    </section>
  );
}
