/**
 * The plan status select shows the plan's real status: choosing «Vedtatt» opens the date
 * field but does not show «Vedtatt» until «Marker som vedtatt» is pressed; Avbryt closes it.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { PlanDocument } from '@shared/domain';
import { createExampleDocument, EXAMPLE_PLAN_ID } from '@shared/templates';
import { PlanStatusControl } from '../../../../renderer/src/features/plan/PlanStatusControl';
import { createI18n } from '../../../../renderer/src/i18n';
import { renderMessageWith } from '../../../../renderer/src/ui/messages';
import { EditHarness } from '../../helpers/document-store';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => rtl.cleanup());

function Harness({ initial, onDoc }: { initial: PlanDocument; onDoc(doc: PlanDocument): void }) {
  return (
    <EditHarness initial={initial} onDoc={onDoc} errorText={(e) => renderMessageWith(i18n.t, e.detail)}>
      {(doc, runEdit) => {
        const plan = doc.plans.find((p) => p.id === EXAMPLE_PLAN_ID);
        return plan ? <PlanStatusControl plan={plan} runEdit={runEdit} /> : null;
      }}
    </EditHarness>
  );
}

describe('PlanStatusControl', () => {
  it('does not show «Vedtatt» before «Marker som vedtatt» is pressed', () => {
    let latest = createExampleDocument();
    rtl.render(
      <I18nextProvider i18n={i18n}>
        <Harness initial={latest} onDoc={(d) => (latest = d)} />
      </I18nextProvider>,
    );
    const select = rtl.screen.getByLabelText<HTMLSelectElement>('Planstatus');
    expect(select.value).toBe('draft');
    rtl.fireEvent.change(select, { target: { value: 'adopted' } });
    expect(select.value).toBe('draft');
    expect(rtl.screen.getByLabelText('Vedtatt dato')).toBeTruthy();
    rtl.fireEvent.click(rtl.screen.getByRole('button', { name: 'Avbryt' }));
    expect(rtl.screen.queryByLabelText('Vedtatt dato')).toBeNull();
    expect(select.value).toBe('draft');

    rtl.fireEvent.change(select, { target: { value: 'adopted' } });
    rtl.fireEvent.change(rtl.screen.getByLabelText('Vedtatt dato'), { target: { value: '12.12.2024' } });
    rtl.fireEvent.click(rtl.screen.getByRole('button', { name: 'Marker som vedtatt' }));
    expect(latest.plans.find((p) => p.id === EXAMPLE_PLAN_ID)).toMatchObject({ status: 'adopted', adoptedDate: '2024-12-12' });
  });
});
