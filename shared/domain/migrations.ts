/**
 * Plan-file migrations: each step lifts the raw JSON of one version to the next, until it
 * has the current shape; the zod schema checks the result afterwards. Steps never mutate
 * their input and never trust it: a value of the wrong type is passed on untouched for
 * the schema to report.
 *
 * Version history:
 * - 0 (the first prototype): tiltak under `tiltak`; a tiltak's cost in `kostnad` and its
 *   financing in `finansiering`, each line `{ id, kilde: 'egne' | 'partner' | 'ekstern',
 *   aktorId, belop, status: 'bekreftet' | 'sokt' | 'planlagt' }`; no carry-over
 *   (`carriedFromId`, `lineageId`) and no `strategy.templateId`.
 * - 1: a tiltak links only to satsinger (`initiativeIds`) and one tverrgående prosjekt.
 * - 2: a tiltak may also hang directly under delmål (`subGoalIds`) and innsatsområder /
 *   støtteområder (`focusAreaIds`).
 * - 3: the current format (`planDocumentSchema`): every plan has its oppfølging
 *   (`followUp`: reporting periods, status updates, closed periods; see follow-up.ts).
 */
import { msg, type Message } from '../i18n/message';
import { PLAN_FILE_VERSION } from './document';
import { emptyFollowUp } from './follow-up';

/** Oldest plan-file version this app can open (and migrate). */
export const OLDEST_PLAN_FILE_VERSION = 0;

/** A JSON object as parsed, before validation. */
export type RawObject = Record<string, unknown>;

/** True for a plain JSON object (not an array, not null). */
export function isRawObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const V0_SOURCES: Readonly<Record<string, string>> = { egne: 'own', partner: 'partner', ekstern: 'external' };
const V0_STATUSES: Readonly<Record<string, string>> = {
  bekreftet: 'confirmed',
  sokt: 'applied',
  søkt: 'applied',
  planlagt: 'planned',
};

function mapName(table: Readonly<Record<string, string>>, value: unknown): unknown {
  return typeof value === 'string' && Object.hasOwn(table, value) ? table[value] : value;
}

function migrateV0FundingLine(line: unknown): unknown {
  if (!isRawObject(line)) return line;
  const { kilde, aktorId, belop, ...rest } = line;
  return {
    ...rest,
    source: mapName(V0_SOURCES, kilde),
    actorId: aktorId === undefined ? null : aktorId,
    amount: belop,
    status: mapName(V0_STATUSES, rest['status']),
  };
}

function migrateV0Action(action: unknown): unknown {
  if (!isRawObject(action)) return action;
  const { kostnad, finansiering, ...rest } = action;
  return {
    ...rest,
    cost: kostnad,
    funding: Array.isArray(finansiering) ? finansiering.map(migrateV0FundingLine) : finansiering,
    carriedFromId: null,
    // Before carry-over each tiltak was its own history.
    lineageId: rest['id'],
  };
}

/** Version 0 → 1. */
function migrateV0(raw: RawObject): RawObject {
  const { tiltak, ...rest } = raw;
  const strategy = isRawObject(rest['strategy']) ? { templateId: null, ...rest['strategy'] } : rest['strategy'];
  return {
    ...rest,
    version: 1,
    strategy,
    actions: Array.isArray(tiltak) ? tiltak.map(migrateV0Action) : (tiltak ?? rest['actions']),
  };
}

function migrateV1Action(action: unknown): unknown {
  if (!isRawObject(action)) return action;
  return { subGoalIds: [], focusAreaIds: [], ...action };
}

function migrateV1Plan(plan: unknown): unknown {
  if (!isRawObject(plan) || !Array.isArray(plan['scenarios'])) return plan;
  const scenarios = plan['scenarios'].map((scenario: unknown) =>
    isRawObject(scenario) && Array.isArray(scenario['addedActions'])
      ? { ...scenario, addedActions: scenario['addedActions'].map(migrateV1Action) }
      : scenario,
  );
  return { ...plan, scenarios };
}

/** Version 1 → 2: no direct links to delmål or innsatsområder yet. */
function migrateV1(raw: RawObject): RawObject {
  const actions = raw['actions'];
  const plans = raw['plans'];
  return {
    ...raw,
    version: 2,
    plans: Array.isArray(plans) ? plans.map(migrateV1Plan) : plans,
    actions: Array.isArray(actions) ? actions.map(migrateV1Action) : actions,
  };
}

/** Version 2 → 3: every plan gets an empty oppfølging (tertialer, no updates). */
function migrateV2(raw: RawObject): RawObject {
  const plans = raw['plans'];
  return {
    ...raw,
    version: 3,
    plans: Array.isArray(plans) ? plans.map((plan: unknown) => (isRawObject(plan) ? { followUp: emptyFollowUp(), ...plan } : plan)) : plans,
  };
}

/**
 * Overganger: the step from version n to n + 1, keyed by n. Exported (not frozen) so the
 * meta-test can see that opening the frozen file of every released version runs each step.
 */
export const PLAN_FILE_MIGRATIONS: Readonly<Record<number, (raw: RawObject) => RawObject>> = {
  0: migrateV0,
  1: migrateV1,
  2: migrateV2,
};

/** Result of `migratePlanFile`. */
export type MigrationResult =
  | { ok: true; value: RawObject; migratedFrom: number | null }
  | { ok: false; message: Message };

/**
 * Migrering: lifts a parsed plan file (already checked for format and dangerous keys) from
 * its `version` to `PLAN_FILE_VERSION`. `migratedFrom` is the file's version when a step
 * ran, null when it was already current. Refuses versions it does not know.
 */
export function migratePlanFile(raw: RawObject): MigrationResult {
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_PLAN_FILE_VERSION) {
    return { ok: false, message: msg('planFile.unknownVersion') };
  }
  if (version > PLAN_FILE_VERSION) {
    return { ok: false, message: msg('planFile.newerVersion', { version, supported: PLAN_FILE_VERSION }) };
  }
  let value = raw;
  for (let v = version; v < PLAN_FILE_VERSION; v += 1) {
    const step = PLAN_FILE_MIGRATIONS[v];
    if (step === undefined) return { ok: false, message: msg('planFile.missingStep', { version: v }) };
    value = step(value);
  }
  return { ok: true, value, migratedFrom: version === PLAN_FILE_VERSION ? null : version };
}
