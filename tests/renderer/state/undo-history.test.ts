// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain';
import { historyReducer, initialHistory, UNDO_LIMIT } from '../../../renderer/src/state/undo-history';
import type { HistoryState } from '../../../renderer/src/state/undo-history';
import { templateDoc } from '../helpers';

const rename = (name: string) => (doc: PlanDocument): PlanDocument => ({ ...doc, strategy: { ...doc.strategy, name } });

function applyN(state: HistoryState, n: number, from = 1): HistoryState {
  let s = state;
  for (let i = from; i < from + n; i++) s = historyReducer(s, { type: 'apply', label: `Endre navn ${i}`, edit: rename(`Navn ${i}`) });
  return s;
}

describe('undo history', () => {
  it('20 edits then 20 undos give the original document (the same object)', () => {
    const original = templateDoc();
    let s = applyN(initialHistory(original), 20);
    expect(s.doc.strategy.name).toBe('Navn 20');
    expect(s.past).toHaveLength(20);
    for (let i = 0; i < 20; i++) s = historyReducer(s, { type: 'undo' });
    expect(s.doc).toBe(original);
    expect(s.past).toHaveLength(0);
    expect(s.future).toHaveLength(20);
    // and 20 redos give the last state again
    for (let i = 0; i < 20; i++) s = historyReducer(s, { type: 'redo' });
    expect(s.doc.strategy.name).toBe('Navn 20');
    expect(historyReducer(s, { type: 'redo' })).toBe(s);
  });

  it('keeps untouched parts shared between snapshots', () => {
    const original = templateDoc();
    const s = applyN(initialHistory(original), 3);
    expect(s.doc.strategy.focusAreas).toBe(original.strategy.focusAreas);
    expect(s.doc.actions).toBe(original.actions);
  });

  it('a new edit clears redo; an edit that changes nothing is no step', () => {
    const original = templateDoc();
    let s = applyN(initialHistory(original), 2);
    s = historyReducer(s, { type: 'undo' });
    expect(s.future).toHaveLength(1);
    s = historyReducer(s, { type: 'apply', label: 'Ny', edit: rename('Ny') });
    expect(s.future).toHaveLength(0);
    expect(s.past.at(-1)?.label).toBe('Ny');
    const same = historyReducer(s, { type: 'apply', label: 'Ingenting', edit: (d) => d });
    expect(same).toBe(s);
    expect(historyReducer(initialHistory(original), { type: 'undo' }).doc).toBe(original);
  });

  it(`keeps the last ${UNDO_LIMIT} steps (at least 100)`, () => {
    expect(UNDO_LIMIT).toBeGreaterThanOrEqual(100);
    let s = applyN(initialHistory(templateDoc()), UNDO_LIMIT + 25);
    expect(s.past).toHaveLength(UNDO_LIMIT);
    for (let i = 0; i < UNDO_LIMIT; i++) s = historyReducer(s, { type: 'undo' });
    expect(s.doc.strategy.name).toBe('Navn 25');
  });
});
