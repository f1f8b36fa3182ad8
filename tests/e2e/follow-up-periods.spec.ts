/**
 * Issue 12, points 1 and 6, in the browser on the example plan's adopted 2025 plan (T1
 * closed, T2 with updates):
 * - Own periods by keyboard: switch the scheme to «Egne perioder» (the tertialer carry
 *   over, nothing is lost), remove the unused T3, see a used period refused, create two own
 *   periods (an overlapping one is refused at its field first), record a status update in
 *   one and find both in the period picker. Axe on the screen and the dialog (with an
 *   error shown); the dialog reflows at 320 CSS px.
 * - The tertialrapport as PDF through the print route: «Skriv ut / lagre som PDF» opens the
 *   report's print view (axe), Chromium's PDF of it is checked with poppler: title
 *   (pdfinfo), A4, page numbers, a heading per innsatsområde, the tiltak with status, and
 *   the attention list (pdftotext).
 */
import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

async function adoptExamplePlan(page: Page): Promise<void> {
  if ((await page.getByLabel('Planstatus').inputValue()) === 'adopted') return;
  await page.getByLabel('Planstatus').selectOption('adopted');
  const date = page.getByLabel('Vedtatt dato');
  await date.focus();
  await date.press('Control+a');
  await date.pressSequentially('20.01.2025');
  await date.press('Tab');
  await press(page.getByRole('button', { name: 'Marker som vedtatt' }));
  await expect(page.getByText(/ble vedtatt 20\.01\.2025/)).toBeVisible();
}

/** Types into a field by keyboard (select all, then the text). */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press('Control+a');
  await field.page().keyboard.type(text);
}

test('own periods by keyboard: switch, remove, refuse, create two, update one, pick it', async ({ page, axe, openExample }) => {
  // A long journey with four axe runs: ~30 s alone, more with the machine under load.
  test.setTimeout(180_000);
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  await adoptExamplePlan(page);
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oppfølging', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oppfølging 2025' })).toBeVisible();

  // Own periods start as the tertialer (same ids and dates): T1's closure and T2's updates stay.
  const scheme = page.getByLabel('Periodeinndeling');
  await scheme.focus();
  await scheme.selectOption('custom');
  const openPeriods = page.getByRole('button', { name: 'Rediger egne perioder …' });
  await press(openPeriods);
  const dialog = page.getByRole('dialog', { name: 'Egne rapporteringsperioder for 2025' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveCount(3);
  await axe({ label: 'periods dialog' });

  // A used period cannot be removed: the refusal says why. The unused T3 goes.
  await press(dialog.getByRole('button', { name: 'Fjern T2' }));
  await expect(dialog.getByRole('alert')).toContainText('kan ikke fjernes: den har');
  await press(dialog.getByRole('button', { name: 'Fjern T3' }));
  await expect(dialog.getByRole('status')).toHaveText('Perioden «3. tertial (september–desember, årsrapport)» er fjernet. Ctrl+Z angrer.');
  await expect(dialog.getByRole('listitem')).toHaveCount(2);
  const shortName = dialog.getByLabel('Kortnavn (for eksempel H1)');
  await expect(shortName).toBeFocused();

  // An overlapping period is refused at its field (and axe-clean with the error shown).
  await typeInto(shortName, 'SO');
  await typeInto(dialog.getByLabel('Navn', { exact: true }), 'September og oktober');
  await dialog.getByLabel('Fra').fill('2025-08-15');
  await dialog.getByLabel('Til').fill('2025-10-31');
  await dialog.getByLabel('Til').press('Enter');
  const from = dialog.getByLabel('Fra');
  await expect(from).toBeFocused();
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveAccessibleDescription(/overlapper perioden «2\. tertial \(mai–august\)» \(2025-05-01–2025-08-31\)/);
  await axe({ label: 'periods dialog with an error' });

  // Two own periods: September–October and November–December (the årsrapport).
  await from.fill('2025-09-01');
  await from.press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Perioden «September og oktober» er lagt til.');
  await expect(shortName).toBeFocused();
  await page.keyboard.type('ND');
  await typeInto(dialog.getByLabel('Navn', { exact: true }), 'November og desember');
  await dialog.getByLabel('Fra').fill('2025-11-01');
  await dialog.getByLabel('Til').fill('2025-12-31');
  await dialog.getByLabel('Til').press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Perioden «November og desember» er lagt til.');
  await expect(dialog.getByRole('listitem')).toHaveText([/^T1 /, /^T2 /, /^SO September og oktober/, /^ND November og desember/]);

  // Reflow: the dialog works 320 CSS px wide, nothing sticks out sideways.
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 700 });
  const wide = await dialog.evaluate((el) => {
    const right = el.getBoundingClientRect().right + 1;
    return Array.from(el.querySelectorAll('*'))
      .filter((e) => e.getBoundingClientRect().right > right)
      .map((e) => `${e.tagName}.${e.className}`)
      .slice(0, 5);
  });
  expect(wide).toEqual([]);
  expect(await dialog.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(320);
  if (viewport) await page.setViewportSize(viewport);

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(openPeriods).toBeFocused();

  // The period picker has both; record a status update in «September og oktober».
  const picker = page.getByLabel('Rapporteringsperiode');
  await expect(picker.locator('option')).toHaveText(['1. tertial (januar–april)', '2. tertial (mai–august)', 'September og oktober', 'November og desember']);
  await picker.focus();
  await picker.selectOption({ label: 'September og oktober' });
  await expect(page).toHaveURL(/oppfolging\/2025\/period_[A-Za-z0-9]+$/);
  await expect(page.getByText('September og oktober er åpen for oppdateringer.')).toBeVisible();
  const rows = page.getByRole('region', { name: 'Tiltak og status' }).getByRole('button');
  const title = await rows.first().innerText();
  await press(rows.first());
  const update = page.getByRole('dialog');
  await expect(update).toContainText('September og oktober');
  await update.getByLabel('Status').focus();
  await update.getByLabel('Status').selectOption('delayed');
  await update.getByLabel('Kommentar').focus();
  await page.keyboard.type('Forsinket i september');
  await press(update.getByRole('button', { name: 'Lagre', exact: true }));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Tiltak og status' }).getByRole('row').filter({ hasText: title })).toContainText('Forsinket');
  await axe({ label: 'own period with an update' });

  // The used own period now refuses removal; the other period still shows in the picker.
  await press(openPeriods);
  await expect(dialog.getByRole('listitem').filter({ hasText: 'September og oktober' })).toContainText('1 statusoppdatering');
  await press(dialog.getByRole('button', { name: 'Fjern SO' }));
  await expect(dialog.getByRole('alert')).toContainText('Perioden «September og oktober» kan ikke fjernes: den har 1 statusoppdatering');
  await page.keyboard.press('Escape');
  await picker.selectOption({ label: 'November og desember' });
  await expect(page.getByText('November og desember er åpen for oppdateringer.')).toBeVisible();

  // Undo as for every other edit: one step each, named by the edit.
  const undo = page.getByRole('toolbar', { name: 'Fil' }).getByRole('button', { name: 'Angre' });
  await page.getByRole('heading', { level: 1, name: 'Oppfølging 2025' }).click();
  await page.keyboard.press('Control+z');
  await expect(undo).toHaveAttribute('title', /Legg til periode/);
  await page.keyboard.press('Control+z');
  await expect(picker.locator('option')).toHaveText(['1. tertial (januar–april)', '2. tertial (mai–august)', 'September og oktober']);
});

/** The PDF's text (one page, or all), with -layout: a table row's cells stay on one line. */
function pdfText(path: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
}

test('the tertialrapport as a PDF through the print route, checked with pdfinfo and pdftotext', async ({ page, axe, openExample }, testInfo) => {
  test.setTimeout(120_000);
  await openExample('Oppfølging', 'Oppfølging 2025');
  await page.getByLabel('Rapporteringsperiode').selectOption('T2');
  await press(page.getByRole('link', { name: 'Skriv ut / lagre som PDF' }));
  await expect(page).toHaveURL(/utskrift\/2025\/rapport\/T2$/);
  const report = page.getByRole('article', { name: 'Tertialrapport 2025 – 2. tertial (mai–august)' });
  await expect(report).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toHaveCount(0);
  await expect(page).toHaveTitle('Tertialrapport 2025 – 2. tertial (mai–august) – Eksempelregionen (oppdiktet)');
  await axe({ label: 'report print view' });

  // What the print view shows: the areas (h3), each tiltak's number and status, the attention list.
  const areas = (await report.locator('section.pt-group > h3').allInnerTexts()).map((h) => h.replace(/\s+/g, ' ').trim());
  expect(areas.length).toBeGreaterThanOrEqual(4);
  const actions = await report.locator('tbody.pt-action > tr').evaluateAll((rows) =>
    rows.map((r) => ({ number: r.firstElementChild?.textContent ?? '', status: r.querySelector('.pt-status')?.textContent ?? '' })),
  );
  expect(actions.length).toBeGreaterThan(10);
  const attention = await page.getByRole('region', { name: 'Trenger oppmerksomhet' }).getByRole('listitem').allInnerTexts();
  expect(attention.length).toBeGreaterThan(0);

  // Reflow: the print view on a 320 CSS px window (400 % zoom) has no sideways scrolling.
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 700 });
  const sticksOut = await report.evaluate((el) =>
    Array.from(el.querySelectorAll('*'))
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
      .map((e) => `${e.tagName}.${e.className}`)
      .slice(0, 5),
  );
  expect(sticksOut).toEqual([]);
  if (viewport) await page.setViewportSize(viewport);

  const pdfPath = testInfo.outputPath('tertialrapport.pdf');
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(/^Title:\s*(.*)$/m.exec(info)?.[1]?.trim()).toBe('Tertialrapport 2025 – 2. tertial (mai–august) – Eksempelregionen (oppdiktet)');
  const size = /^Page size:\s*([\d.]+) x ([\d.]+) pts/m.exec(info);
  expect(Math.abs(Number(size?.[1]) - 595.3)).toBeLessThan(2);
  expect(Math.abs(Number(size?.[2]) - 841.9)).toBeLessThan(2);
  const pages = Number(/^Pages:\s*(\d+)/m.exec(info)?.[1]);
  expect(pages).toBeGreaterThan(1);

  // Every page: the report, the plan name and its number in the margin.
  for (let n = 1; n <= pages; n++) {
    const text = pdfText(pdfPath, n).replace(/\s+/g, ' ');
    expect(text).toContain('Tertialrapport 2025 – 2. tertial (mai–august) – Eksempel – oppdiktede data');
    expect(text).toMatch(new RegExp(`\\b${n} ?/ ?${pages}\\b`));
  }
  const layout = pdfText(pdfPath);
  const all = layout.replace(/\s+/g, ' ');
  // A heading per innsatsområde, in the order of the view, after the summary.
  let at = all.indexOf('Sammendrag');
  expect(at).toBeGreaterThanOrEqual(0);
  for (const area of areas) {
    const next = all.indexOf(area, at);
    expect(next, area).toBeGreaterThan(at);
    at = next;
  }
  // Every tiltak with its status: its row's first line starts with the number and has the status.
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const a of actions) expect(layout, `tiltak ${a.number}`).toMatch(new RegExp(`^\\s*${escape(a.number)}\\s.*${escape(a.status)}`, 'm'));
  // The attention list, every entry.
  const attentionAt = all.lastIndexOf('Trenger oppmerksomhet');
  for (const item of attention) expect(all.slice(attentionAt)).toContain(item.replace(/\s+/g, ' ').trim());
});
