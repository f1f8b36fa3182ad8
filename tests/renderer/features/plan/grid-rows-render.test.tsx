/**
 * The tiltak rows re-render only when their own props changed: after an edit of one
 * tiltak (new row object for it, the same objects for the others, a new style object for
 * every row as the grid body builds them, the same callbacks), only that row renders again.
 * Counted through `formattersOf`, which every row calls once per render.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { VirtualItem } from '@tanstack/react-virtual';
import { updateAction } from '@shared/edits';
import { updateKontroll } from '@shared/rules';
import { generateLargeDocument } from '@shared/templates';
import { GridBody } from '../../../../renderer/src/features/plan/GridBody';
import type { RowHandlers } from '../../../../renderer/src/features/plan/GridBody';
import { NO_FILTERS, buildRows, createRowsMemo } from '../../../../renderer/src/features/plan/table-model';
import type { TableRow } from '../../../../renderer/src/features/plan/table-model';
import { createI18n } from '../../../../renderer/src/i18n';
import type * as FormatModule from '../../../../renderer/src/ui/format';

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../../renderer/src/ui/format', async (importOriginal) => {
  const original = await importOriginal<typeof FormatModule>();
  return {
    ...original,
    formattersOf: (language: Parameters<typeof original.formattersOf>[0]) => {
      renders.count += 1;
      return original.formattersOf(language);
    },
  };
});

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => rtl.cleanup());

const handlers: RowHandlers = {
  onCellMouseDown: () => undefined,
  onCellDoubleClick: () => undefined,
  onCellFocus: () => undefined,
  onOpen: () => undefined,
  onEditChange: () => undefined,
  onEditCommit: () => true,
  onEditCancel: () => undefined,
};
const noop = () => undefined;

function body(rows: readonly TableRow[]) {
  const items = rows.map((_, index) => ({ index, start: 40 + index * 36, end: 40 + (index + 1) * 36, size: 36, key: index, lane: 0 }) satisfies VirtualItem);
  return (
    <I18nextProvider i18n={i18n}>
      <GridBody
        items={items}
        totalSize={rows.length * 36}
        rows={rows}
        template="1fr"
        planYear={2026}
        active={null}
        selected={new Set()}
        openActionId={null}
        editing={null}
        onGroupActivate={noop}
        onGroupFocus={noop}
        onToggleGroup={noop}
        rowHandlers={handlers}
      />
    </I18nextProvider>
  );
}

describe('tiltak rows (React.memo)', () => {
  it('re-render only the row whose tiltak changed', () => {
    const doc = generateLargeDocument({ actions: 12, years: 1, seed: 2 });
    const plan = doc.plans[0];
    if (!plan) throw new Error('no plan');
    const memo = createRowsMemo();
    const rowsOf = (d: typeof doc, state: ReturnType<typeof updateKontroll>) =>
      buildRows(d.strategy, d.actions, { filters: NO_FILTERS, sort: null, collapsed: new Set(), findingsByAction: state.findingCounts }, memo);
    const state = updateKontroll(null, { strategy: doc.strategy, plan, actions: doc.actions });
    const before = rowsOf(doc, state);
    const view = rtl.render(body(before));
    const actionRows = before.filter((r) => r.kind === 'action').length;
    expect(actionRows).toBeGreaterThan(3);

    renders.count = 0;
    view.rerender(body(before));
    expect(renders.count).toBe(0);

    const target = doc.actions[3];
    if (!target) throw new Error('no tiltak');
    const edited = updateAction(doc, target.id, { title: `${target.title} (endret)` });
    const after = rowsOf(edited, updateKontroll(state, { strategy: edited.strategy, plan, actions: edited.actions }));
    const changed = after.filter((r, i) => r !== before[i]);
    renders.count = 0;
    view.rerender(body(after));
    expect(renders.count).toBe(changed.length);
    expect(changed.filter((r) => r.kind === 'action').map((r) => r.kind === 'action' && r.action.id)).toEqual([target.id]);
    expect(rtl.screen.getByText(`${target.title} (endret)`)).toBeTruthy();
  });
});

describe('findings being computed', () => {
  it('shows «beregnes» in every row until the kontroll is in, then the counts', () => {
    const doc = generateLargeDocument({ actions: 12, years: 1, seed: 2 });
    const plan = doc.plans[0];
    if (!plan) throw new Error('no plan');
    const memo = createRowsMemo();
    const options = { filters: NO_FILTERS, sort: null, collapsed: new Set<string>() };
    const pending = buildRows(doc.strategy, doc.actions, { ...options, findingsByAction: null }, memo);
    const actionRows = pending.filter((r) => r.kind === 'action');
    expect(actionRows.every((r) => r.findings === null)).toBe(true);
    const view = rtl.render(body(pending));
    const cells = () => [...view.container.querySelectorAll('[role="row"][aria-level="3"]')].map((row) => row.querySelector('[role="gridcell"]:last-child')?.textContent ?? '');
    expect(cells()).toEqual(actionRows.map(() => 'beregnes'));

    const state = updateKontroll(null, { strategy: doc.strategy, plan, actions: doc.actions });
    const checked = buildRows(doc.strategy, doc.actions, { ...options, findingsByAction: state.findingCounts }, memo);
    view.rerender(body(checked));
    const counts = checked.flatMap((r) => (r.kind === 'action' ? [r.findings ?? -1] : []));
    expect(counts.some((n) => n > 0)).toBe(true);
    expect(cells()).toEqual(counts.map((n) => (n > 0 ? String(n) : '')));
  });
});
