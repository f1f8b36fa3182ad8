/**
 * Sammenstilling: per innsatsområde/støtteområde (and tverrgående prosjekter, uten kobling)
 * three charts — tiltak per status, KPI-måloppnåelse, forbruk against kostnad — each with
 * its table; then one table per kind of group (satsing/delmål, tverrgående prosjekt,
 * overordnet strategi) with counts, weighted KPI progress and its weight, forbruk, kostnad.
 */
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '@shared/domain';
import type { FollowUpRollUp, GroupRollUp, RollUpKind } from '@shared/domain/follow-up';
import { FOLLOW_UP_STATUSES } from '@shared/domain/follow-up';
import { ChartFigure } from '../../charts/ChartFigure';
import { DataTable } from '../../charts/DataTable';
import { CHART_COLORS } from '../../charts/palette';
import { StackedBarChart } from '../../charts/StackedBarChart';
import { useFormat } from '../../ui/format';
import { groupName } from './follow-up-model';
import { STATUS_COLORS } from './status-colors';

/** Props of RollUpSection. */
export interface RollUpSectionProps {
  doc: PlanDocument;
  rollUp: FollowUpRollUp;
}

const PARTITION: readonly RollUpKind[] = ['area', 'projects', 'unlinked'];
const TABLE_KINDS: readonly RollUpKind[] = ['plan', 'area', 'initiative', 'subGoal', 'project', 'guidingStrategy'];
const STATUS_KEYS = [...FOLLOW_UP_STATUSES, 'none'] as const;

/** The roll-up section. */
export function RollUpSection({ doc, rollUp }: RollUpSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const named = rollUp.groups.map((g) => ({ ...g, label: groupName(t, doc, g) }));
  const areas = named.filter((g) => PARTITION.includes(g.kind) && g.counts.total > 0);
  const whole = named.find((g) => g.kind === 'plan');
  const pct = (v: number | null) => (v === null ? '–' : format.percent(v));
  const height = Math.max(180, 48 * areas.length + 60);

  const columns = [
    { key: 'group', header: t('followUpScreen.rollUp.col.group'), value: (g: GroupRollUp & { label: string }) => g.label },
    ...STATUS_KEYS.map((s) => ({ key: s, header: t(`followUp.status.${s}`), value: (g: GroupRollUp) => format.number(g.counts[s]), isNumeric: true })),
    { key: 'total', header: t('followUpScreen.rollUp.col.total'), value: (g: GroupRollUp) => format.number(g.counts.total), isNumeric: true },
    { key: 'kpi', header: t('followUpScreen.rollUp.col.kpi'), value: (g: GroupRollUp) => pct(g.kpiProgress), isNumeric: true },
    { key: 'weight', header: t('followUpScreen.rollUp.col.weight'), value: (g: GroupRollUp) => format.number(g.kpiWeight), isNumeric: true },
    { key: 'spending', header: t('followUpScreen.rollUp.col.spending'), value: (g: GroupRollUp) => format.kroner(g.spending.total), isNumeric: true },
    { key: 'cost', header: t('followUpScreen.rollUp.col.cost'), value: (g: GroupRollUp) => format.kroner(g.cost), isNumeric: true },
    { key: 'spentOfCost', header: t('followUpScreen.rollUp.col.spentOfCost'), value: (g: GroupRollUp) => pct(g.spentOfCostPercent), isNumeric: true },
  ];

  return (
    <section className="fu-section" aria-labelledby="fu-rollup-heading">
      <h2 id="fu-rollup-heading">{t('followUpScreen.rollUp.heading')}</h2>
      <p>{t('followUpScreen.rollUp.weightNote', { weighting: t(`followUp.weighting.${rollUp.kpiWeighting}`) })}</p>
      <p>
        {rollUp.frameOwnFunds > 0 && rollUp.ownSpentOfFramePercent !== null
          ? t('followUpScreen.rollUp.frame', { percent: format.percent(rollUp.ownSpentOfFramePercent) })
          : t('followUpScreen.rollUp.frameNotSet')}
      </p>
      <div className="fu-charts">
        <ChartFigure
          title={t('followUpScreen.rollUp.statusChart')}
          summary={t('followUpScreen.rollUp.statusSummary', {
            done: whole?.counts.done ?? 0,
            total: whole?.counts.total ?? 0,
            late: (whole?.counts.delayed ?? 0) + (whole?.counts.stopped ?? 0),
          })}
          tableToggle={t('followUpScreen.rollUp.showTable')}
          chart={
            <StackedBarChart
              isHorizontal
              height={height}
              categoryKey="label"
              formatValue={format.number}
              data={areas.map((g) => ({ label: g.label, ...Object.fromEntries(STATUS_KEYS.map((s) => [s, g.counts[s]])) }))}
              series={STATUS_KEYS.map((s) => ({ key: s, label: t(`followUp.status.${s}`), color: STATUS_COLORS[s] }))}
            />
          }
          table={
            <div className="fu-scroll" role="region" aria-label={t('followUpScreen.rollUp.statusChart')} tabIndex={0}>
              <DataTable caption={t('followUpScreen.rollUp.statusChart')} rows={areas} rowKey={(g) => g.key} columns={columns.slice(0, 8)} />
            </div>
          }
        />
        <ChartFigure
          title={t('followUpScreen.rollUp.kpiChart')}
          summary={
            whole?.kpiProgress == null
              ? t('followUpScreen.rollUp.kpiSummaryNone')
              : t('followUpScreen.rollUp.kpiSummary', { progress: format.percent(whole.kpiProgress) })
          }
          tableToggle={t('followUpScreen.rollUp.showTable')}
          chart={
            <StackedBarChart
              isHorizontal
              height={height}
              categoryKey="label"
              formatValue={format.percent}
              data={areas.map((g) => ({ label: g.label, progress: g.kpiProgress ?? 0 }))}
              series={[{ key: 'progress', label: t('followUpScreen.rollUp.progress'), color: CHART_COLORS.own }]}
            />
          }
          table={
            <div className="fu-scroll" role="region" aria-label={t('followUpScreen.rollUp.kpiChart')} tabIndex={0}>
              <DataTable
                caption={t('followUpScreen.rollUp.kpiChart')}
              rows={areas}
              rowKey={(g) => g.key}
              columns={[columns[0], ...columns.filter((c) => c.key === 'kpi' || c.key === 'weight')].filter((c) => c !== undefined)}
              />
            </div>
          }
        />
        <ChartFigure
          title={t('followUpScreen.rollUp.spendingChart')}
          summary={t('followUpScreen.rollUp.spendingSummary', {
            spent: format.kroner(whole?.spending.total ?? 0),
            cost: format.kroner(whole?.cost ?? 0),
            own: format.kroner(whole?.spending.own ?? 0),
            frame: format.kroner(rollUp.frameOwnFunds),
          })}
          tableToggle={t('followUpScreen.rollUp.showTable')}
          chart={
            <StackedBarChart
              isHorizontal
              isStacked={false}
              height={height}
              categoryKey="label"
              formatValue={format.kroner}
              data={areas.map((g) => ({ label: g.label, spent: g.spending.total, cost: g.cost }))}
              series={[
                { key: 'spent', label: t('followUpScreen.rollUp.col.spending'), color: CHART_COLORS.own },
                { key: 'cost', label: t('followUpScreen.rollUp.col.cost'), color: CHART_COLORS.frame },
              ]}
            />
          }
          table={
            <div className="fu-scroll" role="region" aria-label={t('followUpScreen.rollUp.spendingChart')} tabIndex={0}>
              <DataTable
                caption={t('followUpScreen.rollUp.spendingChart')}
              rows={areas}
              rowKey={(g) => g.key}
              columns={[columns[0], ...columns.filter((c) => c.key === 'spending' || c.key === 'cost' || c.key === 'spentOfCost')].filter((c) => c !== undefined)}
              />
            </div>
          }
        />
      </div>
      {TABLE_KINDS.map((kind) => {
        const rows = named.filter((g) => g.kind === kind);
        if (rows.length === 0) return null;
        return (
          <div className="fu-scroll" role="region" aria-label={t(`followUpScreen.rollUp.kind.${kind}`)} tabIndex={0} key={kind}>
            <DataTable caption={t(`followUpScreen.rollUp.kind.${kind}`)} rows={rows} rowKey={(g) => g.key} columns={columns} />
          </div>
        );
      })}
    </section>
  );
}
