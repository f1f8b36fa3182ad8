/**
 * Issue 9's done-criterion, in Chromium against the built renderer: from the Østfold
 * template, a 2024 plan with tiltak added by the UI under Grønt industriløft, Bioøkonomi,
 * Digital omstilling and the three støtteområder (cost and own funding in the detail panel)
 * shows each area's own totals — active count and kroner — alike in the table's group rows,
 * Økonomi, the slides (presentation), the print view and the Excel workbook downloaded from
 * Økonomi and recalculated by LibreOffice (../shared/tools/xlsx-recalc); no «uten kobling»
 * finding or group appears. And for the example plan: the same totals per group on every screen.
 */
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { libreOfficeMissing, recalculate } from '../shared/excel/helpers';

/** Per group name: active tiltak, cost and (where the screen shows it) own funds in whole kroner. */
type Sums = Record<string, { count: number; cost: number; own?: number }>;

const digits = (text: string | null | undefined): number => Number((text ?? '').replace(/\D/g, '') || 'NaN');

function nav(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name, exact: true });
}

async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press('Control+a');
  await field.pressSequentially(text);
  await field.press('Tab');
}

function strategyId(page: Page): string {
  const id = /#\/strategy\/([^/]+)\//.exec(page.url())?.[1];
  if (!id) throw new Error(`no strategy in ${page.url()}`);
  return id;
}

/** The table's level-1 group rows: «2 tiltak · 550 000 kr» or «1 aktivt av 2 · 150 000 kr». */
async function tableSums(page: Page, year: number): Promise<Sums> {
  // A tall window, so the virtualized grid renders every row.
  await page.setViewportSize({ width: 1280, height: 4000 });
  await page.goto(`/#/strategy/${strategyId(page)}/handlingsplan/${year}`);
  await expect(page.getByRole('heading', { level: 1, name: `Handlingsplan ${year}` })).toBeVisible();
  const grid = page.getByRole('treegrid');
  const groups = grid.locator('[role="row"][aria-level="1"]');
  await expect(groups.first()).toBeVisible();
  // Every row drawn (the header is row 1 of aria-rowcount) before the groups are read: the
  // grid renders what fits the window it measured, which can lag the resize on a busy runner.
  const rowCount = Number(await grid.getAttribute('aria-rowcount'));
  await expect(grid.locator('[role="row"][aria-rowindex]')).toHaveCount(rowCount);
  const out: Sums = {};
  for (const row of await groups.all()) {
    const name = ((await row.locator('.pl-group-label').textContent()) ?? '').trim();
    const summary = (await row.locator('.pl-group-summary').textContent()) ?? '';
    const [count, cost] = summary.split('·');
    out[name] = { count: digits(/^\s*(\d[\d\s\u00a0\u202f]*)/.exec(count ?? '')?.[1]), cost: digits(cost) };
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  return out;
}

/** Økonomi's «Fordeling per innsatsområde» as a table. */
async function economySums(page: Page, year: number): Promise<Sums> {
  await page.goto(`/#/strategy/${strategyId(page)}/okonomi/${year}`);
  await expect(page.getByRole('heading', { level: 1, name: `Økonomi ${year}` })).toBeVisible();
  const figure = page.getByRole('figure', { name: 'Fordeling per innsatsområde' });
  await press(figure.locator('summary'));
  const table = figure.getByRole('table', { name: 'Fordeling per innsatsområde' });
  await expect(table).toBeVisible();
  const header = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const at = (cells: string[], name: string) => cells[header.indexOf(name)];
  expect(header.slice(0, 4)).toEqual(['Innsatsområde', 'Aktive tiltak', 'Kostnad', 'Egne midler']);
  const out: Sums = {};
  for (const row of await table.locator('tbody tr').all()) {
    const cells = (await row.locator('th, td').allTextContents()).map((c) => c.trim());
    out[at(cells, 'Innsatsområde') ?? ''] = { count: digits(at(cells, 'Aktive tiltak')), cost: digits(at(cells, 'Kostnad')), own: digits(at(cells, 'Egne midler')) };
  }
  return out;
}

/** The presentation, slide by slide with the arrow keys: each group slide's figures. */
async function slideSums(page: Page, year: number): Promise<Sums> {
  await page.goto(`/#/strategy/${strategyId(page)}/presentasjon/${year}`);
  const position = page.locator('[aria-live="polite"]').filter({ hasText: /Lysbilde/ });
  await expect(position).toHaveText(/Lysbilde 1 av \d+/);
  const total = Number(/av (\d+)/.exec((await position.textContent()) ?? '')?.[1]);
  const out: Sums = {};
  for (let n = 1; n <= total; n++) {
    if (n > 1) await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText(new RegExp(`Lysbilde ${n} av`));
    const focus = page.locator('.pr-focus');
    if ((await focus.count()) === 0) continue;
    const figure = async (label: string) => digits(await focus.locator('.pr-figures > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd').textContent());
    const name = ((await focus.locator('h2').textContent()) ?? '').trim();
    out[name] = { count: await figure('Aktive tiltak'), cost: await figure('Kostnad'), own: await figure('Egne midler') };
  }
  return out;
}

/** The print view: each group's «Sum …» row (count, cost, own funds); a group without tiltak counts 0. */
async function printSums(page: Page, year: number): Promise<Sums> {
  await page.goto(`/#/strategy/${strategyId(page)}/utskrift/${year}`);
  const article = page.getByRole('article', { name: `Handlingsplan ${year}` });
  await expect(article).toBeVisible();
  const out: Sums = {};
  for (const section of await article.locator('section.pt-group').all()) {
    const name = ((await section.locator('h2').textContent()) ?? '').replace(/^(Innsatsområde|Støtteområde|På tvers|Mangler kobling)\s*/, '').trim();
    const sum = section.locator('.pt-sum tr');
    if ((await sum.count()) === 0) {
      await expect(section).toContainText('Ingen tiltak i år.');
      out[name] = { count: 0, cost: 0, own: 0 };
      continue;
    }
    await expect(sum.locator('th')).toContainText(`Sum ${name}`);
    const cells = await sum.locator('td').allTextContents();
    out[name] = { count: digits(/(\d+) aktiv/.exec((await sum.locator('th').textContent()) ?? '')?.[1]), cost: digits(cells[0]), own: digits(cells[1]) };
  }
  return out;
}

/** The workbook from Økonomi's «Eksporter til Excel…», recalculated by LibreOffice: Sammendrag per group row. */
async function excelSums(page: Page, year: number): Promise<{ sums: Sums; total: { count: number; cost: number } }> {
  await page.goto(`/#/strategy/${strategyId(page)}/okonomi/${year}`);
  await expect(page.getByRole('heading', { level: 1, name: `Økonomi ${year}` })).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await press(page.getByRole('button', { name: 'Eksporter til Excel…' }));
  const download = await downloadPromise;
  const bytes = new Uint8Array(await readFile(await download.path()));
  const rows = recalculate(bytes, ['Sammendrag']).Sammendrag ?? [];
  for (const row of rows) for (const c of row) expect(c, 'LibreOffice error in Sammendrag').not.toMatch(/^(Err:|#)/);
  expect(rows[0]?.slice(0, 8)).toEqual(['Innsatsområde', 'Kostnad', 'Egne midler', 'Partnerfinansiering', 'Eksterne midler', 'Udekket', 'Timeverk', 'Antall tiltak']);
  const sumAt = rows.findIndex((r) => r[0] === 'Sum');
  const sums: Sums = {};
  for (const r of rows.slice(1, sumAt)) sums[r[0] ?? ''] = { count: Number(r[7]), cost: Number(r[1]), own: Number(r[2]) };
  const sumRow = rows[sumAt] ?? [];
  return { sums, total: { count: Number(sumRow[7]), cost: Number(sumRow[1]) } };
}

/** Only the figures every screen shows (count, cost). */
const countAndCost = (s: Sums) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, { count: v.count, cost: v.cost }]));
/** Leaves out empty built-in groups (the screens show them only with tiltak; Excel always has the rows). */
const shown = (s: Sums, areas: readonly string[]) => Object.fromEntries(Object.entries(s).filter(([k, v]) => areas.includes(k) || v.count > 0));

test.describe('the same group totals on every screen', () => {
  test.skip(libreOfficeMissing() !== null, `LibreOffice is needed: ${libreOfficeMissing() ?? ''}`);

  test('Østfold 2024: tiltak added by the UI under every area; table, Økonomi, slides, print and Excel agree', async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto('/');
    await page.getByRole('button', { name: /Start fra «Strategisk plattform 2024–27»/ }).click();
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Strategisk plattform 2024–27');
    await nav(page, 'Handlingsplan').click();
    await page.getByRole('navigation', { name: 'År i perioden' }).getByRole('link', { name: /2024/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2024' })).toBeVisible();
    await press(page.getByRole('button', { name: 'Opprett tom plan for 2024' }));

    const grid = page.getByRole('treegrid');
    const areaNames = (await grid.locator('[role="row"][aria-level="1"] .pl-group-label').allTextContents()).map((s) => s.trim());
    const area = (start: string) => {
      const hit = areaNames.find((n) => n.startsWith(start));
      if (!hit) throw new Error(`no area «${start}» in ${areaNames.join(', ')}`);
      return hit;
    };
    const plan: { area: string; title: string; cost: number; own: number }[] = [
      { area: area('Grønt industriløft'), title: 'Industriell symbiose i Øra', cost: 400_000, own: 250_000 },
      { area: area('Grønt industriløft'), title: 'Kartlegging av overskuddsvarme', cost: 150_000, own: 100_000 },
      { area: area('Bioøkonomi'), title: 'Skogbasert verdikjede', cost: 300_000, own: 200_000 },
      { area: area('Digital omstilling'), title: 'KI-verksted for industrien', cost: 250_000, own: 150_000 },
      { area: area('Attraksjonskraft'), title: 'Østfold som vertskap', cost: 120_000, own: 120_000 },
      { area: area('Kapital'), title: 'Investorforum', cost: 90_000, own: 50_000 },
      { area: area('Kompetanse'), title: 'Bransjeprogram for fagarbeidere', cost: 200_000, own: 100_000 },
    ];
    expect(areaNames).toHaveLength(6);

    for (const t of plan) {
      // Point at the area's group row (focus, as the arrow keys would), then «Nytt tiltak».
      const groupCell = grid.locator('[role="row"][aria-level="1"]').filter({ has: page.locator('.pl-group-label', { hasText: t.area }) }).getByRole('gridcell');
      await groupCell.focus();
      await press(page.getByRole('button', { name: 'Nytt tiltak' }));
      const titleEditor = grid.getByRole('textbox', { name: /^Tittel for tiltak/ });
      await expect(titleEditor).toBeFocused();
      await titleEditor.pressSequentially(t.title);
      await titleEditor.press('Enter');
      const panel = page.getByRole('complementary');
      await expect(panel.getByRole('heading', { level: 2 })).toContainText(t.title);
      await typeInto(panel.getByLabel('Kostnad (kr)'), String(t.cost));
      await press(panel.getByRole('button', { name: 'Legg til finansieringslinje' }));
      await typeInto(panel.getByLabel('Beløp (kr)').nth(0), String(t.own));
      await expect(panel.getByLabel('Beløp (kr)').nth(0)).toHaveValue(new RegExp(`^${new Intl.NumberFormat('nb-NO').format(t.own).replace(/\s/g, '\\s')}$`));
    }

    const expected: Sums = {};
    for (const name of areaNames) {
      const mine = plan.filter((t) => t.area === name);
      expected[name] = { count: mine.length, cost: mine.reduce((n, t) => n + t.cost, 0), own: mine.reduce((n, t) => n + t.own, 0) };
    }
    const table = await tableSums(page, 2024);
    // No «Uten kobling» group: every tiltak hangs under its area.
    expect(table).toEqual(countAndCost(expected));
    const economy = await economySums(page, 2024);
    expect(economy).toEqual(expected);
    // Every finding listed (all of them, «Vis flere» until none is left): none says a tiltak is not linked.
    const findings = page.locator('section.ec-card').filter({ has: page.getByRole('heading', { level: 2, name: /^Funn \(\d+\)$/ }) });
    const findingCount = digits(await findings.getByRole('heading', { level: 2 }).textContent());
    expect(findingCount).toBeGreaterThan(0);
    for (let more = findings.getByRole('button', { name: /^Vis/ }); (await more.count()) > 0; ) await press(more);
    await expect(findings.locator('li')).toHaveCount(findingCount);
    await expect(findings).not.toContainText('er ikke koblet til noe i føringene');
    await expect(page.getByText('Uten kobling', { exact: true })).toHaveCount(0);
    expect(await slideSums(page, 2024)).toEqual(expected);
    expect(await printSums(page, 2024)).toEqual(expected);
    const excel = await excelSums(page, 2024);
    expect(excel.sums).toEqual({ ...expected, 'Tverrgående prosjekter': { count: 0, cost: 0, own: 0 }, 'Uten kobling': { count: 0, cost: 0, own: 0 } });
    expect(excel.total).toEqual({ count: plan.length, cost: plan.reduce((n, t) => n + t.cost, 0) });
  });

  test('the example plan: the same totals per group in the table, Økonomi, the slides, the print view and Excel', async ({ page, openExample }) => {
    test.setTimeout(180_000);
    await openExample();
    const economy = await economySums(page, 2025);
    const areas = ['Næringsutvikling', 'By- og regionalutvikling', 'Klima, miljø og natur', 'Samferdsel'];
    expect(Object.keys(economy)).toEqual([...areas, 'Tverrgående prosjekter']);
    // The groups add up to the plan's active tiltak (utsatt and avlyst do not count), each counted once.
    const active = Number(/(\d+) aktive tiltak/.exec((await page.getByRole('region', { name: 'Ambisjonssjekk' }).getByText(/aktive tiltak/).textContent()) ?? '')?.[1]);
    const count = Object.values(economy).reduce((n, g) => n + g.count, 0);
    expect(count).toBe(active);
    expect(countAndCost(await tableSums(page, 2025))).toEqual(countAndCost(economy));
    expect(await slideSums(page, 2025)).toEqual(economy);
    expect(await printSums(page, 2025)).toEqual(economy);
    const excel = await excelSums(page, 2025);
    expect(shown(excel.sums, areas)).toEqual(economy);
    expect(excel.total).toEqual({ count, cost: Object.values(economy).reduce((n, g) => n + g.cost, 0) });
  });
});
