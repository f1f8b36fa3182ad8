/**
 * The planning workspace end to end, in Chromium against the built renderer: from the
 * Osloregionen template, a second satsing and two aktører in the føringer editor, the
 * 2025 handlingsplan with a frame and two complete tiltak, the Økonomi view's totals, an
 * overrun named to the krone, fit-to-frame as a scenario copy, a finding that jumps to its
 * tiltak, a reload mid-edit, 20 undos, and carrying unfinished tiltak over to 2026.
 * Keyboard where a user would use it; axe on every screen.
 */
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { serializePlanFile } from '@shared/domain/plan-file';
import { generateLargeDocument } from '@shared/templates';

/** «2 000 000 kr» as a regex that accepts any space (nb-NO uses no-break spaces). */
function nb(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'));
}

function nav(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name, exact: true });
}

/** Focuses a control and activates it with the keyboard. */
async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

/** Types into a field the way a user does (select all, type, Tab away — which commits). */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.press('Control+a');
  await field.pressSequentially(text);
  await field.press('Tab');
}

function grid(page: Page): Locator {
  return page.getByRole('treegrid');
}

/** The grid cell of a tiltak row (found by its title) in a column. */
function cell(page: Page, title: string, column: string): Locator {
  const columns = ['Nr', 'Tittel', 'Ansvarlig', 'Kostnad', 'Egne midler', 'Udekket', 'Frist', 'Prioritet', 'Status', 'Funn'];
  const row = grid(page).getByRole('row').filter({ hasText: title });
  return row.locator(`[aria-colindex="${columns.indexOf(column) + 1}"]`);
}

async function addTiltak(
  page: Page,
  t: {
    title: string;
    initiative: string;
    uncheck?: string;
    owner: string;
    partner: string;
    cost: string;
    hours: string;
    deadline: string;
    own: string;
    second: { source: 'own' | 'partner' | 'external'; actor: string; status: 'confirmed' | 'applied' | 'planned' };
    kpi: [string, string, string];
  },
): Promise<void> {
  await press(page.getByRole('button', { name: 'Nytt tiltak' }));
  // The new tiltak's title is being edited in the table; typing replaces «Nytt tiltak».
  const titleEditor = grid(page).getByRole('textbox', { name: /^Tittel for tiltak/ });
  await expect(titleEditor).toBeFocused();
  await titleEditor.pressSequentially(t.title);
  await titleEditor.press('Enter');
  await expect(cell(page, t.title, 'Tittel')).toBeVisible();

  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(t.title);
  if (t.uncheck) await panel.getByRole('checkbox', { name: t.uncheck, exact: true }).uncheck();
  await press(panel.getByRole('checkbox', { name: t.initiative, exact: true }), 'Space');
  await expect(panel.getByRole('checkbox', { name: t.initiative, exact: true })).toBeChecked();
  await typeInto(panel.getByLabel('Ansvarlig'), t.owner);
  await press(panel.getByRole('checkbox', { name: new RegExp(`^${t.partner}`) }), 'Space');
  await typeInto(panel.getByLabel('Kostnad (kr)'), t.cost);
  await typeInto(panel.getByLabel('Timeverk'), t.hours);
  await typeInto(panel.getByLabel('Frist'), t.deadline);

  // Funding line 1: own funds (the first line defaults to egne midler and the uncovered amount).
  await press(panel.getByRole('button', { name: 'Legg til finansieringslinje' }));
  const amounts = panel.getByLabel('Beløp (kr)');
  await expect(amounts).toHaveCount(1);
  await typeInto(amounts.nth(0), t.own);
  await panel.getByLabel('Status', { exact: true }).nth(0).selectOption('confirmed');
  // Funding line 2: partner or external, from an aktør; the amount defaults to what is still uncovered.
  await press(panel.getByRole('button', { name: 'Legg til finansieringslinje' }));
  await expect(amounts).toHaveCount(2);
  await panel.getByLabel('Kilde').nth(1).selectOption(t.second.source);
  await panel.getByLabel('Aktør', { exact: true }).nth(1).selectOption({ label: t.second.actor });
  await panel.getByLabel('Status', { exact: true }).nth(1).selectOption(t.second.status);
  await expect(panel.getByText('Udekket', { exact: true }).locator('..')).toContainText(nb('0 kr'));

  await press(panel.getByRole('button', { name: 'Legg til KPI' }));
  await typeInto(panel.getByLabel('Indikator').last(), t.kpi[0]);
  await typeInto(panel.getByLabel('Målverdi').last(), t.kpi[1]);
  await typeInto(panel.getByLabel('Enhet').last(), t.kpi[2]);
  await expect(panel.getByLabel('Indikator').last()).toHaveValue(t.kpi[0]);
}

test('from template to a checked, carried-over handlingsplan', async ({ page, axe }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await page.getByRole('button', { name: /Start fra «Strategiske føringer 2025–2028»/ }).click();
  await expect(nav(page, 'Rediger føringer')).toBeVisible();

  // Føringer editor: a second satsing under Næringsutvikling and two aktører.
  await nav(page, 'Rediger føringer').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rediger føringene' })).toBeVisible();
  const business = page.getByRole('group', { name: 'Satsinger under Næringsutvikling' });
  await expect(business.getByRole('listitem')).toHaveCount(1);
  await press(business.getByRole('button', { name: 'Legg til satsing' }));
  const newName = business.getByLabel('Navn').nth(1);
  await expect(newName).toBeFocused();
  await newName.pressSequentially('Digitalisering og KI');
  await newName.press('Tab');
  await expect(business.getByLabel('Navn').nth(1)).toHaveValue('Digitalisering og KI');
  // Reorder by keyboard and back: Flytt opp keeps focus on the moved element's button.
  const up = business.getByRole('button', { name: 'Flytt opp «Digitalisering og KI»' });
  await press(up);
  await expect(business.getByLabel('Navn').nth(0)).toHaveValue('Digitalisering og KI');
  await expect(business.getByRole('button', { name: 'Flytt opp «Digitalisering og KI»' })).toBeFocused();
  await press(business.getByRole('button', { name: 'Flytt ned «Digitalisering og KI»' }));
  await expect(business.getByLabel('Navn').nth(1)).toHaveValue('Digitalisering og KI');

  const actors = page.getByRole('region', { name: 'Aktører' });
  for (const [name, category] of [
    ['Universitetet i Oslo', 'research'],
    ['Innovasjon Norge', 'capital'],
  ] as const) {
    await press(actors.getByRole('button', { name: 'Legg til aktør' }));
    const field = actors.getByLabel('Navn').last();
    await expect(field).toBeFocused();
    await field.pressSequentially(name);
    await field.press('Tab');
    await actors.getByLabel('Kategori (5-faktormodellen)').last().selectOption(category);
  }
  await expect(actors.getByRole('listitem')).toHaveCount(2);
  await axe();

  // Handlingsplan 2025: created empty.
  await nav(page, 'Handlingsplan').click();
  await page.getByRole('navigation', { name: 'År i perioden' }).getByRole('link', { name: /2025/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible();
  await axe();
  await press(page.getByRole('button', { name: 'Opprett tom plan for 2025' }));
  await expect(page.getByText('Planen har ingen tiltak ennå.')).toBeVisible();

  // Økonomi: the frame.
  await nav(page, 'Økonomi').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Økonomi 2025' })).toBeVisible();
  await typeInto(page.getByLabel('Egne midler (kr)'), '2 000 000');
  await typeInto(page.getByLabel('Kapasitet (timer)'), '3000');
  await expect(page.getByLabel('Egne midler (kr)')).toHaveValue(nb('2 000 000'));
  await expect(page.getByLabel('Kapasitet (timer)')).toHaveValue(nb('3 000'));

  // Two complete tiltak under two satsinger.
  await nav(page, 'Handlingsplan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible();
  await addTiltak(page, {
    title: 'Kartlegging av kraftbehov',
    initiative: 'Grønn innovasjon og kraft',
    owner: 'Sekretariatet',
    partner: 'Universitetet i Oslo',
    cost: '800 000',
    hours: '1 200',
    deadline: '30.11.2025',
    own: '500 000',
    second: { source: 'partner', actor: 'Universitetet i Oslo', status: 'confirmed' },
    kpi: ['Rapport levert', '1', 'stk'],
  });
  await axe();
  await addTiltak(page, {
    title: 'KI-verksted for små bedrifter',
    uncheck: 'Grønn innovasjon og kraft',
    initiative: 'Digitalisering og KI',
    owner: 'Universitetet i Oslo',
    partner: 'Innovasjon Norge',
    cost: '1 200 000',
    hours: '1 500',
    deadline: '15.10.2025',
    own: '1 000 000',
    second: { source: 'external', actor: 'Innovasjon Norge', status: 'applied' },
    kpi: ['Deltakere', '40', 'personer'],
  });
  await expect(grid(page).getByRole('row').filter({ hasText: /Grønn innovasjon og kraft\s*1 tiltak/ })).toHaveCount(1);
  await expect(grid(page).getByRole('row').filter({ hasText: /Digitalisering og KI\s*1 tiltak/ })).toHaveCount(1);
  await expect(cell(page, 'KI-verksted', 'Egne midler')).toHaveText(nb('1 000 000 kr'));
  await expect(cell(page, 'KI-verksted', 'Frist')).toHaveText('15.10.2025');

  // Økonomi shows the right totals and margin.
  await nav(page, 'Økonomi').click();
  const totals = page.getByRole('region', { name: 'Ambisjonssjekk' });
  const total = (label: string) => totals.getByText(label, { exact: true }).locator('xpath=following-sibling::dd');
  await expect(total('Kostnad')).toHaveText(nb('2 000 000 kr'));
  await expect(total('Egne midler')).toHaveText(nb('1 500 000 kr'));
  await expect(total('Partnerfinansiering')).toHaveText(nb('300 000 kr'));
  await expect(total('Eksterne midler')).toHaveText(nb('200 000 kr'));
  await expect(total('Udekket')).toHaveText(nb('0 kr'));
  await expect(total('Margin')).toHaveText(nb('500 000 kr (25 %)'));
  await expect(total('Timeverk')).toHaveText(nb('2 700 timer'));
  await expect(totals.getByRole('status')).toHaveText(nb('Innenfor rammen: 500 000 kr igjen av egne midler.'));
  await expect(page.getByRole('region', { name: 'Tilpass til rammen' })).toContainText('Planen er innenfor rammen.');
  await axe();

  // Raise own funds over the frame in the table, by keyboard: cost and egne midler of tiltak 2.
  await nav(page, 'Handlingsplan').click();
  await cell(page, 'KI-verksted', 'Tittel').click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(cell(page, 'KI-verksted', 'Kostnad')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('1 900 000');
  await page.keyboard.press('Tab');
  await expect(cell(page, 'KI-verksted', 'Egne midler')).toBeFocused();
  await page.keyboard.press('Enter');
  // Invalid input: a Norwegian message at the cell, nothing changes, the text stays.
  await page.keyboard.type('1 700 000,50');
  await page.keyboard.press('Enter');
  const ownEditor = grid(page).getByRole('textbox', { name: /^Egne midler for tiltak/ });
  await expect(grid(page).getByRole('alert')).toContainText('hele kroner');
  await expect(ownEditor).toHaveValue('1 700 000,50');
  await ownEditor.press('Control+a');
  await ownEditor.pressSequentially('1 700 000');
  await ownEditor.press('Enter');
  await expect(cell(page, 'KI-verksted', 'Egne midler')).toHaveText(nb('1 700 000 kr'));
  await expect(cell(page, 'KI-verksted', 'Kostnad')).toHaveText(nb('1 900 000 kr'));

  await nav(page, 'Økonomi').click();
  await expect(totals.getByRole('status')).toHaveText(nb('Over rammen med 200 000 kr (10 %).'));
  const findings = page.getByRole('region', { name: /^Funn/ });
  await expect(findings.getByRole('listitem').filter({ hasText: 'Feil' }).first()).toContainText(
    nb('Egne midler i tiltakene (2 200 000 kr) overskrider rammen (2 000 000 kr) med 200 000 kr (10 %).'),
  );
  // Fit to frame: postpone the smallest tiltak that covers the overrun.
  const fit = page.getByRole('region', { name: 'Tilpass til rammen' });
  await expect(fit).toContainText(nb('Egne midler er 200 000 kr over rammen.'));
  await expect(fit.getByRole('row')).toHaveCount(2);
  await expect(fit.getByRole('row').nth(1)).toContainText('Kartlegging av kraftbehov');
  await expect(fit).toContainText(nb('Sparer 500 000 kr; egne midler blir 1 700 000 kr mot rammen 2 000 000 kr.'));
  await press(fit.getByRole('button', { name: 'Bruk på en kopi' }));
  await expect(fit.getByRole('status')).toHaveText('Scenarioet «Tilpasset rammen 2025» er opprettet. Handlingsplanen er uendret.');
  await expect(fit.getByRole('link', { name: 'Åpne scenarier' })).toHaveAttribute('href', /scenarier\/2025\/scn_/);
  await expect(totals.getByRole('status')).toHaveText(nb('Over rammen med 200 000 kr (10 %).'));
  await axe();

  // A finding jumps to its tiltak: the plan screen opens with the tiltak selected.
  await findings.getByRole('link', { name: 'Gå til tiltak 2' }).first().click();
  await expect(page).toHaveURL(/handlingsplan\/2025\/act_/);
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('KI-verksted for små bedrifter');
  await expect(grid(page).getByRole('row', { selected: true })).toContainText('KI-verksted');

  // Reload mid-edit: typed but not yet committed text is kept — in the detail panel …
  await panel.getByLabel('Notater').fill('Avklares med styret i mars');
  await page.reload();
  await expect(page.getByRole('complementary').getByLabel('Notater')).toHaveValue('Avklares med styret i mars');
  // … and in a table cell.
  await cell(page, 'KI-verksted', 'Ansvarlig').click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Kari Nordmann');
  await page.reload();
  await expect(cell(page, 'KI-verksted', 'Ansvarlig')).toHaveText('Kari Nordmann');
  // A second reload at once, before the autosave has stored the restored text: the draft
  // stays in the draft store until its edit is stored, so it comes back again.
  await page.reload();
  await expect(cell(page, 'KI-verksted', 'Ansvarlig')).toHaveText('Kari Nordmann');
  // And once the app says it is stored, it stays (the draft is gone; the table holds it).
  await expect(page.getByText('Alle endringer er lagret i appen')).toBeVisible();
  await page.reload();
  await expect(cell(page, 'KI-verksted', 'Ansvarlig')).toHaveText('Kari Nordmann');
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes(':cell:')))).toEqual([]);

  // Undo 20 edits: back where it began.
  const before = await grid(page).innerText();
  await cell(page, 'Kartlegging', 'Tittel').click();
  for (let i = 1; i <= 10; i++) {
    await cell(page, 'Kartlegging', 'Tittel').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type(`Kartlegging v${i}`);
    await page.keyboard.press('Enter');
    await cell(page, 'KI-verksted', 'Ansvarlig').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type(`Eier ${i}`);
    await page.keyboard.press('Enter');
  }
  await expect(cell(page, 'Kartlegging', 'Tittel')).toHaveText('Kartlegging v10');
  await expect(cell(page, 'KI-verksted', 'Ansvarlig')).toHaveText('Eier 10');
  for (let i = 0; i < 19; i++) await page.keyboard.press('Control+z');
  await expect(cell(page, 'Kartlegging', 'Tittel')).toHaveText('Kartlegging v1');
  expect(await grid(page).innerText()).not.toBe(before);
  await page.keyboard.press('Control+z');
  await expect.poll(() => grid(page).innerText()).toBe(before);

  // Carry over: tiltak 1 is done, so only tiltak 2 continues in 2026; 2025 is unchanged.
  await cell(page, 'Kartlegging av kraftbehov', 'Status').focus();
  await page.keyboard.press('Enter');
  await grid(page).getByRole('combobox', { name: /^Status for tiltak 1/ }).selectOption('done');
  await page.keyboard.press('Enter');
  await expect(cell(page, 'Kartlegging av kraftbehov', 'Status')).toHaveText('Fullført');
  const plan2025 = await grid(page).innerText();
  await press(page.getByRole('button', { name: 'Viderefør uferdige tiltak til 2026 …' }));
  const carryDialog = page.getByRole('dialog', { name: 'Viderefør tiltak fra 2025 til 2026' });
  await expect(carryDialog.getByRole('checkbox', { name: /^Ta med tiltak 2 KI-verksted/ })).toBeChecked();
  await expect(carryDialog.getByRole('checkbox', { name: /^Ta med tiltak 1 / })).toHaveCount(0);
  await carryDialog.getByRole('checkbox', { name: 'Flytt start og frist 1 år fram' }).check();
  await press(carryDialog.getByRole('button', { name: 'Viderefør', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2026' })).toBeFocused();
  await expect(grid(page).getByRole('row').filter({ hasText: 'KI-verksted for små bedrifter' })).toHaveCount(1);
  await expect(grid(page).getByRole('row').filter({ hasText: 'Kartlegging av kraftbehov' })).toHaveCount(0);
  await expect(cell(page, 'KI-verksted', 'Frist')).toHaveText('15.10.2026');
  await expect(cell(page, 'KI-verksted', 'Egne midler')).toHaveText(nb('1 700 000 kr'));
  await axe();
  await page.getByRole('button', { name: 'Åpne tiltak 2' }).click();
  await expect(page.getByRole('complementary').getByRole('link', { name: /^2025: tiltak 2/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'År i perioden' }).getByRole('link', { name: /2025/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible();
  await expect.poll(() => grid(page).innerText()).toBe(plan2025);
});

test('the tiltak table by keyboard: Esc cancels, Space and Ctrl+A select, bulk priority, adopted plan is read-only', async ({ page, axe, openExample }) => {
  await openExample('Handlingsplan', 'Handlingsplan 2025');

  // Tab into the grid: the first tiltak's title becomes the active cell.
  await grid(page).focus();
  const active = page.locator('[role="gridcell"][tabindex="0"]');
  await expect(active).toBeFocused();
  await expect(active).toHaveAttribute('aria-colindex', '2');
  const firstTitle = (await active.innerText()).trim();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Skal ikke lagres');
  await page.keyboard.press('Escape');
  await expect(active).toHaveText(firstTitle);
  await expect(active).toBeFocused();

  // Space selects, Ctrl+A selects all shown, a bulk change applies to all of them.
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Endre valgte tiltak' })).toContainText('1 tiltak valgt');
  await page.getByLabel('Søk').fill('Kartlegging');
  const shown = page.getByText(/^\d+ av 25 tiltak vises$/);
  await expect(shown).not.toHaveText('25 av 25 tiltak vises');
  const count = Number((await shown.innerText()).split(' ')[0]);
  expect(count).toBeGreaterThan(0);
  await grid(page).focus();
  await page.keyboard.press('Control+a');
  await expect(page.getByRole('region', { name: 'Endre valgte tiltak' })).toContainText(`${count} tiltak valgt`);
  await expect(grid(page).getByRole('row', { selected: true })).toHaveCount(count);
  await page.getByLabel('Søk').fill('');
  await grid(page).focus();
  await page.keyboard.press('Control+a');
  await expect(page.getByRole('region', { name: 'Endre valgte tiltak' })).toContainText('25 tiltak valgt');
  await page.getByRole('region', { name: 'Endre valgte tiltak' }).getByLabel('Sett prioritet …').selectOption('1');
  await expect(grid(page).getByRole('row').filter({ hasText: '2 – bør' })).toHaveCount(0);
  await expect(grid(page).getByRole('row').filter({ hasText: '1 – må' }).first()).toBeVisible();

  // Sorting by a column header.
  await page.getByRole('columnheader', { name: 'Kostnad' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Kostnad' })).toHaveAttribute('aria-sort', 'ascending');

  // Adopted: read-only until reopened (with confirmation).
  await page.getByLabel('Planstatus').selectOption('adopted');
  // Not adopted yet: the select shows the real status until «Marker som vedtatt».
  await expect(page.getByLabel('Planstatus')).toHaveValue('draft');
  await typeInto(page.getByLabel('Vedtatt dato'), '12.12.2024');
  await press(page.getByRole('button', { name: 'Marker som vedtatt' }));
  await expect(page.getByText(/ble vedtatt 12\.12\.2024/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nytt tiltak' })).toBeDisabled();
  await grid(page).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Planen er vedtatt og kan ikke endres.' })).toBeVisible();
  await press(page.getByRole('button', { name: 'Gjenåpne planen …' }));
  const dialog = page.getByRole('dialog', { name: 'Gjenåpne handlingsplan 2025?' });
  await expect(dialog).toBeVisible();
  await axe();
  await press(dialog.getByRole('button', { name: 'Gjenåpne' }));
  await expect(page.getByLabel('Planstatus')).toHaveValue('draft');
  await expect(page.getByRole('button', { name: 'Nytt tiltak' })).toBeEnabled();
});

test('10 000 tiltak: the grid renders only what is visible and reaches the last row at once', async ({ page }) => {
  test.setTimeout(180_000);
  const doc = generateLargeDocument({ actions: 10_000, years: 1, seed: 7 });
  await page.goto('/');
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Åpne fil …' }).first().click();
  const chooser = await chooserPromise;
  await chooser.setFiles({ name: 'stor.handlingsrom', mimeType: 'application/json', buffer: Buffer.from(serializePlanFile(doc, '2026-01-01T00:00:00.000Z'), 'utf8') });
  await nav(page, 'Handlingsplan').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(nb('10 000 av 10 000 tiltak vises'))).toBeVisible();
  const rowCount = Number(await grid(page).getAttribute('aria-rowcount'));
  expect(rowCount).toBeGreaterThan(10_000);
  expect(await grid(page).getByRole('row').count()).toBeLessThan(120);

  await grid(page).focus();
  const started = Date.now();
  await page.keyboard.press('Control+End');
  const active = page.locator('[role="gridcell"][tabindex="0"]');
  await expect(active).toBeFocused();
  await expect(active.locator('xpath=..')).toHaveAttribute('aria-rowindex', String(rowCount));
  expect(Date.now() - started).toBeLessThan(5_000);
  expect(await grid(page).getByRole('row').count()).toBeLessThan(120);
});

test('Økonomi charts: the tooltip shown on hover keeps its contrast (axe)', async ({ page, axe, openExample }) => {
  await openExample('Økonomi', 'Økonomi 2025');
  const bars = page.locator('.recharts-bar-rectangle');
  await expect(bars.first()).toBeVisible();
  const count = Math.min(await bars.count(), 12);
  for (let i = 0; i < count; i++) {
    await bars.nth(i).hover({ force: true });
    await expect(page.locator('.recharts-tooltip-wrapper').filter({ visible: true }).first()).toBeVisible();
    await axe({ include: '.recharts-tooltip-wrapper', label: `tooltip of bar ${i}` });
  }
});
