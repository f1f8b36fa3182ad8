import { describe, expect, it } from 'vitest';
import { renderMessage } from '@shared/i18n/message';
import { refusal, refusalCode } from './refusal';
import { planDocumentSchema } from '@shared/domain';
import { MAX_SCENARIOS } from '@shared/domain/entities';
import type { PlanDocument } from '@shared/domain';
import {
  EditError,
  actionHistory,
  addAction,
  addFundingLine,
  addKpi,
  addScenario,
  addStrategyItem,
  addSubGoal,
  bulkUpdate,
  carryOverPlan,
  createPlan,
  createScenario,
  deleteActions,
  deletePlan,
  deleteStrategyItem,
  deleteSubGoal,
  moveStrategyItem,
  moveSubGoal,
  previewCarryOver,
  removeFundingLine,
  removeKpi,
  reopenPlan,
  setFrame,
  setOwnFunds,
  setPlanStatus,
  shiftDateByYears,
  updateAction,
  updateFundingLine,
  updateKpi,
  updateStrategy,
  updateStrategyItem,
  updateSubGoal,
} from '@shared/edits';
import { fixture } from './fixture';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A frozen fixture: any mutation by an edit throws in strict mode. */
function doc(): PlanDocument {
  return deepFreeze(fixture());
}

type Edit = (d: PlanDocument) => PlanDocument;

/** Checks what kept its identity: everything except the listed actions / plans / strategy. */
function expectShared(before: PlanDocument, after: PlanDocument, changed: { actions?: string[]; plans?: string[]; strategy?: boolean }) {
  const changedActions = new Set(changed.actions ?? []);
  for (const a of before.actions) {
    const b = after.actions.find((x) => x.id === a.id);
    if (!b) continue;
    if (changedActions.has(a.id)) expect(b, `tiltak ${a.id} should be a new object`).not.toBe(a);
    else expect(b, `tiltak ${a.id} should keep identity`).toBe(a);
  }
  if ((changed.actions ?? []).length === 0 && before.actions.length === after.actions.length) expect(after.actions).toBe(before.actions);
  const changedPlans = new Set(changed.plans ?? []);
  for (const p of before.plans) {
    const q = after.plans.find((x) => x.id === p.id);
    if (!q) continue;
    if (changedPlans.has(p.id)) expect(q).not.toBe(p);
    else expect(q, `plan ${p.id} should keep identity`).toBe(p);
  }
  if (changed.strategy) expect(after.strategy).not.toBe(before.strategy);
  else expect(after.strategy).toBe(before.strategy);
  expect(planDocumentSchema.safeParse(after).success).toBe(true);
}

describe('edits that succeed keep untouched objects', () => {
  const cases: { name: string; edit: Edit; changed: Parameters<typeof expectShared>[2]; check: (d: PlanDocument) => void }[] = [
    {
      name: 'updateStrategy vision',
      edit: (d) => updateStrategy(d, { vision: 'Ny visjon' }),
      changed: { strategy: true },
      check: (d) => expect(d.strategy.vision).toBe('Ny visjon'),
    },
    {
      name: 'updateStrategy period keeps the plans inside',
      edit: (d) => updateStrategy(d, { periodFrom: 2024, periodTo: 2027 }),
      changed: { strategy: true },
      check: (d) => expect([d.strategy.periodFrom, d.strategy.periodTo]).toEqual([2024, 2027]),
    },
    {
      name: 'add role',
      edit: (d) => addStrategyItem(d, 'roles', { id: 'role_2', name: 'Katalysator', description: '' }),
      changed: { strategy: true },
      check: (d) => expect(d.strategy.roles.map((r) => r.name)).toEqual(['Kobler', 'Katalysator']),
    },
    {
      name: 'rename value keeps other lists',
      edit: (d) => updateStrategyItem(d, 'values', 'val_1', { name: 'Berikende' }),
      changed: { strategy: true },
      check: (d) => expect(d.strategy.values[0]?.name).toBe('Berikende'),
    },
    {
      name: 'add challenge',
      edit: (d) => addStrategyItem(d, 'challenges', { text: 'Boligmangel' }),
      changed: { strategy: true },
      check: (d) => expect(d.strategy.challenges).toHaveLength(2),
    },
    {
      name: 'add initiative under an existing focus area',
      edit: (d) => addStrategyItem(d, 'initiatives', { id: 'ini_new', focusAreaId: 'fa_b', name: 'Buss', description: '', guidingStrategyIds: [] }),
      changed: { strategy: true },
      check: (d) => expect(d.strategy.initiatives.at(-1)?.name).toBe('Buss'),
    },
    {
      name: 'change focus area kind to support',
      edit: (d) => updateStrategyItem(d, 'focusAreas', 'fa_b', { kind: 'support', description: 'Støtter de andre' }),
      changed: { strategy: true },
      check: (d) => expect(d.strategy.focusAreas[1]).toMatchObject({ kind: 'support', description: 'Støtter de andre' }),
    },
    {
      name: 'add actor with 5-faktor category',
      edit: (d) => addStrategyItem(d, 'actors', { name: 'Viken fylke', category: 'public' }),
      changed: { strategy: true },
      check: (d) => expect(d.strategy.actors.at(-1)).toMatchObject({ name: 'Viken fylke', category: 'public' }),
    },
    {
      name: 'add partner region',
      edit: (d) => addStrategyItem(d, 'partnerRegions', { name: 'Follo' }),
      changed: { strategy: true },
      check: (d) => expect(d.strategy.partnerRegions.map((r) => r.name)).toEqual(['Värmland', 'Follo']),
    },
    {
      name: 'move guiding strategy up',
      edit: (d) => moveStrategyItem(d, 'guidingStrategies', 'gs_2', -1),
      changed: { strategy: true },
      check: (d) => expect(d.strategy.guidingStrategies.map((g) => g.id)).toEqual(['gs_2', 'gs_1']),
    },
    {
      name: 'move initiative down skips initiatives of other focus areas',
      edit: (d) => moveStrategyItem(d, 'initiatives', 'ini_a1', 1),
      changed: { strategy: true },
      check: (d) => expect(d.strategy.initiatives.map((i) => i.id)).toEqual(['ini_a2', 'ini_b1', 'ini_a1']),
    },
    {
      name: 'sub-goal add, rename, move, delete',
      edit: (d) => deleteSubGoal(moveSubGoal(updateSubGoal(addSubGoal(d, 'fa_a', 'Kraft', 'sg_3'), 'fa_a', 'sg_3', 'Kraftutnyttelse'), 'fa_a', 'sg_3', -1), 'fa_a', 'sg_1'),
      changed: { strategy: true },
      check: (d) => {
        expect(d.strategy.focusAreas[0]?.subGoals.map((g) => g.text)).toEqual(['Kraftutnyttelse', 'KI']);
      },
    },
    {
      name: 'delete initiative moves its tiltak to another initiative',
      edit: (d) => deleteStrategyItem(d, 'initiatives', 'ini_a2', { moveTo: { kind: 'initiative', id: 'ini_a1' } }),
      changed: { strategy: true, actions: ['a4'] },
      check: (d) => {
        expect(d.strategy.initiatives.map((i) => i.id)).not.toContain('ini_a2');
        expect(d.actions.find((a) => a.id === 'a4')?.initiativeIds).toEqual(['ini_a1']);
      },
    },
    {
      name: 'delete initiative moves its tiltak directly under an innsatsområde (støtteområde)',
      edit: (d) => deleteStrategyItem(d, 'initiatives', 'ini_a2', { moveTo: { kind: 'focusArea', id: 'fa_c' } }),
      changed: { strategy: true, actions: ['a4'] },
      check: (d) => expect(d.actions.find((a) => a.id === 'a4')).toMatchObject({ initiativeIds: [], focusAreaIds: ['fa_c'], subGoalIds: [] }),
    },
    {
      name: 'delete initiative moves its tiltak under a delmål',
      edit: (d) => deleteStrategyItem(d, 'initiatives', 'ini_a2', { moveTo: { kind: 'subGoal', id: 'sg_2' } }),
      changed: { strategy: true, actions: ['a4'] },
      check: (d) => expect(d.actions.find((a) => a.id === 'a4')).toMatchObject({ initiativeIds: [], focusAreaIds: [], subGoalIds: ['sg_2'] }),
    },
    {
      name: 'delete initiative without tiltak needs no target',
      edit: (d) => deleteStrategyItem(addStrategyItem(d, 'initiatives', { id: 'ini_x', focusAreaId: 'fa_a', name: 'X', description: '', guidingStrategyIds: [] }), 'initiatives', 'ini_x'),
      changed: { strategy: true },
      check: (d) => expect(d.strategy.initiatives).toHaveLength(3),
    },
    {
      name: 'delete project moves its tiltak to another project',
      edit: (d) => deleteStrategyItem(d, 'crossCuttingProjects', 'prj_1', { moveTo: { kind: 'project', id: 'prj_2' } }),
      changed: { strategy: true, actions: ['a5'] },
      check: (d) => expect(d.actions.find((a) => a.id === 'a5')?.crossCuttingProjectId).toBe('prj_2'),
    },
    {
      name: 'delete focus area deletes its initiatives, moves tiltak to a project, cleans projects and draft target shares',
      edit: (d) => deleteStrategyItem(d, 'focusAreas', 'fa_a', { moveTo: { kind: 'project', id: 'prj_2' } }),
      changed: { strategy: true, actions: ['a1', 'a3', 'a4'], plans: ['plan_2025'] },
      check: (d) => {
        expect(d.strategy.initiatives.map((i) => i.id)).toEqual(['ini_b1']);
        expect(d.strategy.crossCuttingProjects[0]?.focusAreaIds).toEqual(['fa_b']);
        expect(d.actions.find((a) => a.id === 'a1')).toMatchObject({ initiativeIds: [], crossCuttingProjectId: 'prj_2' });
        expect(d.plans[0]?.frame.targetShares).toEqual({});
        expect(d.plans[1]?.frame.targetShares).toEqual({ fa_a: 50 });
      },
    },
    {
      name: 'delete focus area moving its initiatives to another area keeps them and their tiltak',
      edit: (d) => deleteStrategyItem(d, 'focusAreas', 'fa_a', { moveInitiativesTo: 'fa_b' }),
      changed: { strategy: true, plans: ['plan_2025'] },
      check: (d) => {
        expect(d.strategy.focusAreas.map((f) => f.id)).not.toContain('fa_a');
        expect(d.strategy.initiatives.map((i) => [i.id, i.focusAreaId])).toEqual([
          ['ini_a1', 'fa_b'],
          ['ini_b1', 'fa_b'],
          ['ini_a2', 'fa_b'],
        ]);
        expect(d.actions.find((a) => a.id === 'a4')?.initiativeIds).toEqual(['ini_a2']);
        expect(d.plans[0]?.frame.targetShares).toEqual({});
      },
    },
    {
      name: 'delete actor in use with detach removes it from partners and funding',
      edit: (d) => deleteStrategyItem(updateAction(d, 'a2', { partnerIds: [] }), 'actors', 'actor_2', { detach: true }),
      changed: { strategy: true, actions: ['a2'] },
      check: (d) => expect(d.actions.find((a) => a.id === 'a2')?.funding[1]?.actorId).toBeNull(),
    },
    {
      name: 'createPlan 2027 is empty and sorted in',
      edit: (d) => createPlan(d, 2027, { id: 'plan_2027' }),
      changed: {},
      check: (d) => {
        expect(d.plans.map((p) => p.year)).toEqual([2025, 2026, 2027]);
        expect(d.plans[2]).toMatchObject({ status: 'draft', frame: { ownFunds: 0, capacityHours: 0 } });
        expect(d.actions.filter((a) => a.planId === 'plan_2027')).toHaveLength(0);
      },
    },
    {
      name: 'setFrame on a draft plan',
      edit: (d) => setFrame(d, 'plan_2025', { ownFunds: 2_000_000, capacityHours: 3000 }),
      changed: { plans: ['plan_2025'] },
      check: (d) => expect(d.plans[0]?.frame).toEqual({ ownFunds: 2_000_000, capacityHours: 3000, targetShares: { fa_a: 60 } }),
    },
    {
      name: 'setPlanStatus review, then adopted with date',
      edit: (d) => setPlanStatus(setPlanStatus(d, 'plan_2025', 'review'), 'plan_2025', 'adopted', '2024-12-12'),
      changed: { plans: ['plan_2025'] },
      check: (d) => expect(d.plans[0]).toMatchObject({ status: 'adopted', adoptedDate: '2024-12-12' }),
    },
    {
      name: 'reopenPlan makes it a draft again',
      edit: (d) => reopenPlan(d, 'plan_2026'),
      changed: { plans: ['plan_2026'] },
      check: (d) => expect(d.plans[1]).toMatchObject({ status: 'draft', adoptedDate: null }),
    },
    {
      name: 'addScenario on an adopted plan keeps its tiltak and frame',
      edit: (d) => addScenario(d, 'plan_2026', { id: 'scn_1', name: 'Redusert ramme', description: '', frame: null, changes: [], addedActions: [], createdAt: '2025-01-01T00:00:00Z' }),
      changed: { plans: ['plan_2026'] },
      check: (d) => {
        expect(d.plans[1]?.scenarios.map((s) => s.name)).toEqual(['Redusert ramme']);
        expect(d.plans[1]).toMatchObject({ status: 'adopted', frame: { ownFunds: 900_000, capacityHours: 1800 } });
      },
    },
    {
      name: 'addAction gets the next free Nr',
      edit: (d) => addAction(d, 'plan_2025', { id: 'new', title: 'Nytt tiltak', initiativeIds: ['ini_a1'] }),
      changed: {},
      check: (d) => expect(d.actions.at(-1)).toMatchObject({ id: 'new', number: '6', lineageId: 'new', status: 'planned', priority: 2 }),
    },
    {
      name: 'updateAction title and owner',
      edit: (d) => updateAction(d, 'a2', { title: 'Ny tittel', owner: 'Kari' }),
      changed: { actions: ['a2'] },
      check: (d) => expect(d.actions[1]).toMatchObject({ title: 'Ny tittel', owner: 'Kari' }),
    },
    {
      name: 'deleteActions',
      edit: (d) => deleteActions(d, ['a1', 'a3']),
      changed: {},
      check: (d) => expect(d.actions.map((a) => a.id)).toEqual(['a2', 'a4', 'a5', 'b1']),
    },
    {
      name: 'bulkUpdate status changes only those that differ',
      edit: (d) => bulkUpdate(d, ['a1', 'a2', 'a3'], { status: 'ongoing' }),
      changed: { actions: ['a1', 'a3'] },
      check: (d) => expect(d.actions.slice(0, 3).map((a) => a.status)).toEqual(['ongoing', 'ongoing', 'ongoing']),
    },
    {
      name: 'bulkUpdate priority',
      edit: (d) => bulkUpdate(d, ['a4', 'a5'], { priority: 1 }),
      changed: { actions: ['a4', 'a5'] },
      check: (d) => expect(d.actions.slice(3, 5).map((a) => a.priority)).toEqual([1, 1]),
    },
    {
      name: 'setOwnFunds edits the one own-funds line',
      edit: (d) => setOwnFunds(d, 'a2', 15_000),
      changed: { actions: ['a2'] },
      check: (d) => expect(d.actions[1]?.funding.map((f) => f.amount)).toEqual([15_000, 20_000]),
    },
    {
      name: 'setOwnFunds adds a confirmed own line when there is none',
      edit: (d) => setOwnFunds(removeFundingLine(d, 'a1', 'f_a1'), 'a1', 5_000),
      changed: { actions: ['a1'] },
      check: (d) => expect(d.actions[0]?.funding).toEqual([expect.objectContaining({ source: 'own', amount: 5_000, status: 'confirmed' })]),
    },
    {
      name: 'funding line add, update, remove',
      edit: (d) => {
        const added = addFundingLine(d, 'a1', { id: 'f_new', source: 'external', actorId: 'actor_2', amount: 30_000, status: 'applied' });
        return removeFundingLine(updateFundingLine(added, 'a1', 'f_new', { status: 'confirmed' }), 'a1', 'f_a1');
      },
      changed: { actions: ['a1'] },
      check: (d) => expect(d.actions[0]?.funding).toEqual([{ id: 'f_new', source: 'external', actorId: 'actor_2', amount: 30_000, status: 'confirmed' }]),
    },
    {
      name: 'KPI add, update, remove',
      edit: (d) => removeKpi(updateKpi(addKpi(d, 'a3', { id: 'k_new', indicator: 'Rapporter', target: 2, unit: 'stk' }), 'a3', 'k_new', { target: 3 }), 'a3', 'k_a3'),
      changed: { actions: ['a3'] },
      check: (d) => expect(d.actions[2]?.kpis).toEqual([{ id: 'k_new', indicator: 'Rapporter', target: 3, unit: 'stk' }]),
    },
  ];

  it.each(cases)('$name', ({ edit, changed, check }) => {
    const before = doc();
    const after = edit(before);
    expect(after).not.toBe(before);
    check(after);
    expectShared(before, after, changed);
  });

  it('an edit that changes nothing returns the same document', () => {
    const before = doc();
    expect(updateStrategy(before, { vision: before.strategy.vision })).toBe(before);
    expect(updateAction(before, 'a1', { title: 'Tiltak 1' })).toBe(before);
    expect(setFrame(before, 'plan_2025', { ownFunds: 1_000_000 })).toBe(before);
    expect(bulkUpdate(before, ['a1'], { status: 'planned' })).toBe(before);
    expect(moveStrategyItem(before, 'roles', 'role_1', -1)).toBe(before);
  });
});

describe('edits that refuse throw EditError with a message code and change nothing', () => {
  const cases: { name: string; edit: Edit; code: string }[] = [
    { name: 'period that leaves out a plan', edit: (d) => updateStrategy(d, { periodFrom: 2026 }), code: 'edits.periodExcludesPlans' },
    { name: 'period that ends before it starts', edit: (d) => updateStrategy(d, { periodTo: 2020 }), code: 'validation.periodEndsBeforeStart' },
    { name: 'empty role name', edit: (d) => updateStrategyItem(d, 'roles', 'role_1', { name: '  ' }), code: 'validation.required' },
    { name: 'initiative under missing focus area', edit: (d) => addStrategyItem(d, 'initiatives', { focusAreaId: 'fa_zz', name: 'X', description: '', guidingStrategyIds: [] }), code: 'edits.unknownReference.focusArea' },
    { name: 'delete initiative with tiltak without target', edit: (d) => deleteStrategyItem(d, 'initiatives', 'ini_a2'), code: 'edits.hasActions' },
    { name: 'delete initiative moving to itself', edit: (d) => deleteStrategyItem(d, 'initiatives', 'ini_a2', { moveTo: { kind: 'initiative', id: 'ini_a2' } }), code: 'edits.badMoveTarget' },
    { name: 'delete initiative moving to an area that does not exist', edit: (d) => deleteStrategyItem(d, 'initiatives', 'ini_a2', { moveTo: { kind: 'focusArea', id: 'fa_x' } }), code: 'edits.badMoveTarget' },
    { name: 'delete focus area moving directly under itself', edit: (d) => deleteStrategyItem(d, 'focusAreas', 'fa_a', { moveTo: { kind: 'focusArea', id: 'fa_a' } }), code: 'edits.badMoveTarget' },
    { name: 'delete focus area moving to one of its own delmål', edit: (d) => deleteStrategyItem(d, 'focusAreas', 'fa_a', { moveTo: { kind: 'subGoal', id: 'sg_1' } }), code: 'edits.badMoveTarget' },
    { name: 'delete focus area moving to one of its own initiatives', edit: (d) => deleteStrategyItem(d, 'focusAreas', 'fa_a', { moveTo: { kind: 'initiative', id: 'ini_a1' } }), code: 'edits.badMoveTarget' },
    { name: 'delete focus area moving its initiatives under itself', edit: (d) => deleteStrategyItem(d, 'focusAreas', 'fa_a', { moveInitiativesTo: 'fa_a' }), code: 'edits.badInitiativeTarget' },
    { name: 'delete focus area moving its initiatives to an area that does not exist', edit: (d) => deleteStrategyItem(d, 'focusAreas', 'fa_a', { moveInitiativesTo: 'fa_zz' }), code: 'edits.badInitiativeTarget' },
    { name: 'delete focus area with tiltak in an adopted plan', edit: (d) => deleteStrategyItem(d, 'focusAreas', 'fa_b', { moveTo: { kind: 'initiative', id: 'ini_a1' } }), code: 'edits.usedInAdoptedPlan' },
    { name: 'delete project with tiltak without target', edit: (d) => deleteStrategyItem(d, 'crossCuttingProjects', 'prj_1'), code: 'edits.hasActions' },
    { name: 'delete actor in use', edit: (d) => deleteStrategyItem(d, 'actors', 'actor_2'), code: 'edits.actorInUse' },
    { name: 'createPlan outside the period', edit: (d) => createPlan(d, 2029), code: 'edits.yearOutsidePeriod' },
    { name: 'createPlan duplicate year', edit: (d) => createPlan(d, 2025), code: 'edits.planExists' },
    { name: 'carry over from a missing year', edit: (d) => carryOverPlan(d, 2027, 2028), code: 'edits.notFound.planForYear' },
    { name: 'carry over into an adopted plan', edit: (d) => carryOverPlan(d, 2025, 2026), code: 'edits.planAdopted' },
    { name: 'carry over backwards', edit: (d) => carryOverPlan(d, 2025, 2024), code: 'edits.carryOverBackwards' },
    { name: 'adopt without date', edit: (d) => setPlanStatus(d, 'plan_2025', 'adopted'), code: 'edits.adoptedDateMissing' },
    { name: 'status change of an adopted plan', edit: (d) => setPlanStatus(d, 'plan_2026', 'draft'), code: 'edits.planAdopted' },
    { name: 'setFrame on an adopted plan', edit: (d) => setFrame(d, 'plan_2026', { ownFunds: 1 }), code: 'edits.planAdopted' },
    { name: 'negative frame', edit: (d) => setFrame(d, 'plan_2025', { ownFunds: -5 }), code: 'validation.kroner.negative' },
    { name: 'target shares above 100 %', edit: (d) => setFrame(d, 'plan_2025', { targetShares: { fa_a: 70, fa_b: 40 } }), code: 'edits.targetSharesOver100' },
    { name: 'addAction in an adopted plan', edit: (d) => addAction(d, 'plan_2026', { title: 'X' }), code: 'edits.planAdopted' },
    { name: 'updateAction in an adopted plan', edit: (d) => updateAction(d, 'b1', { title: 'X' }), code: 'edits.planAdopted' },
    { name: 'updateAction with empty title', edit: (d) => updateAction(d, 'a1', { title: '' }), code: 'validation.required' },
    { name: 'updateAction with fractional cost', edit: (d) => updateAction(d, 'a1', { cost: 10.5 }), code: 'validation.kroner.notWhole' },
    { name: 'updateAction with an invalid date', edit: (d) => updateAction(d, 'a1', { deadline: '2025-02-30' }), code: 'validation.badDate' },
    { name: 'updateAction with a duplicate Nr', edit: (d) => updateAction(d, 'a1', { number: '2' }), code: 'edits.duplicateNumber' },
    { name: 'updateAction with an unknown initiative', edit: (d) => updateAction(d, 'a1', { initiativeIds: ['nope'] }), code: 'edits.unknownReference.initiative' },
    { name: 'updateAction with an unknown partner', edit: (d) => updateAction(d, 'a1', { partnerIds: ['nope'] }), code: 'edits.unknownReference.partner' },
    { name: 'updateAction of a missing tiltak', edit: (d) => updateAction(d, 'zz', { title: 'X' }), code: 'edits.notFound.action' },
    { name: 'deleteActions touching an adopted plan', edit: (d) => deleteActions(d, ['a1', 'b1']), code: 'edits.planAdopted' },
    { name: 'bulkUpdate touching an adopted plan', edit: (d) => bulkUpdate(d, ['a1', 'b1'], { priority: 3 }), code: 'edits.planAdopted' },
    { name: 'setOwnFunds with two own lines', edit: (d) => setOwnFunds(addFundingLine(d, 'a1', { source: 'own', actorId: null, amount: 1, status: 'planned' }), 'a1', 5), code: 'edits.severalOwnLines' },
    { name: 'setOwnFunds negative', edit: (d) => setOwnFunds(d, 'a1', -1), code: 'validation.kroner.negative' },
    { name: 'funding from an unknown actor', edit: (d) => addFundingLine(d, 'a1', { source: 'partner', actorId: 'nobody', amount: 1, status: 'planned' }), code: 'edits.unknownReference.actor' },
    { name: 'KPI without indicator', edit: (d) => addKpi(d, 'a1', { indicator: '', target: null, unit: '' }), code: 'validation.required' },
    { name: 'addScenario with an empty name', edit: (d) => addScenario(d, 'plan_2025', { id: 'scn_x', name: ' ', description: '', frame: null, changes: [], addedActions: [], createdAt: '' }), code: 'validation.required' },
    {
      name: 'addScenario or createScenario on a plan that holds the most scenarios a plan may',
      edit: (d) => {
        const full = Array.from({ length: MAX_SCENARIOS }, (_, i) => ({ id: `scn_${i}`, name: `S ${i}`, description: '', frame: null, changes: [], addedActions: [], createdAt: '' }));
        const atLimit = { ...d, plans: d.plans.map((p) => (p.id === 'plan_2025' ? { ...p, scenarios: full } : p)) };
        expect(() => createScenario(atLimit, 'plan_2025', 'Enda en', '', { createdAt: '' })).toThrow(EditError);
        return addScenario(atLimit, 'plan_2025', { id: 'scn_x', name: 'X', description: '', frame: null, changes: [], addedActions: [], createdAt: '' });
      },
      code: 'edits.tooManyScenarios',
    },
    { name: 'deletePlan of an adopted plan', edit: (d) => deletePlan(d, 'plan_2026'), code: 'edits.planAdopted' },
  ];

  it.each(cases)('$name', ({ edit, code }) => {
    const before = doc();
    const snapshot = structuredClone(fixture());
    let thrown: unknown;
    try {
      edit(before);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(EditError);
    expect(refusalCode(thrown as EditError)).toBe(code);
    // Its params fit its texts: it renders in both languages, with nothing left unfilled.
    for (const language of ['nb', 'en'] as const) {
      expect(renderMessage((thrown as EditError).detail, language)).not.toMatch(/undefined|\[object Object\]|\{\{/);
    }
    expect(before).toEqual(snapshot);
  });
});

describe('carryOverPlan', () => {
  it('copies unfinished tiltak into a new plan with history and leaves the old plan untouched', () => {
    const before = doc();
    const after = carryOverPlan(before, 2025, 2027);
    const plan2027 = after.plans.find((p) => p.year === 2027);
    expect(plan2027).toMatchObject({ status: 'draft', frame: before.plans[0]?.frame });
    const copies = after.actions.filter((a) => a.planId === plan2027?.id);
    // planned a1, ongoing a2, postponed a4 — not done a3, not cancelled a5
    expect(copies.map((a) => a.carriedFromId)).toEqual(['a1', 'a2', 'a4']);
    expect(copies.map((a) => a.status)).toEqual(['planned', 'ongoing', 'planned']);
    expect(copies.map((a) => a.lineageId)).toEqual(['a1', 'a2', 'a4']);
    expect(copies.map((a) => a.number)).toEqual(['1', '2', '4']);
    for (const c of copies) {
      const old = before.actions.find((a) => a.id === c.carriedFromId);
      expect(c.id).not.toBe(old?.id);
      expect(c.funding.map((f) => f.id)).not.toEqual(old?.funding.map((f) => f.id));
      expect(c.funding.map((f) => f.amount)).toEqual(old?.funding.map((f) => f.amount));
      expect(c.kpis.map((k) => k.indicator)).toEqual(old?.kpis.map((k) => k.indicator));
      expect(c.kpis[0]?.id).not.toBe(old?.kpis[0]?.id);
    }
    // dates are kept as they are unless the user chooses to move them
    expect(copies[0]?.deadline).toBe('2025-11-30');
    expect(copies[0]?.start).toBe('2025-01-15');
    expect(copies[2]?.deadline).toBe('2025-02-28');
    // old plan and its tiltak untouched, same objects
    expectShared(before, after, {});
    expect(after.actions.slice(0, before.actions.length)).toEqual(before.actions);
    expect(planDocumentSchema.safeParse(after).success).toBe(true);
  });

  it('into an existing draft plan: skips lineages already there and renumbers clashes', () => {
    let d = createPlan(doc(), 2027, { id: 'plan_2027' });
    d = addAction(d, 'plan_2027', { id: 'x1', title: 'Eksisterende', number: '1' });
    const once = carryOverPlan(d, 2025, 2027);
    const copies = once.actions.filter((a) => a.planId === 'plan_2027' && a.id !== 'x1');
    expect(copies.map((a) => [a.carriedFromId, a.number])).toEqual([['a1', '2'], ['a2', '3'], ['a4', '4']]);
    expect(() => carryOverPlan(once, 2025, 2027)).toThrow('edits.noUnfinished');
  });

  it('moves start and frist together when asked to', () => {
    const after = carryOverPlan(doc(), 2025, 2027, { moveDates: true });
    const copies = after.actions.filter((a) => a.carriedFromId !== null);
    expect(copies.map((a) => [a.start, a.deadline])).toEqual([
      ['2027-01-15', '2027-11-30'],
      ['2027-01-15', '2027-11-30'],
      ['2027-01-15', '2027-02-28'],
    ]);
  });

  it('carries only the chosen tiltak; none chosen makes just the plan', () => {
    const after = carryOverPlan(doc(), 2025, 2027, { actionIds: ['a2'] });
    expect(after.actions.filter((a) => a.carriedFromId !== null).map((a) => [a.carriedFromId, a.number])).toEqual([['a2', '2']]);
    const empty = carryOverPlan(doc(), 2025, 2027, { actionIds: [] });
    expect(empty.plans.map((p) => p.year)).toContain(2027);
    expect(empty.actions).toEqual(doc().actions);
    // into an existing plan, choosing none is refused rather than a silent no-op
    const withPlan = createPlan(doc(), 2027, { id: 'plan_2027' });
    expect(refusal(() => carryOverPlan(withPlan, 2025, 2027, { actionIds: [] })).code).toBe('edits.noUnfinished');
  });

  it('the history of a tiltak whose lineage is carried twice stays one line', () => {
    const once = carryOverPlan(doc(), 2025, 2027, { actionIds: ['a1'] });
    const twice = carryOverPlan(once, 2025, 2027);
    expect(twice.actions.filter((a) => a.lineageId === 'a1')).toHaveLength(2);
    expect(twice.actions.filter((a) => a.carriedFromId !== null).map((a) => a.carriedFromId)).toEqual(['a1', 'a2', 'a4']);
  });

  it('history follows the lineage across years', () => {
    const d = carryOverPlan(carryOverPlan(doc(), 2025, 2027), 2027, 2028);
    const history = actionHistory(d, 'a2');
    expect(history.map((a) => d.plans.find((p) => p.id === a.planId)?.year)).toEqual([2025, 2027, 2028]);
    expect(history[2]?.carriedFromId).toBe(history[1]?.id);
  });
});

describe('previewCarryOver', () => {
  it('lists the candidates with dates, remaining cost and choice, and changes nothing', () => {
    const before = doc();
    const preview = previewCarryOver(before, 2025, 2027, { actionIds: ['a1', 'a4'] });
    expect(preview).toMatchObject({ fromYear: 2025, toYear: 2027, createsPlan: true, selectedCount: 2, hasSpending: false, alreadyCarried: [] });
    expect(preview.candidates.map((c) => [c.actionId, c.isSelected, c.newStatus])).toEqual([
      ['a1', true, 'planned'],
      ['a2', false, 'ongoing'],
      ['a4', true, 'planned'],
    ]);
    expect(preview.candidates[0]).toMatchObject({ start: '2025-01-15', newStart: '2025-01-15', deadline: '2025-11-30', newDeadline: '2025-11-30', remainingCost: 100_000 });
    expect(preview.selectedCost).toBe(200_000);
    const moved = previewCarryOver(before, 2025, 2027, { moveDates: true });
    expect(moved.candidates[2]).toMatchObject({ deadline: '2025-02-28', newDeadline: '2027-02-28', newStart: '2027-01-15' });
    expect(moved.selectedCount).toBe(3);
  });

  it('agrees with carryOverPlan, and shows what is already carried over', () => {
    const options = { actionIds: ['a2', 'a4'], moveDates: true };
    const preview = previewCarryOver(doc(), 2025, 2027, options);
    const after = carryOverPlan(doc(), 2025, 2027, options);
    const copies = after.actions.filter((a) => a.carriedFromId !== null);
    expect(copies.map((a) => [a.carriedFromId, a.number, a.start, a.deadline, a.cost])).toEqual(
      preview.candidates.filter((c) => c.isSelected).map((c) => [c.actionId, c.newNumber, c.newStart, c.newDeadline, c.remainingCost]),
    );
    const again = previewCarryOver(after, 2025, 2027);
    expect(again.createsPlan).toBe(false);
    expect(again.alreadyCarried.map((a) => a.actionId)).toEqual(['a2', 'a4']);
    expect(again.candidates.map((c) => c.actionId)).toEqual(['a1']);
  });

  it.each([
    ['a missing year', (d: PlanDocument) => previewCarryOver(d, 2027, 2028), 'edits.notFound.planForYear'],
    ['backwards', (d: PlanDocument) => previewCarryOver(d, 2025, 2024), 'edits.carryOverBackwards'],
    ['outside the period', (d: PlanDocument) => previewCarryOver(d, 2025, 2099), 'edits.yearOutsidePeriod'],
  ])('refuses %s', (_name, run, code) => {
    expect(refusal(() => run(doc())).code).toBe(code);
  });
});

describe('shiftDateByYears', () => {
  it.each([
    ['2025-11-30', 1, '2026-11-30'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2025-12-31', 2, '2027-12-31'],
  ])('%s + %i years = %s', (from, years, expected) => {
    expect(shiftDateByYears(from, years)).toBe(expected);
  });
});
