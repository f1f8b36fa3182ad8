/**
 * DocumentProvider with a writer lock held elsewhere: the store refuses edits and undo,
 * follows the writer's commits from Dexie, and edits again once it becomes the writer
 * (with a fresh history, so an undo cannot put back rows the other window changed).
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import type { PlanDocument } from '@shared/domain';
import { saveDocument } from '../../../renderer/src/db/repositories';
import { DocumentProvider } from '../../../renderer/src/state/DocumentProvider';
import { useDocumentStore } from '../../../renderer/src/state/document-context';
import { useDocumentSession } from '../../../renderer/src/state/session-context';
import type { WriterLock } from '../../../renderer/src/state/writer-lock';
import { freshDb, templateDoc } from '../helpers';

const rename = (name: string) => (doc: PlanDocument): PlanDocument => ({ ...doc, strategy: { ...doc.strategy, name } });

/** A lock driven by the test: role changes and remote commits on demand. */
function fakeLock(initiallyWriter: boolean) {
  let writer = initiallyWriter;
  const roles = new Set<(w: boolean) => void>();
  const commits = new Set<() => void>();
  let takeovers = 0;
  const lock: WriterLock = {
    isWriter: () => writer,
    onRoleChange: (l) => (roles.add(l), () => roles.delete(l)),
    onRemoteCommit: (l) => (commits.add(l), () => commits.delete(l)),
    setBeforeRelease: () => undefined,
    notifyCommitted: () => undefined,
    requestTakeover: () => {
      takeovers++;
    },
    dispose: () => undefined,
  };
  return {
    lock,
    takeovers: () => takeovers,
    setWriter(next: boolean) {
      writer = next;
      for (const l of roles) l(next);
    },
    remoteCommit: () => {
      for (const l of commits) l();
    },
  };
}

function Probe() {
  const store = useDocumentStore();
  const session = useDocumentSession();
  return (
    <div>
      <p data-testid="name">{store.doc.strategy.name}</p>
      <p data-testid="mode">{session.readOnly ? 'les' : 'skriv'}</p>
      <button type="button" onClick={() => store.apply('Endre navn', rename(`${store.doc.strategy.name}+`))}>
        rediger
      </button>
      <button type="button" onClick={store.undo} disabled={!store.canUndo}>
        angre
      </button>
      <button type="button" onClick={session.takeOver}>
        ta over
      </button>
    </div>
  );
}

describe('DocumentProvider in a read-only window', () => {
  afterEach(() => rtl.cleanup());

  it('refuses edits, follows remote commits, and edits after taking over', async () => {
    const db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const fake = fakeLock(false);
    const ui = rtl.render(
      <DocumentProvider initialDoc={doc} db={db} autosaveDelayMs={10} writerLock={fake.lock}>
        <Probe />
      </DocumentProvider>,
    );
    expect(ui.getByTestId('mode').textContent).toBe('les');
    rtl.fireEvent.click(ui.getByRole('button', { name: 'rediger' }));
    expect(ui.getByTestId('name').textContent).toBe(doc.strategy.name);
    expect((ui.getByRole('button', { name: 'angre' }) as HTMLButtonElement).disabled).toBe(true);

    // The other window writes; this one shows it.
    await saveDocument(rename('Fra det andre vinduet')(doc), db);
    fake.remoteCommit();
    await rtl.waitFor(() => expect(ui.getByTestId('name').textContent).toBe('Fra det andre vinduet'));
    // Still nothing written from here.
    expect((await db.strategies.get(doc.strategy.id))?.name).toBe('Fra det andre vinduet');

    rtl.fireEvent.click(ui.getByRole('button', { name: 'ta over' }));
    expect(fake.takeovers()).toBe(1);
    rtl.act(() => fake.setWriter(true));
    await rtl.waitFor(() => expect(ui.getByTestId('mode').textContent).toBe('skriv'));
    expect(ui.getByTestId('name').textContent).toBe('Fra det andre vinduet');
    rtl.fireEvent.click(ui.getByRole('button', { name: 'rediger' }));
    expect(ui.getByTestId('name').textContent).toBe('Fra det andre vinduet+');
    await rtl.waitFor(async () => expect((await db.strategies.get(doc.strategy.id))?.name).toBe('Fra det andre vinduet+'));
    // Undo goes back to what the other window wrote, not further.
    rtl.fireEvent.click(ui.getByRole('button', { name: 'angre' }));
    expect(ui.getByTestId('name').textContent).toBe('Fra det andre vinduet');
    expect((ui.getByRole('button', { name: 'angre' }) as HTMLButtonElement).disabled).toBe(true);
    ui.unmount();
    db.close();
  });
});
