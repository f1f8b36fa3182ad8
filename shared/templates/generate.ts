/**
 * Large-plan generator: a realistic, deterministic plan document of any size, for
 * performance tests, benchmarks and trying out long tables. Same options → same document
 * (seeded mulberry32 PRNG; no clock, no Math.random).
 *
 * The structure is the example's (Osloregionen structure with invented satsinger and
 * actors); the period is stretched to cover `years` plans from 2025.
 */
import type { PlanDocument } from '../domain/document';
import { emptyFollowUp } from '../domain/follow-up';
import type {
  Action,
  ActionPlan,
  ActionStatus,
  Actor,
  FundingLine,
  FundingStatus,
  Initiative,
  Kpi,
  Priority,
} from '../domain/entities';
import { createExampleDocument } from './example';

/** Options for `generateLargeDocument`. */
export interface GenerateOptions {
  /** Total number of tiltak, spread over the plans (0–200 000). */
  actions: number;
  /** Number of yearly plans (1–76), from the strategy's first year. */
  years: number;
  /** PRNG seed (any integer). */
  seed: number;
}

/** First year of a generated strategy. */
export const GENERATED_FIRST_YEAR = 2025;

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new RangeError('Tom liste');
  return item;
}

/** Picks by weight: `[value, weight][]`. */
function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [value, weight] of table) {
    r -= weight;
    if (r < 0) return value;
  }
  const last = table[table.length - 1];
  if (last === undefined) throw new RangeError('Tom tabell');
  return last[0];
}

const roundTo = (value: number, step: number): number => Math.round(value / step) * step;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** ISO date of day `doy` (0-based, 0–364) of `year`; 29 February is never produced. */
function dateOfYear(year: number, doy: number): string {
  let month = 0;
  let day = Math.min(Math.max(Math.floor(doy), 0), 364);
  while (day >= (MONTH_DAYS[month] ?? 31)) {
    day -= MONTH_DAYS[month] ?? 31;
    month += 1;
  }
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(day + 1).padStart(2, '0')}`;
}

const ACTIVITIES = [
  'Kartlegging av',
  'Nettverk for',
  'Pilot:',
  'Forstudie om',
  'Seminar om',
  'Analyse av',
  'Kompetanseprogram for',
  'Samarbeidsavtale om',
  'Veileder for',
  'Konferanse om',
  'Innspill om',
  'Søknad om midler til',
] as const;

const TOPICS = [
  'grønn industri',
  'kraft og nett',
  'KI i småbedrifter',
  'digital tvilling',
  'overvann',
  'naturregnskap',
  'kollektivknutepunkter',
  'godsterminaler',
  'ladeinfrastruktur',
  'sirkulær økonomi',
  'stedsutvikling',
  'regional identitet',
  'pendlerstrømmer',
  'klimaregnskap',
  'oppstartsbedrifter',
  'internasjonal profilering',
] as const;

const KPI_TEMPLATES: readonly (readonly [string, number, number, string])[] = [
  ['Deltakere', 20, 300, 'personer'],
  ['Bedrifter med', 3, 60, 'stk'],
  ['Rapport levert', 1, 1, 'stk'],
  ['Samlinger', 2, 12, 'stk'],
  ['Kommuner som deltar', 2, 30, 'stk'],
  ['Utslippskutt', 50, 5000, 'tonn CO2e'],
];

const ACTION_STATUSES: readonly (readonly [ActionStatus, number])[] = [
  ['planned', 50],
  ['ongoing', 25],
  ['done', 12],
  ['postponed', 8],
  ['cancelled', 5],
];

const FUNDING_STATUSES: readonly (readonly [FundingStatus, number])[] = [
  ['confirmed', 60],
  ['applied', 25],
  ['planned', 15],
];

const PRIORITIES: readonly (readonly [Priority, number])[] = [
  [1, 30],
  [2, 45],
  [3, 25],
];

interface Context {
  rng: Rng;
  initiatives: readonly Initiative[];
  guidingStrategyIds: readonly string[];
  actors: readonly Actor[];
  owners: readonly string[];
  crossCuttingIds: readonly string[];
}

function makeFunding(ctx: Context, id: string, cost: number, partnerIds: readonly string[]): FundingLine[] {
  const { rng } = ctx;
  const lines: FundingLine[] = [];
  // Most tiltak are fully financed; some leave a part udekket.
  const covered = rng() < 0.07 ? roundTo(cost * (0.5 + rng() * 0.4), 5_000) : cost;
  const own = Math.min(covered, roundTo(covered * (0.25 + rng() * 0.75), 5_000));
  lines.push({ id: `${id}_f1`, source: 'own', actorId: null, amount: own, status: weighted(ctx.rng, FUNDING_STATUSES) });
  let rest = covered - own;
  if (rest > 0 && rng() < 0.6) {
    const amount = rng() < 0.5 ? rest : roundTo(rest * (0.3 + rng() * 0.5), 5_000);
    const actorId = partnerIds.length > 0 && rng() < 0.9 ? pick(rng, partnerIds) : pick(rng, ctx.actors).id;
    lines.push({ id: `${id}_f2`, source: 'partner', actorId, amount, status: weighted(rng, FUNDING_STATUSES) });
    rest -= amount;
  }
  if (rest > 0) {
    const actor = pick(rng, ctx.actors.filter((a) => a.category === 'public' || a.category === 'capital'));
    lines.push({ id: `${id}_f3`, source: 'external', actorId: actor.id, amount: rest, status: weighted(rng, FUNDING_STATUSES) });
  }
  return lines.filter((line) => line.amount > 0 || line.source === 'own');
}

function makeKpis(ctx: Context, id: string): Kpi[] {
  const { rng } = ctx;
  const count = weighted(rng, [[0, 8], [1, 72], [2, 20]] as const);
  const kpis: Kpi[] = [];
  for (let i = 0; i < count; i += 1) {
    const [indicator, min, max, unit] = pick(rng, KPI_TEMPLATES);
    kpis.push({ id: `${id}_k${i + 1}`, indicator, target: Math.round(min + rng() * (max - min)), unit });
  }
  return kpis;
}

function makeAction(
  ctx: Context,
  plan: ActionPlan,
  serial: number,
  indexInPlan: number,
  previous: Action | undefined,
): Action {
  const { rng } = ctx;
  const id = `gen_a${serial}`;
  // The first tiltak of each plan go round every satsing, so every one is covered.
  const first =
    indexInPlan < ctx.initiatives.length ? (ctx.initiatives[indexInPlan] ?? pick(rng, ctx.initiatives)) : pick(rng, ctx.initiatives);
  const onlyCrossCutting = indexInPlan >= ctx.initiatives.length && rng() < 0.03;
  const initiativeIds = onlyCrossCutting ? [] : [first.id];
  if (!onlyCrossCutting && rng() < 0.15) {
    const second = pick(rng, ctx.initiatives);
    if (second.id !== first.id) initiativeIds.push(second.id);
  }
  const crossCuttingProjectId = onlyCrossCutting || rng() < 0.08 ? pick(rng, ctx.crossCuttingIds) : null;
  const guiding = first.guidingStrategyIds.length > 0 ? first.guidingStrategyIds : ctx.guidingStrategyIds;
  const guidingStrategyIds = [pick(rng, guiding)];
  if (rng() < 0.3) {
    const extra = pick(rng, ctx.guidingStrategyIds);
    if (!guidingStrategyIds.includes(extra)) guidingStrategyIds.push(extra);
  }
  const partnerCount = weighted(rng, [[0, 15], [1, 35], [2, 35], [3, 15]] as const);
  const partnerIds: string[] = [];
  for (let i = 0; i < partnerCount; i += 1) {
    const actor = pick(rng, ctx.actors).id;
    if (!partnerIds.includes(actor)) partnerIds.push(actor);
  }
  const cost = roundTo(20_000 + rng() * rng() * 1_480_000, 5_000);
  const startDay = Math.floor(rng() * 300);
  const start = rng() < 0.03 ? null : dateOfYear(plan.year, startDay);
  const deadline = rng() < 0.05 ? null : dateOfYear(plan.year, startDay + 14 + Math.floor(rng() * (350 - startDay)));
  return {
    id,
    planId: plan.id,
    number: String(indexInPlan + 1),
    title: previous?.title ?? `${pick(rng, ACTIVITIES)} ${pick(rng, TOPICS)} (${serial + 1})`,
    description: previous === undefined ? 'Generert testtiltak (oppdiktet).' : `Videreført fra ${plan.year - 1}.`,
    initiativeIds,
    subGoalIds: [],
    focusAreaIds: [],
    crossCuttingProjectId,
    guidingStrategyIds,
    owner: rng() < 0.04 ? '' : pick(rng, ctx.owners),
    partnerIds,
    cost,
    funding: makeFunding(ctx, id, cost, partnerIds),
    hours: 10 + Math.floor(rng() * rng() * 390),
    start,
    deadline,
    kpis: makeKpis(ctx, id),
    priority: weighted(rng, PRIORITIES),
    status: weighted(rng, ACTION_STATUSES),
    notes: '',
    carriedFromId: previous?.id ?? null,
    lineageId: previous?.lineageId ?? `gen_l${serial}`,
  };
}

/**
 * Stort testdokument: `actions` tiltak over `years` yearly plans from 2025, with a
 * realistic spread over satsinger, financing and statuses. Deterministic for a given
 * seed; fast (10 000 tiltak in a few tens of milliseconds).
 */
export function generateLargeDocument(opts: GenerateOptions): PlanDocument {
  const { actions, years, seed } = opts;
  if (!Number.isInteger(actions) || actions < 0 || actions > 200_000) {
    throw new RangeError('Antall tiltak må være et heltall fra 0 til 200 000');
  }
  if (!Number.isInteger(years) || years < 1 || years > 2100 - GENERATED_FIRST_YEAR + 1) {
    throw new RangeError(`Antall år må være et heltall fra 1 til ${2100 - GENERATED_FIRST_YEAR + 1}`);
  }
  const rng = mulberry32(seed);
  const base = createExampleDocument().strategy;
  const strategy = {
    ...base,
    id: 'gen_strategy',
    name: `Generert testdokument – oppdiktede data (${actions} tiltak)`,
    organisation: 'Eksempelregionen (oppdiktet)',
    periodFrom: GENERATED_FIRST_YEAR,
    periodTo: GENERATED_FIRST_YEAR + years - 1,
    notes: `GENERERT TESTDOKUMENT – OPPDIKTEDE DATA (frø ${seed}).\n\n${base.notes}`,
  };
  const ctx: Context = {
    rng,
    initiatives: strategy.initiatives,
    guidingStrategyIds: strategy.guidingStrategies.map((g) => g.id),
    actors: strategy.actors,
    owners: ['Sekretariatet', 'Sekretariatet', 'Sekretariatet', ...strategy.actors.map((a) => a.name)],
    crossCuttingIds: strategy.crossCuttingProjects.map((p) => p.id),
  };
  const priorityAreas = strategy.focusAreas.filter((f) => f.kind === 'priority');
  const share = Math.floor(100 / Math.max(priorityAreas.length, 1));

  const plans: ActionPlan[] = [];
  const all: Action[] = [];
  let previousPlanActions: Action[] = [];
  let serial = 0;
  for (let k = 0; k < years; k += 1) {
    const year = GENERATED_FIRST_YEAR + k;
    const isLast = k === years - 1;
    const plan: ActionPlan = {
      id: `gen_plan_${year}`,
      strategyId: strategy.id,
      year,
      status: isLast ? 'draft' : 'adopted',
      adoptedDate: isLast ? null : `${year - 1}-12-10`,
      frame: { ownFunds: 0, capacityHours: 0, targetShares: {} },
      scenarios: [],
      followUp: emptyFollowUp(),
    };
    const count = Math.floor(actions / years) + (k < actions % years ? 1 : 0);
    const planActions: Action[] = [];
    let ownFunds = 0;
    let hours = 0;
    for (let j = 0; j < count; j += 1) {
      // About one in seven tiltak continues one of last year's (same position, same lineage).
      const previous = j < previousPlanActions.length && rng() < 0.15 ? previousPlanActions[j] : undefined;
      const action = makeAction(ctx, plan, serial, j, previous);
      serial += 1;
      planActions.push(action);
      if (action.status !== 'postponed' && action.status !== 'cancelled') {
        ownFunds += action.funding.reduce((s, line) => (line.source === 'own' ? s + line.amount : s), 0);
        hours += action.hours;
      }
    }
    // The frame lands within about ±6 % of the plan's own funds: some years fit, some not.
    plan.frame = {
      ownFunds: roundTo(ownFunds * (0.94 + rng() * 0.12), 10_000),
      capacityHours: roundTo(hours * (0.9 + rng() * 0.2), 10),
      targetShares: Object.fromEntries(priorityAreas.map((f) => [f.id, share])),
    };
    plans.push(plan);
    for (const a of planActions) all.push(a);
    previousPlanActions = planActions;
  }
  return { strategy, plans, actions: all };
}
