/**
 * Basis and variants as a table: own funds against the frame with the margin, the number
 * of changed tiltak and of conflicts, a checkbox to compare (2–4), and per variant: edit,
 * adopt as the plan (with confirmation) and delete (with confirmation) — under the name,
 * at the table's start, so they are reached without sideways scrolling on a narrow window.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KontrollInput } from '@shared/rules';
import type { ScenarioComparison, ScenarioSummary } from '@shared/scenarios';
import { strategyHref } from '../../app/hash-route';
import type { RunEdit } from '../../ui/use-edit';
import { AdoptScenarioDialog } from './AdoptScenarioDialog';
import { DeleteScenarioDialog } from './DeleteScenarioDialog';
import { MarginText } from './MarginText';
import { SCENARIOS_SECTION } from '../../app/sections';
import { BASIS_KEY, MAX_COMPARED, summaryKey, toggleSelection } from './scenario-data';
import { TableScroller } from './TableScroller';
import { useFormat } from '../../ui/format';

/** Props of ScenarioListTable. */
export interface ScenarioListTableProps {
  strategyId: string;
  input: KontrollInput;
  comparison: ScenarioComparison;
  selected: readonly string[];
  onSelect(next: string[]): void;
  runEdit: RunEdit;
}

type Pending = { kind: 'adopt' | 'delete'; summary: ScenarioSummary } | null;

/** The list of scenarios. */
export function ScenarioListTable({ strategyId, input, comparison, selected, onSelect, runEdit }: ScenarioListTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [pending, setPending] = useState<Pending>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // After adopting or deleting, the row (and its button) is gone: focus goes to the list.
  const done = (isChanged: boolean) => {
    setPending(null);
    if (isChanged) headingRef.current?.focus();
  };
  const year = input.plan.year;
  const rows = [comparison.basis, ...comparison.scenarios];
  const isFull = selected.length >= MAX_COMPARED;
  const descriptionOf = (s: ScenarioSummary) =>
    s.scenarioId === null ? t('scenarios.list.basisDescription', { year }) : (input.plan.scenarios.find((x) => x.id === s.scenarioId)?.description ?? '');

  return (
    <section className="ec-card" aria-labelledby="sc-list-heading">
      <h2 id="sc-list-heading" ref={headingRef} tabIndex={-1}>{t('scenarios.list.heading', { count: comparison.scenarios.length })}</h2>
      <p id="sc-compare-hint" className="pl-help">
        {t('scenarios.list.compareHint', { max: MAX_COMPARED })}
      </p>
      <TableScroller label={t('scenarios.list.caption', { year })}>
        <table className="chart-table sc-list">
          <caption className="pl-visually-hidden">{t('scenarios.list.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="sc-compare-label">{t('scenarios.list.compare')}</span>
              </th>
              <th scope="col">{t('scenarios.list.name')}</th>
              <th scope="col" className="is-numeric">
                {t('scenarios.figures.ownFunds')}
              </th>
              <th scope="col" className="is-numeric">
                {t('scenarios.figures.frame')}
              </th>
              <th scope="col" className="is-numeric">
                {t('scenarios.figures.margin')}
              </th>
              <th scope="col" className="is-numeric">
                {t('scenarios.list.changes')}
              </th>
              <th scope="col" className="is-numeric">
                {t('scenarios.list.conflicts')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => {
              const key = summaryKey(s);
              const isChecked = selected.includes(key);
              const href = s.scenarioId ? strategyHref(strategyId, SCENARIOS_SECTION, String(year), s.scenarioId) : null;
              return (
                <tr key={key} className={key === BASIS_KEY ? 'sc-basis-row' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      checked={isChecked}
                      disabled={!isChecked && isFull}
                      aria-describedby="sc-compare-hint"
                      aria-label={t('scenarios.list.compareOne', { name: s.name })}
                      onChange={() => onSelect(toggleSelection(selected, key))}
                    />
                  </td>
                  <th scope="row" className="sc-name-cell">
                    {href ? (
                      <a href={href} className="sc-name">
                        {s.name}
                      </a>
                    ) : (
                      <span className="sc-name">{s.name}</span>
                    )}
                    {descriptionOf(s) ? <span className="sc-description">{descriptionOf(s)}</span> : null}
                    {/* The row's actions sit under its name, so they need no sideways scrolling. */}
                    {s.scenarioId && href ? (
                      <div className="sc-row-buttons">
                        <a className="button" href={href} aria-label={t('scenarios.list.editOne', { name: s.name })}>
                          {t('scenarios.list.edit')}
                        </a>
                        <button
                          type="button"
                          className="button"
                          aria-label={t('scenarios.list.adoptOne', { name: s.name })}
                          onClick={() => setPending({ kind: 'adopt', summary: s })}
                        >
                          {t('scenarios.list.adopt')}
                        </button>
                        <button
                          type="button"
                          className="button"
                          aria-label={t('scenarios.list.deleteOne', { name: s.name })}
                          onClick={() => setPending({ kind: 'delete', summary: s })}
                        >
                          {t('common.delete')}
                        </button>
                      </div>
                    ) : (
                      <span className="pl-muted">{t('scenarios.list.basisNote')}</span>
                    )}
                  </th>
                  <td className="is-numeric">{format.kroner(s.totals.ownFunds)}</td>
                  <td className="is-numeric">{format.kroner(s.totals.frameOwnFunds)}</td>
                  <td className="is-numeric">
                    <MarginText totals={s.totals} />
                  </td>
                  <td className="is-numeric">{s.scenarioId === null ? '–' : s.differences.length}</td>
                  <td className="is-numeric">
                    {s.conflicts.length > 0 ? <strong className="sc-conflict-count">{s.conflicts.length}</strong> : s.scenarioId === null ? '–' : 0}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroller>
      {pending?.kind === 'adopt' && pending.summary.scenarioId ? (
        <AdoptScenarioDialog
          input={input}
          scenarioId={pending.summary.scenarioId}
          summary={pending.summary}
          runEdit={runEdit}
          onDone={done}
        />
      ) : null}
      {pending?.kind === 'delete' && pending.summary.scenarioId ? (
        <DeleteScenarioDialog input={input} scenarioId={pending.summary.scenarioId} name={pending.summary.name} runEdit={runEdit} onDone={done} />
      ) : null}
    </section>
  );
}
