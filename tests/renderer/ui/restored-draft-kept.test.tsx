/**
 * Nothing typed is lost to a quick second reload: a draft restored after a reload stays in
 * the draft store until the edit it became is stored. Before, it left the store when it was
 * restored, so a reload before the autosave had written the edit lost the text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import type { PlanDocument } from '@shared/domain';
import { loadDocument, saveDocument } from '../../../renderer/src/db/repositories';
import { DocumentProvider } from '../../../renderer/src/state/DocumentProvider';
import { useDocumentStore } from '../../../renderer/src/state/document-context';
import { DraftField } from '../../../renderer/src/ui/DraftField';
import { readDraft, saveDraft } from '../../../renderer/src/ui/draft-store';
import { freshDb, templateDoc } from '../helpers';

const KEY = 'strategy:name';
const rename = (name: string) => (doc: PlanDocument): PlanDocument => ({ ...doc, strategy: { ...doc.strategy, name } });

function NameField() {
  const store = useDocumentStore();
  return (
    <>
      <p data-testid="saving">{store.isSaving ? 'lagrer' : 'lagret'}</p>
      <DraftField
        label="Navn"
        value={store.doc.strategy.name}
        persistKey={KEY}
        onCommit={(text) => (text.trim() === '' ? 'Navnet mangler' : (store.apply('Navn', rename(text)), null))}
      />
    </>
  );
}

afterEach(() => {
  rtl.cleanup();
  sessionStorage.clear();
});

async function mount(autosaveDelayMs: number) {
  const db = freshDb();
  const doc = templateDoc();
  await saveDocument(doc, db);
  const ui = rtl.render(
    <DocumentProvider initialDoc={doc} db={db} autosaveDelayMs={autosaveDelayMs}>
      <NameField />
    </DocumentProvider>,
  );
  return { db, doc, ui };
}

describe('restored drafts', () => {
  it('keep their text in the draft store until the edit is stored, then let it go', async () => {
    saveDraft(KEY, 'Skrevet før omlasting');
    const { db, doc, ui } = await mount(200);
    expect(ui.getByLabelText('Navn')).toHaveProperty('value', 'Skrevet før omlasting');
    // Committed, not yet stored: a reload now must find the text again.
    expect(ui.getByTestId('saving').textContent).toBe('lagrer');
    expect(readDraft(KEY)).toBe('Skrevet før omlasting');
    await rtl.waitFor(() => expect(ui.getByTestId('saving').textContent).toBe('lagret'));
    expect((await loadDocument(doc.strategy.id, db))?.strategy.name).toBe('Skrevet før omlasting');
    await rtl.waitFor(() => expect(readDraft(KEY)).toBeNull());
    ui.unmount();
    db.close();
  });

  it('go at once when the text is already the stored value', async () => {
    const db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    saveDraft(KEY, doc.strategy.name);
    const ui = rtl.render(
      <DocumentProvider initialDoc={doc} db={db} autosaveDelayMs={20}>
        <NameField />
      </DocumentProvider>,
    );
    await rtl.waitFor(() => expect(readDraft(KEY)).toBeNull());
    ui.unmount();
    db.close();
  });

  it('stay when refused (the field shows them with the message), and a newer text typed since stays too', async () => {
    saveDraft(KEY, '   ');
    const first = await mount(20);
    expect(first.ui.getByText('Navnet mangler')).toBeTruthy();
    expect(readDraft(KEY)).toBe('   ');
    first.ui.unmount();
    first.db.close();

    saveDraft(KEY, 'Første');
    const second = await mount(200);
    // The user types again before the restored edit is stored: their new text is theirs.
    rtl.fireEvent.change(second.ui.getByLabelText('Navn'), { target: { value: 'Andre' } });
    await rtl.waitFor(() => expect(second.ui.getByTestId('saving').textContent).toBe('lagret'));
    expect(readDraft(KEY)).toBe('Andre');
    second.ui.unmount();
    second.db.close();
  });
});
