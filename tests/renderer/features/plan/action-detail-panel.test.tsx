/**
 * The tiltak detail panel with Testing Library in jsdom: a start or frist outside the plan
 * year gives a clear warning tied to its field, which goes away when the date is back in
 * the year; a date that is no date is refused with its message and changes nothing.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { PlanDocument } from '@shared/domain';
import { createExampleDocument, EXAMPLE_PLAN_ID, EXAMPLE_STRATEGY_ID } from '@shared/templates';
import { ActionDetailPanel } from '../../../../renderer/src/features/plan/ActionDetailPanel';
import { createI18n } from '../../../../renderer/src/i18n';
import { renderMessageWith } from '../../../../renderer/src/ui/messages';
import { EditHarness } from '../../helpers/document-store';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => {
  rtl.cleanup();
  sessionStorage.clear();
});

function Harness({ initial, actionId, onDoc }: { initial: PlanDocument; actionId: string; onDoc(doc: PlanDocument): void }) {
  return (
    <EditHarness initial={initial} onDoc={onDoc} errorText={(e) => renderMessageWith(i18n.t, e.detail)}>
      {(doc, runEdit) => {
        const plan = doc.plans.find((p) => p.id === EXAMPLE_PLAN_ID);
        const action = doc.actions.find((a) => a.id === actionId);
        if (!plan || !action) return null;
        return (
          <ActionDetailPanel doc={doc} plan={plan} action={action} findings={[]} strategyId={EXAMPLE_STRATEGY_ID} section="handlingsplan" runEdit={runEdit} onClose={() => undefined} />
        );
      }}
    </EditHarness>
  );
}

function setup() {
  const doc = createExampleDocument();
  const action = doc.actions.find((a) => a.planId === EXAMPLE_PLAN_ID && a.deadline !== null);
  if (!action) throw new Error('the example has no tiltak with a frist');
  let latest = doc;
  rtl.render(
    <I18nextProvider i18n={i18n}>
      <Harness initial={doc} actionId={action.id} onDoc={(d) => (latest = d)} />
    </I18nextProvider>,
  );
  return { action, latest: () => latest.actions.find((a) => a.id === action.id) };
}

async function typeDate(label: string, text: string): Promise<HTMLElement> {
  const field = rtl.screen.getByLabelText(label);
  rtl.fireEvent.change(field, { target: { value: text } });
  rtl.fireEvent.keyDown(field, { key: 'Enter' });
  return field;
}

describe('ActionDetailPanel dates', () => {
  it('warns when the frist is outside the plan year, tied to the field, and stops when it is back', async () => {
    const { latest } = setup();
    expect(rtl.screen.queryByText(/ligger utenfor planåret/)).toBeNull();

    const frist = await typeDate('Frist', '15.03.2026');
    expect(latest()?.deadline).toBe('2026-03-15');
    const warning = await rtl.screen.findByText('Datoen 15.03.2026 ligger utenfor planåret 2025.');
    expect(frist.getAttribute('aria-describedby')?.split(' ')).toContain(warning.id);

    await typeDate('Frist', '15.12.2025');
    expect(latest()?.deadline).toBe('2025-12-15');
    await rtl.waitFor(() => expect(rtl.screen.queryByText(/ligger utenfor planåret/)).toBeNull());
  });

  it('warns for a start in an earlier year too', async () => {
    const { latest } = setup();
    await typeDate('Start', '01.11.2024');
    expect(latest()?.start).toBe('2024-11-01');
    expect(await rtl.screen.findByText('Datoen 01.11.2024 ligger utenfor planåret 2025.')).toBeTruthy();
  });

  it('refuses a text that is no date, with a message, and keeps the frist', async () => {
    const { action, latest } = setup();
    const frist = await typeDate('Frist', '31.02.2025');
    expect(await rtl.screen.findByRole('alert')).toBeTruthy();
    expect(frist.getAttribute('aria-invalid')).toBe('true');
    expect(latest()?.deadline).toBe(action.deadline);
  });
});

describe('ActionDetailPanel funding lines', () => {
  it('«Legg til finansieringslinje» puts focus on the new line’s first field', async () => {
    const { latest } = setup();
    const count = latest()?.funding.length ?? 0;
    rtl.fireEvent.click(rtl.screen.getByRole('button', { name: 'Legg til finansieringslinje' }));
    expect(latest()?.funding).toHaveLength(count + 1);
    const sources = rtl.screen.getAllByLabelText('Kilde');
    expect(sources).toHaveLength(count + 1);
    await rtl.waitFor(() => expect(document.activeElement).toBe(sources[count]));
  });
});
