// @vitest-environment node
// (jsdom 31 cannot start on this Node 20; these are pure functions anyway.)
import { describe, expect, it } from 'vitest';
import { cellEditText, parseCell, readCell } from '../../../../renderer/src/features/plan/cell-edit';
import { renderMessage } from '@shared/i18n/message';
import type { ColumnId } from '../../../../renderer/src/features/plan/table-model';
import { actionFunding } from '@shared/rules';
import { fixture } from '../../../shared/edits/fixture';

const messages = { language: 'nb' as const, render: (m: Parameters<typeof renderMessage>[0]) => renderMessage(m, 'nb') };

describe('parseCell', () => {
  const doc = fixture();
  const a2 = doc.actions[1]!;
  const f2 = actionFunding(a2);

  it.each<[ColumnId, string, (d: typeof doc) => unknown, unknown]>([
    ['title', '  Ny tittel ', (d) => d.actions[1]?.title, 'Ny tittel'],
    ['title', 'Ny\ttittel\r\npå to linjer', (d) => d.actions[1]?.title, 'Ny tittel på to linjer'],
    ['owner', 'Kari\nNordmann', (d) => d.actions[1]?.owner, 'Kari Nordmann'],
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

  it.each<[ColumnId, string, string]>([
    ['title', '   ', 'plan.cellErrors.titleRequired'],
    ['cost', '12x', 'input.kroner.notNumber'],
    ['cost', '-5', 'input.kroner.negative'],
    ['cost', '10,50', 'input.kroner.notWhole'],
    ['cost', '1.500,5', 'input.kroner.notWhole'],
    ['ownFunds', 'mange', 'input.kroner.notNumber'],
    ['deadline', '31.2.2025', 'input.date.invalid'],
    ['deadline', 'snart', 'input.date.format'],
    ['priority', '4', 'plan.cellErrors.badChoice'],
    ['status', 'ferdig', 'plan.cellErrors.badChoice'],
  ])('%s «%s» is refused', (column, text, code) => {
    const r = readCell(column, text, a2, f2);
    expect(r.ok ? null : r.error.code).toBe(code);
    const rendered = parseCell(column, text, a2, f2, messages);
    expect(rendered.ok ? null : rendered.error).toBe(r.ok ? null : renderMessage(r.error, 'nb'));
  });

  it('reads and writes in English when the user chose English', () => {
    expect(cellEditText('cost', a2, f2, 'en')).toBe('100,000');
    expect(cellEditText('deadline', a2, f2, 'en')).toBe('2025-11-30');
    const r = readCell('cost', '1,500', a2, f2, 'en');
    expect(r.ok && r.edit(doc).actions[1]?.cost).toBe(1500);
  });

  it('the same value is unchanged, and the editor starts with the formatted value', () => {
    const text = cellEditText('cost', a2, f2);
    expect(text.replace(/\s/g, ' ')).toBe('100 000');
    const r = parseCell('cost', text, a2, f2, messages);
    expect(r.ok && r.unchanged).toBe(true);
    expect(cellEditText('deadline', a2, f2)).toBe('30.11.2025');
  });
});
