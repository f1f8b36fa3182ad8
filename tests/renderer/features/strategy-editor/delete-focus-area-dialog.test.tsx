/**
 * Deleting an innsatsområde with satsinger in the føringer editor: the dialog names the
 * satsinger and asks what happens to them — «Slett» stays disabled until the planner chose —
 * then either moves them (with their tiltak) to another innsatsområde, or deletes them and
 * asks where their tiltak go. No satsing is left under the deleted innsatsområde.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { PlanDocument } from '@shared/domain';
import { createExampleDocument } from '@shared/templates';
import { DeleteItemDialog } from '../../../../renderer/src/features/strategy-editor/DeleteItemDialog';
import { createI18n } from '../../../../renderer/src/i18n';
import { renderMessageWith } from '../../../../renderer/src/ui/messages';
import { EditHarness } from '../../helpers/document-store';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => rtl.cleanup());

const AREA = 'osl_fa_by';
const OTHER = 'osl_fa_klima';

function setup() {
  const initial = createExampleDocument();
  const area = initial.strategy.focusAreas.find((f) => f.id === AREA);
  const other = initial.strategy.focusAreas.find((f) => f.id === OTHER);
  if (!area || !other) throw new Error('the example has changed');
  const satsinger = initial.strategy.initiatives.filter((i) => i.focusAreaId === AREA);
  const state = { doc: initial, closed: null as boolean | null };
  rtl.render(
    <I18nextProvider i18n={i18n}>
      <EditHarness initial={initial} onDoc={(d) => (state.doc = d)} errorText={(e) => renderMessageWith(i18n.t, e.detail)}>
        {(doc, runEdit) => (
          <DeleteItemDialog doc={doc} listKey="focusAreas" item={area} kindLabel="Innsatsområde" runEdit={runEdit} onClose={(deleted) => (state.closed = deleted)} />
        )}
      </EditHarness>
    </I18nextProvider>,
  );
  const dialog = rtl.screen.getByRole('dialog', { name: `Slette ${area.name}?` });
  return { initial, area, other, satsinger, state, dialog };
}

const slett = (dialog: HTMLElement) => rtl.within(dialog).getByRole('button', { name: 'Slett' });

function danglingIn(doc: PlanDocument): string[] {
  return doc.strategy.initiatives.filter((i) => !doc.strategy.focusAreas.some((f) => f.id === i.focusAreaId)).map((i) => i.name);
}

describe('deleting an innsatsområde with satsinger', () => {
  it('names the satsinger and does not delete before the planner chose what happens to them', () => {
    const { satsinger, dialog } = setup();
    const question = rtl.within(dialog).getByRole('group', { name: /^Under innsatsområdet står 2 satsinger: / });
    for (const s of satsinger) expect(question.textContent).toContain(s.name);
    expect(slett(dialog)).toHaveProperty('disabled', true);
    rtl.fireEvent.click(rtl.within(dialog).getByLabelText('Flytt satsingene til et annet innsatsområde (tiltakene deres følger med)'));
    // Still disabled: no innsatsområde chosen yet.
    expect(slett(dialog)).toHaveProperty('disabled', true);
  });

  it('moves the satsinger with their tiltak to the chosen innsatsområde', () => {
    const { initial, other, satsinger, state, dialog } = setup();
    rtl.fireEvent.click(rtl.within(dialog).getByLabelText('Flytt satsingene til et annet innsatsområde (tiltakene deres følger med)'));
    rtl.fireEvent.change(rtl.within(dialog).getByLabelText('Innsatsområde for satsingene'), { target: { value: other.id } });
    // Their tiltak go with them: nothing to move.
    expect(rtl.within(dialog).queryByText(/tiltak hører til her/)).toBeNull();
    rtl.fireEvent.click(slett(dialog));
    expect(state.closed).toBe(true);
    expect(state.doc.strategy.focusAreas.some((f) => f.id === AREA)).toBe(false);
    expect(state.doc.strategy.initiatives.filter((i) => satsinger.some((s) => s.id === i.id)).map((i) => i.focusAreaId)).toEqual(satsinger.map(() => other.id));
    expect(state.doc.actions).toBe(initial.actions);
    expect(danglingIn(state.doc)).toEqual([]);
  });

  it('deletes the satsinger and asks where their tiltak go', () => {
    const { satsinger, state, dialog } = setup();
    rtl.fireEvent.click(rtl.within(dialog).getByLabelText('Slett satsingene sammen med innsatsområdet'));
    expect(rtl.within(dialog).getByText('6 tiltak hører til her. Velg hvor de skal flyttes:')).toBeTruthy();
    expect(slett(dialog)).toHaveProperty('disabled', true);
    rtl.fireEvent.change(rtl.within(dialog).getByLabelText('Flytt tiltakene til'), { target: { value: `focusArea:${OTHER}` } });
    rtl.fireEvent.click(slett(dialog));
    expect(state.closed).toBe(true);
    expect(state.doc.strategy.initiatives.some((i) => satsinger.some((s) => s.id === i.id))).toBe(false);
    expect(state.doc.actions.filter((a) => a.focusAreaIds.includes(OTHER)).length).toBeGreaterThanOrEqual(6);
    expect(danglingIn(state.doc)).toEqual([]);
  });
});
