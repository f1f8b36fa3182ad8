/**
 * Laptop-first layout and reflow (issue 11, WCAG 1.4.10): every screen of the example plan
 * at 1280×720 and 1366×768 (laptops) and at 320×256 CSS px (1280×1024 at 400 % zoom):
 * - the page never scrolls sideways (a data table scrolls inside its own region instead);
 * - no label, heading or button is clipped (its text wider than its box without an
 *   ellipsis and a tooltip) or covered by something else (elementFromPoint);
 * - axe finds no violations.
 * At 1280×720 each screen's screenshot is attached to the test result. Then the tiltak table
 * at 1280×720 with the detail panel open: at least 12 tiltak rows in sight, and every column
 * reachable by scrolling the grid sideways while Nr and Tittel stay in sight; its filters,
 * density and column widths; and the navigation drawer at 320 px.
 */
import { expect, test } from './fixtures';
import type { Page, TestInfo } from '@playwright/test';

const STRATEGY = '#/strategy/ex_strategy';

interface Screen {
  name: string;
  /** Hash of the screen; null = the start screen. */
  hash: string | null;
  /** Waits for the screen's content. */
  ready(page: Page): Promise<void>;
}

const h1 = (name: string | RegExp) => async (page: Page) => {
  await expect(page.locator('h1').filter({ hasText: name })).toBeAttached();
};

const SCREENS: readonly Screen[] = [
  { name: 'start', hash: null, ready: h1('Handlingsrom') },
  { name: 'foringer', hash: `${STRATEGY}/foringer`, ready: h1(/^Eksempel/) },
  { name: 'rediger-foringer', hash: `${STRATEGY}/rediger-foringer`, ready: h1(/./) },
  { name: 'handlingsplan', hash: `${STRATEGY}/handlingsplan/2025`, ready: h1('Handlingsplan 2025') },
  {
    name: 'handlingsplan-detalj',
    hash: `${STRATEGY}/handlingsplan/2025/ex_act_01`,
    ready: async (page) => {
      await h1('Handlingsplan 2025')(page);
      await expect(page.getByRole('complementary')).toBeVisible();
    },
  },
  { name: 'okonomi', hash: `${STRATEGY}/okonomi/2025`, ready: h1(/^Økonomi/) },
  { name: 'scenarier', hash: `${STRATEGY}/scenarier/2025`, ready: h1(/^Scenarier/) },
  { name: 'flerar', hash: `${STRATEGY}/flerar`, ready: h1(/^Flerårsoversikt/) },
  { name: '5-faktor', hash: `${STRATEGY}/5-faktor/2025`, ready: h1(/^5-faktormodellen/) },
  // The slides load lazily: wait for the slide's heading, not only for <main>.
  { name: 'presentasjon', hash: `${STRATEGY}/presentasjon/2025`, ready: h1(/./) },
  { name: 'utskrift', hash: `${STRATEGY}/utskrift/2025`, ready: h1(/Handlingsplan 2025/) },
  { name: 'utskrift-lysbilder', hash: `${STRATEGY}/utskrift/2025/lysbilder`, ready: async (page) => expect(page.locator('#pt-slides-title')).toBeAttached() },
  { name: 'versjoner', hash: `${STRATEGY}/versjoner`, ready: h1(/./) },
  { name: 'innstillinger', hash: `${STRATEGY}/innstillinger`, ready: h1(/./) },
];

const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 320, height: 256 },
] as const;

/** Sideways overflow of the page and of the main area (which scrolls on its own on a laptop). */
async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement;
    if (root && root.scrollWidth > window.innerWidth) problems.push(`page scrollWidth ${root.scrollWidth} > ${window.innerWidth}`);
    const main = document.getElementById('main-content');
    if (main && main.scrollWidth > main.clientWidth + 1) problems.push(`main scrollWidth ${main.scrollWidth} > ${main.clientWidth}`);
    return problems;
  });
}

/**
 * Labels, headings and buttons whose text is cut off (wider than the box that clips it,
 * unless it ends in an ellipsis and the full text is in a title) or covered by another
 * element at their centre. Each is scrolled into view first. Inside a data grid cells
 * scroll under the sticky columns by design: there only clipping is checked.
 */
async function clippedOrCovered(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} «${(el.textContent ?? '').trim().slice(0, 40)}»`;
    const candidates = document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, label, legend, button, a.button, summary, [role="columnheader"], th');
    for (const el of candidates) {
      const text = (el.textContent ?? '').trim();
      if (text === '') continue;
      // Not rendered: display none, visibility hidden, a closed <details>.
      if (!el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      // Visually hidden text (1 px boxes) is for screen readers.
      if (box.width <= 2 || box.height <= 2) continue;
      const style = getComputedStyle(el);
      // Inside visually hidden text (clipped to nothing), e.g. a chart's table for screen readers.
      let isHidden = false;
      for (let a: Element | null = el; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        const r = a.getBoundingClientRect();
        if (s.clip !== 'auto' || s.clipPath !== 'none' || r.width <= 2 || r.height <= 2) {
          isHidden = true;
          break;
        }
      }
      if (isHidden) continue;
      const hasTooltip = el.closest('[title]') !== null;
      const isEllipsis = style.textOverflow === 'ellipsis';
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1 && !(isEllipsis && hasTooltip)) {
        problems.push(`clipped: ${describe(el)} (${el.scrollWidth} > ${el.clientWidth})`);
        continue;
      }
      // An ancestor that clips (overflow hidden/clip, not a scroll region) must hold the whole box.
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'hidden' || s.overflowX === 'clip') {
          const r = a.getBoundingClientRect();
          const ellipsisInside = s.textOverflow === 'ellipsis' && a.closest('[title]') !== null;
          if (!ellipsisInside && r.width > 2 && (box.right > r.right + 1 || box.left < r.left - 1)) problems.push(`clipped by ${describe(a)}: ${describe(el)}`);
          break;
        }
        if (s.overflowX === 'auto' || s.overflowX === 'scroll') break;
      }
      if (el.closest('[role="treegrid"], [role="grid"]')) continue;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 12), 0), window.innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      if (hit && hit !== el && !el.contains(hit) && !hit.contains(el) && !(el instanceof HTMLLabelElement && el.control === hit)) {
        problems.push(`covered: ${describe(el)} by ${describe(hit)}`);
      }
    }
    // A select must show its chosen option whole (no «Offentli»): text width against its box
    // less padding and the arrow.
    const canvas = document.createElement('canvas').getContext('2d');
    for (const select of document.querySelectorAll('select')) {
      if (!canvas || !select.checkVisibility()) continue;
      const style = getComputedStyle(select);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = select.selectedOptions[0]?.text ?? '';
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
      if (canvas.measureText(text).width > room + 1) problems.push(`select cut: «${text}» in ${Math.round(room)} px`);
    }
    window.scrollTo(0, 0);
    return problems;
  });
}

async function visit(page: Page, screen: Screen): Promise<void> {
  if (screen.hash === null) await page.goto('/');
  else await page.evaluate((hash) => (location.hash = hash), screen.hash);
  await screen.ready(page);
  // Charts and virtual rows follow the size once their observers have run.
  await page.waitForTimeout(150);
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await testInfo.attach(`${name}-1280x720.png`, { body: await page.screenshot(), contentType: 'image/png' });
}

for (const viewport of VIEWPORTS) {
  test(`every screen reflows at ${viewport.width}×${viewport.height}`, async ({ page, axe, openExample }, testInfo) => {
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    await openExample();
    for (const screen of SCREENS) {
      await test.step(screen.name, async () => {
        await visit(page, screen);
        if (viewport.width === 1280) await attachScreenshot(page, testInfo, screen.name);
        // Soft: one run names every screen that fails, not only the first.
        await expect.soft.poll(() => sidewaysOverflow(page), { message: `${screen.name}: no sideways page scrolling`, timeout: 3000 }).toEqual([]);
        expect.soft(await clippedOrCovered(page), `${screen.name}: nothing clipped or covered`).toEqual([]);
        await axe({ label: screen.name });
      });
    }
  });
}

/** Rows of the grid (tiltak or group) wholly inside the grid's visible area, below its header. */
async function rowsInSight(page: Page, kind: 'action' | 'any'): Promise<number> {
  return page.getByRole('treegrid').evaluate((grid, k) => {
    const box = grid.getBoundingClientRect();
    const head = grid.querySelector('[role="row"]')?.getBoundingClientRect().bottom ?? box.top;
    const rows = [...grid.querySelectorAll('.pl-grid-body [role="row"]')].filter((r) => k === 'any' || r.classList.contains('pl-row-action'));
    return rows.filter((r) => {
      const rb = r.getBoundingClientRect();
      return rb.top >= head - 1 && rb.bottom <= Math.min(box.bottom, window.innerHeight) + 1;
    }).length;
  }, kind);
}

test('at 1280×720 with the detail panel open: ≥ 12 tiltak rows, every column reachable with Nr and Tittel in sight', async ({ page, openExample }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExample();
  const detail = SCREENS.find((s) => s.name === 'handlingsplan-detalj');
  if (!detail) throw new Error('handlingsplan-detalj missing');
  await visit(page, detail);
  await expect(page.getByRole('complementary')).toBeVisible();
  // The whole window, no page scrolling: the table is in sight without scrolling the main area.
  expect(await page.locator('#main-content').evaluate((m) => m.scrollHeight <= m.clientHeight + 1)).toBe(true);
  expect(await rowsInSight(page, 'action')).toBeGreaterThanOrEqual(12);
  await attachScreenshot(page, testInfo, 'handlingsplan-detalj-rows');

  const grid = page.getByRole('treegrid');
  const headers = grid.getByRole('columnheader');
  const names = await headers.allInnerTexts();
  expect(names.length).toBe(10);
  // Scroll the grid sideways step by step: each column comes wholly into sight at some
  // point, and Nr and Tittel (header and first tiltak row) never leave it.
  const seen = new Set<number>();
  for (let step = 0; step < 12; step++) {
    const state = await grid.evaluate((g, i) => {
      g.scrollLeft = i * 120;
      const box = g.getBoundingClientRect();
      const inside = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return r !== undefined && r.left >= box.left - 1 && r.right <= box.right + 1 && r.width > 0;
      };
      const hs = [...g.querySelectorAll('[role="columnheader"]')];
      const row = g.querySelector('.pl-row-action');
      const atPoint = (el: Element | null | undefined) => {
        const r = el?.getBoundingClientRect();
        if (!r) return false;
        const hit = document.elementFromPoint(r.left + 8, r.top + r.height / 2);
        return hit !== null && el !== null && el !== undefined && (el === hit || el.contains(hit));
      };
      return {
        visible: hs.map((h, n) => (inside(h) ? n : -1)).filter((n) => n >= 0),
        stickyInSight: inside(hs[0] ?? null) && inside(hs[1] ?? null) && atPoint(row?.querySelector('.pl-col-number')) && atPoint(row?.querySelector('.pl-col-title')),
        atEnd: g.scrollLeft + g.clientWidth >= g.scrollWidth - 1,
      };
    }, step);
    state.visible.forEach((n) => seen.add(n));
    expect(state.stickyInSight, `Nr and Tittel in sight at scroll step ${step}`).toBe(true);
    if (state.atEnd) break;
  }
  expect([...seen].sort((a, b) => a - b)).toEqual(names.map((_, i) => i));
});

test('the tiltak toolbar: «Filtre (n)» opens the filters, active ones are removable chips; density and column widths are remembered', async ({ page, axe, openExample }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  const toolbar = page.getByRole('search', { name: 'Verktøy for tiltak' });
  const filtersButton = toolbar.getByRole('button', { name: 'Filtre (0)' });
  await expect(filtersButton).toHaveAttribute('aria-expanded', 'false');
  await expect(toolbar.getByRole('combobox', { name: 'Status', exact: true })).toBeHidden();
  await filtersButton.click();
  await toolbar.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Pågår' });
  await expect(toolbar.getByRole('button', { name: 'Filtre (1)' })).toHaveAttribute('aria-expanded', 'true');
  await axe({ label: 'filters open' });
  const chip = toolbar.getByRole('list', { name: 'Aktive filtre' }).getByRole('button', { name: 'Fjern filteret Status: Pågår' });
  await expect(chip).toBeVisible();
  await chip.click();
  await expect(toolbar.getByRole('button', { name: 'Filtre (0)' })).toBeVisible();
  await expect(toolbar.getByRole('list', { name: 'Aktive filtre' })).toHaveCount(0);

  // «Kolonner»: hide Ansvarlig; the arrow keys step over it; Escape closes the chooser.
  const columns = toolbar.getByRole('button', { name: 'Kolonner' });
  await columns.click();
  await toolbar.getByRole('checkbox', { name: 'Ansvarlig' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(columns).toBeFocused();
  await expect(page.getByRole('columnheader', { name: /Ansvarlig/ })).toBeHidden();
  const titleCell = page.locator('.pl-grid-body .pl-row-action').first().locator('.pl-col-title');
  await titleCell.click();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.pl-grid-body .pl-row-action').first().locator('.pl-col-cost')).toBeFocused();
  await columns.click();
  await toolbar.getByRole('checkbox', { name: 'Ansvarlig' }).check();
  await expect(page.getByRole('columnheader', { name: /Ansvarlig/ })).toBeVisible();

  // Density: normal rows are taller than compact ones.
  const rowHeight = () => page.locator('.pl-grid-body .pl-row-action').first().evaluate((r) => r.getBoundingClientRect().height);
  expect(await rowHeight()).toBe(26);
  await toolbar.getByLabel('Tetthet').selectOption('normal');
  await expect.poll(rowHeight).toBe(36);

  // Column width by keyboard on the resize handle; both remembered after a reload.
  const titleHeader = page.getByRole('columnheader', { name: /Tittel/ });
  const before = await titleHeader.evaluate((h) => h.getBoundingClientRect().width);
  const handle = page.getByRole('separator', { name: 'Bredde på kolonnen Tittel' });
  await handle.focus();
  await handle.press('ArrowRight');
  await handle.press('ArrowRight');
  await expect.poll(() => titleHeader.evaluate((h) => h.getBoundingClientRect().width)).toBeGreaterThan(before + 20);
  const after = await titleHeader.evaluate((h) => Math.round(h.getBoundingClientRect().width));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible();
  await expect.poll(rowHeight).toBe(36);
  expect(await page.getByRole('columnheader', { name: /Tittel/ }).evaluate((h) => Math.round(h.getBoundingClientRect().width))).toBe(after);
});

test('at 320 px the navigation is a drawer behind «Meny»: Escape closes it and focus returns', async ({ page, openExample }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await openExample();
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  const menu = page.getByRole('button', { name: 'Meny' });
  await expect(nav).toBeHidden();
  await menu.focus();
  await menu.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  // Focus moves into the drawer, on its first link.
  await expect(nav.getByRole('link', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  // A link closes it, and the screen changes.
  await menu.press('Enter');
  await nav.getByRole('link', { name: 'Økonomi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Økonomi/ })).toBeVisible();
  await expect(nav).toBeHidden();
  // «Mer» in the header: the rest of the commands, closed by Escape.
  const more = page.getByRole('button', { name: 'Mer' });
  await more.click();
  await expect(page.getByRole('button', { name: 'Lagre som …' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Lagre som …' })).toBeHidden();
});

/** The open modal dialog's sideways overflow at the current width: [] when it reflows. */
async function dialogOverflow(page: Page): Promise<string[]> {
  return page.locator('dialog[open]').evaluate((dialog) => {
    const problems: string[] = [];
    const box = dialog.getBoundingClientRect();
    if (box.left < -1 || box.right > window.innerWidth + 1) problems.push(`dialog ${Math.round(box.left)}–${Math.round(box.right)} px in a ${window.innerWidth} px window`);
    if (dialog.scrollWidth > dialog.clientWidth + 1) problems.push(`dialog scrolls sideways (${dialog.scrollWidth} > ${dialog.clientWidth})`);
    return problems;
  });
}

test('the dialogs reflow at 320 px: inside the window, no sideways scrolling, axe-clean', async ({ page, axe, openExample }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await openExample();
  await page.setViewportSize({ width: 320, height: 256 });
  const openers = [
    { name: 'carry-over', hash: `${STRATEGY}/handlingsplan/2025`, button: 'Viderefør uferdige tiltak til 2026 …' },
    { name: 'close-period', hash: `${STRATEGY}/oppfolging/2025/T2`, button: 'Lukk perioden' },
    { name: 'team-share', hash: `${STRATEGY}/foringer`, button: 'Del med teamet …' },
  ];
  for (const opener of openers) {
    await test.step(opener.name, async () => {
      await page.evaluate((hash) => (location.hash = hash), opener.hash);
      const button = page.getByRole('button', { name: opener.button }).first();
      await button.scrollIntoViewIfNeeded();
      await button.click();
      await expect(page.locator('dialog[open]')).toBeVisible();
      await page.waitForTimeout(150);
      expect.soft(await dialogOverflow(page), `${opener.name}: the dialog reflows`).toEqual([]);
      await axe({ label: `${opener.name} dialog at 320 px` });
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open]')).toHaveCount(0);
    });
  }
});
