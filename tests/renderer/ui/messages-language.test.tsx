/**
 * Messages from shared/ in the renderer, with Testing Library in jsdom: a refused edit and
 * a refused plan file read in English when the language is English — no bokmål, no
 * internal field key — and in bokmål when it is bokmål.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { parsePlanFile, serializePlanFile } from '@shared/domain/plan-file';
import { deleteStrategyItem, setPlanStatus, updateAction } from '@shared/edits';
import type { PlanDocument } from '@shared/domain';
import { DEFAULT_SETTINGS, type Language } from '@shared/ipc';
import { createExampleDocument, EXAMPLE_PLAN_ID } from '@shared/templates';
import { AppContext, type AppContextValue, type Notice } from '../../../renderer/src/app/app-context';
import { NoticeArea } from '../../../renderer/src/app/NoticeArea';
import { createI18n } from '../../../renderer/src/i18n';
import { useRenderMessage } from '../../../renderer/src/ui/messages';

const i18n: Record<Language, I18n | null> = { nb: null, en: null };
beforeAll(async () => {
  i18n.nb = await createI18n('nb');
  i18n.en = await createI18n('en');
});
afterEach(() => rtl.cleanup());

/** What an edit throws (it must refuse). */
function refusal(edit: (doc: PlanDocument) => PlanDocument): unknown {
  try {
    edit(createExampleDocument());
  } catch (e) {
    return e;
  }
  throw new Error('the edit did not refuse');
}

function Refusal({ error }: { error: unknown }) {
  const render = useRenderMessage();
  return <p role="alert">{render(error)}</p>;
}

function showRefusal(language: Language, error: unknown): string {
  rtl.render(
    <I18nextProvider i18n={i18n[language]!}>
      <Refusal error={error} />
    </I18nextProvider>,
  );
  return rtl.screen.getByRole('alert').textContent ?? '';
}

function showFileErrors(language: Language, text: string): HTMLElement {
  const parsed = parsePlanFile(text);
  if (parsed.ok) throw new Error('the file was accepted');
  const notice: Notice = { kind: 'file-errors', fileName: 'plan.handlingsrom', problems: parsed.errors };
  const context: AppContextValue = {
    settings: { ...DEFAULT_SETTINGS, language },
    updateSettings: async () => undefined,
    notice,
    setNotice: () => undefined,
    documentRevision: 0,
    bumpDocumentRevision: () => undefined,
  };
  rtl.render(
    <I18nextProvider i18n={i18n[language]!}>
      <AppContext.Provider value={context}>
        <NoticeArea />
      </AppContext.Provider>
    </I18nextProvider>,
  );
  return rtl.screen.getByRole('alert');
}

const firstAction = () => {
  const action = createExampleDocument().actions.find((a) => a.planId === EXAMPLE_PLAN_ID);
  if (!action) throw new Error('the example has no tiltak');
  return action;
};

const NORWEGIAN = /[æøåÆØÅ]|Tiltak|tittel|Beløpet|Handlingsplan|vedtatt|finnes/;

describe('a refused edit in the chosen language', () => {
  it('a too-long title: English, naming the field from the catalogue, not its key', () => {
    const a = firstAction();
    const error = refusal((d) => updateAction(d, a.id, { title: 'x'.repeat(600) }));
    const text = showRefusal('en', error);
    expect(text).toBe(`Action ${a.number} «${a.title}», title: The text is too long (at most 500 characters)`);
    expect(text.replace(a.title, '')).not.toMatch(NORWEGIAN);
    expect(text).not.toContain('(title)');
  });

  it('an invalid amount, a plan adopted, an actor in use: English', () => {
    const a = firstAction();
    const doc = createExampleDocument();
    const actor = doc.strategy.actors.find((x) => doc.actions.some((act) => act.partnerIds.includes(x.id)));
    const errors = [
      refusal((d) => updateAction(d, a.id, { cost: 10.5 })),
      refusal((d) => updateAction(setPlanStatus(d, EXAMPLE_PLAN_ID, 'adopted', '2025-01-15'), a.id, { title: 'Ny' })),
      refusal((d) => deleteStrategyItem(d, 'actors', actor?.id ?? '')),
    ];
    const texts = errors.map((e) => {
      const text = showRefusal('en', e);
      rtl.cleanup();
      return text;
    });
    expect(texts[0]).toContain('cost: The amount must be whole kroner');
    expect(texts[1]).toBe('Action plan 2025 is adopted and cannot be changed. Reopen the plan first.');
    expect(texts[2]).toContain('is a partner or funder in');
    for (const text of texts) expect(text.replace(a.title, '').replace(actor?.name ?? '', '')).not.toMatch(NORWEGIAN);
  });

  it('the same refusal in bokmål', () => {
    const a = firstAction();
    const text = showRefusal('nb', refusal((d) => updateAction(d, a.id, { title: 'x'.repeat(600) })));
    expect(text).toBe(`Tiltak ${a.number} «${a.title}», tittel: Teksten er for lang (høyst 500 tegn)`);
  });
});

describe('a refused plan file in the chosen language', () => {
  const broken = () => {
    const raw = JSON.parse(serializePlanFile(createExampleDocument(), '2025-03-01T10:00:00.000Z')) as { actions: Record<string, unknown>[] };
    raw.actions[0]!['cost'] = -1;
    return JSON.stringify(raw, null, 2);
  };

  it('lists the problems in English, with their path', () => {
    const alert = showFileErrors('en', broken());
    const items = rtl.within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['actions[0].cost: Action no. 1 (action plan 2025), cost: The amount cannot be negative']);
    expect(items.join(' ')).not.toMatch(NORWEGIAN);
  });

  it('a syntax error shows line and character, in English', () => {
    const text = broken();
    const alert = showFileErrors('en', text.slice(0, text.length / 2));
    const [item] = rtl.within(alert).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(item).toMatch(/^line \d+, character \d+: The file ends too early – it is probably cut short or damaged\.$/);
  });

  it('a newer file version, in bokmål', () => {
    const raw = JSON.parse(broken()) as Record<string, unknown>;
    raw['version'] = 99;
    const alert = showFileErrors('nb', JSON.stringify(raw));
    const [item] = rtl.within(alert).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(item).toMatch(/^version: Filen er laget med en nyere versjon av Handlingsrom \(filversjon 99;/);
  });
});
