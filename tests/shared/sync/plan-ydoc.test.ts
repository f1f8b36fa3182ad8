// The PlanDocument ↔ Y.Doc mapping: round trips, minimal writes, merges of concurrent
// edits between copies that exchange updates like a server would relay them.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Action, PlanDocument } from '@shared/domain';
import { createExampleDocument, createFromTemplate, TEMPLATES } from '@shared/templates';
import { applyPlanToYDoc, collectionMap, planToYDoc, SYNC_COLLECTIONS, yDocToPlan } from '@shared/sync';
import { cloneDoc, deliver, edit, LOCAL, read, syncAll } from './helpers';

function setAction(doc: PlanDocument, id: string, patch: Partial<Action>): PlanDocument {
  return { ...doc, actions: doc.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) };
}

const example = createExampleDocument();
const firstId = example.actions[0]?.id ?? '';
const secondId = example.actions[1]?.id ?? '';

describe('plan ↔ Y.Doc round trip', () => {
  const documents: [string, PlanDocument][] = [
    ...TEMPLATES.map((t): [string, PlanDocument] => [t.id, createFromTemplate(t.id)]),
    ['example', example],
  ];
  it.each(documents)('%s: plan → Y.Doc → plan is the same document', (_name, doc) => {
    expect(read(planToYDoc(doc))).toEqual(doc);
  });
  it.each(documents)('%s: also through an encoded update on another client', (_name, doc) => {
    const copy = cloneDoc(planToYDoc(doc));
    expect(read(copy)).toEqual(doc);
  });
  it('covers every array of entities in the document', () => {
    expect(SYNC_COLLECTIONS.map((c) => c.path.join('.'))).toEqual(expect.arrayContaining(['plans', 'actions', 'strategy.focusAreas', 'strategy.actors']));
  });
});

describe('applyPlanToYDoc', () => {
  it('writes only the changed field, in one transaction', () => {
    const ydoc = planToYDoc(example);
    const changed: string[] = [];
    let transactions = 0;
    ydoc.on('afterTransaction', () => (transactions += 1));
    collectionMap(ydoc, { key: 'c:actions', path: ['actions'] }).observeDeep((events) => {
      for (const e of events) for (const key of e.changes.keys.keys()) changed.push(key);
    });
    const after = setAction(example, firstId, { title: 'Ny tittel', cost: 123 });
    applyPlanToYDoc(ydoc, example, after, LOCAL, { name: 'Kari', at: '2026-03-01T10:00:00Z' });
    expect(transactions).toBe(1);
    expect(changed.sort()).toEqual(['$by', 'cost', 'title']);
    expect(read(ydoc)).toEqual(after);
  });

  it('writes nothing when the document is the same object', () => {
    const ydoc = planToYDoc(example);
    const before = Y.encodeStateVector(ydoc);
    applyPlanToYDoc(ydoc, example, example, LOCAL);
    expect(Y.encodeStateVector(ydoc)).toEqual(before);
  });

  it('adds, deletes and reorders entities', () => {
    const ydoc = planToYDoc(example);
    const [a, b, ...rest] = example.actions;
    if (!a || !b) throw new Error('example has tiltak');
    const added: Action = { ...a, id: 'act_new', number: '99', lineageId: 'lin_new' };
    const reordered = { ...example, actions: [b, added, ...rest.slice(1)] };
    applyPlanToYDoc(ydoc, example, reordered, LOCAL);
    expect(read(ydoc)).toEqual(reordered);
    const moved = { ...reordered, actions: [...reordered.actions].reverse() };
    applyPlanToYDoc(ydoc, reordered, moved, LOCAL);
    expect(read(ydoc).actions.map((x) => x.id)).toEqual(moved.actions.map((x) => x.id));
  });

  it('inserts many times at one place without losing the order', () => {
    const ydoc = planToYDoc(example);
    let doc = example;
    for (let i = 0; i < 80; i += 1) {
      const [head, ...tail] = doc.actions;
      if (!head) throw new Error('example has tiltak');
      const inserted: Action = { ...head, id: `act_ins_${i}`, number: `i${i}`, lineageId: `lin_ins_${i}` };
      const next = { ...doc, actions: [head, inserted, ...tail] };
      applyPlanToYDoc(ydoc, doc, next, LOCAL);
      doc = next;
    }
    expect(read(ydoc).actions.map((x) => x.id)).toEqual(doc.actions.map((x) => x.id));
  });
});

describe('yDocToPlan', () => {
  it('keeps the objects of entities that did not change', () => {
    const ydoc = planToYDoc(example);
    const first = read(ydoc);
    const other = cloneDoc(ydoc);
    edit(other, (d) => setAction(d, firstId, { notes: 'endret' }));
    deliver(other, ydoc);
    const next = read(ydoc, first);
    expect(next.actions[0]?.notes).toBe('endret');
    expect(next.actions[1]).toBe(first.actions[1]);
    expect(next.plans).toBe(first.plans);
    expect(next.strategy).toBe(first.strategy);
    expect(read(ydoc, next)).toBe(next);
  });

  it('reports a remote change that would make the document invalid', () => {
    const ydoc = planToYDoc(example);
    const other = cloneDoc(ydoc);
    collectionMap(other, { key: 'c:actions', path: ['actions'] }).get(firstId)?.set('cost', -5);
    deliver(other, ydoc);
    const result = yDocToPlan(ydoc, example);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe('sync.invalidRemote');
  });

  it('reports an empty Y.Doc', () => {
    const result = yDocToPlan(new Y.Doc());
    expect(result.ok ? null : result.errors.map((e) => e.code)).toEqual(['sync.emptyDocument']);
  });
});

describe('concurrent edits', () => {
  it('keeps both edits to different fields of one tiltak', () => {
    const a = planToYDoc(example);
    const b = cloneDoc(a);
    edit(a, (d) => setAction(d, firstId, { title: 'Tittel fra A' }));
    edit(b, (d) => setAction(d, firstId, { cost: 777_000 }));
    syncAll([a, b]);
    for (const doc of [a, b]) {
      const action = read(doc).actions.find((x) => x.id === firstId);
      expect(action?.title).toBe('Tittel fra A');
      expect(action?.cost).toBe(777_000);
    }
  });

  it('keeps tiltak both copies added, in the same order on both', () => {
    const a = planToYDoc(example);
    const b = cloneDoc(a);
    const template = example.actions[0];
    if (!template) throw new Error('example has tiltak');
    edit(a, (d) => ({ ...d, actions: [...d.actions, { ...template, id: 'act_from_a', number: 'A1', lineageId: 'lin_a' }] }));
    edit(b, (d) => ({ ...d, actions: [...d.actions, { ...template, id: 'act_from_b', number: 'B1', lineageId: 'lin_b' }] }));
    syncAll([a, b]);
    const ids = read(a).actions.map((x) => x.id);
    expect(ids).toContain('act_from_a');
    expect(ids).toContain('act_from_b');
    expect(read(b).actions.map((x) => x.id)).toEqual(ids);
  });

  it('a tiltak deleted on one copy and edited on the other is gone on both', () => {
    const a = planToYDoc(example);
    const b = cloneDoc(a);
    edit(a, (d) => ({ ...d, actions: d.actions.filter((x) => x.id !== secondId) }));
    edit(b, (d) => setAction(d, secondId, { title: 'Endret' }));
    syncAll([a, b]);
    expect(read(a)).toEqual(read(b));
    expect(read(a).actions.some((x) => x.id === secondId)).toBe(false);
  });
});
