/**
 * DocumentProvider with Testing Library in jsdom: undo/redo, autosave, keyboard.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import * as rtl from '@testing-library/react';
import type { PlanDocument } from '@shared/domain';
import type { HandlingsromDb } from '../../../renderer/src/db/database';
import { saveDocument } from '../../../renderer/src/db/repositories';
import * as providerModule from '../../../renderer/src/state/DocumentProvider';
import * as contextModule from '../../../renderer/src/state/document-context';
import { freshDb, templateDoc } from '../helpers';

describe('DocumentProvider (Testing Library)', () => {
  afterEach(() => rtl.cleanup());

  const rename = (name: string) => (doc: PlanDocument): PlanDocument => ({ ...doc, strategy: { ...doc.strategy, name } });

  function Probe({ onDoc }: { onDoc: (doc: PlanDocument) => void }) {
    const store = contextModule.useDocumentStore();
    onDoc(store.doc);
    return (
      <div>
        <p data-testid="name">{store.doc.strategy.name}</p>
        <p data-testid="undo-label">{store.undoLabel ?? ''}</p>
        <button type="button" onClick={() => store.apply(`Endring ${store.doc.strategy.name}`, rename(`${store.doc.strategy.name}+`))}>
          rediger
        </button>
        <button type="button" onClick={store.undo} disabled={!store.canUndo}>
          angre
        </button>
        <button type="button" onClick={store.redo} disabled={!store.canRedo}>
          gjør om
        </button>
      </div>
    );
  }

  async function setup(db: HandlingsromDb, doc: PlanDocument): Promise<{ latest: () => PlanDocument; ui: ReturnType<typeof rtl.render> }> {
    await saveDocument(doc, db);
    let latest = doc;
    const wrap = (children: ReactNode) => (
      <providerModule.DocumentProvider initialDoc={doc} db={db} autosaveDelayMs={50}>
        {children}
      </providerModule.DocumentProvider>
    );
    const ui = rtl.render(wrap(<Probe onDoc={(d) => (latest = d)} />));
    return { latest: () => latest, ui };
  }

  it('20 edits then 20 undos give the original document', async () => {
    const db = freshDb();
    const doc = templateDoc();
    const { latest, ui } = await setup(db, doc);
    const edit = ui.getByRole('button', { name: 'rediger' });
    for (let i = 0; i < 20; i++) rtl.fireEvent.click(edit);
    expect(ui.getByTestId('name').textContent).toBe(`${doc.strategy.name}${'+'.repeat(20)}`);
    expect(ui.getByTestId('undo-label').textContent).toBe(`Endring ${doc.strategy.name}${'+'.repeat(19)}`);
    const undo = ui.getByRole('button', { name: 'angre' });
    for (let i = 0; i < 20; i++) rtl.fireEvent.click(undo);
    expect(latest()).toBe(doc);
    expect((undo as HTMLButtonElement).disabled).toBe(true);
    ui.unmount();
    db.close();
  });

  it('autosaves edits to Dexie', async () => {
    const db = freshDb();
    const doc = templateDoc();
    const { ui } = await setup(db, doc);
    rtl.fireEvent.click(ui.getByRole('button', { name: 'rediger' }));
    await rtl.waitFor(async () => {
      expect((await db.strategies.get(doc.strategy.id))?.name).toBe(`${doc.strategy.name}+`);
    });
    ui.unmount();
    db.close();
  });

  it('Ctrl+Z and Ctrl+Shift+Z undo and redo outside text fields', async () => {
    const db = freshDb();
    const doc = templateDoc();
    const { latest, ui } = await setup(db, doc);
    rtl.fireEvent.click(ui.getByRole('button', { name: 'rediger' }));
    rtl.fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(latest()).toBe(doc);
    rtl.fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true });
    expect(latest().strategy.name).toBe(`${doc.strategy.name}+`);
    ui.unmount();
    db.close();
  });
});
