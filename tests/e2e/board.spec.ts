/**
 * What the board sees, from the Østfold template with a 2024 plan opened as a plan file:
 * the slides show the strategisk fundament; the comparison slide with four columns (basis and three scenarios) keeps
 * every heading (and «Margin») inside its own column; the printed plan (page.pdf +
 * pdftotext per page) never leaves a group heading alone at a page foot and shows per
 * tiltak ansvarlig, partners, financing by source and status, start, frist, prioritet and
 * KPI; the 5-faktor and multi-year views pass axe and reflow (at 200 % zoom).
 */
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import type { Action, PlanDocument, Scenario } from '@shared/domain';
import { emptyFollowUp } from '@shared/domain';
import { serializePlanFile } from '@shared/domain/plan-file';
import { createFromTemplate, OST_FOCUS_AREA_IDS } from '@shared/templates';

const AREA_COUNTS: Record<string, number> = {
  [OST_FOCUS_AREA_IDS.greenIndustry]: 7,
  [OST_FOCUS_AREA_IDS.bioeconomy]: 5,
  [OST_FOCUS_AREA_IDS.digital]: 6,
  [OST_FOCUS_AREA_IDS.attractiveness]: 4,
  [OST_FOCUS_AREA_IDS.capital]: 5,
  [OST_FOCUS_AREA_IDS.competence]: 3,
};

function scenario(id: string, name: string): Scenario {
  return { id, name, description: '', frame: null, changes: [], addedActions: [], createdAt: '2024-02-01T00:00:00.000Z' };
}

/** The Østfold template with a 2024 plan: tiltak under every area (through one satsing each), partners and funders. */
function ostfold2024(): PlanDocument {
  const doc = createFromTemplate('ostfold-2024-2027');
  const strategy = {
    ...doc.strategy,
    actors: [
      { id: 'act_vk', name: 'Viken fylkeskommune', category: 'public' as const },
      { id: 'act_borg', name: 'Borg Havn', category: 'business' as const },
      { id: 'act_hiof', name: 'Høgskolen i Østfold', category: 'research' as const },
    ],
  };
  const plan = {
    id: 'ost_plan_2024',
    strategyId: strategy.id,
    year: 2024,
    status: 'draft' as const,
    adoptedDate: null,
    frame: { ownFunds: 3_000_000, capacityHours: 4_000, targetShares: {} },
    scenarios: [scenario('s1', 'Tilpasset ramme'), scenario('s2', 'Redusert ramme'), scenario('s3', 'Høy ambisjon')],
    followUp: emptyFollowUp(),
  };
  const actions: Action[] = [];
  strategy.focusAreas.forEach((area, a) => {
    for (let i = 1; i <= (AREA_COUNTS[area.id] ?? 3); i++) {
      const n = `${a + 1}.${i}`;
      actions.push({
        id: `t_${a}_${i}`,
        planId: plan.id,
        number: n,
        title: `Tiltak ${n} i ${area.name}`,
        description: 'Et tiltak med en lengre beskrivelse som skal fylle siden.',
        // Østfold names no satsinger: each tiltak hangs directly under its area.
        initiativeIds: [],
        subGoalIds: [],
        focusAreaIds: [area.id],
        crossCuttingProjectId: null,
        guidingStrategyIds: [],
        owner: `Ansvarlig ${n}`,
        partnerIds: i % 2 === 0 ? ['act_borg', 'act_hiof'] : ['act_vk'],
        cost: 150_000 + i * 10_000,
        funding: [
          { id: `f_${a}_${i}_own`, source: 'own', actorId: null, amount: 100_000, status: 'confirmed' },
          { id: `f_${a}_${i}_p`, source: 'partner', actorId: i % 2 === 0 ? 'act_borg' : 'act_vk', amount: 50_000 + i * 10_000, status: i % 3 === 0 ? 'planned' : 'applied' },
        ],
        hours: 40,
        start: '2024-02-01',
        deadline: '2024-11-30',
        kpis: [{ id: `k_${a}_${i}`, indicator: `Deltakere ${n}`, target: 20 + i, unit: 'bedrifter' }],
        priority: ((i % 3) + 1) as 1 | 2 | 3,
        status: 'planned',
        notes: '',
        carriedFromId: null,
        lineageId: `lin_${a}_${i}`,
      });
    }
  });
  return { strategy, plans: [plan], actions };
}

async function openDocument(page: Page, doc: PlanDocument): Promise<void> {
  await page.goto('/');
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Åpne fil …' }).first().click();
  const chooser = await chooserPromise;
  await chooser.setFiles({ name: 'ostfold.handlingsrom', mimeType: 'application/json', buffer: Buffer.from(serializePlanFile(doc, '2024-02-01T00:00:00.000Z'), 'utf8') });
  await expect(page.getByRole('heading', { level: 1, name: 'Strategisk plattform 2024–27' })).toBeVisible();
}

/** The text boxes of elements' contents (not the cells), in page coordinates. */
async function textBoxes(cells: Locator): Promise<Array<{ text: string; left: number; right: number; cellLeft: number; cellRight: number }>> {
  return cells.evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      const c = el.getBoundingClientRect();
      return { text: el.textContent ?? '', left: r.left, right: r.right, cellLeft: c.left, cellRight: c.right };
    }),
  );
}

function pageText(path: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
}

function pageCount(path: string): number {
  return Number(/^Pages:\s*(\d+)/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
}

test('Østfold slides: the strategisk fundament, and basis and three scenarios side by side without overlap', async ({ page, axe }) => {
  const doc = ostfold2024();
  await openDocument(page, doc);
  const id = doc.strategy.id;
  await page.goto(`/#/strategy/${id}/presentasjon/2024`);
  const position = page.locator('[aria-live="polite"]').filter({ hasText: /Lysbilde/ });
  await expect(position).toHaveText(/Lysbilde 1 av/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('region', { name: 'Visjon', exact: true })).toContainText('Sammen får vi ting til å skje!');
  await page.keyboard.press('ArrowRight');
  const fundament = page.getByRole('region', { name: 'Strategisk fundament' });
  await expect(fundament).toBeVisible();
  for (const text of ['Oppdrag', 'Partnerskap for Næringsutvikling i Østfold er et strategisk samhandlingsorgan.', 'Roller', 'Kobler', 'Katalysator', 'Initiativtaker', 'Verdier', 'Tillit', 'Formål']) {
    await expect(fundament).toContainText(text);
  }
  await axe();

  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  const comparison = page.getByRole('region', { name: 'Scenarier side om side' });
  await expect(comparison).toBeVisible();
  const table = comparison.getByRole('table');
  const headers = await textBoxes(table.locator('thead th'));
  expect(headers.map((h) => h.text)).toEqual(['Basis', 'Tilpasset ramme', 'Redusert ramme', 'Høy ambisjon']);
  for (const [i, h] of headers.entries()) {
    expect(h.left, `«${h.text}» starts inside its column`).toBeGreaterThanOrEqual(h.cellLeft - 0.5);
    expect(h.right, `«${h.text}» ends inside its column`).toBeLessThanOrEqual(h.cellRight + 0.5);
    const next = headers[i + 1];
    if (next) expect(h.right, `«${h.text}» ends before «${next.text}»`).toBeLessThanOrEqual(next.left);
  }
  const marginRow = await textBoxes(table.getByRole('row', { name: /^Margin/ }).locator('th, td'));
  for (const [i, cell] of marginRow.entries()) {
    expect(cell.right, `«${cell.text}» stays in its cell`).toBeLessThanOrEqual(cell.cellRight + 0.5);
    const next = marginRow[i + 1];
    if (next) expect(cell.right).toBeLessThanOrEqual(next.left);
  }
});

test('the printed Østfold 2024 plan: every tiltak with its elements, and no heading alone at a page foot', async ({ page }, testInfo) => {
  const doc = ostfold2024();
  await openDocument(page, doc);
  await page.goto(`/#/strategy/${doc.strategy.id}/utskrift/2024`);
  const article = page.getByRole('article', { name: 'Handlingsplan 2024' });
  await expect(article).toBeVisible();
  const bio = article.getByRole('table', { name: 'Tiltak i Bioøkonomi, handlingsplan 2024' });
  for (const header of ['Ansvarlig', 'Start', 'Frist', 'Prioritet']) await expect(bio.locator('thead')).toContainText(header);
  const first = bio.locator('tbody').first();
  await expect(first).toContainText('Ansvarlig 2.1');
  await expect(first).toContainText('01.02.2024');
  await expect(first).toContainText('30.11.2024');
  await expect(first).toContainText('Bør');
  await expect(first).toContainText('SamarbeidspartnereViken fylkeskommune');
  await expect(first).toContainText(/Egne midler: 100\s000 kr \(bekreftet\); Partnerfinansiering – Viken fylkeskommune: 60\s000 kr \(søkt\)/);
  await expect(first).toContainText('KPIDeltakere 2.1: 21 bedrifter');

  const pdfPath = testInfo.outputPath('ostfold-2024.pdf');
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const pages = pageCount(pdfPath);
  expect(pages).toBeGreaterThan(1);
  const areas = doc.strategy.focusAreas;
  let seen = 0;
  for (let p = 1; p <= pages; p++) {
    const lines = pageText(pdfPath, p).split('\n').map((l) => l.trim()).filter(Boolean);
    for (const [a, area] of areas.entries()) {
      const at = lines.findIndex((l) => /^(INNSATSOMRÅDE|STØTTEOMRÅDE)\s/.test(l) && l.endsWith(area.name));
      if (at < 0) continue;
      seen += 1;
      // The heading's first tiltak (Nr a+1.1) is on the same page, below it.
      const firstRow = lines.findIndex((l, i) => i > at && l.startsWith(`${a + 1}.1 `));
      expect(firstRow, `page ${p}: «${area.name}» has its first tiltak on the same page`).toBeGreaterThan(at);
    }
  }
  expect(seen).toBe(areas.length);
});

test('5-faktormodellen and the multi-year overview: axe, keyboard and reflow', async ({ page, axe }) => {
  const doc = ostfold2024();
  await openDocument(page, doc);
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  await nav.getByRole('link', { name: '5-faktormodellen' }).click();
  await page.getByRole('link', { name: /^2024/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '5-faktormodellen 2024' })).toBeVisible();
  await expect(page.getByText('Strategien sier at partnerskapet skal representere alle fem kategoriene.')).toBeVisible();
  const matrix = page.getByRole('table', { name: /Antall aktive tiltak per aktørkategori/ });
  await expect(matrix.getByRole('row', { name: /Hele planen/ })).toContainText('30');
  await expect(matrix.getByRole('row', { name: /Hele planen/ })).toContainText('0 – mangler');
  await expect(page.getByRole('region', { name: 'Funn' })).toContainText('ingen aktør fra kapital');
  await axe();
  // The wide matrix scrolls in its own focusable region.
  await page.getByRole('region', { name: /Antall aktive tiltak per aktørkategori/ }).focus();
  await expect(page.getByRole('region', { name: /Antall aktive tiltak per aktørkategori/ })).toBeFocused();

  await nav.getByRole('link', { name: 'Flerårsoversikt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Flerårsoversikt 2024–2027' })).toBeVisible();
  const years = page.getByRole('table', { name: 'Per år' });
  await expect(years.getByRole('rowheader')).toHaveText(['2024', '2025', '2026', '2027', 'Hele perioden']);
  await page.getByText('Vis tallene som tabell').click();
  await axe();

  // 200 % zoom of a 1280 px window. (At 320 px the app shell itself leaves the screens ~50 px: a shell matter.)
  await page.setViewportSize({ width: 640, height: 800 });
  const overflowing = () =>
    page.locator('.my-screen, .ff-screen').evaluate((screen) =>
      [screen, ...screen.querySelectorAll('*')]
        // Tables and charts scroll or clip inside their own box (two-dimensional content); the box itself must fit.
        .filter((el) => el.closest('.my-table-wrap, .ff-table-wrap, .chart-details, .chart-canvas') === null || el.matches('.my-table-wrap, .ff-table-wrap, .chart-details, .chart-canvas'))
        .filter((el) => el.getBoundingClientRect().right > screen.getBoundingClientRect().right + 1)
        .map((el) => `${el.tagName}.${el.className}`),
    );
  // The charts follow the new width once their resize observer has run.
  await expect.poll(overflowing, { message: 'the multi-year overview reflows at 640 px' }).toEqual([]);
  await nav.getByRole('link', { name: '5-faktormodellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '5-faktormodellen 2024' })).toBeVisible();
  await expect.poll(overflowing, { message: 'the 5-faktor view reflows at 640 px' }).toEqual([]);
});
