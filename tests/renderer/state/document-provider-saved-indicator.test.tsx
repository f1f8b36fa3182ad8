/**
 * «Alle endringer er lagret» is an acknowledgement (issue 10: 0 acknowledged edits lost):
 * the store must not say «saved» for an edit the autosaver has not been given yet — the
 * delivery waits for the paint, and a check (or a kill) can come in between.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as rtl from '@testing-library/react';
import type { PlanDocument } from '@shared/domain';
import { hasLocalJournal, loadDocument, recoverLocalJournal, saveDocument } from '../../../renderer/src/db/repositories';
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

afterEach(() => {
  rtl.cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
});

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

  it('a reload right after an edit (before its delivery) keeps it in the local journal, and the next start has it', async () => {
    const db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const ui = rtl.render(
      <DocumentProvider initialDoc={doc} db={db} autosaveDelayMs={60_000}>
        <Probe />
      </DocumentProvider>,
    );
    // Writes started now never finish: the browser cuts them off with the page.
    const transaction = vi.spyOn(db, 'transaction').mockImplementation((() => new Promise(() => undefined)) as never);
    const put = vi.spyOn(db.meta, 'put').mockImplementation((() => new Promise(() => undefined)) as never);
    rtl.fireEvent.click(ui.getByRole('button', { name: 'rediger' }));
    expect(hasLocalJournal(doc.strategy.id)).toBe(false);
    window.dispatchEvent(new Event('beforeunload'));
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(`handlingsrom:pending:${doc.strategy.id}`)).toContain('Nytt navn');
    // The page is gone (its last writes with it: they start now, and hang); the next start has the edit.
    ui.unmount();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(transaction).toHaveBeenCalled();
    transaction.mockRestore();
    put.mockRestore();
    expect(await recoverLocalJournal(doc.strategy.id, db)).toBe(true);
    expect((await loadDocument(doc.strategy.id, db))?.strategy.name).toBe('Nytt navn');
    db.close();
  });
});
