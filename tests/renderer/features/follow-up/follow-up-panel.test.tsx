/**
 * The Oppfølging panel on the example plan (adopted): Enter on a row opens the update form,
 * Ctrl+Enter saves and moves to the next tiltak, the adopted content stays unchanged; a
 * period is closed through the confirm dialog and then refuses updates with the message;
 * reopening needs a reason, which is logged.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { PlanDocument } from '@shared/domain';
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
beforeEach(() => localStorage.clear());
afterEach(() => rtl.cleanup());

function adoptedExample(): PlanDocument {
  const doc = createExampleDocument();
  const plan = doc.plans.find((p) => p.id === EXAMPLE_PLAN_ID);
  return plan?.status === 'adopted' ? doc : setPlanStatus(doc, EXAMPLE_PLAN_ID, 'adopted', '2025-01-20');
}

function Harness({ initial, onDoc, periodId }: { initial: PlanDocument; onDoc(doc: PlanDocument): void; periodId: string }) {
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
            periodId={periodId}
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

function setup(periodId = 'T2') {
  const initial = adoptedExample();
  const state = { doc: initial };
  rtl.render(
    <I18nextProvider i18n={i18n}>
      <Harness initial={initial} onDoc={(d) => (state.doc = d)} periodId={periodId} />
    </I18nextProvider>,
  );
  return { initial, state };
}

const rowButtons = () => rtl.within(rtl.screen.getByRole('region', { name: 'Tiltak og status' })).getAllByRole('button');

describe('FollowUpPanel', () => {
  it('updates two tiltak in a row by keyboard and leaves the adopted content unchanged', () => {
    const { initial, state } = setup();
    const before = state.doc.plans.find((p) => p.id === EXAMPLE_PLAN_ID)?.followUp.updates.length ?? 0;
    const [first, second] = rowButtons();
    if (!first || !second) throw new Error('no rows');
    first.focus();
    rtl.fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(second);
    rtl.fireEvent.click(first);
    let dialog = rtl.screen.getByRole('dialog');
    expect(rtl.within(dialog).getByRole('heading', { level: 2 }).textContent).toContain(first.textContent ?? '');
    rtl.fireEvent.change(rtl.within(dialog).getByLabelText('Status'), { target: { value: 'delayed' } });
    rtl.fireEvent.change(rtl.within(dialog).getByLabelText('Kommentar'), { target: { value: 'Testkommentar' } });
    rtl.fireEvent.change(rtl.within(dialog).getByLabelText('Forfatter'), { target: { value: 'Kari' } });
    rtl.fireEvent.keyDown(rtl.within(dialog).getByLabelText('Kommentar'), { key: 'Enter', ctrlKey: true });
    // Moved on to the next tiltak.
    dialog = rtl.screen.getByRole('dialog');
    expect(rtl.within(dialog).getByRole('heading', { level: 2 }).textContent).toContain(second.textContent ?? '');
    expect(rtl.within(dialog).getByLabelText<HTMLInputElement>('Forfatter').value).toBe('Kari');
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(rtl.screen.queryByRole('dialog')).toBeNull();

    const plan = state.doc.plans.find((p) => p.id === EXAMPLE_PLAN_ID);
    const added = plan?.followUp.updates.slice(before) ?? [];
    expect(added.map((u) => [u.periodId, u.author])).toEqual([
      ['T2', 'Kari'],
      ['T2', 'Kari'],
    ]);
    expect(added[0]?.status).toBe('delayed');
    expect(added[0]?.comment).toBe('Testkommentar');
    expect(rtl.screen.getByRole('status').textContent).toContain('er lagret');
    // Adopted content unchanged.
    expect(plan?.status).toBe('adopted');
    expect(state.doc.actions).toBe(initial.actions);
    expect(plan?.frame).toBe(initial.plans.find((p) => p.id === EXAMPLE_PLAN_ID)?.frame);
    expect(plan?.scenarios).toBe(initial.plans.find((p) => p.id === EXAMPLE_PLAN_ID)?.scenarios);
  });

  it('shows a refused number as a message and does not save', () => {
    const { state, initial } = setup();
    const [first] = rowButtons();
    if (!first) throw new Error('no rows');
    rtl.fireEvent.click(first);
    const dialog = rtl.screen.getByRole('dialog');
    rtl.fireEvent.change(rtl.within(dialog).getByLabelText('Forbruk egne midler (kr)'), { target: { value: 'mye' } });
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(rtl.within(dialog).getByRole('alert').textContent).toContain('Forbruk egne midler');
    expect(state.doc).toBe(initial);
  });

  it('closes the period through the dialog, refuses updates, and reopens with a logged reason', () => {
    const { state } = setup();
    rtl.fireEvent.click(rtl.screen.getByRole('button', { name: 'Lukk perioden' }));
    const confirm = rtl.screen.getByRole('dialog', { name: /Lukke/ });
    rtl.fireEvent.click(rtl.within(confirm).getByRole('button', { name: 'Lukk perioden' }));
    const plan = () => state.doc.plans.find((p) => p.id === EXAMPLE_PLAN_ID);
    expect(plan()?.followUp.closures.filter((c) => c.periodId === 'T2' && c.reopened === null)).toHaveLength(1);
    expect(rtl.screen.getByText(/er lukket/)).toBeTruthy();

    const [first] = rowButtons();
    if (!first) throw new Error('no rows');
    rtl.fireEvent.click(first);
    const dialog = rtl.screen.getByRole('dialog');
    const count = plan()?.followUp.updates.length;
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Lagre' }));
    expect(rtl.within(dialog).getByRole('alert').textContent).toContain('er lukket');
    expect(plan()?.followUp.updates.length).toBe(count);
    rtl.fireEvent.click(rtl.within(dialog).getByRole('button', { name: 'Avbryt' }));

    rtl.fireEvent.click(rtl.screen.getByRole('button', { name: 'Gjenåpne perioden' }));
    const reopen = rtl.screen.getByRole('dialog', { name: /Gjenåpne/ });
    rtl.fireEvent.click(rtl.within(reopen).getByRole('button', { name: 'Gjenåpne' }));
    expect(rtl.within(reopen).getByRole('alert').textContent).toContain('begrunnelse');
    rtl.fireEvent.change(rtl.within(reopen).getByLabelText('Begrunnelse'), { target: { value: 'Feil i tallene' } });
    rtl.fireEvent.click(rtl.within(reopen).getByRole('button', { name: 'Gjenåpne' }));
    expect(plan()?.followUp.closures.find((c) => c.periodId === 'T2')?.reopened?.reason).toBe('Feil i tallene');
    expect(rtl.screen.getByText(/Feil i tallene/)).toBeTruthy();
  });

  it('shows a closed period from its snapshot (T1 of the example)', () => {
    setup('T1');
    expect(rtl.screen.getByText(/er lukket/)).toBeTruthy();
    expect(rtl.screen.getByRole('button', { name: 'Gjenåpne perioden' })).toBeTruthy();
    expect(rtl.screen.getByRole('heading', { name: 'Trenger oppmerksomhet' })).toBeTruthy();
  });
});
