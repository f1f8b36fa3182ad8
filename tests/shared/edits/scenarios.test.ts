/**
 * Scenario edits (shared/edits/scenarios.ts): create by hand / reduced frame / fit to
 * frame, rename, delete, frame, include / exclude / postpone, cost and funding, the
 * variant's own tiltak, conflicts resolved only on request, and adoption.
 */
import { describe, expect, it } from 'vitest';
import { renderMessage } from '@shared/i18n/message';
import { refusal } from './refusal';
import { planDocumentSchema } from '@shared/domain';
import type { PlanDocument, Scenario } from '@shared/domain';
import {
  addScenarioAction,
  adoptScenarioAsPlan,
  createFitToFrameScenario,
  createFrameCutScenario,
  createScenario,
  deleteScenario,
  planKontrollInput,
  removeScenarioAction,
  renameScenario,
  resetScenarioAction,
  resolveScenarioConflict,
  scenarioConflicts,
  setFrame,
  setScenarioActionChange,
  setScenarioActionIncluded,
  setScenarioActionPostponed,
  setScenarioFrame,
  setScenarioFundingLine,
  setScenarioOwnFunds,
  updateAction,
} from '@shared/edits';
import { runKontroll } from '@shared/rules';
import { applyScenario, compareScenarios } from '@shared/scenarios';
import { createExampleDocument, EXAMPLE_PLAN_ID } from '@shared/templates';
import { fixture } from './fixture';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const AT = '2025-03-01T10:00:00.000Z';
const P = 'plan_2025';

/** Deterministic ids: prefix_1, prefix_2, … */
function counterIds(): (prefix: string) => string {
  let n = 0;
  return (prefix) => `${prefix}_${++n}`;
}

function doc(): PlanDocument {
  return deepFreeze(fixture());
}

function withVariant(name = 'Høy ambisjon'): { d: PlanDocument; id: string } {
  const d = createScenario(doc(), P, name, 'Mer av alt', { createdAt: AT, newId: counterIds() });
  return { d, id: 'scn_1' };
}

function scenarioOf(d: PlanDocument, id: string): Scenario {
  const s = d.plans.find((p) => p.id === P)?.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`no scenario ${id}`);
  return s;
}


describe('creating variants', () => {
  it('by hand: an empty variant that follows the basis; the plan and its tiltak keep identity', () => {
    const before = doc();
    const d = createScenario(before, P, 'Høy ambisjon', 'Mer av alt', { createdAt: AT, newId: counterIds() });
    const s = scenarioOf(d, 'scn_1');
    expect(s).toMatchObject({ name: 'Høy ambisjon', description: 'Mer av alt', frame: null, changes: [], addedActions: [], createdAt: AT });
    expect(d.actions).toBe(before.actions);
    expect(d.plans[1]).toBe(before.plans[1]);
    expect(planDocumentSchema.safeParse(d).success).toBe(true);
  });

  it('refuses an empty name and a name another variant has (case-insensitive)', () => {
    expect(refusal(() => createScenario(doc(), P, '   ', '', { createdAt: AT })).code).toBe('validation.required');
    const { d } = withVariant();
    const e = refusal(() => createScenario(d, P, ' høy AMBISJON ', '', { createdAt: AT }));
    expect(e.detail).toEqual({ code: 'edits.scenarioNameTaken', params: { name: 'Høy ambisjon', year: 2025 } });
    expect(renderMessage(e.detail, 'nb')).toBe('Handlingsplan 2025 har allerede et scenario som heter «Høy ambisjon». Velg et annet navn.');
  });

  it('refuses a plan that does not exist', () => {
    expect(refusal(() => createScenario(doc(), 'nope', 'X', '', { createdAt: AT })).code).toBe('edits.notFound.plan');
  });

  it('«Redusert ramme» −20 % with fit: frame 1 000 000 → 800 000 and postpones until own funds fit', () => {
    const base = createExampleDocument();
    const d = createFrameCutScenario(base, EXAMPLE_PLAN_ID, 20, 'Redusert ramme', { createdAt: AT, newId: counterIds(), fit: true });
    const s = d.plans.find((p) => p.id === EXAMPLE_PLAN_ID)?.scenarios.at(-1);
    expect(s?.name).toBe('Redusert ramme');
    expect(s?.frame?.ownFunds).toBe(1_600_000);
    expect(s?.basisFrame?.ownFunds).toBe(2_000_000);
    expect(s?.changes.length).toBeGreaterThan(0);
    expect(s?.changes.every((c) => c.postponed === true)).toBe(true);
    const applied = applyScenario(planKontrollInput(d, EXAMPLE_PLAN_ID), s as Scenario);
    const totals = runKontroll(applied.input).totals;
    expect(totals.frameOwnFunds).toBe(1_600_000);
    expect(totals.ownFunds).toBeLessThanOrEqual(1_600_000);
    // The plan itself is untouched.
    expect(d.actions).toBe(base.actions);
    expect(d.plans[0]?.frame).toBe(base.plans[0]?.frame);
  });

  it('«Redusert ramme» without fit only changes the frame; a bad percent is refused', () => {
    const d = createFrameCutScenario(doc(), P, 20, 'Kutt', { createdAt: AT, fit: false });
    const s = d.plans[0]?.scenarios[0];
    expect(s?.frame?.ownFunds).toBe(800_000);
    expect(s?.changes).toEqual([]);
    expect(refusal(() => createFrameCutScenario(doc(), P, Number.NaN, 'Kutt', { createdAt: AT, fit: false })).code).toBe('edits.badCutPercent');
    expect(refusal(() => createFrameCutScenario(doc(), P, 120, 'Kutt', { createdAt: AT, fit: false })).code).toBe('edits.badCutPercent');
  });

  it('from fit to frame: postpones what fitToFrame proposes, frame as in the basis', () => {
    const base = createExampleDocument();
    const d = createFitToFrameScenario(base, EXAMPLE_PLAN_ID, 'Tilpasset', { createdAt: AT, newId: counterIds() });
    const s = d.plans[0]?.scenarios.at(-1) as Scenario;
    expect(s.frame).toBeNull();
    const totals = runKontroll(applyScenario(planKontrollInput(d, EXAMPLE_PLAN_ID), s).input).totals;
    expect(totals.ownFunds).toBeLessThanOrEqual(2_000_000);
    expect(s.changes.length).toBeGreaterThan(0);
  });
});

describe('rename, delete, frame', () => {
  it('renames and re-describes; same values give the same document', () => {
    const { d, id } = withVariant();
    const r = renameScenario(d, P, id, ' Offensiv ', 'Ny tekst');
    expect(scenarioOf(r, id)).toMatchObject({ name: 'Offensiv', description: 'Ny tekst' });
    expect(renameScenario(r, P, id, 'Offensiv')).toBe(r);
    expect(refusal(() => renameScenario(r, P, id, '')).code).toBe('validation.required');
    const two = createScenario(r, P, 'Annen', '', { createdAt: AT, newId: () => 'scn_x' });
    expect(refusal(() => renameScenario(two, P, 'scn_x', 'offensiv')).code).toBe('edits.scenarioNameTaken');
  });

  it('deletes a variant and refuses an unknown one', () => {
    const { d, id } = withVariant();
    const gone = deleteScenario(d, P, id);
    expect(gone.plans[0]?.scenarios).toEqual([]);
    expect(refusal(() => deleteScenario(gone, P, id)).code).toBe('edits.notFound.scenario');
  });

  it('raises the frame from the basis, records the basis frame once, and goes back with null', () => {
    const { d, id } = withVariant();
    const raised = setScenarioFrame(d, P, id, { ownFunds: 1_500_000 });
    expect(scenarioOf(raised, id).frame).toEqual({ ownFunds: 1_500_000, capacityHours: 2000, targetShares: { fa_a: 60 } });
    expect(scenarioOf(raised, id).basisFrame?.ownFunds).toBe(1_000_000);
    expect(setScenarioFrame(raised, P, id, { ownFunds: 1_500_000 })).toBe(raised);
    expect(refusal(() => setScenarioFrame(raised, P, id, { ownFunds: -1 })).code).toBe('validation.kroner.negative');
    const back = setScenarioFrame(raised, P, id, null);
    expect(scenarioOf(back, id)).toMatchObject({ frame: null, basisFrame: null });
  });

  it('variants can be made and edited on a vedtatt plan (the plan is not changed)', () => {
    const d = createScenario(doc(), 'plan_2026', 'Variant', '', { createdAt: AT, newId: () => 'scn_v' });
    const edited = setScenarioActionIncluded(d, 'plan_2026', 'scn_v', 'b1', false);
    expect(edited.plans[1]?.scenarios[0]?.changes[0]).toMatchObject({ actionId: 'b1', excluded: true });
  });
});

describe('tiltak in a variant', () => {
  it('leaves out an active tiltak and takes it back (the change disappears)', () => {
    const { d, id } = withVariant();
    const out = setScenarioActionIncluded(d, P, id, 'a1', false);
    expect(scenarioOf(out, id).changes).toEqual([
      expect.objectContaining({ actionId: 'a1', excluded: true, basisCost: 100_000, basisStatus: 'planned', basisNumber: '1' }),
    ]);
    const back = setScenarioActionIncluded(out, P, id, 'a1', true);
    expect(scenarioOf(back, id).changes).toEqual([]);
  });

  it('takes in a tiltak that is utsatt in the basis as planlagt, and out again', () => {
    const { d, id } = withVariant();
    const inn = setScenarioActionIncluded(d, P, id, 'a4', true);
    expect(scenarioOf(inn, id).changes[0]).toMatchObject({ actionId: 'a4', status: 'planned' });
    const input = planKontrollInput(inn, P);
    const applied = applyScenario(input, scenarioOf(inn, id));
    expect(runKontroll(applied.input).totals.ownFunds - runKontroll(input).totals.ownFunds).toBe(60_000);
    expect(scenarioOf(setScenarioActionIncluded(inn, P, id, 'a4', false), id).changes).toEqual([]);
  });

  it('postpones to next year and back; postponing clears «utelatt»', () => {
    const { d, id } = withVariant();
    const out = setScenarioActionIncluded(d, P, id, 'a2', false);
    const later = setScenarioActionPostponed(out, P, id, 'a2', true);
    expect(scenarioOf(later, id).changes[0]).toMatchObject({ postponed: true });
    expect(scenarioOf(later, id).changes[0]?.excluded).toBeUndefined();
    expect(applyScenario(planKontrollInput(later, P), scenarioOf(later, id)).postponed.map((a) => a.id)).toEqual(['a2']);
    expect(scenarioOf(setScenarioActionPostponed(later, P, id, 'a2', false), id).changes).toEqual([]);
  });

  it('changes the cost; the same cost as the basis removes the change', () => {
    const { d, id } = withVariant();
    const c = setScenarioActionChange(d, P, id, 'a1', { cost: 150_000 });
    expect(scenarioOf(c, id).changes[0]).toMatchObject({ cost: 150_000, basisCost: 100_000 });
    expect(scenarioOf(setScenarioActionChange(c, P, id, 'a1', { cost: 100_000 }), id).changes).toEqual([]);
    expect(refusal(() => setScenarioActionChange(c, P, id, 'a1', { cost: 1.5 })).code).toBe('validation.kroner.notWhole');
    expect(refusal(() => setScenarioActionChange(c, P, id, 'zz', { cost: 1 })).code).toBe('edits.notFound.scenarioAction');
  });

  it('sets own funds on the one own line, adds one where there is none, refuses several', () => {
    const { d, id } = withVariant();
    const own = setScenarioOwnFunds(d, P, id, 'a2', 45_000);
    expect(scenarioOf(own, id).changes[0]?.funding).toEqual([
      { id: 'f_a2', source: 'own', actorId: null, amount: 45_000, status: 'confirmed' },
      { id: 'f_a2p', source: 'partner', actorId: 'actor_2', amount: 20_000, status: 'applied' },
    ]);
    // The basis keeps its lines.
    expect(own.actions.find((a) => a.id === 'a2')?.funding[0]?.amount).toBe(10_000);

    const noOwn = deepFreeze(updateAction(fixture(), 'a3', { funding: [] }));
    const v = createScenario(noOwn, P, 'V', '', { createdAt: AT, newId: () => 'scn_v' });
    const added = setScenarioOwnFunds(v, P, 'scn_v', 'a3', 5_000, () => 'fund_new');
    expect(scenarioOf(added, 'scn_v').changes[0]?.funding).toEqual([
      { id: 'fund_new', source: 'own', actorId: null, amount: 5_000, status: 'confirmed' },
    ]);

    const twoOwn = deepFreeze(
      updateAction(fixture(), 'a1', {
        funding: [
          { id: 'o1', source: 'own', actorId: null, amount: 1, status: 'confirmed' },
          { id: 'o2', source: 'own', actorId: null, amount: 2, status: 'planned' },
        ],
      }),
    );
    const w = createScenario(twoOwn, P, 'W', '', { createdAt: AT, newId: () => 'scn_w' });
    expect(refusal(() => setScenarioOwnFunds(w, P, 'scn_w', 'a1', 9)).code).toBe('edits.severalOwnLinesInScenario');
  });

  it('changes a funding line status (søkt → bekreftet) in the variant only', () => {
    const { d, id } = withVariant();
    const c = setScenarioFundingLine(d, P, id, 'a2', 'f_a2p', { status: 'confirmed' });
    const s = scenarioOf(c, id);
    expect(s.changes[0]?.funding?.find((l) => l.id === 'f_a2p')?.status).toBe('confirmed');
    const cmp = compareScenarios(planKontrollInput(c, P), [s]);
    expect(cmp.scenarios[0]?.fundingByStatus.confirmed).toBe(cmp.basis.fundingByStatus.confirmed + 20_000);
    expect(cmp.scenarios[0]?.fundingByStatus.applied).toBe(cmp.basis.fundingByStatus.applied - 20_000);
    expect(refusal(() => setScenarioFundingLine(c, P, id, 'a2', 'nope', { amount: 1 })).code).toBe('edits.notFound.fundingLineOf');
  });

  it('reset drops the change for one tiltak', () => {
    const { d, id } = withVariant();
    const c = setScenarioActionChange(setScenarioActionIncluded(d, P, id, 'a1', false), P, id, 'a2', { cost: 1 });
    const r = resetScenarioAction(c, P, id, 'a1');
    expect(scenarioOf(r, id).changes.map((x) => x.actionId)).toEqual(['a2']);
    expect(resetScenarioAction(r, P, id, 'a1')).toBe(r);
  });

  it('adds a tiltak only in the variant with the next free Nr, edits and removes it', () => {
    const { d, id } = withVariant();
    const ids = counterIds();
    const a = addScenarioAction(d, P, id, { title: 'Ny næringsklynge', cost: 300_000, ownFunds: 200_000, initiativeIds: ['ini_a1'] }, ids);
    const added = scenarioOf(a, id).addedActions[0];
    expect(added).toMatchObject({ id: 'act_1', number: '6', planId: P, title: 'Ny næringsklynge', cost: 300_000, status: 'planned' });
    expect(added?.funding).toEqual([{ id: 'fund_2', source: 'own', actorId: null, amount: 200_000, status: 'confirmed' }]);
    expect(a.actions).toBe(d.actions);
    const cmp = compareScenarios(planKontrollInput(a, P), [scenarioOf(a, id)]);
    expect(cmp.scenarios[0]?.differences).toEqual([expect.objectContaining({ kind: 'added', number: '6', costDelta: 300_000, ownFundsDelta: 200_000 })]);
    const cheaper = setScenarioActionChange(a, P, id, 'act_1', { cost: 250_000 });
    expect(applyScenario(planKontrollInput(cheaper, P), scenarioOf(cheaper, id)).input.actions.find((x) => x.id === 'act_1')?.cost).toBe(250_000);
    const removed = removeScenarioAction(cheaper, P, id, 'act_1');
    expect(scenarioOf(removed, id)).toMatchObject({ addedActions: [], changes: [] });
    expect(refusal(() => removeScenarioAction(removed, P, id, 'a1')).code).toBe('edits.notFound.scenarioOwnAction');
    expect(refusal(() => addScenarioAction(d, P, id, { title: '', cost: 0, ownFunds: 0 })).code).toBe('validation.required');
    expect(refusal(() => addScenarioAction(d, P, id, { title: 'X', cost: 0, ownFunds: 0, initiativeIds: ['nope'] })).code).toBe('edits.unknownReference.initiative');
  });
});

describe('conflicts are shown, never resolved silently', () => {
  /** A variant that changed a1's cost, then the basis changed a1's cost too. */
  function conflicted(): { d: PlanDocument; id: string } {
    const { d, id } = withVariant();
    const v = setScenarioActionChange(d, P, id, 'a1', { cost: 150_000 });
    return { d: updateAction(v, 'a1', { cost: 120_000 }), id };
  }

  it('a later edit of the same tiltak in the variant keeps the conflict', () => {
    const { d, id } = conflicted();
    expect(scenarioConflicts(d, P, id).map((c) => c.kind)).toEqual(['cost-changed']);
    const again = setScenarioActionPostponed(d, P, id, 'a1', true);
    expect(scenarioConflicts(again, P, id).map((c) => c.kind)).toEqual(['cost-changed']);
    const costAgain = setScenarioActionChange(again, P, id, 'a1', { cost: 160_000 });
    expect(scenarioConflicts(costAgain, P, id).map((c) => c.kind)).toEqual(['cost-changed']);
  });

  it('keep the variant’s value: the variant’s cost stays, the conflict goes', () => {
    const { d, id } = conflicted();
    const r = resolveScenarioConflict(d, P, id, { kind: 'cost-changed', actionId: 'a1' }, 'variant');
    expect(scenarioConflicts(r, P, id)).toEqual([]);
    expect(scenarioOf(r, id).changes[0]).toMatchObject({ cost: 150_000, basisCost: 120_000 });
  });

  it('take the basis value: the override goes (and with nothing left, the whole change)', () => {
    const { d, id } = conflicted();
    const r = resolveScenarioConflict(d, P, id, { kind: 'cost-changed', actionId: 'a1' }, 'basis');
    expect(scenarioConflicts(r, P, id)).toEqual([]);
    expect(scenarioOf(r, id).changes).toEqual([]);
    // With another override on the same tiltak, only the cost goes.
    const both = setScenarioActionPostponed(d, P, id, 'a1', true);
    const r2 = resolveScenarioConflict(both, P, id, { kind: 'cost-changed', actionId: 'a1' }, 'basis');
    expect(scenarioOf(r2, id).changes[0]).toMatchObject({ postponed: true, basisCost: 120_000 });
    expect(scenarioOf(r2, id).changes[0]?.cost).toBeUndefined();
  });

  it('resolving one conflict leaves another on the same tiltak', () => {
    const { d, id } = withVariant();
    const v = setScenarioOwnFunds(setScenarioActionChange(d, P, id, 'a2', { cost: 50_000 }), P, id, 'a2', 5_000);
    const basisMoved = updateAction(v, 'a2', {
      cost: 40_000,
      funding: [{ id: 'f_a2', source: 'own', actorId: null, amount: 12_000, status: 'confirmed' }],
    });
    expect(scenarioConflicts(basisMoved, P, id).map((c) => c.kind).sort()).toEqual(['cost-changed', 'funding-changed']);
    const r = resolveScenarioConflict(basisMoved, P, id, { kind: 'funding-changed', actionId: 'a2' }, 'basis');
    expect(scenarioConflicts(r, P, id).map((c) => c.kind)).toEqual(['cost-changed']);
    expect(scenarioOf(r, id).changes[0]?.funding).toBeUndefined();
    expect(scenarioOf(r, id).changes[0]?.cost).toBe(50_000);
  });

  it('frame conflict: keep the variant’s frame, or follow the basis', () => {
    const { d, id } = withVariant();
    const raised = setFrame(setScenarioFrame(d, P, id, { ownFunds: 1_500_000 }), P, { ownFunds: 1_100_000 });
    expect(scenarioConflicts(raised, P, id).map((c) => c.kind)).toEqual(['frame-changed']);
    // Editing the variant's frame again does not resolve it.
    const edited = setScenarioFrame(raised, P, id, { ownFunds: 1_600_000 });
    expect(scenarioConflicts(edited, P, id).map((c) => c.kind)).toEqual(['frame-changed']);
    const keep = resolveScenarioConflict(edited, P, id, { kind: 'frame-changed', actionId: null }, 'variant');
    expect(scenarioOf(keep, id).frame?.ownFunds).toBe(1_600_000);
    expect(scenarioConflicts(keep, P, id)).toEqual([]);
    const follow = resolveScenarioConflict(edited, P, id, { kind: 'frame-changed', actionId: null }, 'basis');
    expect(scenarioOf(follow, id).frame).toBeNull();
    expect(scenarioConflicts(follow, P, id)).toEqual([]);
  });

  it('a change for a deleted tiltak is dropped; an unknown conflict is refused', () => {
    const { d, id } = withVariant();
    const v = setScenarioActionIncluded(d, P, id, 'a1', false);
    const deleted: PlanDocument = { ...v, actions: v.actions.filter((a) => a.id !== 'a1') };
    expect(scenarioConflicts(deleted, P, id).map((c) => c.kind)).toEqual(['action-deleted']);
    const r = resolveScenarioConflict(deleted, P, id, { kind: 'action-deleted', actionId: 'a1' }, 'basis');
    expect(scenarioOf(r, id).changes).toEqual([]);
    expect(refusal(() => resolveScenarioConflict(r, P, id, { kind: 'action-deleted', actionId: 'a1' }, 'basis')).code).toBe('edits.notFound.conflict');
  });

  it('an added tiltak whose id the basis took: new id (variant) or removed (basis)', () => {
    const { d, id } = withVariant();
    const a = addScenarioAction(d, P, id, { title: 'Ny', cost: 10, ownFunds: 10, id: 'dup' });
    const clash: PlanDocument = {
      ...a,
      actions: [...a.actions, { ...(a.actions[0] as PlanDocument['actions'][number]), id: 'dup', number: '99', lineageId: 'dup' }],
    };
    expect(scenarioConflicts(clash, P, id).map((c) => c.kind)).toEqual(['duplicate-action']);
    const keep = resolveScenarioConflict(clash, P, id, { kind: 'duplicate-action', actionId: 'dup' }, 'variant', () => 'act_fresh');
    expect(scenarioOf(keep, id).addedActions.map((x) => x.id)).toEqual(['act_fresh']);
    expect(scenarioConflicts(keep, P, id)).toEqual([]);
    const drop = resolveScenarioConflict(clash, P, id, { kind: 'duplicate-action', actionId: 'dup' }, 'basis');
    expect(scenarioOf(drop, id).addedActions).toEqual([]);
  });
});

describe('adopting a variant as the plan', () => {
  it('the variant becomes the plan; the old basis is kept as a variant that restores it', () => {
    const { d, id } = withVariant();
    let v = setScenarioFrame(d, P, id, { ownFunds: 1_400_000 });
    v = setScenarioActionIncluded(v, P, id, 'a4', true);
    v = setScenarioActionPostponed(v, P, id, 'a2', true);
    v = setScenarioActionIncluded(v, P, id, 'a3', false);
    v = setScenarioActionChange(v, P, id, 'a1', { cost: 130_000 });
    v = addScenarioAction(v, P, id, { title: 'Ny', cost: 50_000, ownFunds: 50_000 }, () => 'act_new');
    const expected = runKontroll(applyScenario(planKontrollInput(v, P), scenarioOf(v, id)).input).totals;

    const adopted = adoptScenarioAsPlan(v, P, id, { createdAt: AT, newId: counterIds() });
    expect(planDocumentSchema.safeParse(adopted).success).toBe(true);
    const plan = adopted.plans[0];
    expect(plan?.frame.ownFunds).toBe(1_400_000);
    const byId = new Map(adopted.actions.map((a) => [a.id, a]));
    expect(byId.get('a1')?.cost).toBe(130_000);
    expect(byId.get('a2')?.status).toBe('postponed');
    expect(byId.get('a3')?.status).toBe('cancelled');
    expect(byId.get('a4')?.status).toBe('planned');
    expect(byId.get('act_new')).toMatchObject({ number: '6', planId: P });
    // Other plans' tiltak untouched, unchanged tiltak keep identity.
    expect(byId.get('b1')).toBe(v.actions.find((a) => a.id === 'b1'));
    expect(byId.get('a5')).toBe(v.actions.find((a) => a.id === 'a5'));
    expect(runKontroll(planKontrollInput(adopted, P)).totals.ownFunds).toBe(expected.ownFunds);
    // The old basis replaces the adopted variant and takes the plan back when applied.
    expect(plan?.scenarios).toHaveLength(1);
    const old = plan?.scenarios[0] as Scenario;
    expect(old.name).toBe('Tidligere basis (før «Høy ambisjon»)');
    const restored = applyScenario(planKontrollInput(adopted, P), old);
    expect(runKontroll(restored.input).totals.ownFunds).toBe(runKontroll(planKontrollInput(d, P)).totals.ownFunds);
    expect(restored.input.plan.frame.ownFunds).toBe(1_000_000);
  });

  it('refuses while there are conflicts, unless accepted', () => {
    const { d, id } = withVariant();
    const v = updateAction(setScenarioActionChange(d, P, id, 'a1', { cost: 150_000 }), 'a1', { cost: 120_000 });
    const e = refusal(() => adoptScenarioAsPlan(v, P, id, { createdAt: AT }));
    expect(e.detail).toEqual({ code: 'edits.scenarioHasConflicts', params: { count: 1, name: 'Høy ambisjon' } });
    const ok = adoptScenarioAsPlan(v, P, id, { createdAt: AT, acceptConflicts: true, newId: counterIds() });
    expect(ok.actions.find((a) => a.id === 'a1')?.cost).toBe(150_000);
  });

  it('refuses in a vedtatt plan and for an unknown variant', () => {
    const d = createScenario(doc(), 'plan_2026', 'V', '', { createdAt: AT, newId: () => 'scn_v' });
    expect(refusal(() => adoptScenarioAsPlan(d, 'plan_2026', 'scn_v', { createdAt: AT })).code).toBe('edits.planAdopted');
    expect(refusal(() => adoptScenarioAsPlan(doc(), P, 'nope', { createdAt: AT })).code).toBe('edits.notFound.scenario');
  });

  it('gives an added tiltak a free Nr when the basis took its Nr after it was added', () => {
    const { d, id } = withVariant();
    const a = addScenarioAction(d, P, id, { title: 'Ny', cost: 1, ownFunds: 1 }, () => 'act_n');
    expect(scenarioOf(a, id).addedActions[0]?.number).toBe('6');
    const basisTook: PlanDocument = {
      ...a,
      actions: [...a.actions, { ...(a.actions[0] as PlanDocument['actions'][number]), id: 'a6', number: '6', lineageId: 'a6' }],
    };
    const adopted = adoptScenarioAsPlan(basisTook, P, id, { createdAt: AT, newId: counterIds() });
    expect(adopted.actions.find((x) => x.id === 'act_n')?.number).toBe('7');
  });
});
