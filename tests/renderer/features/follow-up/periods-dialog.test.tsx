/**
 * «Egne perioder» on the Oppfølging panel (issue 12, point 1), on the adopted example plan
 * (T1 closed, T2 with updates): switching to own periods keeps the periods as they are;
 * the dialog lists them, refuses to remove a used or closed one with the reason, changes
 * and adds periods (the period picker follows), shows every problem at its field, and the
 * adopted content stays unchanged.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { PlanDocument } from '@shared/domain';
import { reportingPeriods } from '@shared/domain/follow-up';
import { setPlanStatus } from '@shared/edits';
import { createExampleDocument, EXAMPLE_PLAN_ID } from '@shared/templates';
import { FollowUpPanel } from '../../../../renderer/src/features/follow-up/FollowUpPanel';
import { createI18n } from '../../../../renderer/src/i18n';
import { renderMessageWith } from '../../../../renderer/src/ui/messages';
import { EditHarness } from '../../helpers/document-store';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => rtl.cleanup());

function adoptedExample(): PlanDocument {
  const doc = createExampleDocument();
  const plan = doc.plans.find((p) => p.id === EXAMPLE_PLAN_ID);
  return plan?.status === 'adopted' ? doc : setPlanStatus(doc, EXAMPLE_PLAN_ID, 'adopted', '2025-01-20');
}

function Harness({ initial, onDoc }: { initial: PlanDocument; onDoc(doc: PlanDocument): void }) {
  return (
    <EditHarness initial={initial} onDoc={onDoc} errorText={(e) => renderMessageWith(i18n.t, e.detail)}>
      {(doc, runEdit) => {
        const plan = doc.plans.find((p) => p.id === EXAMPLE_PLAN_ID);
        if (!plan) return null;
        return (
          <FollowUpPanel
            doc={doc}
            plan={plan}
            actions={doc.actions.filter((a) => a.planId === plan.id)}
            periodId="T2"
            focusActionId={null}
            runEdit={runEdit}
            onPeriodChange={() => undefined}
            hrefFor={(p, a) => `#/x/${p}/${a}`}
            today="2025-08-30"
          />
        );
      }}
    </EditHarness>
  );
}

function setup() {
  const initial = adoptedExample();
  const state = { doc: initial };
  rtl.render(
    <I18nextProvider i18n={i18n}>
      <Harness initial={initial} onDoc={(d) => (state.doc = d)} />
    </I18nextProvider>,
  );
  const plan = () => {
    const p = state.doc.plans.find((x) => x.id === EXAMPLE_PLAN_ID);
    if (!p) throw new Error('no plan');
    return p;
  };
  return { initial, state, plan };
}

/** Switches to own periods and opens the dialog. */
function openOwnPeriods() {
  rtl.fireEvent.change(rtl.screen.getByLabelText('Periodeinndeling'), { target: { value: 'custom' } });
  expect(rtl.screen.getByRole('status').textContent).toContain('De 3 periodene er beholdt som de var');
  rtl.fireEvent.click(rtl.screen.getByRole('button', { name: 'Rediger egne perioder …' }));
  return rtl.screen.getByRole('dialog', { name: 'Egne rapporteringsperioder for 2025' });
}

function fill(dialog: HTMLElement, values: { shortName?: string; name?: string; from?: string; to?: string }) {
  const labels = { shortName: 'Kortnavn (for eksempel H1)', name: 'Navn', from: 'Fra', to: 'Til' } as const;
  for (const [key, value] of Object.entries(values)) {
    rtl.fireEvent.change(rtl.within(dialog).getByLabelText(labels[key as keyof typeof labels]), { target: { value } });
  }
}

describe('PeriodsDialog', () => {
  it('switches to own periods with the same periods, changes one, adds one, and leaves the adopted content unchanged', () => {
    const { initial, state, plan } = setup();
    const dialog = openOwnPeriods();
    expect(plan().followUp.scheme.kind).toBe('custom');
    expect(reportingPeriods(plan()).map((p) => [p.id, p.shortName, p.from, p.to])).toEqual(reportingPeriods(initial.plans.find((p) => p.id === EXAMPLE_PLAN_ID) ?? plan()).map((p) => [p.id, p.shortName, p.from, p.to]));
    const items = rtl.within(dialog).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^T1 1\. tertial.*statusoppdateringer · lukket/),
      expect.stringMatching(/^T2 2\. tertial.*statusoppdateringer/),
      expect.stringMatching(/^T3 3\. tertial.*0 statusoppdateringer/),
    ]);

    // Shorten T3 to September–October …
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Endre T3' }));
    expect(rtl.within(dialog).getByRole('group', { name: 'Endre perioden T3' })).toBeTruthy();
    fill(dialog, { name: 'Høsten', to: '2025-10-31' });
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Lagre endringen' }));
    expect(rtl.within(dialog).getByRole('status').textContent).toBe('Perioden «Høsten» er endret.');
    // … and add November–December: now the årsrapport.
    fill(dialog, { shortName: 'ND', name: 'November og desember', from: '2025-11-01', to: '2025-12-31' });
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Legg til perioden' }));
    expect(rtl.within(dialog).getByRole('status').textContent).toBe('Perioden «November og desember» er lagt til.');
    expect(document.activeElement).toBe(rtl.within(dialog).getByLabelText('Kortnavn (for eksempel H1)'));
    expect(reportingPeriods(plan()).map((p) => [p.shortName, p.to, p.isAnnual])).toEqual([
      ['T1', '2025-04-30', false],
      ['T2', '2025-08-31', false],
      ['T3', '2025-10-31', false],
      ['ND', '2025-12-31', true],
    ]);
    // The period picker has the new period.
    const picker = rtl.screen.getByLabelText<HTMLSelectElement>('Rapporteringsperiode');
    expect([...picker.options].map((o) => o.textContent)).toContain('November og desember');

    expect(plan().status).toBe('adopted');
    expect(state.doc.actions).toBe(initial.actions);
    expect(state.doc.strategy).toBe(initial.strategy);
    expect(plan().frame).toBe(initial.plans.find((p) => p.id === EXAMPLE_PLAN_ID)?.frame);
  });

  it('refuses to remove a closed period and a period with updates, saying why', () => {
    const { plan } = setup();
    const dialog = openOwnPeriods();
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Fjern T1' }));
    expect(rtl.within(dialog).getByRole('alert').textContent).toContain('er lukket');
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Fjern T2' }));
    expect(rtl.within(dialog).getByRole('alert').textContent).toMatch(/^Perioden «2\. tertial \(mai–august\)» kan ikke fjernes: den har \d+ statusoppdateringer, som ville blitt borte/);
    expect(reportingPeriods(plan())).toHaveLength(3);
    // An unused one goes.
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Fjern T3' }));
    expect(reportingPeriods(plan()).map((p) => p.id)).toEqual(['T1', 'T2']);
    expect(rtl.within(dialog).getByRole('status').textContent).toContain('er fjernet');
    expect(rtl.within(dialog).queryByRole('alert')).toBeNull();
  });

  it('shows every problem at its field and saves nothing', () => {
    const { state } = setup();
    const dialog = openOwnPeriods();
    const before = state.doc;
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Legg til perioden' }));
    const shortName = rtl.within(dialog).getByLabelText('Kortnavn (for eksempel H1)');
    expect(shortName.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(shortName);
    const describedBy = (label: string) => document.getElementById(rtl.within(dialog).getByLabelText(label).getAttribute('aria-describedby') ?? '')?.textContent;
    expect(describedBy('Kortnavn (for eksempel H1)')).toContain('Skriv et kortnavn');
    expect(describedBy('Navn')).toContain('Skriv et navn');
    expect(describedBy('Fra')).toContain('mangler fra-dato');
    expect(describedBy('Til')).toContain('mangler til-dato');

    fill(dialog, { shortName: 't2', name: 'Sommer', from: '2025-08-01', to: '2026-01-15' });
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Legg til perioden' }));
    expect(describedBy('Kortnavn (for eksempel H1)')).toBe('Kortnavnet «t2» er allerede brukt av perioden «2. tertial (mai–august)». Velg et annet kortnavn.');
    expect(describedBy('Til')).toContain('utenfor planåret 2025');
    expect(rtl.within(dialog).getByLabelText('Navn').getAttribute('aria-invalid')).toBeNull();

    fill(dialog, { shortName: 'S', from: '2025-07-15', to: '2025-07-31' });
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Legg til perioden' }));
    expect(describedBy('Fra')).toContain('overlapper perioden «2. tertial (mai–august)» (2025-05-01–2025-08-31)');
    expect(document.activeElement).toBe(rtl.within(dialog).getByLabelText('Fra'));
    // Nothing saved: the document is as it was after the switch to own periods.
    expect(state.doc).toBe(before);
  });

  it('refuses to switch away from own periods while a period is used', () => {
    const { plan } = setup();
    openOwnPeriods();
    rtl.fireEvent.click(rtl.within(rtl.screen.getByRole('dialog')).getByRole('button', { name: 'Lukk' }));
    rtl.fireEvent.change(rtl.screen.getByLabelText('Periodeinndeling'), { target: { value: 'quarters' } });
    expect(rtl.screen.getByRole('alert').textContent).toContain('Periodeinndelingen kan ikke byttes');
    expect(plan().followUp.scheme.kind).toBe('custom');
    // Back to tertialer: the same periods, allowed.
    rtl.fireEvent.change(rtl.screen.getByLabelText('Periodeinndeling'), { target: { value: 'tertials' } });
    expect(plan().followUp.scheme.kind).toBe('tertials');
  });
});
