/**
 * A tiny fixture builder for the kontroll tests: a small strategy (two focus areas, one
 * delmål, three satsinger, one tverrgående prosjekt, three overordnede strategier, two actors), a plan
 * for 2026 and complete tiltak that individual tests break one field at a time.
 */
import type {
  Action,
  ActionPlan,
  FundingLine,
  FundingSource,
  FundingStatus,
  Strategy,
} from '@shared/domain/entities';
import { emptyFollowUp } from '@shared/domain/follow-up';
import type { KontrollInput } from '@shared/rules/types';

/** The plan year every fixture uses. */
export const YEAR = 2026;

export function makeStrategy(overrides: Partial<Strategy> = {}): Strategy {
  return {
    id: 'str1',
    name: 'Strategiske føringer 2025–2028',
    organisation: 'Testregionen',
    periodFrom: 2025,
    periodTo: 2028,
    vision: 'Sammen får vi ting til å skje!',
    overallGoal: '',
    purpose: '',
    mission: '',
    roles: [],
    values: [],
    challenges: [],
    guidingStrategies: [
      { id: 'gs1', text: 'ved å bygge strategiske allianser og nettverk' },
      { id: 'gs2', text: 'ved å styrke kompetanse' },
      { id: 'gs3', text: 'ved å være en tydelig stemme' },
    ],
    focusAreas: [
      { id: 'fa1', kind: 'priority', name: 'Næringsutvikling', description: '', subGoals: [] },
      { id: 'fa2', kind: 'support', name: 'Kompetanse og inkludering', description: '', subGoals: [{ id: 'sg1', text: 'Flere fagarbeidere' }] },
    ],
    initiatives: [
      { id: 'in1', focusAreaId: 'fa1', name: 'Klynger', description: '', guidingStrategyIds: ['gs1'] },
      { id: 'in2', focusAreaId: 'fa1', name: 'Gründere', description: '', guidingStrategyIds: [] },
      { id: 'in3', focusAreaId: 'fa2', name: 'Fagskoler', description: '', guidingStrategyIds: ['gs2'] },
    ],
    crossCuttingProjects: [{ id: 'cc1', name: 'Grønn omstilling', description: '', focusAreaIds: ['fa1', 'fa2'] }],
    actors: [
      { id: 'a1', name: 'Næringsforeningen', category: 'business' },
      { id: 'a2', name: 'Fylkeskommunen', category: 'public' },
    ],
    partnerRegions: [],
    notes: '',
    templateId: null,
    ...overrides,
  };
}

export function makePlan(overrides: Partial<ActionPlan> = {}): ActionPlan {
  return {
    id: 'plan1',
    strategyId: 'str1',
    year: YEAR,
    status: 'draft',
    adoptedDate: null,
    frame: { ownFunds: 1_000_000, capacityHours: 1_000, targetShares: {} },
    scenarios: [],
    followUp: emptyFollowUp(),
    ...overrides,
  };
}

let lineCounter = 0;

/** One funding line (finansieringslinje). */
export function line(
  source: FundingSource,
  amount: number,
  status: FundingStatus = 'confirmed',
  actorId: string | null = null,
): FundingLine {
  lineCounter += 1;
  return { id: `fl${lineCounter}`, source, actorId, amount, status };
}

/** A complete tiltak: linked, owned, dated, with a KPI and own funds covering its cost. */
export function makeAction(id: string, overrides: Partial<Action> = {}): Action {
  const cost = overrides.cost ?? 100_000;
  return {
    id,
    planId: 'plan1',
    number: id.replace(/^\D+/, '') || id,
    title: `Tiltak ${id}`,
    description: '',
    initiativeIds: ['in1'],
    subGoalIds: [],
    focusAreaIds: [],
    crossCuttingProjectId: null,
    guidingStrategyIds: [],
    owner: 'Sekretariatet',
    partnerIds: [],
    cost,
    funding: [line('own', cost)],
    hours: 10,
    start: `${YEAR}-01-15`,
    deadline: `${YEAR}-06-30`,
    kpis: [{ id: `kpi-${id}`, indicator: 'Deltakere', target: 20, unit: 'personer' }],
    priority: 2,
    status: 'planned',
    notes: '',
    carriedFromId: null,
    lineageId: `lin-${id}`,
    ...overrides,
  };
}

/** A kontroll input from parts, with the fixture strategy and plan as defaults. */
export function makeInput(
  actions: readonly Action[],
  parts: { strategy?: Partial<Strategy>; plan?: Partial<ActionPlan> } = {},
): KontrollInput {
  return { strategy: makeStrategy(parts.strategy), plan: makePlan(parts.plan), actions };
}

/** A strategy that every default tiltak fully covers, so coverage rules stay quiet. */
export function coveredStrategy(): Partial<Strategy> {
  return {
    guidingStrategies: [{ id: 'gs1', text: 'ved å bygge strategiske allianser og nettverk' }],
    focusAreas: [{ id: 'fa1', kind: 'priority', name: 'Næringsutvikling', description: '', subGoals: [] }],
    initiatives: [{ id: 'in1', focusAreaId: 'fa1', name: 'Klynger', description: '', guidingStrategyIds: ['gs1'] }],
    crossCuttingProjects: [],
  };
}

/** Deeply freezes a value, so a mutation in the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
