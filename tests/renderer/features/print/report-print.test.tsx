/**
 * The tertialrapport as a print view (issue 12, point 6) shows the very content the .docx is
 * laid out from (`reportContent`): title, summary table, one h3 per innsatsområde with a
 * table of its tiltak (status in words), the economy and the attention list; headings
 * mirror the Word document's levels; the page footer is a safe CSS string.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { createExampleDocument } from '@shared/templates';
import { reportContent, type ReportContent } from '@shared/report/report-content';
import { ReportPrint } from '../../../../renderer/src/features/print/ReportPrint';
import { reportFooterCss } from '../../../../renderer/src/features/print/print-model';
import { createI18n } from '../../../../renderer/src/i18n';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => rtl.cleanup());

function content(period: string): ReportContent {
  const made = reportContent(createExampleDocument(), { year: 2025, period, language: 'nb', date: '2025-09-05' });
  if (!made.ok) throw new Error('no report');
  return made.content;
}

function renderReport(c: ReportContent) {
  rtl.render(
    <I18nextProvider i18n={i18n}>
      <ReportPrint content={c} footer="Tertialrapport – plan – 05.09.2025" />
    </I18nextProvider>,
  );
  return rtl.screen.getByRole('article', { name: c.title });
}

describe('ReportPrint', () => {
  it('shows the .docx content: areas as headings, every tiltak with its status, the economy and the attention list', () => {
    const c = content('T2');
    const article = renderReport(c);
    const { within } = rtl;
    expect(within(article).getByRole('heading', { level: 1 }).textContent).toBe('Tertialrapport 2025 – 2. tertial (mai–august)');
    const h2 = within(article).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2).toEqual([c.summary.heading, ...c.sections.map((s) => s.heading), c.economy.heading, c.attention.heading]);
    const areas = c.sections.flatMap((s) => s.areas);
    expect(areas.length).toBeGreaterThan(3);
    for (const area of areas) {
      const heading = within(article).getAllByRole('heading', { level: 3 }).find((h) => h.textContent?.endsWith(area.heading));
      expect(heading, area.heading).toBeTruthy();
      const section = heading?.closest('section');
      if (!section) throw new Error('no section');
      // Each tiltak's row: number cell first, then title, status, KPI lines (getByRole is too slow for ~60 rows).
      const rows = [...section.querySelectorAll('tbody.pt-action > tr')];
      for (const group of area.groups) {
        for (const a of group.actions) {
          const row = rows.find((r) => r.firstElementChild?.textContent === a.number);
          if (!row) throw new Error(`no row for ${a.number}`);
          expect(row.textContent).toContain(a.title);
          expect(row.textContent).toContain(a.statusText);
          for (const kpi of a.kpis) expect(row.textContent).toContain(kpi);
        }
      }
    }
    const attention = within(article).getByRole('region', { name: 'Trenger oppmerksomhet' });
    expect(within(attention).queryAllByRole('listitem').map((li) => li.textContent)).toEqual(c.attention.items);
    expect(c.attention.items.length).toBeGreaterThan(0);
    const economy = within(article).getByRole('table', { name: 'Økonomi' });
    expect(within(economy).getAllByRole('row')).toHaveLength(c.economy.table.rows.length + 1);
    expect(within(article).getByRole('table', { name: 'Antall tiltak per status' }).textContent).toContain('På sporet');
  });

  it('takes the årsrapport of the last period', () => {
    const article = renderReport(content('T3'));
    expect(rtl.within(article).getByRole('heading', { level: 1 }).textContent).toMatch(/^Årsrapport 2025/);
  });

  it('puts the footer in the named page as a CSS string that cannot end the rule', () => {
    expect(reportFooterCss('A "b" } c')).toBe('@page report-document { @bottom-left { content: "A \\"b\\" } c"; font-size: 9pt; color: #333; width: 160mm; } }');
  });
});
