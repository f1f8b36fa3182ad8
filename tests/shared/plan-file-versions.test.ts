/**
 * Every released plan-file version stays readable: tests/fixtures/plan-files holds a
 * frozen file of each version (never regenerated — a new version adds a file), and
 * opening each one runs every migration step from its version on, in order, and gives a
 * valid current document. Like tldraw's «every migrator was called» test: a new step in
 * PLAN_FILE_MIGRATIONS without a frozen file of the version before it fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLAN_FILE_VERSION, planDocumentSchema } from '@shared/domain/document';
import { OLDEST_PLAN_FILE_VERSION, PLAN_FILE_MIGRATIONS } from '@shared/domain/migrations';
import { parsePlanFile, serializePlanFile } from '@shared/domain/plan-file';
import { emptyFollowUp } from '@shared/domain/follow-up';

const dir = path.resolve(import.meta.dirname, '../fixtures/plan-files');
const versions = Array.from({ length: PLAN_FILE_VERSION - OLDEST_PLAN_FILE_VERSION + 1 }, (_, i) => OLDEST_PLAN_FILE_VERSION + i);

function frozenFile(version: number): string {
  return readFileSync(path.join(dir, `v${version}.handlingsrom`), 'utf8');
}

/** Wraps each migration step in a spy that records the version it starts from. */
function spyOnSteps(): number[] {
  const calls: number[] = [];
  for (const key of Object.keys(PLAN_FILE_MIGRATIONS)) {
    const from = Number(key);
    const step = PLAN_FILE_MIGRATIONS[from];
    if (step === undefined) continue;
    vi.spyOn(PLAN_FILE_MIGRATIONS, from).mockImplementation((raw) => {
      calls.push(from);
      return step(raw);
    });
  }
  return calls;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('frozen plan files of every released version', () => {
  it('has exactly one frozen file per version, from the oldest readable to the current', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.handlingsrom')).sort();
    expect(files).toEqual(versions.map((v) => `v${v}.handlingsrom`).sort());
    for (const v of versions) expect(JSON.parse(frozenFile(v))).toMatchObject({ format: 'handlingsrom-plan', version: v });
  });

  it('has a migration step for every version before the current one, and no other', () => {
    expect(Object.keys(PLAN_FILE_MIGRATIONS).map(Number).sort((a, b) => a - b)).toEqual(versions.slice(0, -1));
  });

  it.each(versions)('v%i opens through every later step, in order, to a valid current document', (version) => {
    const calls = spyOnSteps();
    const result = parsePlanFile(frozenFile(version));
    expect(result.ok ? null : result.errors).toBeNull();
    if (!result.ok) return;
    expect(calls).toEqual(versions.slice(versions.indexOf(version), -1));
    expect(result.migratedFrom).toBe(version === PLAN_FILE_VERSION ? null : version);
    expect(planDocumentSchema.safeParse(result.doc).success).toBe(true);
    // Saved again it is a current file that opens unchanged, without a step.
    const again = parsePlanFile(serializePlanFile(result.doc, '2026-11-30T12:00:00.000Z'));
    expect(again.ok && again.migratedFrom).toBeNull();
    expect(again.ok && again.doc).toEqual(result.doc);
  });

  it('every migration step was called by some frozen file', () => {
    const calls = spyOnSteps();
    for (const version of versions) parsePlanFile(frozenFile(version));
    expect([...new Set(calls)].sort((a, b) => a - b)).toEqual(Object.keys(PLAN_FILE_MIGRATIONS).map(Number).sort((a, b) => a - b));
  });
});

describe('v2 → v3: the oppfølging', () => {
  it('gives every plan of a v2 file an empty oppfølging (tertialer, equal weights) and changes nothing else', () => {
    const raw = JSON.parse(frozenFile(2)) as { plans: object[]; actions: object[] };
    const result = parsePlanFile(frozenFile(2));
    expect(result.ok && result.migratedFrom).toBe(2);
    if (!result.ok) return;
    expect(result.doc.plans.map((p) => p.followUp)).toEqual(raw.plans.map(() => emptyFollowUp()));
    expect(result.doc.plans.map(({ followUp: _followUp, ...rest }) => rest)).toEqual(raw.plans);
    expect(result.doc.actions).toEqual(raw.actions);
  });

  it('the frozen v3 file keeps its status updates and closed period', () => {
    const result = parsePlanFile(frozenFile(3));
    if (!result.ok) throw new Error('v3 does not open');
    const followUp = result.doc.plans[0]?.followUp;
    expect(followUp?.updates.length).toBeGreaterThan(0);
    expect(followUp?.closures.map((c) => [c.periodId, c.reopened])).toEqual([['T1', null]]);
  });
});
