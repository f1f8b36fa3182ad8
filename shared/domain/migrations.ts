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
 * - 1: the current format (`planDocumentSchema`).
 */
import { PLAN_FILE_VERSION } from './document';

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

/** Step from version n to n + 1, indexed by n. */
const STEPS: readonly ((raw: RawObject) => RawObject)[] = [migrateV0];

/** Result of `migratePlanFile`. */
export type MigrationResult =
  | { ok: true; value: RawObject; migratedFrom: number | null }
  | { ok: false; message: string };

/**
 * Migrering: lifts a parsed plan file (already checked for format and dangerous keys) from
 * its `version` to `PLAN_FILE_VERSION`. `migratedFrom` is the file's version when a step
 * ran, null when it was already current. Refuses versions it does not know.
 */
export function migratePlanFile(raw: RawObject): MigrationResult {
  const version = raw['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_PLAN_FILE_VERSION) {
    // Name what is there without printing «undefined» or «[object Object]».
    const shown =
      version === undefined ? 'mangler' : typeof version === 'object' ? (version === null ? 'null' : Array.isArray(version) ? 'liste' : 'objekt') : String(version).slice(0, 40);
    return { ok: false, message: `Ukjent filversjon (${shown}). Filen er skadet eller ikke laget av Handlingsrom.` };
  }
  if (version > PLAN_FILE_VERSION) {
    return {
      ok: false,
      message: `Filen er laget med en nyere versjon av Handlingsrom (filversjon ${version}; denne versjonen åpner til og med filversjon ${PLAN_FILE_VERSION}). Oppdater Handlingsrom for å åpne den.`,
    };
  }
  let value = raw;
  for (let v = version; v < PLAN_FILE_VERSION; v += 1) {
    const step = STEPS[v];
    if (step === undefined) return { ok: false, message: `Mangler overgang fra filversjon ${v}.` };
    value = step(value);
  }
  return { ok: true, value, migratedFrom: version === PLAN_FILE_VERSION ? null : version };
}
