/**
 * PDF for the minutes, made by Chromium from the print route: the handlingsplan as an A4
 * document (page.pdf honouring the app's print stylesheet, whose page margin carries plan
 * name, date and page numbers) and the slides one per landscape page. Each PDF is checked
 * with poppler: page count (pdfinfo) > 0 and equal to the PNG pages pdftoppm renders, the
 * title (pdfinfo Title and the text of page 1 via pdftotext), and the footer on every
 * page. «Lagre som PDF» in the web build opens the print dialog (window.print). All offline.
 */
import { expect, openExampleIn, test } from './fixtures';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

interface PdfInfo {
  pages: number;
  title: string;
  width: number;
  height: number;
}

function pdfInfo(path: string): PdfInfo {
  const out = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(out)?.[1]?.trim() ?? '';
  const size = /^Page size:\s*([\d.]+) x ([\d.]+) pts/m.exec(out);
  return { pages: Number(field('Pages')), title: field('Title'), width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** Renders every page to PNG and returns the files made. */
function toPngPages(path: string, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '40', path, join(dir, 'page')]);
  return readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
}

function pageText(path: string, page: number): string {
  return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), path, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f]/g, ' ');
}

async function openExampleWithReducedFrame(page: Page): Promise<void> {
  await openExampleIn(page, 'Scenarier');
  await page.getByRole('radio', { name: /Redusert ramme/ }).check();
  await page.getByRole('button', { name: 'Lag variant' }).click();
  await expect(page.getByText('Varianten «Redusert ramme» er laget. Handlingsplanen er uendret.')).toBeVisible();
}

test('the plan as an A4 PDF with page numbers, checked with pdfinfo, pdftoppm and pdftotext', async ({ page, axe }, testInfo) => {
  await page.addInitScript(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => {
      w.printCalls += 1;
    };
  });
  await openExampleWithReducedFrame(page);
  await page.getByRole('link', { name: 'Skriv ut planen / PDF' }).click();

  // On screen: the document, no app chrome.
  const doc = page.getByRole('article', { name: 'Handlingsplan 2025' });
  await expect(doc).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toHaveCount(0);
  await expect(doc.getByText('Utkast', { exact: true })).toBeVisible();
  await expect(doc.getByText('Egne midler er over rammen med 150 000 kr (7,5 %).')).toBeVisible();
  const business = doc.getByRole('table', { name: 'Tiltak i Næringsutvikling, handlingsplan 2025' });
  await expect(business.locator('.pt-sum')).toContainText('Sum Næringsutvikling');
  await expect(business.locator('.pt-sum td').first()).toHaveText(/^2\s480\s000 kr$/);
  await expect(page).toHaveTitle('Handlingsplan 2025 – Eksempelregionen (oppdiktet)');
  await axe();

  // «Lagre som PDF» goes through DesktopApi.printToPdf: the print dialog in the web build.
  await page.getByRole('button', { name: 'Lagre som PDF / skriv ut …' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

  // Chromium's PDF as the print dialog makes it: page size, margins and the footer (plan
  // name, date, page N / M) all come from the app's print stylesheet, none from the test.
  const pdfPath = testInfo.outputPath('plan.pdf');
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const today = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
  const footer = `Handlingsplan 2025 – Eksempel – oppdiktede data (Strategiske føringer 2025–2028) – utskrevet ${today}`;
  const info = pdfInfo(pdfPath);
  expect(info.pages).toBeGreaterThan(0);
  expect(info.title).toBe('Handlingsplan 2025 – Eksempelregionen (oppdiktet)');
  // A4 is 595.3 × 841.9 pt (Chromium rounds to whole CSS pixels).
  expect(Math.abs(info.width - 595.3)).toBeLessThan(2);
  expect(Math.abs(info.height - 841.9)).toBeLessThan(2);
  const pngs = toPngPages(pdfPath, testInfo.outputPath('plan-png'));
  expect(pngs).toHaveLength(info.pages);

  const first = pageText(pdfPath, 1);
  expect(first).toContain('Handlingsplan 2025');
  expect(first).toContain('Eksempel – oppdiktede data (Strategiske føringer 2025–2028)');
  expect(first).toContain('Næringsutvikling');
  // Every page: the plan name and date, and its number.
  for (let n = 1; n <= info.pages; n++) {
    const text = pageText(pdfPath, n).replace(/\s+/g, ' ');
    expect(text).toContain(footer);
    expect(text).toMatch(new RegExp(`\\b${n} / ${info.pages}\\s*$`));
  }
  // Every innsatsområde and its sum are somewhere in the document.
  const all = Array.from({ length: info.pages }, (_, i) => pageText(pdfPath, i + 1)).join('\n');
  for (const area of ['Næringsutvikling', 'By- og regionalutvikling', 'Klima, miljø og natur', 'Samferdsel', 'Tverrgående prosjekter']) {
    expect(all).toContain(`Sum ${area}`);
  }
});

test('the slides as a PDF, one landscape A4 page per slide', async ({ page, axe }, testInfo) => {
  await openExampleWithReducedFrame(page);
  await page.getByRole('link', { name: 'Skriv ut lysbildene / PDF' }).click();
  const slides = page.getByRole('article', { name: 'Lysbilder: handlingsplan 2025, Basis' });
  await expect(slides).toBeVisible();
  const count = await slides.locator('.pr-slide').count();
  // Title, vision, strategisk fundament, four innsatsområder, tverrgående prosjekter, ambition, comparison,
  // the follow-up (progress, attention: the example has follow-up for 2025), findings.
  expect(count).toBe(13);
  await axe();

  // The slides of a variant: the switcher on the toolbar.
  await page.getByLabel('Scenario på lysbildene').selectOption({ label: 'Redusert ramme' });
  await expect(page.getByRole('article', { name: 'Lysbilder: handlingsplan 2025, Redusert ramme' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ambisjon mot rammen' })).toContainText('Innenfor rammen: 0 kr (0 %) igjen.');

  const pdfPath = testInfo.outputPath('slides.pdf');
  await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  const info = pdfInfo(pdfPath);
  expect(info.pages).toBe(count);
  expect(info.width).toBeGreaterThan(info.height);
  expect(info.title).toBe('Handlingsplan 2025 – lysbilder (Redusert ramme) – Eksempelregionen (oppdiktet)');
  expect(toPngPages(pdfPath, testInfo.outputPath('slides-png'))).toHaveLength(info.pages);
  expect(pageText(pdfPath, 1)).toContain('Handlingsplan 2025');
  expect(pageText(pdfPath, 1)).toContain('Scenario: Redusert ramme');
  expect(pageText(pdfPath, 10)).toContain('Scenarier side om side');
  expect(pageText(pdfPath, count)).toContain(`${count} / ${count}`);
});
