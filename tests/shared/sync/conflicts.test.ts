// Same field changed on two copies without seeing each other: one deterministic winner
// on both, and the losing value recorded (on both) with who wrote it and when.
import { describe, expect, it } from 'vitest';
import type { Action, PlanDocument } from '@shared/domain';
import { createExampleDocument } from '@shared/templates';
import { readConflicts, resolveConflict, takeConflictValue, watchConflicts, type SyncConflict } from '@shared/sync';
import { cloneDoc, deliver, edit, planToYDoc, read, syncAll } from './helpers';

function setAction(doc: PlanDocument, id: string, patch: Partial<Action>): PlanDocument {
  return { ...doc, actions: doc.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) };
}

const example = createExampleDocument();
const actionId = example.actions[0]?.id ?? '';

/** Two planners' copies; `seenA`/`seenB` are their open conflicts after the last change. */
function pair() {
  const a = planToYDoc(example);
  const b = cloneDoc(a);
  const state = { a, b, seenA: [] as SyncConflict[], seenB: [] as SyncConflict[] };
  watchConflicts(a, (c) => (state.seenA = c));
  watchConflicts(b, (c) => (state.seenB = c));
  return state;
}

const KARI = { name: 'Kari', at: '2026-03-01T10:00:00Z' };
const OLA = { name: 'Ola', at: '2026-03-01T10:00:05Z' };

describe('conflicts on one field', () => {
  it.each([
    ['a first', true],
    ['b first', false],
  ])('one deterministic winner on both, the loser recorded on both (%s)', (_order, aFirst) => {
    const { a, b } = pair();
    edit(a, (d) => setAction(d, actionId, { title: 'Kari sin tittel' }), KARI);
    edit(b, (d) => setAction(d, actionId, { title: 'Ola sin tittel' }), OLA);
    if (aFirst) {
      deliver(a, b);
      deliver(b, a);
    } else {
      deliver(b, a);
      deliver(a, b);
    }
    // The finder's record travels with the next exchange.
    syncAll([a, b]);
    const seenA = readConflicts(a);
    const seenB = readConflicts(b);
    const titleA = read(a).actions[0]?.title;
    expect(read(b).actions[0]?.title).toBe(titleA);
    // Yjs orders concurrent writes by client id: the higher one wins.
    const expected = a.clientID > b.clientID ? 'Kari sin tittel' : 'Ola sin tittel';
    expect(titleA).toBe(expected);
    const loser = expected === 'Kari sin tittel' ? { value: 'Ola sin tittel', by: OLA } : { value: 'Kari sin tittel', by: KARI };
    for (const seen of [seenA, seenB]) {
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({
        collection: 'c:actions',
        entityId: actionId,
        field: 'title',
        lostValue: loser.value,
        wonValue: expected,
        lostBy: loser.by.name,
        lostAt: loser.by.at,
      });
    }
    expect(seenA[0]?.lostClient).toBe(loser.by === KARI ? a.clientID : b.clientID);
    resolveConflict(a, seenA[0]?.key ?? '');
    syncAll([a, b]);
    expect([...readConflicts(a), ...readConflicts(b)]).toEqual([]);
  });

  it('through a relay that collects deleted content (like the server), both still see the loser', () => {
    const a = planToYDoc(example);
    const server = cloneDoc(a);
    const b = cloneDoc(a);
    watchConflicts(a);
    watchConflicts(b);
    edit(a, (d) => setAction(d, actionId, { owner: 'Kari' }), KARI);
    edit(b, (d) => setAction(d, actionId, { owner: 'Ola' }), OLA);
    for (let round = 0; round < 2; round += 1) {
      deliver(a, server);
      deliver(b, server);
      deliver(server, a);
      deliver(server, b);
    }
    const winner = read(a).actions[0]?.owner;
    expect(read(b).actions[0]?.owner).toBe(winner);
    for (const doc of [a, b, server]) {
      expect(readConflicts(doc)).toHaveLength(1);
      expect(readConflicts(doc)[0]).toMatchObject({ field: 'owner', lostValue: winner === 'Kari' ? 'Ola' : 'Kari', lostBy: winner === 'Kari' ? 'Ola' : 'Kari' });
    }
  });

  it('a later edit on top of a seen one is no conflict', () => {
    const { a, b } = pair();
    edit(a, (d) => setAction(d, actionId, { title: 'Først' }), KARI);
    deliver(a, b);
    edit(b, (d) => setAction(d, actionId, { title: 'Etterpå' }), OLA);
    deliver(b, a);
    expect(read(a).actions[0]?.title).toBe('Etterpå');
    syncAll([a, b]);
    expect([...readConflicts(a), ...readConflicts(b)]).toEqual([]);
  });

  it('different fields of one tiltak are no conflict', () => {
    const { a, b } = pair();
    edit(a, (d) => setAction(d, actionId, { title: 'Ny' }), KARI);
    edit(b, (d) => setAction(d, actionId, { owner: 'Ola' }), OLA);
    syncAll([a, b]);
    syncAll([a, b]);
    expect([...readConflicts(a), ...readConflicts(b)]).toEqual([]);
  });

  it('a strategy field conflict is found too', () => {
    const state = pair();
    const { a, b } = state;
    edit(a, (d) => ({ ...d, strategy: { ...d.strategy, vision: 'A' } }), KARI);
    edit(b, (d) => ({ ...d, strategy: { ...d.strategy, vision: 'B' } }), OLA);
    deliver(b, a);
    deliver(a, b);
    syncAll([a, b]);
    const seenA = state.seenA;
    expect(seenA).toHaveLength(1);
    expect(seenA[0]).toMatchObject({ collection: 'strategy', entityId: example.strategy.id, field: 'vision' });
  });

  it('«Bruk denne verdien» puts the losing value back, and that syncs', () => {
    const { a, b } = pair();
    edit(a, (d) => setAction(d, actionId, { cost: 1000 }), KARI);
    edit(b, (d) => setAction(d, actionId, { cost: 2000 }), OLA);
    syncAll([a, b]);
    syncAll([a, b]);
    const conflict = readConflicts(a)[0];
    if (!conflict) throw new Error('expected a conflict');
    const taken = conflict.lostValue;
    edit(a, (d) => takeConflictValue(d, conflict), KARI);
    deliver(a, b);
    expect(read(a).actions[0]?.cost).toBe(taken);
    expect(read(b).actions[0]?.cost).toBe(taken);
  });

  it('takeConflictValue refuses a value the schema refuses', () => {
    const conflict: SyncConflict = { key: 'k', collection: 'c:actions', entityId: actionId, field: 'cost', lostValue: -1, wonValue: 0, lostBy: null, lostAt: null, lostClient: 1 };
    expect(takeConflictValue(example, conflict)).toBe(example);
  });
});
