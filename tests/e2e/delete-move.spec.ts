/**
 * Deleting a satsing in the føringer editor asks where its tiltak go, and the choice is not
 * only another satsing: an innsatsområde or støtteområde directly, or a delmål. In Chromium
 * with the example plan: «Klimatilpasning» (two tiltak) moves directly under «Klima, miljø og
 * natur», «Godstransport og logistikk» (two tiltak) under the delmål of «Næringsutvikling» —
 * the areas' totals in the table follow, and nothing lands in «Uten kobling».
 * Deleting an innsatsområde names its satsinger and asks whether they go with it or move to
 * another innsatsområde with their tiltak.
 */
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

function nav(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name, exact: true });
}

/** The table's level-1 group row summary of an area («4 tiltak · 620 000 kr»). */
function areaRow(page: Page, name: string): Locator {
  return page.getByRole('treegrid').locator('[role="row"][aria-level="1"]').filter({ has: page.locator('.pl-group-label', { hasText: new RegExp(`^${name}$`) }) });
}

async function summaries(page: Page): Promise<Record<string, string>> {
  await nav(page, 'Handlingsplan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible();
  const out: Record<string, string> = {};
  for (const name of ['Næringsutvikling', 'Klima, miljø og natur', 'Samferdsel']) out[name] = ((await areaRow(page, name).locator('.pl-group-summary').textContent()) ?? '').replace(/\s/g, ' ');
  return out;
}

async function deleteInitiative(page: Page, area: string, name: string, target: { label: string } | { value: string }, axe: () => Promise<void>): Promise<void> {
  await nav(page, 'Rediger føringer').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rediger føringene' })).toBeVisible();
  await press(page.getByRole('group', { name: `Satsinger under ${area}` }).getByRole('button', { name: `Slett «${name}»` }));
  const dialog = page.getByRole('dialog', { name: `Slette ${name}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('2 tiltak hører til her. Velg hvor de skal flyttes:');
  const select = dialog.getByLabel('Flytt tiltakene til');
  // Every level is offered: areas directly (also the støtteområder of other strategies), delmål, satsinger, prosjekter.
  const options = (await select.locator('option').allTextContents()).map((o) => o.trim());
  expect(options).toEqual(
    expect.arrayContaining([
      'Direkte under Næringsutvikling',
      'Direkte under Klima, miljø og natur',
      'Direkte under Samferdsel',
      expect.stringMatching(/^Delmål: bli ledende innen grønn innovasjon/),
      'Grønn innovasjon og kraft',
      'Regional energiomstilling (oppdiktet)',
    ]),
  );
  expect(options).not.toContain(name);
  await expect(dialog.getByRole('button', { name: 'Slett' })).toBeDisabled();
  await select.focus();
  await select.selectOption(target);
  await axe();
  await press(dialog.getByRole('button', { name: 'Slett' }));
  await expect(dialog).toBeHidden();
}

test('deleting a satsing moves its tiltak directly under an area or under a delmål', async ({ page, axe, openExample }) => {
  test.setTimeout(120_000);
  // A tall window: the virtualized table renders every group row.
  await page.setViewportSize({ width: 1280, height: 3000 });
  await openExample();
  const before = await summaries(page);

  await deleteInitiative(page, 'Klima, miljø og natur', 'Klimatilpasning', { label: 'Direkte under Klima, miljø og natur' }, () => axe({ include: 'dialog' }));
  const afterArea = await summaries(page);
  // Same area: its totals are unchanged, and the two tiltak now stand directly under it (no satsing row).
  expect(afterArea).toEqual(before);
  await expect(page.getByRole('treegrid').locator('[role="row"][aria-level="2"]').filter({ hasText: 'Klimatilpasning' })).toHaveCount(0);
  await expect(page.getByRole('treegrid').getByText('Uten kobling', { exact: true })).toHaveCount(0);

  const delmal = 'Delmål: bli ledende innen grønn innovasjon, kraftutnyttelse, digitalisering og KI med god tilgang på kompetanse for å nå felles mål';
  await deleteInitiative(page, 'Samferdsel', 'Godstransport og logistikk', { label: delmal }, () => axe({ include: 'dialog' }));
  const afterSubGoal = await summaries(page);
  // The two tiltak (one of them also under a prosjekt) left Samferdsel for Næringsutvikling.
  const n = (s: string | undefined) => Number(/^(\d+)/.exec(s ?? '')?.[1]);
  const kr = (s: string | undefined) => Number((s ?? '').split('·')[1]?.replace(/\D/g, ''));
  expect(n(afterSubGoal['Næringsutvikling']) - n(before['Næringsutvikling'])).toBe(2);
  expect(n(before['Samferdsel']) - n(afterSubGoal['Samferdsel'])).toBe(2);
  expect(kr(afterSubGoal['Næringsutvikling']) - kr(before['Næringsutvikling'])).toBe(kr(before['Samferdsel']) - kr(afterSubGoal['Samferdsel']));
  await expect(page.getByRole('treegrid').locator('[role="row"][aria-level="2"]').filter({ hasText: /^▾?\s*bli ledende innen grønn innovasjon/ })).toHaveCount(1);
});

test('deleting an innsatsområde asks what happens to its satsinger and can move them, with their tiltak, to another', async ({ page, axe, openExample }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 3000 });
  await openExample();
  const before = await summaries(page);

  await nav(page, 'Rediger føringer').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rediger føringene' })).toBeVisible();
  await press(page.getByRole('button', { name: 'Slett «By- og regionalutvikling»', exact: true }));
  const dialog = page.getByRole('dialog', { name: 'Slette By- og regionalutvikling?' });
  await expect(dialog).toBeVisible();
  const question = dialog.getByRole('group', { name: /^Under innsatsområdet står 2 satsinger: Flerkjernet utvikling, Attraktive byer og tettsteder\./ });
  await expect(question).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Slett' })).toBeDisabled();
  await press(question.getByLabel('Flytt satsingene til et annet innsatsområde (tiltakene deres følger med)'), 'Space');
  const to = dialog.getByLabel('Innsatsområde for satsingene');
  await to.focus();
  await to.selectOption({ label: 'Klima, miljø og natur' });
  await axe({ include: 'dialog' });
  await press(dialog.getByRole('button', { name: 'Slett' }));
  await expect(dialog).toBeHidden();

  const after = await summaries(page);
  const n = (s: string | undefined) => Number(/^(\d+)/.exec(s ?? '')?.[1]);
  expect(n(after['Klima, miljø og natur'])).toBeGreaterThan(n(before['Klima, miljø og natur']));
  expect(after['Næringsutvikling']).toBe(before['Næringsutvikling']);
  const grid = page.getByRole('treegrid');
  await expect(areaRow(page, 'By- og regionalutvikling')).toHaveCount(0);
  for (const satsing of ['Flerkjernet utvikling', 'Attraktive byer og tettsteder']) {
    await expect(grid.locator('[role="row"][aria-level="2"]').filter({ hasText: satsing })).toHaveCount(1);
  }
  await expect(grid.getByText('Uten kobling', { exact: true })).toHaveCount(0);
});
