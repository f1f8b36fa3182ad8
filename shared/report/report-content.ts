/**
 * Rapportinnhold (issue 12, point 6): what a tertialrapport or an årsrapport says, as
 * resolved texts in one language — title page, summary (counts per status, KPI
 * måloppnåelse, forbruk against kostnad and frame), innsatsområde by innsatsområde (with
 * satsinger / delmål and every active tiltak: status in words, comment, KPI actual vs
 * target, kostnad and forbruk), «Tverrgående prosjekter» and «Uten kobling» where they have
 * tiltak, the economy (frame, forbruk, udekket, financing by status) and «Trenger
 * oppmerksomhet». Pure: `reportDocx` turns it into a Word document; the same content could
 * feed another output.
 *
 * A closed period reads its snapshot (`closure.snapshot.rollUp` and its updates), so the
 * report is the one that was reported; an open period is computed with `followUpRollUp`.
 */
import type { PlanDocument } from '../domain/document';
import type { Action, ActionPlan, FundingSource } from '../domain/entities';
import type { IsoDate } from '../domain/dates';
import type { ActionFollowUp, FollowUpRollUp, FollowUpStatus, GroupRollUp, ReportingPeriod, StatusCounts, StatusUpdate } from '../domain/follow-up';
import { FOLLOW_UP_STATUSES, activeClosure, findPeriod } from '../domain/follow-up';
import { msg, renderMessage, type Message, type MessageLanguage } from '../i18n/message';
import { formatDate, formatKroner, formatNumber, formatPercent } from '../input';
import { attentionMessage } from '../rules/attention';
import { followUpRollUp } from '../rules/follow-up';
import { indexStrategy, placeAction } from '../rules/context';
import { runKontroll } from '../rules/kontroll';

/** Status of a tiltak in a report: a follow-up status or `none` (no update). */
export type ReportStatus = FollowUpStatus | 'none';

/** One tiltak in a report (rapportert tiltak), every value as text. */
export interface ReportAction {
  actionId: string;
  number: string;
  title: string;
  status: ReportStatus;
  /** The status in words (never a colour alone). */
  statusText: string;
  /** «(status fra T1)» when the status comes from an earlier period; else null. */
  statusFrom: string | null;
  /** «Kommentar: …» or null when there is none. */
  comment: string | null;
  /** One line per KPI: «indikator: faktisk / mål enhet (måloppnåelse)». */
  kpis: string[];
  cost: string;
  spent: string;
}

/** The tiltak under one satsing / delmål / prosjekt, or directly under the section (heading null). */
export interface ReportActionGroup {
  heading: string | null;
  actions: ReportAction[];
}

/** One innsatsområde / støtteområde, or one tverrgående prosjekt, with its figures and tiltak. */
export interface ReportArea {
  heading: string;
  /** «Innsatsområde» / «Støtteområde» (null for a prosjekt). */
  kindText: string | null;
  /** «Status: På sporet 3 · …». */
  counts: string;
  /** KPI and forbruk line. */
  figures: string;
  groups: ReportActionGroup[];
}

/** A section of areas or prosjekter under one Heading 1. */
export interface ReportSection {
  heading: string;
  intro: string | null;
  areas: ReportArea[];
}

/** A table: header row and body rows of texts. */
export interface ReportTable {
  header: string[];
  rows: string[][];
}

/** Innholdet i en rapport (tertialrapport / årsrapport), ready to lay out. */
export interface ReportContent {
  language: MessageLanguage;
  /** BCP 47 tag of the document language: nb-NO or en-GB. */
  languageTag: 'nb-NO' | 'en-GB';
  isAnnual: boolean;
  /** «Tertialrapport 2025 – 2. tertial (mai–august)». */
  title: string;
  /** Organisation, strategy, plan year, period, date, and whether the period is closed. */
  titlePage: string[];
  organisation: string;
  summary: { heading: string; countsHeading: string; counts: ReportTable; lines: string[] };
  /** «Innsatsområder og støtteområder», then «Tverrgående prosjekter» and «Uten kobling» where present. */
  sections: ReportSection[];
  /** Column headers of every tiltak table. */
  actionHeader: string[];
  economy: { heading: string; table: ReportTable; fundingHeading: string; funding: ReportTable };
  attention: { heading: string; intro: string; items: string[] };
}

/** What `reportContent` needs. */
export interface ReportRequest {
  /** Handlingsplanens år. */
  year: number;
  /** The period's id or short name (T1, K2, the plan's own). */
  period: string;
  language: MessageLanguage;
  /** Rapportdato on the title page. */
  date: IsoDate;
}

/** The content, or why there is none (no plan for the year, unknown period). */
export type ReportContentResult = { ok: true; content: ReportContent } | { ok: false; error: Message };

const STATUS_CODES: Readonly<Record<ReportStatus, string>> = {
  notStarted: 'followUp.status.notStarted',
  onTrack: 'followUp.status.onTrack',
  delayed: 'followUp.status.delayed',
  stopped: 'followUp.status.stopped',
  done: 'followUp.status.done',
  none: 'followUp.status.none',
};

const PERIOD_CODES: Readonly<Record<string, string>> = {
  T1: 'followUp.period.T1',
  T2: 'followUp.period.T2',
  T3: 'followUp.period.T3',
  K1: 'followUp.period.K1',
  K2: 'followUp.period.K2',
  K3: 'followUp.period.K3',
  K4: 'followUp.period.K4',
};

const WEIGHTING_CODES = { equal: 'followUp.weighting.equal', cost: 'followUp.weighting.cost' } as const;

/** Every report status in the order the summary lists them (the five statuses, then «Ingen oppdatering»). */
export const REPORT_STATUSES: readonly ReportStatus[] = [...FOLLOW_UP_STATUSES, 'none'];

/** Navn på perioden: the user's name, else the built-in period's text. */
export function reportPeriodName(period: ReportingPeriod, language: MessageLanguage): string {
  const code = PERIOD_CODES[period.id];
  return period.name ?? (code === undefined ? period.shortName : renderMessage(msg(code), language));
}

/** The status in words. */
export function reportStatusText(status: ReportStatus, language: MessageLanguage): string {
  return renderMessage(msg(STATUS_CODES[status]), language);
}

/** An attention entry as text, with its date in the language's form (as `handlingsrom status` shows it). */
function attentionText(entry: FollowUpRollUp['attention'][number], language: MessageLanguage): string {
  const m = attentionMessage(entry);
  const deadline = m.params?.['deadline'];
  return renderMessage(typeof deadline === 'string' ? { ...m, params: { ...m.params, deadline: formatDate(deadline, language) } } : m, language);
}

function countsText(counts: StatusCounts, language: MessageLanguage): string {
  return REPORT_STATUSES.filter((s) => counts[s] > 0)
    .map((s) => `${reportStatusText(s, language)} ${formatNumber(counts[s], language)}`)
    .join(' · ');
}

/**
 * Innholdet i rapporten for a plan year and period, in `language`. The årsrapport is the
 * report of the scheme's last period (T3, K4, the last own period).
 */
export function reportContent(doc: PlanDocument, request: ReportRequest): ReportContentResult {
  const { year } = request;
  const plan = doc.plans.find((p) => p.year === year);
  if (!plan) {
    const years = doc.plans.map((p) => p.year).sort((a, b) => a - b);
    return { ok: false, error: years.length ? msg('excel.context.noPlan', { year, years: years.join(', ') }) : msg('excel.context.noPlans', { year }) };
  }
  const period = findPeriod(plan, request.period);
  if (!period) return { ok: false, error: msg('followUp.refused.unknownPeriod', { year, period: request.period }) };
  return { ok: true, content: build(doc, plan, period, request) };
}

function build(doc: PlanDocument, plan: ActionPlan, period: ReportingPeriod, request: ReportRequest): ReportContent {
  const { language, year } = request;
  const r = (m: Message) => renderMessage(m, language);
  const kr = (n: number) => formatKroner(n, language);
  const pct = (n: number | null) => (n === null ? r(msg('report.table.notSet')) : formatPercent(n, language));
  const strategy = doc.strategy;
  const planActions = doc.actions.filter((a) => a.planId === plan.id);
  const closure = activeClosure(plan.followUp, period.id);
  const rollUp = closure ? closure.snapshot.rollUp : followUpRollUp({ strategy, plan, actions: planActions }, period.id);
  const updates: readonly StatusUpdate[] = closure ? [...closure.snapshot.updates, ...plan.followUp.updates] : plan.followUp.updates;
  const updateById = new Map<string, StatusUpdate>();
  for (const u of updates) if (!updateById.has(u.id)) updateById.set(u.id, u);
  const actionById = new Map<string, Action>(planActions.map((a) => [a.id, a]));
  const figuresById = new Map<string, ActionFollowUp>(rollUp.actions.map((f) => [f.actionId, f]));
  const groupByKey = new Map<string, GroupRollUp>(rollUp.groups.map((g) => [g.key, g]));
  const periodName = reportPeriodName(period, language);
  const shortNameOf = (periodId: string | null) => (periodId === null ? '' : (findPeriod(plan, periodId)?.shortName ?? periodId));

  const kind = period.isAnnual ? 'annual' : plan.followUp.scheme.kind === 'tertials' ? 'tertial' : 'period';
  const kindText = r(msg(kind === 'annual' ? 'report.kind.annual' : kind === 'tertial' ? 'report.kind.tertial' : 'report.kind.period'));
  const title = r(msg('report.title', { kind: kindText, year, period: periodName }));

  const organisation = strategy.organisation.trim() || strategy.name;
  const titlePage = [
    r(msg('report.titlePage.organisation', { organisation })),
    r(msg('report.titlePage.strategy', { strategy: strategy.name })),
    r(msg('report.titlePage.planYear', { year })),
    r(msg('report.titlePage.period', { period: periodName, from: formatDate(period.from, language), to: formatDate(period.to, language) })),
    r(msg('report.titlePage.date', { date: formatDate(request.date, language) })),
    closure
      ? r(msg('report.titlePage.closed', { date: formatDate(closure.date, language), by: closure.by }))
      : r(msg('report.titlePage.open', { date: formatDate(rollUp.asOf, language) })),
  ];

  // Sammendrag.
  const whole = groupByKey.get('plan');
  const summaryLines: string[] = [];
  const countRows: string[][] = [];
  if (whole) {
    for (const s of REPORT_STATUSES) countRows.push([reportStatusText(s, language), formatNumber(whole.counts[s], language)]);
    countRows.push([r(msg('report.summary.total')), formatNumber(whole.counts.total, language)]);
    summaryLines.push(
      whole.kpiProgress === null
        ? r(msg('report.summary.noKpi'))
        : r(
            msg('report.summary.kpi', {
              progress: formatPercent(whole.kpiProgress, language),
              weighting: r(msg(WEIGHTING_CODES[rollUp.kpiWeighting])),
              count: whole.kpiActionCount,
            }),
          ),
    );
    summaryLines.push(r(msg('report.summary.spending', { spent: kr(whole.spending.total), cost: kr(whole.cost), percent: pct(whole.spentOfCostPercent) })));
    summaryLines.push(
      rollUp.ownSpentOfFramePercent === null
        ? r(msg('report.summary.noFrame'))
        : r(msg('report.summary.frame', { spent: kr(whole.spending.own), frame: kr(rollUp.frameOwnFunds), percent: pct(rollUp.ownSpentOfFramePercent) })),
    );
  }

  // One tiltak as text.
  const reportAction = (actionId: string): ReportAction | null => {
    const f = figuresById.get(actionId);
    if (!f) return null;
    const action = actionById.get(actionId);
    const status: ReportStatus = f.status ?? 'none';
    const update = f.updateId === null ? undefined : updateById.get(f.updateId);
    const comment = update?.comment.trim() ?? '';
    const kpis = f.kpis.map((k) => {
      const kpi = action?.kpis.find((x) => x.id === k.kpiId);
      const unit = kpi?.unit.trim() ?? '';
      const withUnit = (n: number) => (unit ? `${formatNumber(n, language)} ${unit}` : formatNumber(n, language));
      const line = r(
        msg('report.table.kpiLine', {
          indicator: kpi?.indicator ?? '',
          actual: k.actual === null ? r(msg('report.table.notMeasured')) : formatNumber(k.actual, language),
          target: k.target === null ? r(msg('report.table.noTarget')) : withUnit(k.target),
        }),
      );
      return k.progress === null ? line : r(msg('report.table.kpiProgress', { line, progress: formatPercent(k.progress, language) }));
    });
    return {
      actionId,
      number: f.number,
      title: action?.title ?? '',
      status,
      statusText: reportStatusText(status, language),
      statusFrom: f.status !== null && !f.isUpdatedThisPeriod && f.updatePeriodId !== null ? r(msg('report.table.earlier', { period: shortNameOf(f.updatePeriodId) })) : null,
      comment: comment ? r(msg('report.table.comment', { comment })) : null,
      kpis: kpis.length > 0 ? kpis : [r(msg('report.table.noKpi'))],
      cost: kr(f.cost),
      spent: kr(f.spending.total),
    };
  };
  const actionsOf = (ids: readonly string[]) => ids.flatMap((id) => reportAction(id) ?? []);
  const areaFigures = (g: GroupRollUp) =>
    r(msg('report.areas.figures', { kpi: pct(g.kpiProgress), spent: kr(g.spending.total), cost: kr(g.cost) }));
  const areaCounts = (g: GroupRollUp) => r(msg('report.areas.counts', { counts: g.counts.total === 0 ? r(msg('report.areas.noActions')) : countsText(g.counts, language) }));

  // Innsatsområde by innsatsområde: the roll-up's frozen membership, split into satsinger / delmål by placement.
  const index = indexStrategy(strategy);
  const areas: ReportArea[] = [];
  for (const area of strategy.focusAreas) {
    const g = groupByKey.get(`area:${area.id}`);
    if (!g) continue;
    const lineKeys = [
      ...strategy.initiatives.filter((i) => i.focusAreaId === area.id).map((i) => ({ key: `initiative:${i.id}`, name: i.name })),
      ...area.subGoals.map((s) => ({ key: `subGoal:${s.id}`, name: s.text })),
    ];
    const byLine = new Map<string, string[]>();
    const direct: string[] = [];
    for (const id of g.actionIds) {
      const action = actionById.get(id);
      const lineKey = action ? placeAction(index, action).lineKey : null;
      const known = lineKey !== null && lineKeys.some((l) => l.key === lineKey);
      if (known && lineKey !== null) byLine.set(lineKey, [...(byLine.get(lineKey) ?? []), id]);
      else direct.push(id);
    }
    const groups: ReportActionGroup[] = [];
    if (direct.length > 0) groups.push({ heading: lineKeys.length > 0 ? r(msg('report.areas.direct')) : null, actions: actionsOf(direct) });
    for (const line of lineKeys) {
      const ids = byLine.get(line.key);
      if (ids) groups.push({ heading: line.name, actions: actionsOf(ids) });
    }
    areas.push({
      heading: area.name,
      kindText: r(msg(area.kind === 'priority' ? 'report.areas.priority' : 'report.areas.support')),
      counts: areaCounts(g),
      figures: areaFigures(g),
      groups,
    });
  }
  const sections: ReportSection[] = [{ heading: r(msg('report.areas.heading')), intro: null, areas }];

  const projectsGroup = groupByKey.get('projects');
  if (projectsGroup && projectsGroup.counts.total > 0) {
    const byProject = new Map<string, string[]>();
    for (const id of projectsGroup.actionIds) {
      const projectId = actionById.get(id)?.crossCuttingProjectId ?? '';
      byProject.set(projectId, [...(byProject.get(projectId) ?? []), id]);
    }
    const projectAreas: ReportArea[] = [];
    for (const project of strategy.crossCuttingProjects) {
      const ids = byProject.get(project.id);
      const g = groupByKey.get(`project:${project.id}`);
      if (!ids || !g) continue;
      byProject.delete(project.id);
      projectAreas.push({ heading: project.name, kindText: null, counts: areaCounts(g), figures: areaFigures(g), groups: [{ heading: null, actions: actionsOf(ids) }] });
    }
    // Tiltak whose prosjekt was removed since the snapshot: under the section's own name.
    const rest = [...byProject.values()].flat();
    if (rest.length > 0) projectAreas.push({ heading: r(msg('report.projects.heading')), kindText: null, counts: areaCounts(projectsGroup), figures: areaFigures(projectsGroup), groups: [{ heading: null, actions: actionsOf(rest) }] });
    sections.push({ heading: r(msg('report.projects.heading')), intro: r(msg('report.projects.intro')), areas: projectAreas });
  }
  const unlinked = groupByKey.get('unlinked');
  if (unlinked && unlinked.counts.total > 0) {
    sections.push({
      heading: r(msg('report.unlinked.heading')),
      intro: r(msg('report.unlinked.intro')),
      areas: [{ heading: r(msg('report.unlinked.heading')), kindText: null, counts: areaCounts(unlinked), figures: areaFigures(unlinked), groups: [{ heading: null, actions: actionsOf(unlinked.actionIds) }] }],
    });
  }

  // Økonomi: frame and forbruk from the roll-up (the snapshot's when closed), udekket and financing from the kontroll.
  const kontroll = runKontroll({ strategy, plan, actions: planActions });
  const spending = whole?.spending ?? { own: 0, partner: 0, external: 0, total: 0 };
  const economyRows: string[][] = [
    [r(msg('report.economy.frame')), rollUp.frameOwnFunds > 0 ? kr(rollUp.frameOwnFunds) : r(msg('report.table.notSet'))],
    [r(msg('report.economy.cost')), kr(whole?.cost ?? 0)],
    [r(msg('report.economy.ownFunds')), kr(whole?.ownFunds ?? 0)],
    [r(msg('report.economy.spentOwn')), kr(spending.own)],
    [r(msg('report.economy.spentPartner')), kr(spending.partner)],
    [r(msg('report.economy.spentExternal')), kr(spending.external)],
    [r(msg('report.economy.spentTotal')), kr(spending.total)],
    [r(msg('report.economy.uncovered')), kr(kontroll.totals.uncovered)],
  ];
  const sourceText: Readonly<Record<FundingSource, string>> = {
    own: r(msg('report.economy.own')),
    partner: r(msg('report.economy.partner')),
    external: r(msg('report.economy.external')),
  };
  const fundingRows = kontroll.fundingBySource.map((s) => [sourceText[s.source], kr(s.confirmed), kr(s.applied), kr(s.planned), kr(s.total)]);
  const t = kontroll.totals;
  fundingRows.push([r(msg('report.economy.sum')), kr(t.confirmedFunds), kr(t.appliedFunds), kr(t.plannedFunds), kr(t.confirmedFunds + t.appliedFunds + t.plannedFunds)]);

  const attentionItems = rollUp.attention.map((e) => attentionText(e, language));
  return {
    language,
    languageTag: language === 'en' ? 'en-GB' : 'nb-NO',
    isAnnual: period.isAnnual,
    title,
    titlePage,
    organisation,
    summary: {
      heading: r(msg('report.summary.heading')),
      countsHeading: r(msg('report.summary.countsHeading')),
      counts: { header: [r(msg('report.summary.status')), r(msg('report.summary.count'))], rows: countRows },
      lines: summaryLines,
    },
    sections,
    actionHeader: [
      r(msg('report.table.number')),
      r(msg('report.table.action')),
      r(msg('report.table.status')),
      r(msg('report.table.kpi')),
      r(msg('report.table.cost')),
      r(msg('report.table.spent')),
    ],
    economy: {
      heading: r(msg('report.economy.heading')),
      table: { header: [r(msg('report.economy.item')), r(msg('report.economy.amount'))], rows: economyRows },
      fundingHeading: r(msg('report.economy.fundingHeading')),
      funding: {
        header: [
          r(msg('report.economy.source')),
          r(msg('report.economy.confirmed')),
          r(msg('report.economy.applied')),
          r(msg('report.economy.planned')),
          r(msg('report.economy.sum')),
        ],
        rows: fundingRows,
      },
    },
    attention: {
      heading: r(msg('report.attention.heading')),
      intro: attentionItems.length === 0 ? r(msg('report.attention.none')) : r(msg('report.attention.intro', { count: attentionItems.length })),
      items: attentionItems,
    },
  };
}
