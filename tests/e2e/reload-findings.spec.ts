/**
 * A reload onto the plan paints its tiltak before the kontroll has run (issue 13: the
 * findings come after the first paint). Every state the table commits is recorded (a
 * MutationObserver sees each commit before it can be painted): each tiltak's findings cell
 * says «beregnes» until the kontroll is in and then the count — never an empty cell or
 * another count first — and the counts are those the plan showed before the reload. Fails
 * on a table that waits for the kontroll (no «beregnes») as on one that shows a wrong count.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/** Column of the findings count in the tiltak table (table-model.ts COLUMNS: the tenth). */
const FINDINGS_COLUMN = 10;

/** Each drawn tiltak row's findings cell, by the row's Nr. */
async function findingCells(page: Page): Promise<Record<string, string>> {
  return page.evaluate((column) => {
    const out: Record<string, string> = {};
    for (const row of document.querySelectorAll('[role="treegrid"] [role="row"][aria-level="3"]')) {
      const nr = row.querySelector('[role="gridcell"][aria-colindex="1"]')?.textContent?.trim() ?? '';
      out[nr] = row.querySelector(`[role="gridcell"][aria-colindex="${column}"]`)?.textContent?.trim() ?? '';
    }
    return out;
  }, FINDINGS_COLUMN);
}

test('a reload onto the plan shows the findings as being computed, then exactly the counts', async ({ page, openExample, axe }) => {
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  const grid = page.getByRole('treegrid');
  await expect(grid.locator('[role="row"][aria-level="3"]').first()).toBeVisible();
  await expect(grid.getByText('beregnes', { exact: true })).toHaveCount(0);
  const before = await findingCells(page);
  expect(Object.keys(before).length).toBeGreaterThan(3);
  expect(Object.values(before).some((text) => Number(text) > 0)).toBe(true);

  // In the reloaded page: every committed text of each findings cell, in order.
  await page.addInitScript((column) => {
    const history: Record<string, string[]> = {};
    Object.defineProperty(window, '__findingsHistory', { value: history });
    const record = () => {
      for (const row of document.querySelectorAll('[role="treegrid"] [role="row"][aria-level="3"]')) {
        const nr = row.querySelector('[role="gridcell"][aria-colindex="1"]')?.textContent?.trim() ?? '';
        const text = row.querySelector(`[role="gridcell"][aria-colindex="${column}"]`)?.textContent?.trim() ?? '';
        const seen = (history[nr] ??= []);
        if (seen.at(-1) !== text) seen.push(text);
      }
    };
    new MutationObserver(record).observe(document, { childList: true, subtree: true, characterData: true });
  }, FINDINGS_COLUMN);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible();
  await expect(grid.locator('[role="row"][aria-level="3"]').first()).toBeVisible();
  await expect(grid.getByText('beregnes', { exact: true })).toHaveCount(0);

  expect(await findingCells(page)).toEqual(before);
  const history = await page.evaluate(() => (window as unknown as { __findingsHistory: Record<string, string[]> }).__findingsHistory);
  // Rows drawn in the first commit say «beregnes» first; a row the grid draws later (once it
  // knows its size) may come after the kontroll, with its count at once. Nothing else, ever.
  for (const [nr, final] of Object.entries(before)) {
    expect([['beregnes', final], [final]], `tiltak ${nr}: ${JSON.stringify(history[nr])}`).toContainEqual(history[nr]);
  }
  const [firstRow] = Object.keys(before);
  expect(history[firstRow ?? '']).toEqual(['beregnes', before[firstRow ?? '']]);
  await axe({ include: '[role="treegrid"]' });
});
