// @vitest-environment node
// (jsdom 31 cannot start on this Node 20; these are pure functions anyway.)
import { describe, expect, it } from 'vitest';
import { cellEditText, parseCell } from '../../../../renderer/src/features/plan/cell-edit';
import type { ColumnId } from '../../../../renderer/src/features/plan/table-model';
import { actionFunding } from '@shared/rules';
import { fixture } from '../../../shared/edits/fixture';

const messages = { titleRequired: 'Tittelen må fylles ut.', badDate: (t: string) => `«${t}» er ikke en dato`, badChoice: 'Velg' };

describe('parseCell', () => {
  const doc = fixture();
  const a2 = doc.actions[1]!;
  const f2 = actionFunding(a2);

  it.each<[ColumnId, string, (d: typeof doc) => unknown, unknown]>([
    ['title', '  Ny tittel ', (d) => d.actions[1]?.title, 'Ny tittel'],
    ['owner', 'Kari', (d) => d.actions[1]?.owner, 'Kari'],
    ['cost', '1 234 567 kr', (d) => d.actions[1]?.cost, 1_234_567],
    ['cost', '1.000', (d) => d.actions[1]?.cost, 1000],
    ['ownFunds', '25 000', (d) => d.actions[1]?.funding.map((f) => f.amount), [25_000, 20_000]],
    ['deadline', '1.3.2025', (d) => d.actions[1]?.deadline, '2025-03-01'],
    ['deadline', '', (d) => d.actions[1]?.deadline, null],
    ['priority', '1', (d) => d.actions[1]?.priority, 1],
    ['status', 'done', (d) => d.actions[1]?.status, 'done'],
  ])('%s «%s» becomes an edit', (column, text, read, expected) => {
    const r = parseCell(column, text, a2, f2, messages);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.unchanged).toBe(false);
      expect(read(r.edit(doc))).toEqual(expected);
    }
  });

  it.each<[ColumnId, string, RegExp]>([
    ['title', '   ', /Tittelen må fylles ut/],
    ['cost', '12x', /«12x» er ikke et beløp i hele kroner/],
    ['cost', '-5', /negativt/],
    ['cost', '10,50', /hele kroner/],
    ['ownFunds', 'mange', /ikke et beløp/],
    ['deadline', '31.2.2025', /«31.2.2025» er ikke en dato/],
    ['priority', '4', /Velg/],
    ['status', 'ferdig', /Velg/],
  ])('%s «%s» is refused', (column, text, message) => {
    const r = parseCell(column, text, a2, f2, messages);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('the same value is unchanged, and the editor starts with the formatted value', () => {
    const text = cellEditText('cost', a2, f2);
    expect(text.replace(/\s/g, ' ')).toBe('100 000');
    const r = parseCell('cost', text, a2, f2, messages);
    expect(r.ok && r.unchanged).toBe(true);
    expect(cellEditText('deadline', a2, f2)).toBe('30.11.2025');
  });
});
