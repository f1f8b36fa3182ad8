// Two planners create the plan for one year offline and each sets the plan's own fields
// (ramme, status, oppfølging's settings): the read keeps the smaller id's values, and every
// value of the other plan that differs is a field conflict on the kept plan — taken or kept
// once, on every copy. And a join that would hold more than a plan may (scenarios, closures)
// keeps what fits and says what it left out; the read always passes the plan-file checks.
import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { PlanDocument, Scenario } from '@shared/domain';
import { planDocumentSchema } from '@shared/domain/document';
import { MAX_SCENARIOS } from '@shared/domain/entities';
import { MAX_PERIOD_CLOSURES } from '@shared/domain/follow-up';
import { integrityErrors } from '@shared/domain/plan-file-integrity';
import { parsePlanFile, serializePlanFile } from '@shared/domain/plan-file';
import { addScenario, createPlan, deleteScenario, setFrame, setPlanStatus } from '@shared/edits';
import { setKpiWeighting } from '@shared/edits/follow-up';
import { hasMessageText, renderMessage } from '@shared/i18n/message';
import { createExampleDocument } from '@shared/templates';
import { isJoinConflict, joinConflicts, joinNotices, resolveJoinConflict, takeConflictValue, type JoinConflict } from '@shared/sync';
import { cloneDoc, edit, planToYDoc, read, syncAll } from './helpers';

const example = createExampleDocument();
const OLA = { name: 'Ola', at: '2026-03-01T14:30:00Z' };
const KARI = { name: 'Kari', at: '2026-03-01T14:32:00Z' };
const YEAR = example.strategy.periodTo;
const scenario: Scenario = { id: 'scn', name: 'Scenario', description: '', frame: null, changes: [], addedActions: [], createdAt: '2026-03-01T14:00:00Z' };

/** The checks a plan file must pass: the schema, the integrity check, and a save that opens again. */
function accepted(doc: PlanDocument): void {
  expect(planDocumentSchema.safeParse(doc).success).toBe(true);
  expect(integrityErrors(doc).map((m) => `${m.code} ${m.where?.path ?? ''}`)).toEqual([]);
  const reopened = parsePlanFile(serializePlanFile(doc, '2026-03-01T15:00:00Z'));
  expect(reopened.ok).toBe(true);
}

/** Kari (plan_b, the larger id) and Ola (plan_a) each create the plan for YEAR offline and edit it; then they sync. */
function bothCreate(kari: (d: PlanDocument) => PlanDocument, ola: (d: PlanDocument) => PlanDocument): [Y.Doc, Y.Doc] {
  const k = planToYDoc(example);
  const o = cloneDoc(k);
  edit(k, (d) => createPlan(d, YEAR, { id: 'plan_b' }), KARI);
  edit(k, kari, KARI);
  edit(o, (d) => createPlan(d, YEAR, { id: 'plan_a' }), OLA);
  edit(o, ola, OLA);
  syncAll([k, o]);
  return [k, o];
}

function take(ydoc: Y.Doc, conflict: JoinConflict): void {
  edit(ydoc, (d) => takeConflictValue(d, conflict), OLA);
  resolveJoinConflict(ydoc, conflict);
}

describe('the joined plan’s own fields', () => {
  it('each differing field is a conflict on the kept plan, with who wrote it and when, the same on every copy', () => {
    const [kari, ola] = bothCreate(
      (d) => setKpiWeighting(setPlanStatus(setFrame(d, 'plan_b', { ownFunds: 5_000_000, capacityHours: 1200 }), 'plan_b', 'review'), 'plan_b', 'cost'),
      (d) => setFrame(d, 'plan_a', { ownFunds: 3_000_000, capacityHours: 1200 }),
    );
    const list = joinConflicts(ola);
    expect(list).toEqual(joinConflicts(kari));
    expect(list.map((c) => `${c.collection} ${c.field}`)).toEqual(['c:plans frame', 'c:plans status', 'f:settings kpiWeighting']);
    for (const c of list) {
      expect(isJoinConflict(c)).toBe(true);
      expect(c).toMatchObject({ entityId: 'plan_a', joinedPlanId: 'plan_b', year: YEAR, lostBy: 'Kari', lostAt: KARI.at });
    }
    expect(list[0]?.lostValue).toEqual({ ownFunds: 5_000_000, capacityHours: 1200, targetShares: {} });
    expect(list[0]?.wonValue).toEqual({ ownFunds: 3_000_000, capacityHours: 1200, targetShares: {} });
    expect(list[2]).toMatchObject({ planId: 'plan_a', lostValue: 'cost', wonValue: 'equal' });
    // The read keeps Ola's values (the smaller id).
    const plan = read(kari).plans.find((p) => p.year === YEAR);
    expect(plan).toMatchObject({ id: 'plan_a', status: 'draft', frame: { ownFunds: 3_000_000 } });
  });

  it('equal values are no conflict', () => {
    const [kari] = bothCreate((d) => setFrame(d, 'plan_b', { ownFunds: 7 }), (d) => setFrame(d, 'plan_a', { ownFunds: 7 }));
    expect(joinConflicts(kari)).toEqual([]);
    expect(joinNotices(kari).map((n) => n.message.code)).toEqual(['sync.joined.plan']);
  });

  it('«Bruk denne verdien» sets the kept plan’s field as an edit that syncs; the conflict does not come back on either copy', () => {
    const [kari, ola] = bothCreate((d) => setFrame(d, 'plan_b', { ownFunds: 5_000_000 }), (d) => setFrame(d, 'plan_a', { ownFunds: 3_000_000 }));
    const [conflict] = joinConflicts(ola);
    if (!conflict) throw new Error('a frame conflict');
    take(ola, conflict);
    syncAll([kari, ola]);
    for (const copy of [kari, ola]) {
      expect(read(copy).plans.find((p) => p.id === 'plan_a')?.frame.ownFunds).toBe(5_000_000);
      expect(joinConflicts(copy)).toEqual([]);
      accepted(read(copy));
    }
    expect(read(kari)).toEqual(read(ola));
    // A later change of the kept plan's frame does not bring the taken value back as a conflict.
    edit(kari, (d) => setFrame(d, 'plan_a', { ownFunds: 4_000_000 }), KARI);
    syncAll([kari, ola]);
    expect(joinConflicts(ola)).toEqual([]);
  });

  it('«Behold gjeldende» keeps the kept plan’s value and the conflict stays closed on every copy, also for a copy that was offline', () => {
    const [kari, ola] = bothCreate((d) => setPlanStatus(d, 'plan_b', 'review'), (d) => d);
    const third = cloneDoc(ola);
    const [conflict] = joinConflicts(kari);
    if (!conflict) throw new Error('a status conflict');
    resolveJoinConflict(kari, conflict);
    expect(joinConflicts(kari)).toEqual([]);
    syncAll([kari, ola, third]);
    for (const copy of [kari, ola, third]) {
      expect(joinConflicts(copy)).toEqual([]);
      expect(read(copy).plans.find((p) => p.id === 'plan_a')?.status).toBe('draft');
    }
  });

  it('two copies closing the same conflict concurrently converge', () => {
    const [kari, ola] = bothCreate((d) => setFrame(d, 'plan_b', { capacityHours: 10 }), (d) => d);
    const [k] = joinConflicts(kari);
    const [o] = joinConflicts(ola);
    if (!k || !o) throw new Error('a frame conflict');
    take(kari, k);
    resolveJoinConflict(ola, o);
    syncAll([kari, ola]);
    expect(read(kari)).toEqual(read(ola));
    expect(joinConflicts(kari)).toEqual([]);
    expect(joinConflicts(ola)).toEqual([]);
  });

  it('a third plan for the year with a value the second already offers is not offered twice', () => {
    const a = planToYDoc(example);
    const b = cloneDoc(a);
    const c = cloneDoc(a);
    edit(a, (d) => createPlan(d, YEAR, { id: 'plan_a' }), OLA);
    edit(b, (d) => setPlanStatus(createPlan(d, YEAR, { id: 'plan_b' }), 'plan_b', 'review'), KARI);
    edit(c, (d) => setPlanStatus(createPlan(d, YEAR, { id: 'plan_c' }), 'plan_c', 'review'), { name: 'Per', at: '2026-03-01T14:40:00Z' });
    syncAll([a, b, c]);
    expect(joinConflicts(c).map((x) => `${x.joinedPlanId} ${x.field}`)).toEqual(['plan_b status']);
    expect(joinConflicts(a)).toEqual(joinConflicts(c));
    // Kept: plan_c's equal value does not come back on its own.
    const [conflict] = joinConflicts(a);
    if (!conflict) throw new Error('a status conflict');
    resolveJoinConflict(a, conflict);
    syncAll([a, b, c]);
    for (const copy of [a, b, c]) expect(joinConflicts(copy)).toEqual([]);
  });

  it('after taking one of three values, the value that stood before is no conflict of its own', () => {
    const a = planToYDoc(example);
    const b = cloneDoc(a);
    const c = cloneDoc(a);
    edit(a, (d) => createPlan(d, YEAR, { id: 'plan_a' }), OLA);
    edit(b, (d) => createPlan(d, YEAR, { id: 'plan_b' }), KARI);
    edit(c, (d) => setPlanStatus(createPlan(d, YEAR, { id: 'plan_c' }), 'plan_c', 'review'), { name: 'Per', at: '2026-03-01T14:40:00Z' });
    syncAll([a, b, c]);
    const [conflict] = joinConflicts(b);
    expect(conflict).toMatchObject({ joinedPlanId: 'plan_c', lostValue: 'review', lostBy: 'Per' });
    if (!conflict) throw new Error('a status conflict');
    take(b, conflict);
    syncAll([a, b, c]);
    for (const copy of [a, b, c]) {
      expect(read(copy).plans.find((p) => p.year === YEAR)?.status).toBe('review');
      expect(joinConflicts(copy)).toEqual([]);
    }
  });

  it('the texts name the plan and exist in both languages', () => {
    const [kari] = bothCreate((d) => setFrame(d, 'plan_b', { ownFunds: 1 }), (d) => d);
    expect(joinConflicts(kari)).toHaveLength(1);
    for (const code of ['sync.conflict.joinedPlan', 'sync.joined.overflowScenarios', 'sync.joined.overflowUpdates', 'sync.joined.overflowClosures']) {
      for (const language of ['nb', 'en'] as const) expect(hasMessageText(code, language)).toBe(true);
    }
  });
});

describe('a join that would hold more than a plan may', () => {
  const many = (prefix: string, count: number): Scenario[] => Array.from({ length: count }, (_, i) => ({ ...scenario, id: `${prefix}_${String(i).padStart(3, '0')}`, name: `${prefix} ${i}` }));
  const withScenarios = (planId: string, list: readonly Scenario[]) => (d: PlanDocument) => list.reduce((doc, s) => addScenario(doc, planId, s), d);

  it('keeps the kept plan’s scenarios and then the other’s in order while there is room, says what it left out, and a freed place brings the next back', () => {
    const [kari, ola] = bothCreate(withScenarios('plan_b', many('kari', 60)), withScenarios('plan_a', many('ola', 60)));
    const doc = read(kari);
    expect(read(ola)).toEqual(doc);
    accepted(doc);
    const plan = doc.plans.find((p) => p.id === 'plan_a');
    expect(plan?.scenarios).toHaveLength(MAX_SCENARIOS);
    expect(plan?.scenarios.slice(0, 60).every((s) => s.id.startsWith('ola_'))).toBe(true);
    expect(plan?.scenarios.at(-1)?.id).toBe('kari_039');
    const notice = joinNotices(kari).find((n) => n.message.code === 'sync.joined.overflowScenarios');
    expect(notice?.message.params).toMatchObject({ count: 20, year: YEAR, limit: MAX_SCENARIOS });
    expect(String(notice?.message.params?.['names'])).toContain('«kari 40»');
    expect(renderMessage(notice?.message ?? { code: '', params: {} }, 'nb', false)).toContain('20 scenarioer');
    expect(renderMessage(notice?.message ?? { code: '', params: {} }, 'en', false)).toContain('20 scenarios');
    // Ola deletes one of his scenarios: the next of Kari's comes in, on both copies.
    edit(ola, (d) => deleteScenario(d, 'plan_a', 'ola_000'), OLA);
    syncAll([kari, ola]);
    for (const copy of [kari, ola]) {
      const after = read(copy).plans.find((p) => p.id === 'plan_a');
      expect(after?.scenarios).toHaveLength(MAX_SCENARIOS);
      expect(after?.scenarios.map((s) => s.id)).toContain('kari_040');
      expect(after?.scenarios.map((s) => s.id)).not.toContain('ola_000');
      accepted(read(copy));
    }
    expect(joinNotices(ola).find((n) => n.message.code === 'sync.joined.overflowScenarios')?.message.params).toMatchObject({ count: 19 });
  });

  it('keeps the closures that fit and says how many it left out', () => {
    const basis = example.plans[0];
    const closure = basis?.followUp.closures[0] ?? null;
    const full = closure?.snapshot;
    if (!basis || !full) throw new Error('the example plan has a closed period');
    // A small snapshot: three hundred closures of the example's would make the test slow.
    const snapshot = { updates: [], rollUp: { ...full.rollUp, actions: [], groups: [], attention: [] } };
    const closures = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => ({ id: `${prefix}_${String(i).padStart(3, '0')}`, periodId: 'T1', date: `${YEAR}-05-01`, by: prefix, snapshot, reopened: { date: `${YEAR}-05-02`, by: prefix, reason: 'Feil' } }));
    const withClosures = (planId: string, list: ReturnType<typeof closures>) => (d: PlanDocument) => ({ ...d, plans: d.plans.map((p) => (p.id === planId ? { ...p, followUp: { ...p.followUp, closures: list } } : p)) });
    const [kari, ola] = bothCreate(withClosures('plan_b', closures('kari', 150)), withClosures('plan_a', closures('ola', 150)));
    const doc = read(ola);
    expect(read(kari)).toEqual(doc);
    accepted(doc);
    expect(doc.plans.find((p) => p.id === 'plan_a')?.followUp.closures).toHaveLength(MAX_PERIOD_CLOSURES);
    expect(joinNotices(ola).find((n) => n.message.code === 'sync.joined.overflowClosures')?.message.params).toMatchObject({ count: 100, limit: MAX_PERIOD_CLOSURES });
  });
});
