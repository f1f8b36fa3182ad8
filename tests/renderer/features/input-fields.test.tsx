/**
 * One way of reading amounts and hours in every field (issue: six parsers disagreed on
 * «1.500»): the tiltak detail panel, the table's cell editor, the frame editor (Økonomi) and
 * a scenario's frame form accept the same texts with the same value and refuse the same
 * texts with the same message code — and with the UI in English, a bad amount is refused in
 * English only.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { PlanDocument } from '@shared/domain';
import { createScenario, planKontrollInput } from '@shared/edits';
import { msg, renderMessage } from '@shared/i18n/message';
import { parseHours, parseKroner } from '@shared/input';
import { actionFunding } from '@shared/rules';
import { createExampleDocument, EXAMPLE_PLAN_ID, EXAMPLE_STRATEGY_ID } from '@shared/templates';
import { FrameEditor } from '../../../renderer/src/features/economy/FrameEditor';
import { ActionDetailPanel } from '../../../renderer/src/features/plan/ActionDetailPanel';
import { readCell } from '../../../renderer/src/features/plan/cell-edit';
import { ScenarioFrameForm } from '../../../renderer/src/features/scenarios/ScenarioFrameForm';
import { createI18n } from '../../../renderer/src/i18n';
import { EditHarness } from '../helpers/document-store';

let nb: I18n;
let en: I18n;
beforeAll(async () => {
  nb = await createI18n('nb');
  en = await createI18n('en');
});
afterEach(() => {
  rtl.cleanup();
  sessionStorage.clear();
});

/** The value a text must give, or the code it must be refused with. */
type Expected = number | string;

/** Amounts: accepted and refused the same way everywhere. */
const AMOUNTS: ReadonlyArray<[string, Expected]> = [
  ['1.500', 1500],
  ['1 234 567 kr', 1_234_567],
  ['kr 2 000,-', 2000],
  ['1.500,5', 'input.kroner.notWhole'],
  ['-5', 'input.kroner.negative'],
  ['12 34', 'input.format.grouping'],
  ['1.5', 'input.format.decimalComma'],
  ['dyrt', 'input.kroner.notNumber'],
];

/** Hours: whole and not negative, everywhere. */
const HOURS: ReadonlyArray<[string, Expected]> = [
  ['1.200', 1200],
  ['1 500 timer', 1500],
  ['-2', 'input.hours.negative'],
  ['7,5', 'input.hours.notWhole'],
  ['mange', 'input.hours.notNumber'],
];

const scenarioId = 'scn_input';

function exampleDoc(): PlanDocument {
  const doc = createExampleDocument();
  return createScenario(doc, EXAMPLE_PLAN_ID, 'Variant', '', { createdAt: '2025-01-01T00:00:00.000Z', newId: (p) => (p === 'scn' ? scenarioId : `${p}_${Math.random().toString(36).slice(2)}`), language: 'nb' });
}

type Screen = 'panel' | 'frame' | 'scenario';

/** Renders one of the forms; `latest()` is the document after the last edit. */
function setup(screen: Screen, i18n: I18n) {
  const doc = exampleDoc();
  const action = doc.actions.find((a) => a.planId === EXAMPLE_PLAN_ID);
  if (!action) throw new Error('the example has no tiltak');
  let latest = doc;
  rtl.render(
    <I18nextProvider i18n={i18n}>
      <EditHarness initial={doc} onDoc={(d) => (latest = d)} errorText={(e) => e.message}>
        {(d, runEdit) => {
          const plan = d.plans.find((p) => p.id === EXAMPLE_PLAN_ID);
          const a = d.actions.find((x) => x.id === action.id);
          const scenario = plan?.scenarios.find((s) => s.id === scenarioId);
          if (!plan || !a || !scenario) return null;
          if (screen === 'panel') {
            return <ActionDetailPanel doc={d} plan={plan} action={a} findings={[]} strategyId={EXAMPLE_STRATEGY_ID} section="handlingsplan" runEdit={runEdit} onClose={() => undefined} />;
          }
          if (screen === 'frame') return <FrameEditor strategy={d.strategy} plan={plan} runEdit={runEdit} />;
          return <ScenarioFrameForm input={planKontrollInput(d, EXAMPLE_PLAN_ID)} scenario={scenario} runEdit={runEdit} />;
        }}
      </EditHarness>
    </I18nextProvider>,
  );
  const plan = () => latest.plans.find((p) => p.id === EXAMPLE_PLAN_ID);
  return {
    action,
    cost: () => latest.actions.find((a) => a.id === action.id)?.cost,
    hours: () => latest.actions.find((a) => a.id === action.id)?.hours,
    frame: () => plan()?.frame,
    scenarioFrame: () => plan()?.scenarios.find((s) => s.id === scenarioId)?.frame ?? null,
  };
}

/** Types into a field and commits it (Enter; the scenario form is submitted). */
function type(label: string, text: string, submit?: string): void {
  const field = rtl.screen.getByLabelText(label);
  rtl.fireEvent.change(field, { target: { value: text } });
  if (submit) rtl.fireEvent.click(rtl.screen.getByRole('button', { name: submit }));
  else rtl.fireEvent.keyDown(field, { key: 'Enter' });
}

/** The refusal shown, or null. */
function alertText(): string | null {
  return rtl.screen.queryByRole('alert')?.textContent ?? null;
}

/** What a refused text must show: shared/input's refusal (with this code), in bokmål. */
function refusal(parse: typeof parseKroner, code: string, text: string): string {
  const parsed = parse(text);
  expect(parsed.ok ? null : parsed.error.code).toBe(code);
  return parsed.ok ? '' : renderMessage(parsed.error, 'nb');
}

describe('amounts are read the same way in every field', () => {
  it.each(AMOUNTS)('table cell: «%s» → %s', (text, expected) => {
    const doc = exampleDoc();
    const action = doc.actions.find((a) => a.planId === EXAMPLE_PLAN_ID);
    if (!action) throw new Error('no tiltak');
    for (const column of ['cost', 'ownFunds'] as const) {
      const r = readCell(column, text, action, actionFunding(action));
      if (typeof expected === 'number') {
        expect(r.ok).toBe(true);
        if (r.ok && column === 'cost') expect(r.edit(doc).actions.find((a) => a.id === action.id)?.cost).toBe(expected);
      } else {
        expect(r.ok ? null : r.error.code).toBe(expected);
      }
    }
  });

  it.each(AMOUNTS)('detail panel: «%s» → %s', (text, expected) => {
    const s = setup('panel', nb);
    type('Kostnad (kr)', text);
    if (typeof expected === 'number') {
      expect(alertText()).toBeNull();
      expect(s.cost()).toBe(expected);
    } else {
      expect(alertText()).toBe(refusal(parseKroner, expected, text));
      expect(s.cost()).toBe(s.action.cost);
    }
  });

  it.each(AMOUNTS)('frame editor: «%s» → %s', (text, expected) => {
    const s = setup('frame', nb);
    const before = s.frame()?.ownFunds;
    type('Egne midler (kr)', text);
    if (typeof expected === 'number') {
      expect(alertText()).toBeNull();
      expect(s.frame()?.ownFunds).toBe(expected);
    } else {
      expect(alertText()).toBe(refusal(parseKroner, expected, text));
      expect(s.frame()?.ownFunds).toBe(before);
    }
  });

  it.each(AMOUNTS)('scenario frame form: «%s» → %s', (text, expected) => {
    const s = setup('scenario', nb);
    type('Ramme for egne midler (kr)', text, 'Lagre rammen');
    if (typeof expected === 'number') {
      expect(alertText()).toBeNull();
      expect(s.scenarioFrame()?.ownFunds).toBe(expected);
    } else {
      expect(alertText()).toBe(refusal(parseKroner, expected, text));
      expect(s.scenarioFrame()).toBeNull();
    }
  });
});

describe('hours are read the same way in every field', () => {
  it.each(HOURS)('detail panel: «%s» → %s', (text, expected) => {
    const s = setup('panel', nb);
    type('Timeverk', text);
    if (typeof expected === 'number') expect(s.hours()).toBe(expected);
    else expect(alertText()).toBe(refusal(parseHours, expected, text));
  });

  it.each(HOURS)('frame editor: «%s» → %s', (text, expected) => {
    const s = setup('frame', nb);
    type('Kapasitet (timer)', text);
    if (typeof expected === 'number') expect(s.frame()?.capacityHours).toBe(expected);
    else expect(alertText()).toBe(refusal(parseHours, expected, text));
  });

  it.each(HOURS)('scenario frame form: «%s» → %s', (text, expected) => {
    const s = setup('scenario', nb);
    type('Kapasitet (timer)', text, 'Lagre rammen');
    if (typeof expected === 'number') expect(s.scenarioFrame()?.capacityHours).toBe(expected);
    else expect(alertText()).toBe(refusal(parseHours, expected, text));
  });
});

describe('with the UI in English', () => {
  it('a bad amount is refused in English only, in every form', () => {
    const forms: Array<[Screen, string, string | undefined]> = [
      ['panel', 'Cost (NOK)', undefined],
      ['frame', 'Own funds (NOK)', undefined],
      ['scenario', 'Frame for own funds (NOK)', 'Save the frame'],
    ];
    for (const [screen, label, submit] of forms) {
      setup(screen, en);
      type(label, '-1,500', submit);
      const shown = alertText();
      expect(shown).toBe(renderMessage(msg('input.kroner.negative', { text: '-1,500' }), 'en'));
      expect(shown).toBe('The amount cannot be negative (“-1,500”).');
      expect(shown).not.toBe(renderMessage(msg('input.kroner.negative', { text: '-1,500' }), 'nb'));
      rtl.cleanup();
    }
  });

  it('reads English separators and shows English amounts', () => {
    const s = setup('panel', en);
    expect((rtl.screen.getByLabelText('Cost (NOK)') as HTMLInputElement).value).toBe(s.action.cost.toLocaleString('en-GB'));
    type('Cost (NOK)', '1,500');
    expect(s.cost()).toBe(1500);
    type('Cost (NOK)', '1.5');
    expect(alertText()).toBe('“1.5” has øre. Amounts are whole kroner.');
  });
});
