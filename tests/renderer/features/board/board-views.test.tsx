/**
 * The board's overviews: the 5-faktormodellen matrix (from the example plan and from the
 * Østfold template, which counts on all five categories) and the multi-year overview
 * with a carried-over tiltak shown once with its yearly parts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { PlanDocument } from '@shared/domain';
import { createExampleDocument, createFromTemplate, OST_FOCUS_AREA_IDS, OSTFOLD_TEMPLATE_ID } from '@shared/templates';
import { saveDocument } from '../../../../renderer/src/db/repositories';
import { FiveFactorScreen } from '../../../../renderer/src/features/five-factor/FiveFactorScreen';
import { MultiYearScreen } from '../../../../renderer/src/features/multi-year/MultiYearScreen';
import { createI18n } from '../../../../renderer/src/i18n';
import { DocumentProvider } from '../../../../renderer/src/state/DocumentProvider';
import { freshDb } from '../../helpers';

let nb: I18n;
let en: I18n;
beforeAll(async () => {
  nb = await createI18n('nb');
  en = await createI18n('en');
});

async function renderWith(doc: PlanDocument, i18n: I18n, screen: React.ReactNode): Promise<ReturnType<typeof rtl.render>> {
  const db = freshDb();
  await saveDocument(doc, db);
  return rtl.render(
    <I18nextProvider i18n={i18n}>
      <DocumentProvider initialDoc={doc} db={db}>
        {screen}
      </DocumentProvider>
    </I18nextProvider>,
  );
}

/** The Østfold template with a 2024 plan: one tiltak under Bioøkonomi with a business partner. */
function ostfoldWithPlan(): PlanDocument {
  const doc = createFromTemplate(OSTFOLD_TEMPLATE_ID);
  const example = createExampleDocument();
  const action = { ...example.actions[0]!, planId: 'p2024', initiativeIds: [], crossCuttingProjectId: null, partnerIds: ['ost_actor_biz'], funding: [] };
  return {
    strategy: {
      ...doc.strategy,
      actors: [{ id: 'ost_actor_biz', name: 'Borg Havn', category: 'business' }],
      initiatives: [{ id: 'ost_in_bio', focusAreaId: OST_FOCUS_AREA_IDS.bioeconomy, name: 'Skog', description: '', guidingStrategyIds: [] }],
    },
    plans: [{ ...example.plans[0]!, id: 'p2024', strategyId: doc.strategy.id, year: 2024 }],
    actions: [{ ...action, initiativeIds: ['ost_in_bio'] }],
  };
}

describe('FiveFactorScreen', () => {
  it('Østfold: the strategy counts on all five, and the four missing categories are flagged', async () => {
    const ui = await renderWith(ostfoldWithPlan(), nb, <FiveFactorScreen strategyId="s" params={['2024']} />);
    expect(ui.getByRole('heading', { level: 1, name: '5-faktormodellen 2024' })).toBeTruthy();
    expect(ui.getByText('Strategien sier at partnerskapet skal representere alle fem kategoriene.')).toBeTruthy();
    const table = ui.getByRole('table', { name: /Antall aktive tiltak per aktørkategori/ });
    const planRow = rtl.within(table).getByRole('row', { name: /Hele planen/ });
    expect(rtl.within(planRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '0 – mangler', '0 – mangler', '0 – mangler', '1', '0 – mangler']);
    const bio = rtl.within(table).getByRole('row', { name: /Bioøkonomi/ });
    expect(rtl.within(bio).getAllByRole('cell')[4]!.textContent).toBe('1');
    // An area without tiltak is not flagged.
    const digital = rtl.within(table).getByRole('row', { name: /Digital omstilling/ });
    expect(rtl.within(digital).queryByText(/mangler/)).toBeNull();
    const findings = ui.getByRole('region', { name: 'Funn' });
    expect(rtl.within(findings).getAllByRole('listitem')).toHaveLength(8);
    expect(findings.textContent).toContain('ingen aktør fra kapital');
  });

  it('English, and a year without a plan links to the plan', async () => {
    const ui = await renderWith(ostfoldWithPlan(), en, <FiveFactorScreen strategyId="s" params={['2025']} />);
    expect(ui.getByRole('heading', { level: 1, name: 'Five-factor model 2025' })).toBeTruthy();
    expect(ui.getByText('There is no action plan for 2025 yet.')).toBeTruthy();
  });
});

describe('MultiYearScreen', () => {
  it('shows every year of the period and a carried-over tiltak once with its parts', async () => {
    const example = createExampleDocument();
    const first = example.actions[0]!;
    const plan2026 = { ...example.plans[0]!, id: 'p2026', year: 2026, frame: { ownFunds: 100, capacityHours: 0, targetShares: {} } };
    const carried = { ...first, id: 'carried', planId: 'p2026', carriedFromId: first.id, cost: 40_000, funding: [] };
    const doc = { ...example, plans: [...example.plans, plan2026], actions: [...example.actions, carried] };
    const ui = await renderWith(doc, nb, <MultiYearScreen />);
    expect(ui.getByRole('heading', { level: 1, name: 'Flerårsoversikt 2025–2028' })).toBeTruthy();
    const years = ui.getByRole('table', { name: 'Per år' });
    expect(rtl.within(years).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['2025', '2026', '2027', '2028', 'Hele perioden']);
    expect(rtl.within(rtl.within(years).getByRole('row', { name: /^2027/ })).getByText('ingen plan')).toBeTruthy();
    const carriedTable = ui.getByRole('table', { name: /Videreførte tiltak/ });
    const rows = rtl.within(carriedTable).getAllByRole('row');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.textContent).toContain(first.title);
    expect(rtl.within(rows[1]!).getAllByRole('cell').at(1)!.textContent).toMatch(/40\s000/);
  });
});
