/**
 * Oppfølging (PRODUCT.md §3, issue 12): what happens to a year's plan after it is made —
 * reporting periods, a status update per tiltak per period, and closed periods frozen as
 * snapshots. It lives on the plan (`ActionPlan.followUp`) and never changes what was
 * adopted: a vedtatt plan takes status updates without being reopened, and none of these
 * records touches a tiltak, the frame or a scenario.
 *
 * Shape (plan-file version 3):
 *
 * ```
 * plan.followUp = {
 *   scheme:       { kind: 'tertials' } | { kind: 'quarters' } | { kind: 'custom', periods: CustomPeriod[] },
 *   kpiWeighting: 'equal' | 'cost',          // how tiltak are weighted when KPI progress is averaged
 *   updates:      StatusUpdate[],            // the history: several per tiltak and period; the latest counts
 *   closures:     PeriodClosure[],           // every closing of a period, with its snapshot and a reopening (if any)
 * }
 * ```
 *
 * - Periods are resolved by `reportingPeriods(plan)`: tertialer T1 (jan–apr), T2 (mai–aug),
 *   T3 (sep–des; the årsrapport), or kvartaler K1–K4 (K4 = årsrapport), or the user's own
 *   periods (the last one is the årsrapport). A period's `id` is its short name for the
 *   built-in schemes and the user's id for custom ones; `shortName` is what the CLI takes.
 * - A status update is «per dato» (`date`, inside the plan year) for one tiltak and period.
 *   The *latest* update of a tiltak in a period counts: latest `date`, and on the same date
 *   the one later in `updates`. Forbruk is money used so far (cumulative), by funding source.
 * - A period is closed while it has a closure with `reopened === null`. Closing freezes the
 *   period's updates and the roll-up (shared/rules/follow-up) in `snapshot`; reopening keeps
 *   the closure (the log) and records who, when and why.
 */
import { z } from 'zod';
import { kronerSchema } from '../money/kroner';
import { isoDateSchema, type IsoDate } from './dates';
import type { ActionPlan, FundingSource } from './entities';
import { idSchema } from './ids';

const text = (max: number) => z.string().max(max);

/** Oppfølgingsstatus: ikke startet, på sporet, forsinket, stoppet, fullført. */
export const followUpStatusSchema = z.enum(['notStarted', 'onTrack', 'delayed', 'stopped', 'done']);
/** Oppfølgingsstatus. */
export type FollowUpStatus = z.infer<typeof followUpStatusSchema>;
/** Every follow-up status in display order (text: `followUp.status.<status>`; colour is never alone). */
export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = followUpStatusSchema.options;

/** Egendefinert rapporteringsperiode: a short name (e.g. «H1»), a name and from/to dates inside the plan year. */
export const customPeriodSchema = z.object({
  id: idSchema,
  /** Kortnavn, e.g. «H1» (unique within the plan, case-insensitive). */
  shortName: z.string().trim().min(1).max(12),
  /** Navn, e.g. «Første halvår». */
  name: z.string().trim().min(1).max(100),
  from: isoDateSchema,
  to: isoDateSchema,
});
/** Egendefinert rapporteringsperiode. */
export type CustomPeriod = z.infer<typeof customPeriodSchema>;

/** Most periods a custom scheme may have. */
export const MAX_CUSTOM_PERIODS = 24;

/** Periodeinndeling: tertialer (default), kvartaler, or the user's own periods. */
export const periodSchemeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('tertials') }),
  z.object({ kind: z.literal('quarters') }),
  z.object({ kind: z.literal('custom'), periods: z.array(customPeriodSchema).min(1).max(MAX_CUSTOM_PERIODS) }),
]);
/** Periodeinndeling. */
export type PeriodScheme = z.infer<typeof periodSchemeSchema>;

/** Vekting of tiltak when KPI progress is averaged: each tiltak 1 (`equal`) or its kostnad (`cost`). */
export const kpiWeightingSchema = z.enum(['equal', 'cost']);
/** Vekting av KPI-måloppnåelse. */
export type KpiWeighting = z.infer<typeof kpiWeightingSchema>;

/** KPI-resultat in a status update: the actual value for one of the tiltak's KPIs, with an optional baseline (utgangsverdi). */
export const kpiValueSchema = z.object({
  /** Id of a KPI on the tiltak (`Action.kpis[].id`). */
  kpiId: idSchema,
  /** Faktisk verdi (null: not measured yet). */
  actual: z.number().finite().nullable(),
  /** Utgangsverdi (null: 0). */
  baseline: z.number().finite().nullable(),
});
/** KPI-resultat. */
export type KpiValue = z.infer<typeof kpiValueSchema>;

// The same values as `fundingSourceSchema` (entities.ts imports this module, so it cannot be imported here).
const sourceSchema = z.enum(['own', 'partner', 'external']) satisfies z.ZodType<FundingSource>;

/** Forbruk from one funding source so far (cumulative, whole kroner). */
export const spendingSchema = z.object({
  source: sourceSchema,
  amount: kronerSchema,
});
/** Forbruk per finansieringskilde. */
export type Spending = z.infer<typeof spendingSchema>;

/** Statusoppdatering for one tiltak in one reporting period. */
export const statusUpdateSchema = z.object({
  id: idSchema,
  /** Tiltaket (in the same plan). */
  actionId: idSchema,
  /** Rapporteringsperiode (`ReportingPeriod.id`). */
  periodId: idSchema,
  status: followUpStatusSchema,
  /** Kommentar. */
  comment: text(10000),
  /** KPI-resultater, at most one per KPI. */
  kpiValues: z.array(kpiValueSchema).max(100),
  /** Forbruk så langt per kilde, at most one per source. */
  spending: z.array(spendingSchema).max(3),
  /** Endret forventet frist (null: the tiltak's own frist stands). */
  expectedDeadline: isoDateSchema.nullable(),
  /** Per dato: the day the status applies to, inside the plan year. */
  date: isoDateSchema,
  /** Forfatter (free text, remembered by the UI). */
  author: text(200),
});
/** Statusoppdatering. */
export type StatusUpdate = z.infer<typeof statusUpdateSchema>;

/** Counts per follow-up status, plus `none` for tiltak without any update. The parts add up to `total`. */
export const statusCountsSchema = z.object({
  notStarted: z.number().int().min(0),
  onTrack: z.number().int().min(0),
  delayed: z.number().int().min(0),
  stopped: z.number().int().min(0),
  done: z.number().int().min(0),
  /** Ingen oppdatering. */
  none: z.number().int().min(0),
  total: z.number().int().min(0),
});
/** Antall tiltak per status. */
export type StatusCounts = z.infer<typeof statusCountsSchema>;

const percent = z.number().min(0).max(100);

/** One KPI's progress (måloppnåelse) in the roll-up. */
export const kpiProgressSchema = z.object({
  kpiId: idSchema,
  actual: z.number().finite().nullable(),
  baseline: z.number().finite().nullable(),
  target: z.number().finite().nullable(),
  /** (actual − baseline) / (target − baseline), clamped to 0–100 %; null when not measurable. */
  progress: percent.nullable(),
});
/** Måloppnåelse for én KPI. */
export type KpiProgress = z.infer<typeof kpiProgressSchema>;

// A sum of amounts: whole kroner, exact (the document limit caps every sum below 2^53), but above one field's `MAX_KRONER`.
const sumSchema = z.number().int().min(0);

/** Forbruk summed per source (whole kroner). */
export const spendingTotalsSchema = z.object({
  own: sumSchema,
  partner: sumSchema,
  external: sumSchema,
  total: sumSchema,
});
/** Forbruk per kilde og totalt. */
export type SpendingTotals = z.infer<typeof spendingTotalsSchema>;

/** One tiltak in the roll-up: its status this period, KPI progress and forbruk. */
export const actionFollowUpSchema = z.object({
  actionId: idSchema,
  /** Nr. */
  number: z.string().max(20),
  /** The status that counts: the latest update in this period, else in the latest earlier period; null when none. */
  status: followUpStatusSchema.nullable(),
  /** Id of the update that counts (null: none). */
  updateId: idSchema.nullable(),
  /** Period of that update (null: none). */
  updatePeriodId: idSchema.nullable(),
  /** True when the tiltak has an update in this period. */
  isUpdatedThisPeriod: z.boolean(),
  kpis: z.array(kpiProgressSchema).max(100),
  /** Mean of the measurable KPIs' progress (each KPI weighs the same), null when none is measurable. */
  kpiProgress: percent.nullable(),
  /** The tiltak's weight in every average it is part of (1, or its kostnad; see `KpiWeighting`). */
  kpiWeight: z.number().min(0),
  spending: spendingTotalsSchema,
  cost: kronerSchema,
  /** Gjeldende frist: the update's changed frist, else the tiltak's. */
  deadline: isoDateSchema.nullable(),
});
/** Oppfølging av ett tiltak. */
export type ActionFollowUp = z.infer<typeof actionFollowUpSchema>;

/**
 * Kind of roll-up group: the whole plan; a group of the kontroll's partition (`area` —
 * innsatsområde or støtteområde —, `projects` «Tverrgående prosjekter» only, `unlinked`
 * «Uten kobling»); a line (satsing `initiative` or `subGoal`); a tverrgående prosjekt
 * (`project`); an overordnet strategi (`guidingStrategy`).
 */
export const rollUpKindSchema = z.enum(['plan', 'area', 'projects', 'unlinked', 'initiative', 'subGoal', 'project', 'guidingStrategy']);
/** Slags sammenstilling. */
export type RollUpKind = z.infer<typeof rollUpKindSchema>;

/** Sammenstilling for one group of tiltak. */
export const groupRollUpSchema = z.object({
  /** Stable key: `plan`, `area:<id>`, `projects`, `unlinked`, `initiative:<id>`, `subGoal:<id>`, `project:<id>`, `guidingStrategy:<id>`. */
  key: z.string().max(100),
  kind: rollUpKindSchema,
  /** Id of the entity (null for `plan`, `projects`, `unlinked`). */
  id: idSchema.nullable(),
  /** For `area`: innsatsområde (`priority`) or støtteområde (`support`); else null. */
  focusAreaKind: z.enum(['priority', 'support']).nullable(),
  /** The active tiltak in the group, in plan order. */
  actionIds: z.array(idSchema).max(200_000),
  counts: statusCountsSchema,
  /** Σ(weight × progress) / Σ weight over the tiltak with measurable KPI progress; null when none. */
  kpiProgress: percent.nullable(),
  /** Σ weight over those tiltak (the denominator above, so the user can see it). */
  kpiWeight: z.number().min(0),
  /** Number of tiltak whose KPI progress is in the average. */
  kpiActionCount: z.number().int().min(0),
  spending: spendingTotalsSchema,
  /** Sum kostnad. */
  cost: sumSchema,
  /** Sum planned egne midler (own funding lines). */
  ownFunds: sumSchema,
  /** Forbruk as percent of kostnad (one decimal); null when the cost is 0. */
  spentOfCostPercent: z.number().nullable(),
});
/** Sammenstilling for en gruppe. */
export type GroupRollUp = z.infer<typeof groupRollUpSchema>;

/** Code of an entry in «Trenger oppmerksomhet» (text: `followUp.attention.<code>`). */
export const attentionCodeSchema = z.enum(['stopped', 'delayed', 'deadlinePassed', 'noUpdate', 'kpiBehind', 'overspent']);
/** Kode for «Trenger oppmerksomhet». */
export type AttentionCode = z.infer<typeof attentionCodeSchema>;

/** One entry in «Trenger oppmerksomhet»: a code, the tiltak and the values the text needs. */
export const attentionEntrySchema = z.object({
  code: attentionCodeSchema,
  actionId: idSchema,
  number: z.string().max(20),
  /** Values for `followUp.attention.<code>` (besides `number` and `title`, which the caller has). */
  params: z.record(z.string().max(40), z.union([z.string().max(600), z.number()])),
});
/** Oppføring i «Trenger oppmerksomhet». */
export type AttentionEntry = z.infer<typeof attentionEntrySchema>;

/**
 * Sammenstilling for a plan and period: per tiltak, per group (the plan first, then the
 * partition into areas, then satsinger/delmål, tverrgående prosjekter and overordnede
 * strategier) and the attention list. What `followUpRollUp` returns and a closed period keeps.
 */
export const followUpRollUpSchema = z.object({
  year: z.number().int(),
  periodId: idSchema,
  /** Per dato: the day «frist passed» and «expected path» are measured at (the period's end unless given). */
  asOf: isoDateSchema,
  kpiWeighting: kpiWeightingSchema,
  /** Ramme: egne midler. */
  frameOwnFunds: kronerSchema,
  /** Own-source forbruk as percent of the frame (null when the frame is 0 = not set). */
  ownSpentOfFramePercent: z.number().nullable(),
  actions: z.array(actionFollowUpSchema).max(200_000),
  groups: z.array(groupRollUpSchema).max(10_000),
  attention: z.array(attentionEntrySchema).max(1_200_000),
});
/** Sammenstilling av oppfølgingen. */
export type FollowUpRollUp = z.infer<typeof followUpRollUpSchema>;

/** Frozen content of a closed period (øyeblikksbilde): the period's updates (history included) and the roll-up. */
export const periodSnapshotSchema = z.object({
  updates: z.array(statusUpdateSchema).max(200_000),
  rollUp: followUpRollUpSchema,
});
/** Øyeblikksbilde av en lukket periode. */
export type PeriodSnapshot = z.infer<typeof periodSnapshotSchema>;

/** Gjenåpning of a closed period: when, by whom and why (the reason is required). */
export const reopeningSchema = z.object({
  date: isoDateSchema,
  by: text(200),
  reason: z.string().trim().min(1).max(2000),
});
/** Gjenåpning. */
export type Reopening = z.infer<typeof reopeningSchema>;

/** Lukking av en periode: the snapshot, who closed it when, and the reopening if there was one. */
export const periodClosureSchema = z.object({
  id: idSchema,
  periodId: idSchema,
  /** Lukket dato. */
  date: isoDateSchema,
  /** Lukket av. */
  by: text(200),
  snapshot: periodSnapshotSchema,
  /** null while the period is closed. */
  reopened: reopeningSchema.nullable(),
});
/** Lukking av en periode. */
export type PeriodClosure = z.infer<typeof periodClosureSchema>;

/** Most status updates one plan may hold (with history). */
export const MAX_STATUS_UPDATES = 200_000;
/** Most closures (with reopenings) one plan may hold. */
export const MAX_PERIOD_CLOSURES = 200;

/** Oppfølging of one year's plan. */
export const followUpSchema = z.object({
  scheme: periodSchemeSchema,
  kpiWeighting: kpiWeightingSchema,
  updates: z.array(statusUpdateSchema).max(MAX_STATUS_UPDATES),
  closures: z.array(periodClosureSchema).max(MAX_PERIOD_CLOSURES),
});
/** Oppfølging. */
export type FollowUp = z.infer<typeof followUpSchema>;

/** Empty follow-up: tertialer, equal weights, no updates (what a new plan and a migrated v2 plan get). */
export function emptyFollowUp(): FollowUp {
  return { scheme: { kind: 'tertials' }, kpiWeighting: 'equal', updates: [], closures: [] };
}

/** A reporting period with its dates resolved for a year (rapporteringsperiode). */
export interface ReportingPeriod {
  /** Stable id: T1–T3, K1–K4, or the custom period's id. */
  id: string;
  /** Kortnavn (T1, K2, or the user's); what `--period` takes. */
  shortName: string;
  /** The user's name for a custom period; null for built-in periods (text: `followUp.period.<id>`). */
  name: string | null;
  from: IsoDate;
  to: IsoDate;
  /** True for the last period of the scheme: its report is the årsrapport. */
  isAnnual: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function monthSpan(year: number, id: string, fromMonth: number, toMonth: number, isAnnual: boolean): ReportingPeriod {
  return {
    id,
    shortName: id,
    name: null,
    from: `${year}-${pad(fromMonth)}-01`,
    to: `${year}-${pad(toMonth)}-${pad(lastDay(year, toMonth))}`,
    isAnnual,
  };
}

/** The periods of a scheme in a year, in time order (rapporteringsperioder). */
export function periodsOfScheme(scheme: PeriodScheme, year: number): ReportingPeriod[] {
  if (scheme.kind === 'tertials') {
    return [monthSpan(year, 'T1', 1, 4, false), monthSpan(year, 'T2', 5, 8, false), monthSpan(year, 'T3', 9, 12, true)];
  }
  if (scheme.kind === 'quarters') {
    return [1, 2, 3, 4].map((q) => monthSpan(year, `K${q}`, q * 3 - 2, q * 3, q === 4));
  }
  const sorted = [...scheme.periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return sorted.map((p, i) => ({ id: p.id, shortName: p.shortName, name: p.name, from: p.from, to: p.to, isAnnual: i === sorted.length - 1 }));
}

/** The plan's reporting periods, in time order. */
export function reportingPeriods(plan: Pick<ActionPlan, 'year' | 'followUp'>): ReportingPeriod[] {
  return periodsOfScheme(plan.followUp.scheme, plan.year);
}

/** A period of the plan by id, or by short name (case-insensitive); undefined when there is none. */
export function findPeriod(plan: Pick<ActionPlan, 'year' | 'followUp'>, idOrShortName: string): ReportingPeriod | undefined {
  const periods = reportingPeriods(plan);
  const wanted = idOrShortName.trim().toLowerCase();
  return periods.find((p) => p.id === idOrShortName) ?? periods.find((p) => p.shortName.toLowerCase() === wanted);
}

/** The closure that keeps a period closed now, or undefined when it is open. */
export function activeClosure(followUp: FollowUp, periodId: string): PeriodClosure | undefined {
  return followUp.closures.find((c) => c.periodId === periodId && c.reopened === null);
}

/** True when the period is closed (lukket). */
export function isPeriodClosed(followUp: FollowUp, periodId: string): boolean {
  return activeClosure(followUp, periodId) !== undefined;
}

/**
 * The update that counts among `updates` (one tiltak, one period): latest `date`, and on
 * the same date the one later in the list. undefined for an empty list.
 */
export function latestUpdate(updates: readonly StatusUpdate[]): StatusUpdate | undefined {
  let best: StatusUpdate | undefined;
  for (const u of updates) if (best === undefined || u.date >= best.date) best = u;
  return best;
}

/** Sum of an update's forbruk (all sources). */
export function spendingTotal(update: Pick<StatusUpdate, 'spending'>): number {
  let total = 0;
  for (const s of update.spending) total += s.amount;
  return total;
}

/**
 * Standardperiode when none is named (the CLI's `status` without `--period`): the latest
 * period that has a status update, else the first period.
 */
export function defaultPeriod(plan: Pick<ActionPlan, 'year' | 'followUp'>): ReportingPeriod {
  const periods = reportingPeriods(plan);
  const used = new Set(plan.followUp.updates.map((u) => u.periodId));
  for (let i = periods.length - 1; i >= 0; i--) {
    const period = periods[i];
    if (period && used.has(period.id)) return period;
  }
  // Every scheme has at least one period (custom schemes need one).
  return periods[0] as ReportingPeriod;
}
