/**
 * The store ↔ Y.Doc bridge: local edits land in the Y.Doc in one transaction, a
 * colleague's update becomes the store's document, undo takes back only this planner's
 * edits, and an update that would make the plan invalid is reported, not applied.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import * as Y from 'yjs';
import type { PlanDocument } from '@shared/domain';
import { applyPlanToYDoc, planToYDoc, readDeleteConflicts, watchConflicts, yDocToPlan } from '@shared/sync';
import { createExampleDocument } from '@shared/templates';
import { saveDocument } from '../../../renderer/src/db/repositories';
import { DocumentProvider } from '../../../renderer/src/state/DocumentProvider';
import { useDocumentStore } from '../../../renderer/src/state/document-context';
import { createPlanSync, LOCAL_ORIGIN } from '../../../renderer/src/sync/plan-sync';
import { freshDb, templateDoc } from '../helpers';

const rename = (name: string) => (doc: PlanDocument): PlanDocument => ({ ...doc, strategy: { ...doc.strategy, name } });
const setVision = (vision: string) => (doc: PlanDocument): PlanDocument => ({ ...doc, strategy: { ...doc.strategy, vision } });
const AUTHOR = () => ({ name: 'Kari', at: '2026-03-01T10:00:00Z' });

/** A colleague's copy that exchanges updates with `local`. */
function colleague(local: Y.Doc) {
  const remote = new Y.Doc();
  Y.applyUpdate(remote, Y.encodeStateAsUpdate(local));
  return {
    remote,
    edit(fn: (doc: PlanDocument) => PlanDocument) {
      const before = yDocToPlan(remote);
      if (!before.ok) throw new Error('remote invalid');
      applyPlanToYDoc(remote, before.doc, fn(before.doc), 'colleague', { name: 'Ola', at: '2026-03-01T10:01:00Z' });
      Y.applyUpdate(local, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(local)), 'provider');
    },
  };
}

describe('createPlanSync', () => {
  it('writes a local edit to the Y.Doc in one local transaction', () => {
    const doc = templateDoc();
    const ydoc = planToYDoc(doc);
    const sync = createPlanSync({ ydoc, initial: doc, author: AUTHOR });
    const origins: unknown[] = [];
    ydoc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    sync.applyLocal('Endre navn', rename('Nytt navn'));
    expect(origins).toEqual([LOCAL_ORIGIN]);
    const read = yDocToPlan(ydoc);
    expect(read.ok && read.doc.strategy.name).toBe('Nytt navn');
    expect(sync.current().strategy.name).toBe('Nytt navn');
    expect(sync.pendingLocal()).toBe(1);
    sync.markSent();
    expect(sync.pendingLocal()).toBe(0);
  });

  it('turns a colleague’s update into a new document, and undo takes back only my edit', () => {
    const doc = templateDoc();
    const ydoc = planToYDoc(doc);
    const sync = createPlanSync({ ydoc, initial: doc, author: AUTHOR });
    const other = colleague(ydoc);
    let notified = 0;
    sync.subscribe(() => (notified += 1));
    sync.applyLocal('Endre navn', rename('Mitt navn'));
    other.edit(setVision('Kollegaens visjon'));
    expect(sync.current().strategy.vision).toBe('Kollegaens visjon');
    expect(sync.current().strategy.name).toBe('Mitt navn');
    expect(notified).toBeGreaterThanOrEqual(2);
    expect(sync.undoLabel()).toBe('Endre navn');
    sync.undo();
    expect(sync.current().strategy.name).toBe(doc.strategy.name);
    expect(sync.current().strategy.vision).toBe('Kollegaens visjon');
    expect(sync.redoLabel()).toBe('Endre navn');
    sync.redo();
    expect(sync.current().strategy.name).toBe('Mitt navn');
  });

  it('undoing a creation while a colleague edited the new tiltak offline offers the colleague’s edit back', () => {
    const doc = createExampleDocument();
    const template = doc.actions[0];
    if (!template) throw new Error('the example has a tiltak');
    const ydoc = planToYDoc(doc);
    const sync = createPlanSync({ ydoc, initial: doc, author: AUTHOR });
    sync.applyLocal('Nytt tiltak', (d) => ({ ...d, actions: [...d.actions, { ...template, id: 'act_new', number: '9.9', title: 'Nytt' }] }));
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(ydoc));
    watchConflicts(remote);
    // Offline: the colleague renames the new tiltak, I take its creation back.
    const before = yDocToPlan(remote);
    if (!before.ok) throw new Error('remote invalid');
    const renamed = { ...before.doc, actions: before.doc.actions.map((a) => (a.id === 'act_new' ? { ...a, title: 'Kollegaens tittel' } : a)) };
    applyPlanToYDoc(remote, before.doc, renamed, 'colleague', { name: 'Ola', at: '2026-03-01T10:01:00Z' });
    sync.undo();
    expect(sync.current().actions.some((a) => a.id === 'act_new')).toBe(false);
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(ydoc, Y.encodeStateVector(remote)), 'provider');
    expect(readDeleteConflicts(remote)).toMatchObject([{ entityId: 'act_new', changedFields: ['title'], editedBy: 'Ola', deletedBy: 'Kari' }]);
  });

  it('reports a remote update that would make the plan invalid and keeps the last valid document', () => {
    const doc = templateDoc();
    const ydoc = planToYDoc(doc);
    const sync = createPlanSync({ ydoc, initial: doc, author: AUTHOR });
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(ydoc));
    remote.getMap('strategy').set('periodFrom', 1500);
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(ydoc)), 'provider');
    expect(sync.current()).toBe(doc);
    expect(sync.invalid()?.[0]?.code).toBe('sync.invalidRemote');
  });
});

function Probe() {
  const store = useDocumentStore();
  return (
    <div>
      <p data-testid="name">{store.doc.strategy.name}</p>
      <p data-testid="vision">{store.doc.strategy.vision}</p>
      <button type="button" onClick={() => store.apply('Endre navn', rename(`${store.doc.strategy.name}+`))}>
        rediger
      </button>
      <button type="button" onClick={store.undo} disabled={!store.canUndo}>
        angre
      </button>
    </div>
  );
}

describe('DocumentProvider with a team binding', () => {
  afterEach(() => rtl.cleanup());

  it('edits through the Y.Doc, shows a colleague’s edit, autosaves it, and undoes only its own', async () => {
    const db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const ydoc = planToYDoc(doc);
    const sync = createPlanSync({ ydoc, initial: doc, author: AUTHOR });
    const other = colleague(ydoc);
    const ui = rtl.render(
      <DocumentProvider initialDoc={doc} db={db} autosaveDelayMs={10} sync={sync}>
        <Probe />
      </DocumentProvider>,
    );
    rtl.fireEvent.click(ui.getByRole('button', { name: 'rediger' }));
    expect(ui.getByTestId('name').textContent).toBe(`${doc.strategy.name}+`);
    const inY = yDocToPlan(ydoc);
    expect(inY.ok && inY.doc.strategy.name).toBe(`${doc.strategy.name}+`);

    rtl.act(() => other.edit(setVision('Fra kollegaen')));
    expect(ui.getByTestId('vision').textContent).toBe('Fra kollegaen');
    await rtl.waitFor(async () => expect((await db.strategies.get(doc.strategy.id))?.vision).toBe('Fra kollegaen'));

    rtl.fireEvent.click(ui.getByRole('button', { name: 'angre' }));
    expect(ui.getByTestId('name').textContent).toBe(doc.strategy.name);
    expect(ui.getByTestId('vision').textContent).toBe('Fra kollegaen');
    expect((ui.getByRole('button', { name: 'angre' }) as HTMLButtonElement).disabled).toBe(true);
    // The undo is autosaved too; waiting for it keeps its last state update inside the test
    // (after the file's environment is gone it would be an unhandled error).
    await rtl.waitFor(async () => expect((await db.strategies.get(doc.strategy.id))?.name).toBe(doc.strategy.name));
    await rtl.waitFor(() => expect(ui.getByTestId('name').textContent).toBe(doc.strategy.name));
  });
});
