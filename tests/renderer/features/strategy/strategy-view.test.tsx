/**
 * The read-only føringer view shows each template's whole hierarchy with the names of its
 * seed document — including what the templates keep in the notes (Osloregionen's
 * målhierarki, Østfold's 5-faktormodell and partner regions).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { PlanDocument } from '@shared/domain';
import { createFromTemplate, OSLOREGIONEN_TEMPLATE_ID, OSTFOLD_TEMPLATE_ID } from '@shared/templates';
import { saveDocument } from '../../../../renderer/src/db/repositories';
import { StrategyView } from '../../../../renderer/src/features/strategy/StrategyView';
import { createI18n } from '../../../../renderer/src/i18n';
import { DocumentProvider } from '../../../../renderer/src/state/DocumentProvider';
import { freshDb } from '../../helpers';

let nb: I18n;
let en: I18n;
beforeAll(async () => {
  nb = await createI18n('nb');
  en = await createI18n('en');
});

async function renderView(doc: PlanDocument, i18n: I18n): Promise<ReturnType<typeof rtl.render>> {
  const db = freshDb();
  await saveDocument(doc, db);
  return rtl.render(
    <I18nextProvider i18n={i18n}>
      <DocumentProvider initialDoc={doc} db={db}>
        <StrategyView />
      </DocumentProvider>
    </I18nextProvider>,
  );
}

function section(ui: ReturnType<typeof rtl.render>, name: string): HTMLElement {
  return ui.getByRole('region', { name });
}

describe('StrategyView', () => {
  it('Osloregionen: delmål, satsing and the målhierarki from the notes', async () => {
    const ui = await renderView(createFromTemplate(OSLOREGIONEN_TEMPLATE_ID), nb);
    const areas = rtl.within(section(ui, 'Innsatsområder'));
    expect(areas.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Næringsutvikling',
      'By- og regionalutvikling',
      'Klima, miljø og natur',
      'Samferdsel',
    ]);
    expect(areas.getByText(/^bli ledende innen grønn innovasjon, kraftutnyttelse, digitalisering og KI/)).toBeTruthy();
    expect(areas.getByText('Grønn innovasjon og kraft')).toBeTruthy();
    const notes = section(ui, 'Notater').textContent ?? '';
    for (const level of ['1. Visjon', '2. utfordringer', '3. Mål', '4. Strategier', '5. Tiltak', '6. KPI']) expect(notes).toContain(level);
  });

  it('Østfold: the five categories of the 5-faktormodell and the partner regions are shown', async () => {
    const ui = await renderView(createFromTemplate(OSTFOLD_TEMPLATE_ID), nb);
    const notes = section(ui, 'Notater').textContent ?? '';
    for (const category of ['Offentlig myndighet', 'Gründermiljøer', 'Forskning og Utdanning', 'Næringslivsaktører', 'Kapital']) {
      expect(notes).toContain(category);
    }
    expect(rtl.within(section(ui, 'Samarbeidsregioner')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Follo',
      'Värmland',
      'Västra Götaland',
    ]);
  });

  it('sections a strategy does not use are left out and named once, in English too', async () => {
    const doc = createFromTemplate(OSTFOLD_TEMPLATE_ID);
    const ui = await renderView({ ...doc, strategy: { ...doc.strategy, notes: '' } }, en);
    expect(ui.queryByRole('region', { name: 'Notes' })).toBeNull();
    expect(ui.queryByText('No notes.')).toBeNull();
    expect(ui.queryByText(/yet\.$/)).toBeNull();
    // Østfold names no satsinger or delmål: no empty sub-headings under its areas.
    expect(ui.queryAllByRole('heading', { level: 4 })).toEqual([]);
    expect(ui.getByText(/^Not used in these guidelines: .*Initiatives.*Notes\.$/)).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Print the guidelines' })).toBeTruthy();
  });

  it('Østfold shows its strategic foundation: mission, roles, values and purpose', async () => {
    const ui = await renderView(createFromTemplate(OSTFOLD_TEMPLATE_ID), nb);
    for (const name of ['Formål', 'Oppdrag', 'Roller', 'Verdier']) expect(section(ui, name)).toBeTruthy();
    expect(ui.queryByText('Intet overordnet mål ennå.')).toBeNull();
  });
});
