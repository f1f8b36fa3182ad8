/**
 * `handlingsrom status`: the oppfølging of one plan and period — counts per status, KPI
 * progress, forbruk, per group (innsatsområde / støtteområde, satsing, prosjekt, overordnet
 * strategi) and «Trenger oppmerksomhet» — as text or JSON, from the same shared/rules
 * roll-up the app uses. A closed period is shown from its frozen snapshot, so the figures
 * are the ones that were reported.
 */
import type { PlanDocument } from '@shared/domain/document';
import type { FollowUpRollUp, GroupRollUp, ReportingPeriod, StatusCounts } from '@shared/domain/follow-up';
import { FOLLOW_UP_STATUSES, activeClosure, defaultPeriod, findPeriod, reportingPeriods } from '@shared/domain/follow-up';
import { formatDate, formatPercent } from '@shared/input';
import { msg, renderMessage, type Message, type MessageLanguage } from '@shared/i18n/message';
import { formatKroner } from '@shared/money/kroner';
import { attentionMessage, followUpRollUp, projectsGroupName, unlinkedGroupName } from '@shared/rules';
import { cliTexts } from './messages';

/** What `status` prints: the JSON document and the text report, or why it cannot. */
export type StatusReport = { ok: true; json: unknown; text: string } | { ok: false; error: Message };

function periodName(period: ReportingPeriod, lang: MessageLanguage): string {
  return period.name ?? renderMessage(msg(`followUp.period.${period.id}`), lang);
}

function groupName(doc: PlanDocument, g: GroupRollUp, lang: MessageLanguage): string {
  const s = doc.strategy;
  switch (g.kind) {
    case 'plan':
      return renderMessage(msg('followUp.planGroup'), lang);
    case 'projects':
      return projectsGroupName(lang);
    case 'unlinked':
      return unlinkedGroupName(lang);
    case 'area':
      return s.focusAreas.find((f) => f.id === g.id)?.name ?? '';
    case 'initiative':
      return s.initiatives.find((i) => i.id === g.id)?.name ?? '';
    case 'subGoal':
      return s.focusAreas.flatMap((f) => f.subGoals).find((x) => x.id === g.id)?.text ?? '';
    case 'project':
      return s.crossCuttingProjects.find((p) => p.id === g.id)?.name ?? '';
    case 'guidingStrategy':
      return s.guidingStrategies.find((x) => x.id === g.id)?.text ?? '';
  }
}

const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

function countsLine(counts: StatusCounts, lang: MessageLanguage): string {
  return [...FOLLOW_UP_STATUSES, 'none' as const]
    .filter((s) => counts[s] > 0)
    .map((s) => `${renderMessage(msg(`followUp.status.${s}`), lang)} ${counts[s]}`)
    .join(' · ');
}

/**
 * Status for `year` and `periodArg` (a period's id or short name; the latest period with
 * updates when undefined), in `lang`.
 */
export function statusReport(doc: PlanDocument, year: number, periodArg: string | undefined, lang: MessageLanguage): StatusReport {
  const t = cliTexts(lang);
  const plan = doc.plans.find((p) => p.year === year);
  if (!plan) {
    const years = doc.plans.map((p) => p.year).sort((a, b) => a - b);
    return { ok: false, error: years.length ? msg('excel.context.noPlan', { year, years: years.join(', ') }) : msg('excel.context.noPlans', { year }) };
  }
  const period = periodArg === undefined ? defaultPeriod(plan) : findPeriod(plan, periodArg);
  if (!period) {
    return { ok: false, error: msg('followUp.refused.unknownPeriod', { year, period: periodArg ?? '' }) };
  }
  const closure = activeClosure(plan.followUp, period.id);
  const rollUp: FollowUpRollUp = closure ? closure.snapshot.rollUp : followUpRollUp({ strategy: doc.strategy, plan, actions: doc.actions }, period.id);
  const byId = new Map(doc.actions.map((a) => [a.id, a]));
  const groups = rollUp.groups.map((g) => ({
    key: g.key,
    kind: g.kind,
    id: g.id,
    name: groupName(doc, g, lang),
    focusAreaKind: g.focusAreaKind,
    counts: g.counts,
    kpiProgress: round1(g.kpiProgress),
    kpiWeight: g.kpiWeight,
    kpiActionCount: g.kpiActionCount,
    spending: g.spending,
    cost: g.cost,
    ownFunds: g.ownFunds,
    spentOfCostPercent: g.spentOfCostPercent,
    actionIds: g.actionIds,
  }));
  const attention = rollUp.attention.map((e) => {
    const m = attentionMessage(e);
    // Dates travel as ISO in the entry; the text shows them in the language's form.
    const deadline = m.params?.['deadline'];
    const shown = typeof deadline === 'string' ? { ...m, params: { ...m.params, deadline: formatDate(deadline, lang) } } : m;
    return { code: e.code, actionId: e.actionId, number: e.number, params: e.params, message: renderMessage(shown, lang) };
  });
  const json = {
    year,
    period: { id: period.id, shortName: period.shortName, name: periodName(period, lang), from: period.from, to: period.to, isAnnual: period.isAnnual },
    periods: reportingPeriods(plan).map((p) => p.shortName),
    closed: closure ? { date: closure.date, by: closure.by } : null,
    asOf: rollUp.asOf,
    kpiWeighting: rollUp.kpiWeighting,
    frameOwnFunds: rollUp.frameOwnFunds,
    ownSpentOfFramePercent: rollUp.ownSpentOfFramePercent,
    actions: rollUp.actions.map((a) => ({
      actionId: a.actionId,
      number: a.number,
      title: byId.get(a.actionId)?.title ?? '',
      status: a.status,
      isUpdatedThisPeriod: a.isUpdatedThisPeriod,
      kpiProgress: round1(a.kpiProgress),
      kpiWeight: a.kpiWeight,
      kpis: a.kpis.map((k) => ({ ...k, progress: round1(k.progress) })),
      spending: a.spending,
      cost: a.cost,
      deadline: a.deadline,
    })),
    groups,
    attention,
  };

  const whole = rollUp.groups[0];
  const lines = [t('status.header', { year, period: periodName(period, lang), strategy: doc.strategy.name })];
  if (closure) lines.push(t('status.closed', { date: formatDate(closure.date, lang), by: closure.by }));
  lines.push('');
  if (whole) {
    lines.push(t('status.counts', { count: whole.counts.total, counts: countsLine(whole.counts, lang) }));
    lines.push(
      whole.kpiProgress === null
        ? t('status.noKpi')
        : t('status.kpi', {
            progress: formatPercent(whole.kpiProgress, lang),
            weighting: renderMessage(msg(`followUp.weighting.${rollUp.kpiWeighting}`), lang),
            count: whole.kpiActionCount,
          }),
    );
    lines.push(
      t('status.spending', {
        spent: formatKroner(whole.spending.total, lang),
        cost: formatKroner(whole.cost, lang),
        percent: whole.spentOfCostPercent === null ? '–' : formatPercent(whole.spentOfCostPercent, lang),
      }),
    );
    if (rollUp.ownSpentOfFramePercent !== null) {
      lines.push(
        t('status.frame', {
          spent: formatKroner(whole.spending.own, lang),
          frame: formatKroner(rollUp.frameOwnFunds, lang),
          percent: formatPercent(rollUp.ownSpentOfFramePercent, lang),
        }),
      );
    }
  }
  const areas = rollUp.groups.filter((g) => (g.kind === 'area' || g.kind === 'projects' || g.kind === 'unlinked') && g.counts.total > 0);
  if (areas.length > 0) {
    lines.push('', t('status.areasHeader'));
    for (const g of areas) {
      lines.push(`  ${groupName(doc, g, lang)}`);
      lines.push(`    ${countsLine(g.counts, lang)}`);
      lines.push(
        `    ${t('status.areaFigures', {
          kpi: g.kpiProgress === null ? '–' : formatPercent(g.kpiProgress, lang),
          spent: formatKroner(g.spending.total, lang),
          cost: formatKroner(g.cost, lang),
        })}`,
      );
    }
  }
  lines.push('');
  if (attention.length === 0) lines.push(t('status.noAttention'));
  else {
    lines.push(t('status.attentionHeader', { count: attention.length }));
    for (const e of attention) lines.push(`  ${e.message}`);
  }
  return { ok: true, json, text: `${lines.join('\n')}\n` };
}
