/**
 * Scenarier in the real browser, from the example plan: «Redusert ramme» (frame −20 %
 * with fit-to-frame cuts) and «Høy ambisjon» made by hand (raised frame, a tiltak taken
 * in, a cost changed, one postponed, funding status changed, a tiltak only in the
 * variant), all three compared side by side (and in the exported workbook's Scenarier
 * sheet), a conflict with the basis resolved only by
 * the user's choice, and a variant adopted with the old basis kept. Axe on every screen.
 */
import { expect, expectNoAxeViolations, openExampleIn, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';

/** nb-NO amounts use a narrow no-break space between thousands. */
function kr(amount: string): RegExp {
  return new RegExp(`^${amount.replace(/ /g, '[\\s\\u00a0\\u202f]')} kr$`);
}

async function openExampleScenarios(page: Page): Promise<void> {
  await openExampleIn(page, 'Scenarier', 'Scenarier 2025');
}

function listRow(page: Page, name: string): Locator {
  return page.getByRole('region', { name: /^Basis og varianter \(/ }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
}

/** The comparison table's cell for a figure (row header) in a scenario's column. */
function figure(page: Page, rowName: string, column: number): Locator {
  const table = page.getByRole('table', { name: 'Nøkkeltall side om side' });
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: rowName, exact: true }) }).getByRole('cell').nth(column);
}

async function makeReducedFrame(page: Page): Promise<void> {
  await page.getByRole('radio', { name: /Redusert ramme/ }).check();
  await expect(page.getByLabel('Navn', { exact: true })).toHaveValue('Redusert ramme');
  await expect(page.getByLabel('Kutt i rammen (%)')).toHaveValue('20');
  await expect(page.getByRole('checkbox', { name: /Utsett tiltak så planen passer/ })).toBeChecked();
  await page.getByRole('button', { name: 'Lag variant' }).click();
  await expect(page.getByText('Varianten «Redusert ramme» er laget. Handlingsplanen er uendret.')).toBeVisible();
}

/** «Høy ambisjon» by hand, its tiltak table driven from the keyboard. */
async function makeHighAmbition(page: Page): Promise<void> {
  await page.getByRole('radio', { name: /Lag selv/ }).check();
  await page.getByLabel('Navn', { exact: true }).fill('Høy ambisjon');
  await page.getByRole('button', { name: 'Lag variant' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario «Høy ambisjon» – 2025' })).toBeVisible();

  // Raise the frame.
  await page.getByLabel('Ramme for egne midler (kr)').fill('2 600 000');
  await page.getByRole('button', { name: 'Lagre rammen' }).click();
  await expect(page.getByText('Varianten har sin egen ramme: 2 600 000 kr (basis: 2 000 000 kr).')).toBeVisible();

  // Take in tiltak 7 (utsatt in the basis) with Space, postpone tiltak 5 with Space.
  const include7 = page.getByRole('checkbox', { name: 'Med i varianten: tiltak 7 «Traineeprogram for regionale bedrifter»' });
  await expect(include7).not.toBeChecked();
  await include7.focus();
  await page.keyboard.press('Space');
  await expect(include7).toBeChecked();
  const postpone5 = page.getByRole('checkbox', { name: 'Utsett til neste år: tiltak 5 «Felles datadelingsplattform for kommunene»' });
  await postpone5.focus();
  await page.keyboard.press('Space');
  await expect(postpone5).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Med i varianten: tiltak 5 «Felles datadelingsplattform for kommunene»' })).not.toBeChecked();

  // Change the cost of tiltak 1: type and Enter.
  const cost1 = page.getByRole('textbox', { name: 'Kostnad for tiltak 1 «Kartlegging av kraftbehov i regionen» (kr)' });
  await cost1.focus();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('450 000');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: /Kartlegging av kraftbehov/ }).getByText(/Kostnad 350\s000 kr → 450\s000 kr/)).toBeVisible();

  // Funding of tiltak 1: the external grant (søkt) becomes bekreftet in the variant.
  await page.getByRole('button', { name: 'Finansiering for tiltak 1 «Kartlegging av kraftbehov i regionen»' }).click();
  const grant = page.getByRole('combobox', { name: /Status for linje 3 \(Eksterne midler \/ tilskudd – Eksempel fylkeskommune\) på tiltak 1/ });
  await expect(grant).toHaveValue('applied');
  await grant.selectOption('confirmed');
  await expect(grant).toHaveValue('confirmed');

  // An invalid amount is refused with a message, and nothing changes.
  const own4 = page.getByRole('textbox', { name: 'Egne midler for tiltak 4 «KI-verksted for små bedrifter» (kr)' });
  await own4.fill('mange penger');
  await own4.press('Enter');
  await expect(own4).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').filter({ hasText: '«mange penger» er ikke et beløp.' })).toBeVisible();
  await own4.press('Escape');
  await expect(own4).toHaveValue(/^90\s000$/);

  // A tiltak only in the variant.
  const add = page.getByRole('region', { name: 'Nytt tiltak bare i varianten' });
  await add.getByLabel('Tittel').fill('Ny næringsklynge');
  await add.getByLabel('Satsing').selectOption({ label: 'Grønn innovasjon og kraft' });
  await add.getByLabel('Kostnad (kr)').fill('300 000');
  await add.getByLabel('Egne midler (kr)').fill('150 000');
  await add.getByRole('button', { name: 'Legg til i varianten' }).click();
  await expect(page.getByRole('rowheader', { name: /Ny næringsklynge/ })).toContainText('Bare i varianten');

  // Key figures of the variant against the basis: 2 150 000 + 100 000 − 80 000 + 150 000.
  const figures = page.getByRole('table', { name: 'Nøkkeltall for «Høy ambisjon» mot basis' });
  const ownRow = figures.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Egne midler', exact: true }) });
  await expect(ownRow.getByRole('cell')).toHaveText([kr('2 150 000'), kr('2 320 000'), /^\+170\s000 kr$/]);

  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Alle scenarier 2025' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarier 2025' })).toBeVisible();
}

test('Redusert ramme and Høy ambisjon from the example, compared side by side', async ({ page, axe }) => {
  await openExampleScenarios(page);
  await makeReducedFrame(page);
  await makeHighAmbition(page);

  // The list: basis over the frame, the reduced variant exactly at its frame.
  await expect(listRow(page, 'Basis').getByRole('cell').nth(3)).toHaveText(/Over med 150\s000 kr \(7,5 %\)/);
  await expect(listRow(page, 'Redusert ramme').getByRole('cell').nth(1)).toHaveText(kr('1 600 000'));
  await expect(listRow(page, 'Redusert ramme').getByRole('cell').nth(2)).toHaveText(kr('1 600 000'));
  await expect(listRow(page, 'Høy ambisjon').getByRole('cell').nth(3)).toHaveText(/^280\s000 kr \(10,8 %\)$/);

  // Pick the three with the checkboxes (start from none).
  const region = page.getByRole('region', { name: 'Sammenligning side om side' });
  for (const name of ['Basis', 'Redusert ramme', 'Høy ambisjon']) {
    await page.getByRole('checkbox', { name: `Sammenlign «${name}»` }).uncheck();
  }
  await expect(region.getByText('Kryss av minst to scenarier')).toBeVisible();
  for (const name of ['Basis', 'Redusert ramme', 'Høy ambisjon']) {
    await page.getByRole('checkbox', { name: `Sammenlign «${name}»` }).check();
  }
  await expect(region.getByText('Sammenligner: Basis · Redusert ramme · Høy ambisjon')).toBeVisible();
  const table = region.getByRole('table', { name: 'Nøkkeltall side om side' });
  await expect(table.locator('thead').getByRole('columnheader')).toHaveText(['Nøkkeltall', 'Basis', 'Redusert ramme', 'Høy ambisjon']);
  await expect((figure(page, 'Egne midler', 0))).toHaveText(kr('2 150 000'));
  await expect((figure(page, 'Egne midler', 1))).toHaveText(kr('1 600 000'));
  await expect((figure(page, 'Egne midler', 2))).toHaveText(kr('2 320 000'));
  await expect((figure(page, 'Ramme egne midler', 1))).toHaveText(kr('1 600 000'));
  await expect((figure(page, 'Ramme egne midler', 2))).toHaveText(kr('2 600 000'));
  await expect((figure(page, 'Utsatt til neste år', 1))).toHaveText('6');
  await expect((figure(page, 'Utsatt til neste år', 2))).toHaveText('1');
  await expect((figure(page, 'Feil i kontrollen', 0))).toHaveText('1');
  await expect((figure(page, 'Feil i kontrollen', 1))).toHaveText('0');
  // Financing by status: the grant confirmed in «Høy ambisjon» moves 100 000 from søkt to bekreftet
  // (and tiltak 5's 320 000 søkt drops out with it).
  const applied = (i: number) => figure(page, 'Søkt', i).innerText();
  const digits = (s: string) => Number(s.replace(/\D/g, ''));
  expect(digits(await applied(0)) - digits(await applied(2))).toBe(100_000 + 320_000);

  // The tiltak that differ, with amounts.
  const diff = region.getByRole('table', { name: '«Høy ambisjon» mot basis' });
  await expect(diff.locator('tbody').getByRole('rowheader')).toHaveText([
    'Kartlegging av kraftbehov i regionen',
    'Felles datadelingsplattform for kommunene',
    'Traineeprogram for regionale bedrifter',
    'Ny næringsklynge',
  ]);
  await expect(diff.getByRole('row').filter({ hasText: 'Ny næringsklynge' }).getByRole('cell').nth(1)).toHaveText('Lagt til');
  await expect(diff.getByRole('row').filter({ hasText: 'Felles datadelingsplattform' }).getByRole('cell').nth(1)).toHaveText('Utsatt');
  // Cost: +100 000 (tiltak 1) − 400 000 (5) + 300 000 (7) + 300 000 (new); own funds +170 000.
  await expect(diff.locator('tfoot')).toContainText(/Sum \(kostnad \+300\s000 kr\)/);
  await expect(diff.locator('tfoot')).toContainText(/\+170\s000 kr/);

  // Charts come with their tables.
  await expect(region.getByRole('figure', { name: 'Egne midler mot rammen' })).toBeVisible();
  await region.getByRole('figure', { name: 'Kostnad per innsatsområde' }).getByText('Vis tallene som tabell').click();
  await expect(region.getByRole('table', { name: 'Kostnad per innsatsområde' }).getByRole('columnheader', { name: 'Kostnad – Høy ambisjon' })).toBeVisible();
  await axe();

  // The same comparison in the workbook's Scenarier sheet (Ctrl+E exports the year on screen).
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('heading', { level: 1, name: 'Scenarier 2025' }).click();
  await page.keyboard.press('Control+e');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await readFile(await (await downloadPromise).path())).buffer);
  const sheet = wb.getWorksheet('Scenarier');
  if (!sheet) throw new Error('the workbook has no Scenarier sheet');
  const cellValue = (v: ExcelJS.CellValue) => (typeof v === 'object' && v !== null && 'result' in v ? v.result : v);
  const sheetRow = (label: string) => {
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      if (row.getCell(1).value === label) return [2, 3, 4].map((c) => cellValue(row.getCell(c).value));
    }
    throw new Error(`no row ${label} in Scenarier`);
  };
  expect(sheetRow('Nøkkeltall')).toEqual(['Basis', 'Redusert ramme', 'Høy ambisjon']);
  expect(sheetRow('Egne midler')).toEqual([2_150_000, 1_600_000, 2_320_000]);
  expect(sheetRow('Ramme egne midler')).toEqual([2_000_000, 1_600_000, 2_600_000]);
  // The same number of errors as the comparison on screen.
  const errorsOnScreen = await Promise.all([0, 1, 2].map(async (i) => Number(await figure(page, 'Feil i kontrollen', i).innerText())));
  expect(errorsOnScreen[0]).toBe(1);
  expect(sheetRow('Funn: feil')).toEqual(errorsOnScreen);

  // At most four columns: a fifth checkbox is disabled while four are chosen.
  await page.getByRole('radio', { name: /Tilpass til rammen/ }).check();
  await page.getByRole('button', { name: 'Lag variant' }).click();
  await page.getByRole('radio', { name: /Lag selv/ }).check();
  await page.getByLabel('Navn', { exact: true }).fill('Nullvariant');
  await page.getByRole('button', { name: 'Lag variant' }).click();
  await page.getByRole('link', { name: 'Alle scenarier 2025' }).first().click();
  await page.getByRole('checkbox', { name: 'Sammenlign «Tilpasset rammen»' }).check();
  await expect(page.getByRole('checkbox', { name: 'Sammenlign «Nullvariant»' })).toBeDisabled();
  await expect(table.locator('thead').getByRole('columnheader')).toHaveCount(5);

  // Everything survives a reload (autosaved).
  await page.reload();
  await expect(listRow(page, 'Høy ambisjon').getByRole('cell').nth(1)).toHaveText(kr('2 320 000'));
});

test('a conflict with the basis is shown and resolved only by the user; adopting keeps the old basis', async ({ page, axe }) => {
  await openExampleScenarios(page);
  await makeReducedFrame(page);
  await makeHighAmbition(page);

  // Change the basis frame under «Høy ambisjon» (which has its own frame).
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Økonomi' }).click();
  const ownFunds = page.getByLabel('Egne midler (kr)');
  await ownFunds.fill('2 100 000');
  await ownFunds.press('Enter');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Scenarier' }).click();
  await expect(listRow(page, 'Høy ambisjon').getByRole('cell').nth(5)).toHaveText('1');

  await listRow(page, 'Høy ambisjon').getByRole('link', { name: 'Rediger «Høy ambisjon»' }).click();
  const conflicts = page.getByRole('region', { name: 'Konflikter med basis (1)' });
  await expect(conflicts).toContainText(/Rammen i basis er endret etter at scenarioet ble laget \(egne midler: 2\s000\s000 kr da, 2\s100\s000 kr nå\)/);
  // Editing the variant's frame does not make the conflict go away by itself.
  await page.getByLabel('Ramme for egne midler (kr)').fill('2 700 000');
  await page.getByRole('button', { name: 'Lagre rammen' }).click();
  await expect(page.getByRole('region', { name: 'Konflikter med basis (1)' })).toBeVisible();
  await conflicts.getByRole('button', { name: 'Behold variantens verdi' }).click();
  await expect(page.getByRole('region', { name: /Konflikter med basis/ })).toHaveCount(0);
  await expect(page.getByText('Varianten har sin egen ramme: 2 700 000 kr (basis: 2 100 000 kr).')).toBeVisible();
  await axe();

  // Adopt «Redusert ramme» (whose frame also conflicts now): the confirmation lists the
  // conflict and needs an explicit «the variant's values apply» first.
  await page.getByRole('link', { name: 'Alle scenarier 2025' }).first().click();
  await expect(listRow(page, 'Redusert ramme').getByRole('cell').nth(5)).toHaveText('1');
  await listRow(page, 'Redusert ramme').getByRole('button', { name: 'Ta i bruk «Redusert ramme» som plan …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ta i bruk «Redusert ramme» som handlingsplan 2025?' });
  await expect(dialog).toContainText('6 tiltak utsettes, 0 settes til avlyst, 0 endres og 0 legges til.');
  await expect(dialog).toContainText('Varianten har 1 konflikt med basis.');
  const confirm = dialog.getByRole('button', { name: 'Ta i bruk som plan' });
  await expect(confirm).toBeDisabled();
  await axe();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(listRow(page, 'Basis').getByRole('cell').nth(2)).toHaveText(kr('2 100 000'));

  await listRow(page, 'Redusert ramme').getByRole('button', { name: 'Ta i bruk «Redusert ramme» som plan …' }).click();
  await dialog.getByRole('checkbox', { name: 'Jeg har sett konfliktene. Variantens verdier skal gjelde.' }).check();
  await confirm.click();
  await expect(page.getByText('«Redusert ramme» er tatt i bruk som handlingsplan 2025. Den forrige planen er lagret som et scenario.')).toBeVisible();
  await expect(listRow(page, 'Basis').getByRole('cell').nth(1)).toHaveText(kr('1 600 000'));
  await expect(listRow(page, 'Basis').getByRole('cell').nth(2)).toHaveText(kr('1 600 000'));
  await expect(listRow(page, 'Redusert ramme')).toHaveCount(0);
  const previous = listRow(page, 'Tidligere basis');
  await expect(previous.getByRole('rowheader')).toContainText('Tidligere basis (før «Redusert ramme»)');
  await expect(previous.getByRole('cell').nth(1)).toHaveText(kr('2 150 000'));

  // The plan screen shows the postponed tiltak as utsatt.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Økonomi' }).click();
  await expect(page.getByText(/Innenfor rammen: 0 kr igjen av egne midler/)).toBeVisible();

  // Undo brings the old plan back.
  await page.getByRole('toolbar', { name: 'Fil' }).getByRole('button', { name: 'Angre' }).click();
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Scenarier' }).click();
  await expect(listRow(page, 'Basis').getByRole('cell').nth(1)).toHaveText(kr('2 150 000'));
  await expect(listRow(page, 'Redusert ramme')).toHaveCount(1);
});
