/** One tiltak in a variant's table, with its funding lines below when opened. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVE_STATUSES } from '@shared/domain';
import type { PlanDocument, Scenario } from '@shared/domain';
import {
  removeScenarioAction,
  resetScenarioAction,
  setScenarioActionChange,
  setScenarioActionIncluded,
  setScenarioActionPostponed,
  setScenarioOwnFunds,
} from '@shared/edits';
import type { KontrollInput } from '@shared/rules';
import type { RunEdit } from '../plan/use-edit';
import { KronerField } from './KronerField';
import { VariantFundingRow } from './VariantFundingRow';
import type { VariantRow } from './scenario-data';
import { useFormat } from '../../ui/format';

/** Props of VariantActionRow. */
export interface VariantActionRowProps {
  input: KontrollInput;
  scenario: Scenario;
  row: VariantRow;
  runEdit: RunEdit;
  /** Reports a refused edit (null clears). */
  onError(message: string | null): void;
}

const COLUMNS = 9;

/** The row. */
export function VariantActionRow({ input, scenario, row, runEdit, onError }: VariantActionRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isOpen, setOpen] = useState(false);
  const { action, change } = row;
  const planId = input.plan.id;
  const names = { number: action.number, title: action.title };
  const undo = t('scenarios.undo.action', { ...names, name: scenario.name });
  const run = (edit: (d: PlanDocument) => PlanDocument): string | null => {
    const refused = runEdit(undo, edit);
    onError(refused);
    return refused;
  };
  const ownLines = row.funding.filter((f) => f.source === 'own').length;
  const canPostpone = row.isPostponed || ACTIVE_STATUSES.includes(row.status);
  const fundingRowId = `sc-funding-${action.id}`;

  const notes: string[] = [];
  if (row.isAdded) notes.push(t('scenarios.actions.notes.added'));
  if (change?.excluded) notes.push(t('scenarios.actions.notes.excluded'));
  if (change?.postponed) notes.push(t('scenarios.actions.notes.postponed'));
  if (change?.status !== undefined) notes.push(t('scenarios.actions.notes.status', { status: t(`plan.actionStatus.${change.status}`) }));
  if (change?.cost !== undefined && !row.isAdded) {
    notes.push(t('scenarios.actions.notes.cost', { from: format.kroner(action.cost), to: format.kroner(change.cost) }));
  }
  if (change?.funding !== undefined) {
    notes.push(
      row.ownFunds !== row.basisOwnFunds && !row.isAdded
        ? t('scenarios.actions.notes.ownFunds', { from: format.kroner(row.basisOwnFunds), to: format.kroner(row.ownFunds) })
        : t('scenarios.actions.notes.funding'),
    );
  }

  const className = [row.isChanged ? 'is-changed' : '', row.isIncluded ? '' : 'is-out', row.conflicts.length > 0 ? 'has-conflict' : '']
    .filter(Boolean)
    .join(' ');

  return (
    <>
      <tr className={className || undefined}>
        <td>{action.number}</td>
        <th scope="row" className="sc-action-title">
          {action.title}
          {row.isAdded ? <span className="sc-badge">{t('scenarios.actions.onlyInVariant')}</span> : null}
        </th>
        <td>{row.isAdded ? '–' : t(`plan.actionStatus.${action.status}`)}</td>
        <td>
          <input
            type="checkbox"
            checked={row.isIncluded}
            aria-label={t('scenarios.actions.includeOne', names)}
            onChange={(e) => run((d) => setScenarioActionIncluded(d, planId, scenario.id, action.id, e.target.checked))}
          />
        </td>
        <td>
          <input
            type="checkbox"
            checked={row.isPostponed}
            disabled={!canPostpone}
            aria-label={t('scenarios.actions.postponeOne', names)}
            onChange={(e) => run((d) => setScenarioActionPostponed(d, planId, scenario.id, action.id, e.target.checked))}
          />
        </td>
        <td className="is-numeric">
          <KronerField
            label={t('scenarios.actions.costOne', names)}
            value={row.cost}
            onCommit={(value) => run((d) => setScenarioActionChange(d, planId, scenario.id, action.id, { cost: value }))}
          />
        </td>
        <td className="is-numeric">
          {ownLines > 1 ? (
            <span title={t('scenarios.actions.severalOwn')}>{format.kroner(row.ownFunds)}</span>
          ) : (
            <KronerField
              label={t('scenarios.actions.ownFundsOne', names)}
              value={row.ownFunds}
              onCommit={(value) => run((d) => setScenarioOwnFunds(d, planId, scenario.id, action.id, value))}
            />
          )}
        </td>
        <td className="sc-change">
          {notes.length > 0 ? notes.join(' · ') : <span className="pl-muted">{t('scenarios.actions.asBasis')}</span>}
          {row.conflicts.length > 0 ? (
            <a href="#sc-conflicts-h" className="sc-conflict-flag">
              {t('scenarios.actions.conflict', { count: row.conflicts.length })}
            </a>
          ) : null}
        </td>
        <td>
          <div className="sc-row-buttons">
            <button
              type="button"
              className="button button-quiet"
              aria-expanded={isOpen}
              aria-controls={isOpen ? fundingRowId : undefined}
              aria-label={t('scenarios.actions.fundingOne', names)}
              onClick={() => setOpen(!isOpen)}
            >
              {t('scenarios.actions.funding')}
            </button>
            {row.isAdded ? (
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('scenarios.actions.removeOne', names)}
                onClick={() => run((d) => removeScenarioAction(d, planId, scenario.id, action.id))}
              >
                {t('scenarios.actions.remove')}
              </button>
            ) : change ? (
              <button
                type="button"
                className="button button-quiet"
                aria-label={t('scenarios.actions.resetOne', names)}
                onClick={() => run((d) => resetScenarioAction(d, planId, scenario.id, action.id))}
              >
                {t('scenarios.actions.reset')}
              </button>
            ) : null}
          </div>
        </td>
      </tr>
      {isOpen ? (
        <tr id={fundingRowId} className="sc-funding-row">
          <td colSpan={COLUMNS}>
            <VariantFundingRow input={input} scenario={scenario} row={row} run={run} />
          </td>
        </tr>
      ) : null}
    </>
  );
}
