/**
 * The Scenarier screen with Testing Library in jsdom and the real document store: a
 * variant's tiltak table (take in, postpone, cost by keyboard, a refused amount), a
 * conflict resolved only by the user's button, adoption through the confirmation, and
 * the comparison's 2–4 checkboxes. Each change is one undo step.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { PlanDocument } from '@shared/domain';
import { msg, renderMessage } from '@shared/i18n/message';
import { createFrameCutScenario, createScenario, setScenarioActionChange, updateAction } from '@shared/edits';
import { DEFAULT_SETTINGS } from '@shared/ipc';
import { createExampleDocument, EXAMPLE_PLAN_ID, EXAMPLE_STRATEGY_ID } from '@shared/templates';
import { AppContext } from '../../../../renderer/src/app/app-context';
import type { AppContextValue, Notice } from '../../../../renderer/src/app/app-context';
import { saveDocument } from '../../../../renderer/src/db/repositories';
import { ScenariosScreen } from '../../../../renderer/src/features/scenarios/ScenariosScreen';
import { createI18n } from '../../../../renderer/src/i18n';
import { DocumentProvider } from '../../../../renderer/src/state/DocumentProvider';
import { useDocumentStore } from '../../../../renderer/src/state/document-context';
import type { DocumentStore } from '../../../../renderer/src/state/document-context';
import { freshDb } from '../../helpers';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
  // recharts' ResponsiveContainer observes its size; jsdom has no layout, so nothing to report.
  if (typeof globalThis.ResizeObserver === 'undefined') {
    globalThis.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
});
afterEach(() => rtl.cleanup());

const P = EXAMPLE_PLAN_ID;
const AT = '2025-03-01T00:00:00.000Z';

interface Setup {
  store: () => DocumentStore;
  notices: Notice[];
  rerender(params: string[]): void;
}

async function setup(doc: PlanDocument, params: string[]): Promise<Setup> {
  const db = freshDb();
  await saveDocument(doc, db);
  let store: DocumentStore | null = null;
  const notices: Notice[] = [];
  const app: AppContextValue = {
    settings: DEFAULT_SETTINGS,
    updateSettings: async () => undefined,
    notice: null,
    setNotice: (n) => {
      if (n) notices.push(n);
    },
    documentRevision: 0,
    bumpDocumentRevision: () => undefined,
  };
  function Probe() {
    store = useDocumentStore();
    return null;
  }
  const tree = (p: string[]) => (
    <I18nextProvider i18n={i18n}>
      <AppContext.Provider value={app}>
        <DocumentProvider initialDoc={doc} db={db} autosaveDelayMs={5}>
          <ScenariosScreen strategyId={EXAMPLE_STRATEGY_ID} params={p} />
          <Probe />
        </DocumentProvider>
      </AppContext.Provider>
    </I18nextProvider>
  );
  const ui = rtl.render(tree(params));
  return {
    store: () => {
      if (!store) throw new Error('no store');
      return store;
    },
    notices,
    rerender: (p) => ui.rerender(tree(p)),
  };
}

function withVariant(): PlanDocument {
  return createScenario(createExampleDocument(), P, 'Høy ambisjon', '', { createdAt: AT, newId: () => 'scn_high' });
}

const scenarioOf = (doc: PlanDocument, id: string) => doc.plans.find((p) => p.id === P)?.scenarios.find((s) => s.id === id);
const tiltak = (doc: PlanDocument, number: string) => doc.actions.find((a) => a.planId === P && a.number === number);

describe('a variant’s tiltak table', () => {
  it('takes in and postpones with checkboxes, each one undo step; the figures follow', async () => {
    const s = await setup(withVariant(), ['2025', 'scn_high']);
    rtl.screen.getByRole('heading', { level: 1, name: 'Scenario «Høy ambisjon» – 2025' });
    const include7 = rtl.screen.getByRole<HTMLInputElement>('checkbox', { name: 'Med i varianten: tiltak 7 «Traineeprogram for regionale bedrifter»' });
    expect(include7.checked).toBe(false);
    rtl.fireEvent.click(include7);
    expect(include7.checked).toBe(true);
    const t7 = tiltak(s.store().doc, '7');
    expect(scenarioOf(s.store().doc, 'scn_high')?.changes).toEqual([expect.objectContaining({ actionId: t7?.id, status: 'planned', basisStatus: 'postponed' })]);
    expect(s.store().undoLabel).toBe('Endre tiltak 7 i «Høy ambisjon»');

    rtl.fireEvent.click(rtl.screen.getByRole('checkbox', { name: 'Utsett til neste år: tiltak 5 «Felles datadelingsplattform for kommunene»' }));
    const figures = rtl.screen.getByRole('table', { name: 'Nøkkeltall for «Høy ambisjon» mot basis' });
    const ownRow = rtl.within(figures).getByRole('rowheader', { name: 'Egne midler' }).closest('tr');
    expect(ownRow?.textContent?.replace(/[\s\u00a0\u202f]/g, '')).toBe('Egnemidler2150000kr2170000kr+20000kr');

    // The plan's own tiltak are untouched.
    expect(tiltak(s.store().doc, '7')?.status).toBe('postponed');
    rtl.act(() => s.store().undo());
    rtl.act(() => s.store().undo());
    expect(scenarioOf(s.store().doc, 'scn_high')?.changes).toEqual([]);
  });

  it('stores a cost on Enter, refuses what is not an amount, and Esc puts the value back', async () => {
    const s = await setup(withVariant(), ['2025', 'scn_high']);
    const cost1 = rtl.screen.getByRole<HTMLInputElement>('textbox', { name: 'Kostnad for tiltak 1 «Kartlegging av kraftbehov i regionen» (kr)' });
    rtl.fireEvent.change(cost1, { target: { value: '450 000' } });
    rtl.fireEvent.keyDown(cost1, { key: 'Enter' });
    const change = scenarioOf(s.store().doc, 'scn_high')?.changes[0];
    expect(change).toMatchObject({ cost: 450_000, basisCost: 350_000 });
    expect(rtl.screen.getByText(/Kostnad 350\s000 kr → 450\s000 kr/)).toBeTruthy();

    rtl.fireEvent.change(cost1, { target: { value: 'dyrt' } });
    rtl.fireEvent.keyDown(cost1, { key: 'Enter' });
    expect(cost1.getAttribute('aria-invalid')).toBe('true');
    expect(rtl.screen.getByRole('alert').textContent).toBe(renderMessage(msg('input.kroner.notNumber', { text: 'dyrt' }), 'nb'));
    rtl.fireEvent.keyDown(cost1, { key: 'Escape' });
    expect(cost1.value.replace(/\D/g, '')).toBe('450000');
    expect(cost1.hasAttribute('aria-invalid')).toBe(false);
    expect(scenarioOf(s.store().doc, 'scn_high')?.changes[0]?.cost).toBe(450_000);
  });
});

describe('a tiltak only in the variant', () => {
  it('has timeverk too, so capacity compares honestly', async () => {
    const s = await setup(withVariant(), ['2025', 'scn_high']);
    const form = rtl.screen.getByRole('heading', { name: 'Nytt tiltak bare i varianten' }).closest('section') as HTMLElement;
    rtl.fireEvent.change(rtl.within(form).getByLabelText('Tittel'), { target: { value: 'Ny næringsklynge' } });
    rtl.fireEvent.change(rtl.within(form).getByLabelText('Kostnad (kr)'), { target: { value: '100 000' } });
    rtl.fireEvent.change(rtl.within(form).getByLabelText('Timeverk'), { target: { value: 'mange' } });
    rtl.fireEvent.click(rtl.within(form).getByRole('button', { name: 'Legg til i varianten' }));
    expect(scenarioOf(s.store().doc, 'scn_high')?.addedActions).toEqual([]);
    expect(rtl.within(form).getByRole('alert').textContent).not.toBe('');
    rtl.fireEvent.change(rtl.within(form).getByLabelText('Timeverk'), { target: { value: '120' } });
    rtl.fireEvent.click(rtl.within(form).getByRole('button', { name: 'Legg til i varianten' }));
    expect(scenarioOf(s.store().doc, 'scn_high')?.addedActions[0]).toMatchObject({ title: 'Ny næringsklynge', cost: 100_000, hours: 120 });
    const figures = rtl.screen.getByRole('table', { name: 'Nøkkeltall for «Høy ambisjon» mot basis' });
    const hoursRow = rtl.within(figures).getByRole('rowheader', { name: 'Timeverk' }).closest('tr');
    expect(hoursRow?.textContent?.replace(/[\s\u00a0\u202f]/g, '')).toBe('Timeverk2980t3100t+120');
  });
});

describe('conflicts', () => {
  it('are listed and stay until the user picks a side', async () => {
    let doc = withVariant();
    const t1 = tiltak(doc, '1');
    if (!t1) throw new Error('no tiltak 1');
    doc = setScenarioActionChange(doc, P, 'scn_high', t1.id, { cost: 450_000 });
    doc = updateAction(doc, t1.id, { cost: 380_000 });
    const s = await setup(doc, ['2025', 'scn_high']);
    const region = rtl.screen.getByRole('region', { name: 'Konflikter med basis (1)' });
    expect(region.textContent?.replace(/[\u00a0\u202f]/g, ' ')).toContain('kostnaden i basis er endret fra 350 000 kr til 380 000 kr');
    expect(rtl.screen.getByRole('link', { name: 'Konflikt med basis (1)' })).toBeTruthy();

    // Postponing the same tiltak does not resolve it.
    rtl.fireEvent.click(rtl.screen.getByRole('checkbox', { name: 'Utsett til neste år: tiltak 1 «Kartlegging av kraftbehov i regionen»' }));
    expect(rtl.screen.getByRole('region', { name: 'Konflikter med basis (1)' })).toBeTruthy();

    rtl.fireEvent.click(rtl.within(rtl.screen.getByRole('region', { name: 'Konflikter med basis (1)' })).getByRole('button', { name: 'Bruk basisverdien' }));
    expect(rtl.screen.queryByRole('region', { name: /Konflikter med basis/ })).toBeNull();
    expect(scenarioOf(s.store().doc, 'scn_high')?.changes[0]).toMatchObject({ postponed: true, basisCost: 380_000 });
    expect(scenarioOf(s.store().doc, 'scn_high')?.changes[0]?.cost).toBeUndefined();
  });
});

describe('adoption and comparison', () => {
  it('adopts a variant after confirmation; the old basis stays as a variant', async () => {
    const doc = createFrameCutScenario(createExampleDocument(), P, 20, 'Redusert ramme', { createdAt: AT, fit: true, newId: () => 'scn_cut' });
    const s = await setup(doc, ['2025', 'scn_cut']);
    rtl.fireEvent.click(rtl.screen.getByRole('button', { name: 'Ta i bruk som handlingsplan 2025 …' }));
    const dialog = rtl.screen.getByRole('dialog', { name: 'Ta i bruk «Redusert ramme» som handlingsplan 2025?' });
    expect(dialog.textContent).toContain('6 tiltak utsettes');
    // Nothing changes before the confirmation.
    expect(s.store().doc).toBe(doc);
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Ta i bruk som plan' }));
    const plan = s.store().doc.plans.find((p) => p.id === P);
    expect(plan?.frame.ownFunds).toBe(1_600_000);
    expect(plan?.scenarios.map((x) => x.name)).toEqual(['Tidligere basis (før «Redusert ramme»)']);
    expect(s.store().doc.actions.filter((a) => a.planId === P && a.status === 'postponed')).toHaveLength(7);
    expect(s.notices).toEqual([{ kind: 'status', message: '«Redusert ramme» er tatt i bruk som handlingsplan 2025. Den forrige planen er lagret som et scenario.' }]);
  });

  it('compares the picked 2–4 columns', async () => {
    let doc = createFrameCutScenario(createExampleDocument(), P, 20, 'Redusert ramme', { createdAt: AT, fit: true, newId: () => 'scn_cut' });
    doc = createScenario(doc, P, 'Høy ambisjon', '', { createdAt: AT, newId: () => 'scn_high' });
    await setup(doc, ['2025']);
    const table = () => rtl.screen.getByRole('table', { name: 'Nøkkeltall side om side' });
    const headers = () => {
      const head = table().querySelector('thead');
      if (!head) throw new Error('no thead');
      return rtl.within(head).getAllByRole('columnheader').map((h) => h.textContent);
    };
    expect(headers()).toEqual(['Nøkkeltall', 'Basis', 'Redusert ramme', 'Høy ambisjon']);
    rtl.fireEvent.click(rtl.screen.getByRole('checkbox', { name: 'Sammenlign «Basis»' }));
    expect(headers()).toEqual(['Nøkkeltall', 'Redusert ramme', 'Høy ambisjon']);
    rtl.fireEvent.click(rtl.screen.getByRole('checkbox', { name: 'Sammenlign «Høy ambisjon»' }));
    expect(rtl.screen.queryByRole('table', { name: 'Nøkkeltall side om side' })).toBeNull();
    expect(rtl.screen.getByText('Kryss av minst to scenarier i listen over for å sammenligne dem.')).toBeTruthy();
  });
});

