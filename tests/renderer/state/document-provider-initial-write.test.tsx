/**
 * A plan file shown while its write is under way (issue 13, point 3): the store says
 * «saving» (so «Alle endringer er lagret» does not show) until that write commits, and an
 * edit made meanwhile reaches the tables after it.
 */
import { describe, expect, it } from 'vitest';
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

describe('DocumentProvider with the initial write under way', () => {
  it('is saving until the write commits, then writes the edit made meanwhile', async () => {
    const db = freshDb();
    const doc = templateDoc();
    let commit: () => void = () => undefined;
    const written = new Promise<void>((resolve) => (commit = resolve));
    const ui = rtl.render(
      <DocumentProvider initialDoc={doc} db={db} autosaveDelayMs={20} initialWrite={written}>
        <Probe />
      </DocumentProvider>,
    );
    expect(ui.getByTestId('saving').textContent).toBe('lagrer');
    rtl.fireEvent.click(ui.getByRole('button', { name: 'rediger' }));
    await new Promise((r) => setTimeout(r, 80));
    expect(ui.getByTestId('saving').textContent).toBe('lagrer');
    expect(await loadDocument(doc.strategy.id, db)).toBeNull();
    await saveDocument(doc, db);
    commit();
    await rtl.waitFor(() => expect(ui.getByTestId('saving').textContent).toBe('lagret'));
    expect((await loadDocument(doc.strategy.id, db))?.strategy.name).toBe('Nytt navn');
    ui.unmount();
    db.close();
  });
});
