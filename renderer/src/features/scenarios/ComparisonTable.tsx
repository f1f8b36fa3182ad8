/**
 * Nøkkeltall side om side: one column per scenario, one row per figure, grouped (totals,
 * frame and capacity, financing by status, findings) and cost per innsatsområde.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '@shared/scenarios';
import type { FocusAreaComparisonRow } from './comparison-data';
import { MarginText } from './MarginText';
import { summaryKey } from './scenario-data';
import { TableScroller } from './TableScroller';
import { useFormat } from '../../ui/format';

/** Props of ComparisonTable. */
export interface ComparisonTableProps {
  summaries: readonly ScenarioSummary[];
  areas: readonly FocusAreaComparisonRow[];
}

interface FigureRow {
  key: string;
  label: string;
  cell(s: ScenarioSummary, index: number): ReactNode;
}

/** The key figures table. */
export function ComparisonTable({ summaries, areas }: ComparisonTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const hours = (n: number) => t('scenarios.figures.hoursValue', { hours: format.hours(n) });
  const capacity = (s: ScenarioSummary) =>
    s.totals.capacityMargin < 0
      ? t('scenarios.figures.capacityOver', { hours: hours(-s.totals.capacityMargin) })
      : t('scenarios.figures.capacityFree', { hours: hours(s.totals.capacityMargin) });
  const groups: Array<{ key: string; label: string; rows: FigureRow[] }> = [
    {
      key: 'totals',
      label: t('scenarios.compare.groups.totals'),
      rows: [
        { key: 'cost', label: t('scenarios.figures.cost'), cell: (s) => format.kroner(s.totals.cost) },
        { key: 'own', label: t('scenarios.figures.ownFunds'), cell: (s) => format.kroner(s.totals.ownFunds) },
        { key: 'partner', label: t('scenarios.figures.partnerFunds'), cell: (s) => format.kroner(s.totals.partnerFunds) },
        { key: 'external', label: t('scenarios.figures.externalFunds'), cell: (s) => format.kroner(s.totals.externalFunds) },
        { key: 'uncovered', label: t('scenarios.figures.uncovered'), cell: (s) => format.kroner(s.totals.uncovered) },
        { key: 'active', label: t('scenarios.figures.activeActions'), cell: (s) => format.number(s.totals.activeActions) },
        { key: 'postponed', label: t('scenarios.figures.postponed'), cell: (s) => format.number(s.postponedIds.length) },
      ],
    },
    {
      key: 'frame',
      label: t('scenarios.compare.groups.frame'),
      rows: [
        { key: 'frame', label: t('scenarios.figures.frame'), cell: (s) => format.kroner(s.totals.frameOwnFunds) },
        { key: 'margin', label: t('scenarios.figures.margin'), cell: (s) => <MarginText totals={s.totals} /> },
        { key: 'hours', label: t('scenarios.figures.hours'), cell: (s) => hours(s.totals.hours) },
        { key: 'capacity', label: t('scenarios.figures.capacity'), cell: (s) => hours(s.totals.capacityHours) },
        { key: 'capacityMargin', label: t('scenarios.figures.capacityMargin'), cell: capacity },
      ],
    },
    {
      key: 'funding',
      label: t('scenarios.compare.groups.funding'),
      rows: [
        { key: 'confirmed', label: t('plan.fundingStatus.confirmed'), cell: (s) => format.kroner(s.fundingByStatus.confirmed) },
        { key: 'applied', label: t('plan.fundingStatus.applied'), cell: (s) => format.kroner(s.fundingByStatus.applied) },
        { key: 'planned', label: t('plan.fundingStatus.planned'), cell: (s) => format.kroner(s.fundingByStatus.planned) },
      ],
    },
    {
      key: 'focus',
      label: t('scenarios.compare.groups.focus'),
      rows: areas.map((a) => ({ key: `fa-${a.key}`, label: a.name, cell: (_s: ScenarioSummary, i: number) => format.kroner(a.cost[i] ?? 0) })),
    },
    {
      key: 'findings',
      label: t('scenarios.compare.groups.findings'),
      rows: [
        { key: 'errors', label: t('scenarios.figures.errors'), cell: (s) => format.number(s.findingCounts.error) },
        { key: 'warnings', label: t('scenarios.figures.warnings'), cell: (s) => format.number(s.findingCounts.warning) },
        { key: 'infos', label: t('scenarios.figures.infos'), cell: (s) => format.number(s.findingCounts.info) },
        { key: 'conflicts', label: t('scenarios.figures.conflicts'), cell: (s) => (s.scenarioId === null ? '–' : format.number(s.conflicts.length)) },
      ],
    },
  ];

  return (
    <TableScroller label={t('scenarios.compare.tableCaption')}>
      <table className="chart-table sc-compare-table">
        <caption>{t('scenarios.compare.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scenarios.compare.figure')}</th>
            {summaries.map((s) => (
              <th key={summaryKey(s)} scope="col" className="is-numeric">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key}>
            <tr className="sc-group-row">
              <th scope="colgroup" colSpan={summaries.length + 1}>
                {g.label}
              </th>
            </tr>
            {g.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {summaries.map((s, i) => (
                  <td key={summaryKey(s)} className="is-numeric">
                    {r.cell(s, i)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableScroller>
  );
}
