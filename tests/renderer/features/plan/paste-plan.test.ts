// @vitest-environment node
// (pure functions: no DOM needed)
/** Pasting a block of Excel cells into the tiltak table: what it covers, changes and refuses. */
import { describe, expect, it } from 'vitest';
import { parseClipboardGrid } from '@shared/input';
import { renderMessage } from '@shared/i18n/message';
import { pasteEdit, pastedChoice, planPaste, preparePaste } from '../../../../renderer/src/features/plan/paste-plan';
import type { PasteTarget } from '../../../../renderer/src/features/plan/paste-plan';
import { buildRows, COLUMNS, NO_FILTERS } from '../../../../renderer/src/features/plan/table-model';
import type { ColumnId, TableRow } from '../../../../renderer/src/features/plan/table-model';
import { fixture } from '../../../shared/edits/fixture';

const doc = fixture();
const actions = doc.actions.filter((a) => a.planId === 'plan_2025');
const rows: TableRow[] = buildRows(doc.strategy, actions, { filters: NO_FILTERS, sort: null, collapsed: new Set(), findingsByAction: new Map() });
const col = (id: ColumnId) => COLUMNS.findIndex((c) => c.id === id);
const actionRows = rows.flatMap((r, i) => (r.kind === 'action' ? [{ i, id: r.action.id }] : []));
const first = actionRows[0]!;
const second = actionRows[1]!;
const third = actionRows[2]!;
const byId = (d: typeof doc, id: string) => d.actions.find((a) => a.id === id)!;

function grid(text: string): string[][] {
  const r = parseClipboardGrid(text);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe('planPaste', () => {
  it('fills the cells the block covers, from the active cell down and right, as one edit', () => {
    const plan = planPaste(grid('Kurs\tKari\t250 000\r\n"Nettverk\nfor industri"\tOla\t1.500\r\n'), rows, first.i, col('title'), 'nb');
    expect(plan.refused).toEqual([]);
    expect(plan.changes.map((c) => [c.actionId, c.column, c.after])).toEqual([
      [first.id, 'title', 'Kurs'],
      [first.id, 'owner', 'Kari'],
      [first.id, 'cost', '250 000'],
      [second.id, 'title', 'Nettverk for industri'],
      [second.id, 'owner', 'Ola'],
      [second.id, 'cost', '1.500'],
    ]);
    const after = pasteEdit(plan)(doc);
    expect(byId(after, first.id)).toMatchObject({ title: 'Kurs', owner: 'Kari', cost: 250_000 });
    expect(byId(after, second.id)).toMatchObject({ title: 'Nettverk for industri', owner: 'Ola', cost: 1500 });
    // Nothing else changed, and the document before is untouched.
    expect(byId(after, third.id)).toEqual(byId(doc, third.id));
    expect(byId(doc, first.id).title).not.toBe('Kurs');
  });

  it('never puts tabs or line breaks into a title', () => {
    const plan = planPaste(grid('"A\tB\r\nC"'), rows, first.i, col('title'), 'nb');
    expect(pasteEdit(plan)(doc).actions.find((a) => a.id === first.id)?.title).toBe('A B C');
  });

  it('refuses a cell with the same parser and message as typing, and keeps the rest', () => {
    const plan = planPaste(grid('12x\t5 000\r\n7 000\t1 000\r\n'), rows, first.i, col('cost'), 'nb');
    expect(plan.refused.map((c) => [c.actionId, c.column, c.error.code])).toEqual([[first.id, 'cost', 'input.kroner.notNumber']]);
    expect(renderMessage(plan.refused[0]!.error, 'nb')).toContain('«12x» er ikke et beløp');
    expect(plan.changes.map((c) => [c.actionId, c.column])).toEqual([
      [first.id, 'ownFunds'],
      [second.id, 'cost'],
      [second.id, 'ownFunds'],
    ]);
    const dates = planPaste(grid('31.02.2025\n1.3.2025'), rows, first.i, col('deadline'), 'nb');
    expect(dates.refused.map((c) => c.error.code)).toEqual(['input.date.invalid']);
    expect(dates.changes.map((c) => c.after)).toEqual(['1.3.2025']);
  });

  it('refuses computed columns, counts unchanged cells and cells outside the table', () => {
    const a = byId(doc, first.id);
    const plan = planPaste(grid(`${a.title}\tx\tx\tx\tx\tx\tx\tx\tx\textra\r\n`), rows, first.i, col('title'), 'nb');
    expect(plan.unchanged).toBe(1);
    expect(plan.outside).toBe(1);
    expect(plan.refused.filter((c) => c.error.code === 'plan.paste.computed').map((c) => c.column)).toEqual(['uncovered', 'findings']);
    const tooMany = planPaste(grid(Array.from({ length: actionRows.length + 2 }, () => 'T').join('\n')), rows, first.i, col('title'), 'nb');
    expect(tooMany.outside).toBe(2);
    expect(tooMany.changes).toHaveLength(actionRows.length);
  });

  it('skips group rows and fills a tiltak shown twice only once', () => {
    const start = rows.findIndex((r) => r.kind === 'group');
    const plan = planPaste(grid(Array.from({ length: 20 }, (_, i) => `T${i}`).join('\n')), rows, start, col('title'), 'nb');
    const ids = plan.changes.map((c) => c.actionId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(new Set(actionRows.map((r) => r.id)).size);
  });

  it('reads a status or prioritet as its code or its label in bokmål or English', () => {
    expect(['Pågår', 'pågår', 'ongoing', 'Ongoing'].map((t) => pastedChoice('status', t))).toEqual(['ongoing', 'ongoing', 'ongoing', 'ongoing']);
    expect(['1', '2 – bør', 'Kan', 'must'].map((t) => pastedChoice('priority', t))).toEqual(['1', '2', '3', '1']);
    expect(pastedChoice('status', 'ferdig')).toBeNull();
    expect(pastedChoice('priority', '4')).toBeNull();
    const plan = planPaste(grid('Kan\tFullført\r\n9\tferdig\r\n'), rows, first.i, col('priority'), 'nb');
    expect(plan.changes.map((c) => [c.column, c.after])).toEqual([
      ['priority', '3'],
      ['status', 'done'],
    ]);
    expect(plan.refused.map((c) => c.error.code)).toEqual(['plan.paste.badPriority', 'plan.paste.badStatus']);
  });
});

describe('preparePaste', () => {
  const target: PasteTarget = { rows, index: first.i, col: col('title'), isReadOnly: false, language: 'nb' };

  it('applies one changed cell at once, and previews a block', () => {
    expect(preparePaste('Nytt navn', target).kind).toBe('apply');
    expect(preparePaste(byId(doc, first.id).title, target).kind).toBe('none');
    const step = preparePaste('a\tb\r\nc\td\r\n', target);
    expect(step.kind === 'preview' && step.cellCount).toBe(4);
  });

  it('refuses with a code: adopted plan, no active cell, empty clipboard, one bad cell', () => {
    const code = (text: string, over: Partial<PasteTarget> = {}) => {
      const step = preparePaste(text, { ...target, ...over });
      return step.kind === 'refused' ? step.error.code : step.kind;
    };
    expect(code('x', { isReadOnly: true })).toBe('plan.table.readOnly');
    expect(code('x', { index: -1 })).toBe('plan.paste.noActiveCell');
    expect(code('')).toBe('input.clipboard.empty');
    expect(code('   ')).toBe('plan.cellErrors.titleRequired');
    expect(code('12x', { col: col('cost') })).toBe('input.kroner.notNumber');
  });
});
