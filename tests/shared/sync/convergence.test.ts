// Random edit sequences on three copies, delivered in random order: once every update
// has arrived everywhere, all copies hold the same valid document and the same conflicts
// (field conflicts and «deleted while edited»). Status updates (oppfølging) recorded on
// any copy all arrive everywhere.
import fc from 'fast-check';
import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Action, PlanDocument } from '@shared/domain';
import { addStatusUpdate, EditError, replaceStatusUpdate } from '@shared/edits';
import { createExampleDocument } from '@shared/templates';
import { readConflicts, readDeleteConflicts, watchConflicts } from '@shared/sync';
import { cloneDoc, deliver, edit, planToYDoc, read, syncAll } from './helpers';

const example = createExampleDocument();
const base = { ...example, actions: example.actions.slice(0, 6) };

type Step =
  | { kind: 'field'; doc: number; index: number; field: 'title' | 'owner' | 'notes' | 'cost' | 'hours'; text: string; amount: number }
  | { kind: 'add'; doc: number; index: number; tag: number }
  | { kind: 'delete'; doc: number; index: number }
  | { kind: 'move'; doc: number; index: number }
  | { kind: 'vision'; doc: number; text: string }
  | { kind: 'status'; doc: number; index: number; status: 'onTrack' | 'delayed' | 'done'; text: string }
  | { kind: 'correct'; doc: number; index: number; text: string }
  | { kind: 'deliver'; from: number; to: number };

const docIndex = fc.integer({ min: 0, max: 2 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('field' as const), doc: docIndex, index: fc.nat(20), field: fc.constantFrom('title' as const, 'owner' as const, 'notes' as const, 'cost' as const, 'hours' as const), text: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim().length > 0), amount: fc.nat(1_000_000) }),
  fc.record({ kind: fc.constant('add' as const), doc: docIndex, index: fc.nat(20), tag: fc.nat(1_000_000) }),
  fc.record({ kind: fc.constant('delete' as const), doc: docIndex, index: fc.nat(20) }),
  fc.record({ kind: fc.constant('move' as const), doc: docIndex, index: fc.nat(20) }),
  fc.record({ kind: fc.constant('vision' as const), doc: docIndex, text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('status' as const), doc: docIndex, index: fc.nat(20), status: fc.constantFrom('onTrack' as const, 'delayed' as const, 'done' as const), text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('correct' as const), doc: docIndex, index: fc.nat(200), text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('deliver' as const), from: docIndex, to: docIndex }),
);

function applyStep(doc: PlanDocument, s: Exclude<Step, { kind: 'deliver' }>, serial: string): PlanDocument {
  const list = doc.actions;
  const at = list.length === 0 ? -1 : ('index' in s ? s.index : 0) % list.length;
  const target = list[at];
  switch (s.kind) {
    case 'field': {
      if (!target) return doc;
      const value = s.field === 'cost' || s.field === 'hours' ? s.amount : s.text;
      return { ...doc, actions: list.map((a) => (a === target ? { ...a, [s.field]: value } : a)) };
    }
    case 'add': {
      const template = base.actions[0];
      if (!template) return doc;
      const added: Action = { ...template, id: `act_${serial}`, number: serial, lineageId: `lin_${serial}`, title: `Nytt ${s.tag}` };
      const pos = Math.max(0, at);
      return { ...doc, actions: [...list.slice(0, pos), added, ...list.slice(pos)] };
    }
    case 'delete':
      return target ? { ...doc, actions: list.filter((a) => a !== target) } : doc;
    case 'move':
      return target ? { ...doc, actions: [target, ...list.filter((a) => a !== target)] } : doc;
    case 'vision':
      return { ...doc, strategy: { ...doc.strategy, vision: s.text } };
    case 'status':
    case 'correct':
      return followUpStep(doc, s, serial);
  }
}

/** A status update for a tiltak, or a correction of an update's comment (a refused edit changes nothing). */
function followUpStep(doc: PlanDocument, s: Extract<Step, { kind: 'status' | 'correct' }>, serial: string): PlanDocument {
  const plan = doc.plans[0];
  if (!plan) return doc;
  try {
    if (s.kind === 'correct') {
      const updates = plan.followUp.updates.filter((u) => u.periodId === 'T2');
      const old = updates[s.index % Math.max(1, updates.length)];
      return old ? replaceStatusUpdate(doc, plan.id, { ...old, comment: s.text }) : doc;
    }
    const action = doc.actions[s.index % Math.max(1, doc.actions.length)];
    if (!action) return doc;
    return addStatusUpdate(doc, plan.id, {
      id: `su_${serial}`,
      actionId: action.id,
      periodId: 'T2',
      status: s.status,
      comment: s.text,
      kpiValues: [],
      spending: [],
      expectedDeadline: null,
      date: '2025-06-30',
      author: serial,
    });
  } catch (e) {
    if (e instanceof EditError) return doc;
    throw e;
  }
}

/** Ids of the status updates recorded by the steps (every copy must end with all of them). */
function recordedUpdates(docs: readonly PlanDocument[]): string[] {
  return docs.flatMap((d) => d.plans.flatMap((p) => p.followUp.updates.map((u) => u.id))).filter((id) => id.startsWith('su_'));
}

describe('convergence', () => {
  it('three copies with random edits in random delivery order end identical and valid', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const first = planToYDoc(base);
        const docs: Y.Doc[] = [first, cloneDoc(first), cloneDoc(first)];
        for (const d of docs) watchConflicts(d);
        const recorded: string[] = [];
        steps.forEach((s, i) => {
          if (s.kind === 'deliver') {
            const from = docs[s.from];
            const to = docs[s.to];
            if (from && to && from !== to) deliver(from, to);
            return;
          }
          const target = docs[s.doc];
          if (!target) return;
          const after = edit(target, (d) => applyStep(d, s, `${s.doc}x${i}`), { name: `P${s.doc}`, at: `2026-01-01T00:00:${String(i).padStart(2, '0')}Z` });
          recorded.push(...recordedUpdates([after]));
        });
        syncAll(docs);
        syncAll(docs);
        const plans = docs.map((d) => read(d));
        expect(plans[1]).toEqual(plans[0]);
        expect(plans[2]).toEqual(plans[0]);
        expect(new Set(recordedUpdates([plans[0] ?? base]))).toEqual(new Set(recorded));
        const conflicts = docs.map((d) => readConflicts(d));
        expect(conflicts[1]).toEqual(conflicts[0]);
        expect(conflicts[2]).toEqual(conflicts[0]);
        const deleted = docs.map((d) => readDeleteConflicts(d));
        expect(deleted[1]).toEqual(deleted[0]);
        expect(deleted[2]).toEqual(deleted[0]);
      }),
      { numRuns: Number(process.env['SYNC_RUNS'] ?? 40) },
    );
  });
});
