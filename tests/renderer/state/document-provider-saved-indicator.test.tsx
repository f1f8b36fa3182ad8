/**
 * «Alle endringer er lagret» is an acknowledgement (issue 10: 0 acknowledged edits lost):
 * the store must not say «saved» for an edit the autosaver has not been given yet — the
 * delivery waits for the paint, and a check (or a kill) can come in between.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import type { PlanDocument } from '@shared/domain';
import { loadDocument, saveDocument } from '../../../renderer/src/db/repositories';
import { DocumentProvider } from '../../../renderer/src/state/DocumentProvider';
import { useDocumentStore } from '../../../renderer/src/state/document-context';
import { freshDb, templateDoc } from '../helpers';

const rename = (name: string) => (doc: PlanDocument): PlanDocument => ({ ...doc, strategy: { ...doc.strategy, name } });

function Probe() {
  const store = useDocumentStore();
  return (
    <div>
      <p data-testid="saving">{store.isSaving ? 'lagrer' : 'lagret'}</p>
      <button type="button" onClick={() => store.apply('Nytt navn', rename('Nytt navn'))}>
        rediger
      </button>
    </div>
  );
}

afterEach(() => rtl.cleanup());

describe('DocumentProvider save indicator', () => {
  it('says «saving» from the render that shows an edit until the edit is stored', async () => {
    const db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const ui = rtl.render(
      <DocumentProvider initialDoc={doc} db={db} autosaveDelayMs={20}>
        <Probe />
      </DocumentProvider>,
    );
    expect(ui.getByTestId('saving').textContent).toBe('lagret');
    rtl.fireEvent.click(ui.getByRole('button', { name: 'rediger' }));
    // The same render as the edit: the after-paint delivery has not run yet.
    expect(ui.getByTestId('saving').textContent).toBe('lagrer');
    await rtl.waitFor(() => expect(ui.getByTestId('saving').textContent).toBe('lagret'));
    // Saved means stored.
    expect((await loadDocument(doc.strategy.id, db))?.strategy.name).toBe('Nytt navn');
    ui.unmount();
    db.close();
  });
});
