// The incremental read of a strategy's Y.Doc (createPlanReader): a colleague's change is
// read in entity by entity, and the result is always what the full read (yDocToPlan, the
// reference) gives for the whole document — the same document, or the same refusal —
// with unchanged entities, lists and the strategy kept as the same objects.
import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Action, ActionPlan, PlanDocument } from '@shared/domain';
import { addStatusUpdate, EditError, replaceStatusUpdate, setKpiWeighting } from '@shared/edits';
import { createExampleDocument } from '@shared/templates';
import {
  applyPlanToYDoc,
  collectionMap,
  createPlanReader,
  FOLLOW_UP_SETTINGS_MAP,
  FOLLOW_UP_UPDATES_MAP,
  planToYDoc,
  planTypes,
  readCollection,
  SYNC_COLLECTIONS,
  yDocToPlan,
  type PlanReader,
  type SyncCollection,
} from '@shared/sync';

const LOCAL = 'local';
const COLLEAGUE = 'colleague';
const example = createExampleDocument();
const base: PlanDocument = { ...example, actions: example.actions.slice(0, 10) };

function collection(key: string): SyncCollection {
  const found = SYNC_COLLECTIONS.find((c) => c.key === key);
  if (!found) throw new Error(`no collection ${key}`);
  return found;
}
const ACTIONS = collection('c:actions');
const FOCUS_AREAS = collection('c:strategy.focusAreas');
const ROLES = collection('c:strategy.roles');

function fullRead(ydoc: Y.Doc, previous?: PlanDocument): PlanDocument {
  const result = yDocToPlan(ydoc, previous);
  if (!result.ok) throw new Error(`invalid: ${JSON.stringify(result.errors)}`);
  return result.doc;
}

/** Sends what `from` has that `to` lacks, as the provider does (one transaction). */
function deliver(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'provider');
}

/**
 * The receiving planner, wired as renderer/src/sync/plan-sync.ts: the reader sees every
 * transaction; local edits are written with applyPlanToYDoc from the current document; a
 * Y.UndoManager takes back local edits (its transactions are read like a colleague's).
 */
class Receiver {
  /** How the reads went, over every receiver (the property must exercise both ways). */
  static readonly tally = { none: 0, incremental: 0, full: 0, refused: 0 };
  readonly ydoc: Y.Doc;
  readonly reader: PlanReader;
  readonly undo: Y.UndoManager;
  doc: PlanDocument;
  unread = false;

  constructor(source: Y.Doc) {
    this.ydoc = new Y.Doc();
    Y.applyUpdate(this.ydoc, Y.encodeStateAsUpdate(source), 'provider');
    this.doc = fullRead(this.ydoc);
    this.reader = createPlanReader(this.ydoc);
    this.undo = new Y.UndoManager(planTypes(this.ydoc), { trackedOrigins: new Set([LOCAL]), captureTimeout: 0 });
    this.ydoc.on('update', (_update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      this.reader.track(transaction);
      if (origin !== LOCAL) this.unread = true;
    });
  }

  /** Reads the changes in and checks the result against the full read. */
  check(): void {
    if (!this.unread) return;
    this.unread = false;
    const previous = this.doc;
    const result = this.reader.read(previous);
    const reference = yDocToPlan(this.ydoc);
    Receiver.tally[this.reader.lastRead()] += 1;
    if (!result.ok) Receiver.tally.refused += 1;
    expect(result.ok).toBe(reference.ok);
    if (!result.ok || !reference.ok) {
      if (!result.ok && !reference.ok) expect(result.errors).toEqual(reference.errors);
      return;
    }
    expect(result.doc).toEqual(reference.doc);
    // Structural sharing, object for object as the full read from the same previous document.
    const shared = fullRead(this.ydoc, previous);
    expect(result.doc === previous).toBe(shared === previous);
    expect(result.doc.strategy === previous.strategy).toBe(shared.strategy === previous.strategy);
    for (const c of SYNC_COLLECTIONS) {
      const mine = readCollection(result.doc, c);
      const theirs = readCollection(shared, c);
      expect(mine === readCollection(previous, c)).toBe(theirs === readCollection(previous, c));
      const old = new Set(readCollection(previous, c));
      mine.forEach((entity, i) => {
        expect(old.has(entity)).toBe(old.has(theirs[i]));
        if (old.has(entity)) expect(entity).toBe(theirs[i]);
      });
    }
    this.doc = result.doc;
  }

  /** A local edit, as PlanSync.applyLocal. */
  edit(fn: (doc: PlanDocument) => PlanDocument): void {
    const next = fn(this.doc);
    if (next === this.doc) return;
    this.undo.stopCapturing();
    applyPlanToYDoc(this.ydoc, this.doc, next, LOCAL, { name: 'Meg', at: '2026-01-01T00:00:00Z' });
    this.doc = next;
  }
}

type Step =
  | { kind: 'field'; index: number; field: 'title' | 'owner' | 'cost' | 'hours' | 'status' | 'initiativeIds'; text: string; amount: number }
  | { kind: 'addAction'; index: number; tag: number }
  | { kind: 'deleteAction'; index: number }
  | { kind: 'moveAction'; index: number }
  | { kind: 'focusArea'; index: number; text: string }
  | { kind: 'addFocusArea'; index: number; tag: number }
  | { kind: 'deleteFocusArea'; index: number }
  | { kind: 'moveFocusArea'; index: number }
  | { kind: 'roles'; count: number }
  | { kind: 'status'; index: number; text: string }
  | { kind: 'correct'; index: number; text: string }
  | { kind: 'weighting'; cost: boolean }
  | { kind: 'frame'; amount: number }
  | { kind: 'addPlan'; tag: number }
  | { kind: 'deletePlan' }
  | { kind: 'vision'; text: string }
  | { kind: 'invalid'; index: number; what: 'emptyTitle' | 'negativeCost' | 'badPriority' | 'dropField' | 'otherId' | 'badUpdate' | 'noScheme' | 'nested' | 'nestedEdit' | 'position' | 'replace' | 'garbage' | 'badPeriod' }
  | { kind: 'repair' }
  | { kind: 'deliver'; batch: boolean }
  | { kind: 'sendBack' }
  | { kind: 'local'; index: number; text: string }
  | { kind: 'undo' };

const text = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim().length > 0);
const index = fc.nat(40);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('field' as const), index, field: fc.constantFrom('title' as const, 'owner' as const, 'cost' as const, 'hours' as const, 'status' as const, 'initiativeIds' as const), text, amount: fc.nat(5_000_000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addAction' as const), index, tag: fc.nat(1_000_000) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deleteAction' as const), index }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('moveAction' as const), index }) },
  fc.record({ kind: fc.constant('focusArea' as const), index, text }),
  fc.record({ kind: fc.constant('addFocusArea' as const), index, tag: fc.nat(1_000_000) }),
  fc.record({ kind: fc.constant('deleteFocusArea' as const), index }),
  fc.record({ kind: fc.constant('moveFocusArea' as const), index }),
  fc.record({ kind: fc.constant('roles' as const), count: fc.integer({ min: 1, max: 70 }) }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('status' as const), index, text: fc.string({ maxLength: 6 }) }) },
  fc.record({ kind: fc.constant('correct' as const), index, text: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('weighting' as const), cost: fc.boolean() }),
  fc.record({ kind: fc.constant('frame' as const), amount: fc.nat(10_000_000) }),
  fc.record({ kind: fc.constant('addPlan' as const), tag: fc.nat(1_000_000) }),
  fc.record({ kind: fc.constant('deletePlan' as const) }),
  fc.record({ kind: fc.constant('vision' as const), text: fc.string({ maxLength: 6 }) }),
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('invalid' as const),
      index,
      what: fc.constantFrom('emptyTitle' as const, 'negativeCost' as const, 'badPriority' as const, 'dropField' as const, 'otherId' as const, 'badUpdate' as const, 'noScheme' as const, 'nested' as const, 'nestedEdit' as const, 'position' as const, 'replace' as const, 'garbage' as const, 'badPeriod' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('repair' as const) }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('deliver' as const), batch: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('sendBack' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('local' as const), index, text }) },
  fc.record({ kind: fc.constant('undo' as const) }),
);

function at<T>(list: readonly T[], i: number): T | undefined {
  return list.length === 0 ? undefined : list[i % list.length];
}

function attempt(doc: PlanDocument, fn: () => PlanDocument): PlanDocument {
  try {
    return fn();
  } catch (e) {
    if (e instanceof EditError) return doc;
    throw e;
  }
}

/** A colleague's valid edit of the whole document (pure: a new document sharing the rest). */
function colleagueEdit(doc: PlanDocument, s: Step, serial: string): PlanDocument {
  const actions = doc.actions;
  const target = 'index' in s ? at(actions, s.index) : undefined;
  const areas = doc.strategy.focusAreas;
  const area = 'index' in s ? at(areas, s.index) : undefined;
  const plan = doc.plans[0];
  const withActions = (list: Action[]): PlanDocument => ({ ...doc, actions: list });
  const withAreas = (list: typeof areas): PlanDocument => ({ ...doc, strategy: { ...doc.strategy, focusAreas: list } });
  switch (s.kind) {
    case 'field': {
      if (!target) return doc;
      const value = s.field === 'cost' || s.field === 'hours' ? s.amount : s.field === 'status' ? (['planned', 'ongoing', 'done'] as const)[s.amount % 3] : s.field === 'initiativeIds' ? doc.strategy.initiatives.slice(0, s.amount % 3).map((i) => i.id) : s.text;
      return withActions(actions.map((a) => (a === target ? { ...a, [s.field]: value } : a)));
    }
    case 'addAction': {
      const template = base.actions[0];
      if (!template) return doc;
      const added: Action = { ...template, id: `act_${serial}`, number: serial, lineageId: `lin_${serial}`, title: `Nytt ${s.tag}` };
      const pos = actions.length === 0 ? 0 : s.index % (actions.length + 1);
      return withActions([...actions.slice(0, pos), added, ...actions.slice(pos)]);
    }
    case 'deleteAction':
      return target ? withActions(actions.filter((a) => a !== target)) : doc;
    case 'moveAction':
      return target ? withActions([target, ...actions.filter((a) => a !== target)]) : doc;
    case 'focusArea':
      return area ? withAreas(areas.map((f) => (f === area ? { ...f, name: s.text } : f))) : doc;
    case 'addFocusArea': {
      const added = { id: `fa_${serial}`, kind: 'priority' as const, name: `Område ${s.tag}`, description: '', subGoals: [] };
      const pos = s.index % (areas.length + 1);
      return withAreas([...areas.slice(0, pos), added, ...areas.slice(pos)]);
    }
    case 'deleteFocusArea':
      // Raw: tiltak and satsinger that point at it keep pointing (what the schema says of that is the reference's).
      return area ? withAreas(areas.filter((f) => f !== area)) : doc;
    case 'moveFocusArea':
      return area ? withAreas([...areas.filter((f) => f !== area), area]) : doc;
    case 'roles': {
      const roles = Array.from({ length: s.count }, (_, k) => ({ id: `role_${serial}_${k}`, name: `Rolle ${k}`, description: '' }));
      return { ...doc, strategy: { ...doc.strategy, roles: [...doc.strategy.roles, ...roles] } };
    }
    case 'status': {
      const action = at(actions.filter((a) => a.planId === plan?.id), s.index);
      if (!plan || !action) return doc;
      return attempt(doc, () => addStatusUpdate(doc, plan.id, { id: `su_${serial}`, actionId: action.id, periodId: 'T2', status: 'delayed', comment: s.text, kpiValues: [], spending: [{ source: 'own', amount: 100 }], expectedDeadline: null, date: '2025-06-30', author: serial }));
    }
    case 'correct': {
      const old = plan ? at(plan.followUp.updates.filter((u) => u.periodId === 'T2'), s.index) : undefined;
      if (!plan || !old) return doc;
      return attempt(doc, () => replaceStatusUpdate(doc, plan.id, { ...old, comment: s.text }));
    }
    case 'weighting':
      return plan ? attempt(doc, () => setKpiWeighting(doc, plan.id, s.cost ? 'cost' : 'equal')) : doc;
    case 'frame':
      return plan ? { ...doc, plans: doc.plans.map((p) => (p === plan ? { ...p, frame: { ...p.frame, ownFunds: s.amount } } : p)) } : doc;
    case 'addPlan': {
      const template = example.plans[0];
      if (!template || doc.plans.length > 3) return doc;
      const added: ActionPlan = { ...template, id: `plan_${serial}`, year: 2026 + doc.plans.length };
      return { ...doc, plans: [...doc.plans, added] };
    }
    case 'deletePlan':
      return doc.plans.length > 1 ? { ...doc, plans: doc.plans.slice(0, -1) } : doc;
    case 'vision':
      return { ...doc, strategy: { ...doc.strategy, vision: s.text } };
    default:
      return doc;
  }
}

/** A colleague's change that bypasses the pure edits: most make the document invalid. */
function rawChange(ydoc: Y.Doc, s: Extract<Step, { kind: 'invalid' }>, serial: string): void {
  const actions = collectionMap(ydoc, ACTIONS);
  const ids = [...actions.keys()].sort();
  const id = at(ids, s.index);
  const entity = id === undefined ? undefined : actions.get(id);
  ydoc.transact(() => {
    switch (s.what) {
      case 'emptyTitle':
        entity?.set('title', ' ');
        break;
      case 'negativeCost':
        entity?.set('cost', -1);
        break;
      case 'badPriority':
        entity?.set('priority', 7);
        break;
      case 'dropField':
        entity?.delete('owner');
        break;
      case 'otherId':
        entity?.set('id', `other_${serial}`);
        break;
      case 'badUpdate': {
        const updates = ydoc.getMap<Y.Map<unknown>>(FOLLOW_UP_UPDATES_MAP);
        const key = at([...updates.keys()].sort(), s.index);
        if (key !== undefined) updates.get(key)?.set('status', 'bogus');
        break;
      }
      case 'noScheme': {
        const settings = ydoc.getMap(FOLLOW_UP_SETTINGS_MAP);
        const key = at([...settings.keys()].filter((k) => k.endsWith('/scheme')).sort(), s.index);
        if (key !== undefined) settings.delete(key);
        break;
      }
      case 'nested':
        entity?.set('notes', new Y.Map<unknown>());
        break;
      case 'nestedEdit': {
        const nested = entity?.get('notes');
        if (nested instanceof Y.Map) nested.set('x', serial);
        break;
      }
      case 'position':
        // A move without any other change (renumbered by nobody).
        entity?.set('$pos', -s.index - 1);
        break;
      case 'replace': {
        if (id === undefined || entity === undefined) break;
        const copy = new Y.Map<unknown>();
        const fields = [...entity.entries()];
        actions.set(id, copy);
        for (const [k, v] of fields) if (!(v instanceof Y.AbstractType)) copy.set(k, v);
        copy.set('title', `Erstattet ${serial}`);
        break;
      }
      case 'badPeriod': {
        const strategy = ydoc.getMap<unknown>('strategy');
        strategy.set('periodTo', Number(strategy.get('periodFrom')) - 1);
        break;
      }
      case 'garbage': {
        const junk = new Y.Map<unknown>();
        collectionMap(ydoc, FOCUS_AREAS).set(`junk_${serial}`, junk);
        junk.set('id', `junk_${serial}`);
        junk.set('name', 42);
        break;
      }
    }
  }, COLLEAGUE);
}

describe('createPlanReader', () => {
  it('reads a colleague’s field edit entity by entity, sharing everything else', () => {
    const remote = planToYDoc(base);
    const me = new Receiver(remote);
    const before = me.doc;
    const target = before.actions[3];
    if (!target) throw new Error('the example has tiltak');
    applyPlanToYDoc(remote, before, { ...before, actions: before.actions.map((a) => (a === target ? { ...a, title: 'Endret tittel' } : a)) }, COLLEAGUE);
    deliver(remote, me.ydoc);
    me.check();
    expect(me.reader.lastRead()).toBe('incremental');
    expect(me.doc.actions[3]?.title).toBe('Endret tittel');
    expect(me.doc.strategy).toBe(before.strategy);
    expect(me.doc.plans).toBe(before.plans);
    expect(me.doc.actions[2]).toBe(before.actions[2]);
  });

  it('reads a change of the strategy’s own fields with the strategy only, and refuses an invalid period', () => {
    const remote = planToYDoc(base);
    const me = new Receiver(remote);
    const before = me.doc;
    applyPlanToYDoc(remote, me.doc, { ...me.doc, strategy: { ...me.doc.strategy, vision: 'Ny visjon' } }, COLLEAGUE);
    deliver(remote, me.ydoc);
    me.check();
    expect(me.reader.lastRead()).toBe('incremental');
    expect(me.doc.strategy.vision).toBe('Ny visjon');
    expect(me.doc.strategy.focusAreas).toBe(before.strategy.focusAreas);
    expect(me.doc.actions).toBe(before.actions);
    rawChange(remote, { kind: 'invalid', index: 0, what: 'badPeriod' }, 'p');
    deliver(remote, me.ydoc);
    me.check();
    expect(me.reader.read(me.doc).ok).toBe(false);
  });

  it('reads a nested type inside an entity in full', () => {
    const remote = planToYDoc(base);
    const me = new Receiver(remote);
    rawChange(remote, { kind: 'invalid', index: 1, what: 'nested' }, 'n');
    deliver(remote, me.ydoc);
    me.check();
    rawChange(remote, { kind: 'invalid', index: 1, what: 'nestedEdit' }, 'n2');
    deliver(remote, me.ydoc);
    me.check();
    expect(me.reader.lastRead()).toBe('full');
  });

  it('refuses an invalid tiltak with the full read’s messages, keeps the change, and takes the fix', () => {
    const remote = planToYDoc(base);
    const me = new Receiver(remote);
    const valid = me.doc;
    rawChange(remote, { kind: 'invalid', index: 0, what: 'negativeCost' }, 'x');
    deliver(remote, me.ydoc);
    me.check();
    const refused = me.reader.read(valid);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors[0]?.code).toBe('sync.invalidRemote');
    expect(me.doc).toBe(valid);
    // An unrelated valid change does not hide the invalid one.
    applyPlanToYDoc(remote, valid, { ...valid, plans: valid.plans.map((p) => ({ ...p, frame: { ...p.frame, ownFunds: 5 } })) }, COLLEAGUE);
    deliver(remote, me.ydoc);
    me.check();
    expect(me.doc).toBe(valid);
    const id = [...collectionMap(remote, ACTIONS).keys()].sort()[0] ?? '';
    remote.transact(() => collectionMap(remote, ACTIONS).get(id)?.set('cost', 10), COLLEAGUE);
    deliver(remote, me.ydoc);
    me.check();
    expect(me.doc.actions.find((a) => a.id === id)?.cost).toBe(10);
    expect(me.doc.plans[0]?.frame.ownFunds).toBe(5);
  });

  it('refuses a list longer than the schema allows (roles) as the full read does', () => {
    const remote = planToYDoc(base);
    const me = new Receiver(remote);
    const roles = Array.from({ length: 101 }, (_, k) => ({ id: `role_${k}`, name: `Rolle ${k}`, description: '' }));
    applyPlanToYDoc(remote, me.doc, { ...me.doc, strategy: { ...me.doc.strategy, roles } }, COLLEAGUE);
    deliver(remote, me.ydoc);
    me.check();
    expect(me.reader.read(me.doc).ok).toBe(false);
    expect(collectionMap(me.ydoc, ROLES).size).toBe(101);
  });

  it('refuses a change that breaks the document limit (sum of all amounts) as the full read does', () => {
    const plan = base.plans[0];
    const target = base.actions[0];
    if (!plan || !target) throw new Error('the example has a plan and tiltak');
    // One scenario whose changes record 100 milliarder twice each: the rest of the document
    // is just below the limit of 9 billiarder, and a tiltak's cost can tip it over.
    const own = base.actions.reduce((sum, a) => sum + a.cost + a.funding.reduce((s, l) => s + l.amount, 0), 0) + plan.frame.ownFunds;
    const changes = Array.from({ length: 45_000 }, (_, k) => ({ actionId: `gone_${k}`, cost: 100_000_000_000, basisCost: 100_000_000_000 - (k === 0 ? own + 1_000_000 : 0) }));
    const scenario = { id: 'sc_heavy', name: 'Tung', description: '', frame: null, changes, addedActions: [], createdAt: '2026-01-01' };
    const heavy: PlanDocument = { ...base, plans: base.plans.map((p) => (p === plan ? { ...p, followUp: { ...p.followUp, updates: [], closures: [] }, scenarios: [scenario] } : p)) };
    const remote = planToYDoc(heavy);
    const me = new Receiver(remote);
    const over = { ...me.doc, actions: me.doc.actions.map((a) => (a.id === target.id ? { ...a, cost: a.cost + 2_000_000 } : a)) };
    applyPlanToYDoc(remote, me.doc, over, COLLEAGUE);
    deliver(remote, me.ydoc);
    const result = me.reader.read(me.doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(['sync.invalidRemote']);
  });

  it('an entity stored under another key than its id is read in full', () => {
    const remote = planToYDoc(base);
    const me = new Receiver(remote);
    rawChange(remote, { kind: 'invalid', index: 2, what: 'otherId' }, 'y');
    deliver(remote, me.ydoc);
    me.check();
    expect(me.reader.lastRead()).toBe('full');
  });

  it('after random sequences of a colleague’s changes, equals the full read of the whole Y.Doc', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 40 }), (steps) => {
        const remote = planToYDoc(base);
        const me = new Receiver(remote);
        let lastValid = fullRead(remote);
        let remoteNow = yDocToPlan(remote);
        steps.forEach((s, i) => {
          const serial = `s${i}`;
          switch (s.kind) {
            case 'deliver':
              deliver(remote, me.ydoc);
              if (!s.batch) me.check();
              return;
            case 'sendBack':
              deliver(me.ydoc, remote);
              break;
            case 'local':
              me.check();
              me.edit((doc) => {
                const target = at(doc.actions, s.index);
                return target ? { ...doc, actions: doc.actions.map((a) => (a === target ? { ...a, owner: s.text } : a)) } : doc;
              });
              return;
            case 'undo':
              me.check();
              me.undo.undo();
              me.check();
              return;
            case 'invalid':
              rawChange(remote, s, serial);
              break;
            case 'repair':
              applyPlanToYDoc(remote, null, lastValid, COLLEAGUE);
              break;
            default: {
              if (!remoteNow.ok) return;
              const after = colleagueEdit(remoteNow.doc, s, serial);
              applyPlanToYDoc(remote, remoteNow.doc, after, COLLEAGUE, { name: 'Kollega', at: '2026-01-01T00:00:00Z' });
            }
          }
          remoteNow = yDocToPlan(remote, remoteNow.ok ? remoteNow.doc : undefined);
          if (remoteNow.ok) lastValid = remoteNow.doc;
        });
        deliver(remote, me.ydoc);
        me.check();
        deliver(me.ydoc, remote);
        me.check();
      }),
      { numRuns: Number(process.env['SYNC_RUNS'] ?? 25) },
    );
    if (process.env['SYNC_TALLY']) console.log(Receiver.tally);
    // The fast path is taken (how often, against the fallback, depends on the random seed).
    expect(Receiver.tally.incremental).toBeGreaterThan(0);
    expect(Receiver.tally.refused).toBeGreaterThan(0);
  });
});
