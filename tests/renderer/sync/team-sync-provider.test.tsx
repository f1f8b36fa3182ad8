/**
 * TeamSyncProvider with real Y.Docs (a session over createPlanSync, no network): «Bruk
 * denne verdien» is one undo step of this planner and closes the conflict on every copy;
 * «Gjenopprett» brings a tiltak deleted while edited back, also as one undo step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import * as Y from 'yjs';
import type { Action, PlanDocument } from '@shared/domain';
import { addStrategyItem, deleteStrategyItem } from '@shared/edits';
import { applyPlanToYDoc, deleteAnyway, planToYDoc, readConflicts, readDeleteConflicts, resolveConflict, restoreDeletedEntity, takeConflictValue, watchConflicts, yDocToPlan } from '@shared/sync';
import { createExampleDocument } from '@shared/templates';
import { saveDocument } from '../../../renderer/src/db/repositories';
import { DocumentProvider } from '../../../renderer/src/state/DocumentProvider';
import { useDocumentStore } from '../../../renderer/src/state/document-context';
import { createPlanSync } from '../../../renderer/src/sync/plan-sync';
import { TeamSyncProvider } from '../../../renderer/src/sync/TeamSyncProvider';
import { ActionPresence } from '../../../renderer/src/sync/ActionPresence';
import { useTeamSync } from '../../../renderer/src/sync/team-context';
import type { TeamSession } from '../../../renderer/src/sync/team-session';
import { freshDb } from '../helpers';

afterEach(() => rtl.cleanup());

const KARI = () => ({ name: 'Kari', at: '2026-03-01T14:32:00Z' });
const OLA = { name: 'Ola', at: '2026-03-01T14:35:00Z' };

function setAction(doc: PlanDocument, id: string, patch: Partial<Action>): PlanDocument {
  return { ...doc, actions: doc.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) };
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  for (let round = 0; round < 2; round += 1) {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'provider');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'provider');
  }
}

function readPlan(ydoc: Y.Doc): PlanDocument {
  const read = yDocToPlan(ydoc);
  if (!read.ok) throw new Error('invalid');
  return read.doc;
}

/** A session over a local Y.Doc: what openTeamSession gives, without the server. */
function sessionOf(ydoc: Y.Doc, initial: PlanDocument, presence: (string | null)[] = []): TeamSession {
  const sync = createPlanSync({ ydoc, initial, author: KARI });
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  let active: string | null = null;
  const stop = watchConflicts(ydoc, notify);
  sync.subscribe(notify);
  return {
    strategyId: initial.strategy.id,
    config: { url: 'ws://127.0.0.1:1', workspace: 'w', token: 't', name: 'Kari' },
    sync,
    state: () => ({ kind: 'synced' }),
    others: () => [],
    conflicts: () => readConflicts(ydoc),
    deletedConflicts: () => readDeleteConflicts(ydoc),
    // As the real one: a change of my presence is a presence change (awareness «change»).
    setActiveAction(actionId) {
      if (active === actionId) return;
      active = actionId;
      presence.push(actionId);
      notify();
    },
    resolve: (key) => resolveConflict(ydoc, key),
    deleteAnyway: (conflict) => deleteAnyway(ydoc, conflict, KARI()),
    takeEdit: (conflict) => (doc) => takeConflictValue(doc, conflict),
    restoreEdit: (conflict) => (doc) => restoreDeletedEntity(doc, conflict),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      stop();
      sync.dispose();
    },
  };
}

function Probe({ actionId }: { actionId: string }) {
  const store = useDocumentStore();
  const team = useTeamSync();
  const action = store.doc.actions.find((a) => a.id === actionId);
  return (
    <div>
      <p data-testid="title">{action ? action.title : '(slettet)'}</p>
      <p data-testid="open">{team.conflicts.length + team.deleted.length}</p>
      {team.conflicts.map((c) => (
        <button key={c.key} type="button" onClick={() => team.take(c)}>
          ta
        </button>
      ))}
      {team.deleted.map((c) => (
        <button key={c.key} type="button" onClick={() => team.restore(c)}>
          gjenopprett
        </button>
      ))}
      {team.deleted.map((c) => (
        <button key={c.key} type="button" onClick={() => team.keep(c)}>
          slett likevel
        </button>
      ))}
      <button type="button" onClick={store.undo} disabled={!store.canUndo}>
        angre
      </button>
    </div>
  );
}

async function setup() {
  const db = freshDb();
  const doc = createExampleDocument();
  const actionId = doc.actions[0]?.id ?? '';
  await saveDocument(doc, db);
  const mine = planToYDoc(doc);
  const theirs = new Y.Doc();
  Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
  watchConflicts(theirs);
  const session = sessionOf(mine, doc);
  const ui = rtl.render(
    <DocumentProvider initialDoc={doc} db={db} autosaveDelayMs={10} sync={session.sync}>
      <TeamSyncProvider strategyId={doc.strategy.id} session={session} reload={() => undefined}>
        <Probe actionId={actionId} />
      </TeamSyncProvider>
    </DocumentProvider>,
  );
  const theirEdit = (fn: (d: PlanDocument) => PlanDocument) => {
    const before = readPlan(theirs);
    applyPlanToYDoc(theirs, before, fn(before), 'colleague', OLA);
  };
  return { ui, mine, theirs, session, actionId, theirEdit };
}

describe('TeamSyncProvider', () => {
  it('«Bruk denne verdien» is one undoable edit and closes the conflict for both', async () => {
    const { ui, mine, theirs, session, actionId, theirEdit } = await setup();
    rtl.act(() => session.sync.applyLocal('Endre tittel', (d) => setAction(d, actionId, { title: 'Kari sin' })));
    theirEdit((d) => setAction(d, actionId, { title: 'Ola sin' }));
    rtl.act(() => exchange(mine, theirs));
    expect(ui.getByTestId('open').textContent).toBe('1');
    const shown = ui.getByTestId('title').textContent;
    const lost = shown === 'Kari sin' ? 'Ola sin' : 'Kari sin';

    rtl.fireEvent.click(ui.getByRole('button', { name: 'ta' }));
    expect(ui.getByTestId('title').textContent).toBe(lost);
    expect(ui.getByTestId('open').textContent).toBe('0');
    rtl.act(() => exchange(mine, theirs));
    expect(readPlan(theirs).actions[0]?.title).toBe(lost);
    expect(readConflicts(theirs)).toEqual([]);

    rtl.fireEvent.click(ui.getByRole('button', { name: 'angre' }));
    expect(ui.getByTestId('title').textContent).toBe(shown);
    session.dispose();
  });

  it('«Gjenopprett» brings back a tiltak deleted while I edited it, and undo deletes it again', async () => {
    const { ui, mine, theirs, session, actionId, theirEdit } = await setup();
    rtl.act(() => session.sync.applyLocal('Endre tittel', (d) => setAction(d, actionId, { title: 'Min nye tittel' })));
    theirEdit((d) => ({ ...d, actions: d.actions.filter((a) => a.id !== actionId) }));
    rtl.act(() => exchange(mine, theirs));
    expect(ui.getByTestId('title').textContent).toBe('(slettet)');
    expect(ui.getByTestId('open').textContent).toBe('1');
    expect(readDeleteConflicts(theirs)).toHaveLength(1);

    rtl.fireEvent.click(ui.getByRole('button', { name: 'gjenopprett' }));
    expect(ui.getByTestId('title').textContent).toBe('Min nye tittel');
    expect(ui.getByTestId('open').textContent).toBe('0');
    rtl.act(() => exchange(mine, theirs));
    expect(readPlan(theirs).actions.find((a) => a.id === actionId)?.title).toBe('Min nye tittel');
    expect(readDeleteConflicts(theirs)).toEqual([]);

    rtl.fireEvent.click(ui.getByRole('button', { name: 'angre' }));
    expect(ui.getByTestId('title').textContent).toBe('(slettet)');
    session.dispose();
  });
});

describe('«Slett likevel» on what a deletion left hanging', () => {
  it('removes the satsing I added under an innsatsområde a colleague deleted from the Y.Doc on both copies, and closes the conflict', async () => {
    const { ui, mine, theirs, session } = await setup();
    const doc = session.sync.current();
    const [area, otherArea] = doc.strategy.focusAreas;
    const model = doc.strategy.initiatives[0];
    if (!area || !otherArea || !model) throw new Error('the example has two innsatsområder and a satsing');
    rtl.act(() => session.sync.applyLocal('Ny satsing', (d) => addStrategyItem(d, 'initiatives', { ...model, id: 'sat_kari', name: 'Karis satsing', focusAreaId: area.id })));
    const theirEdit = (fn: (d: PlanDocument) => PlanDocument) => {
      const before = readPlan(theirs);
      applyPlanToYDoc(theirs, before, fn(before), 'colleague', OLA);
    };
    theirEdit((d) => deleteStrategyItem(d, 'focusAreas', area.id, { moveTo: { kind: 'focusArea', id: otherArea.id } }));
    rtl.act(() => exchange(mine, theirs));
    expect(ui.getByTestId('open').textContent).toBe('1');
    expect(mine.getMap('c:strategy.initiatives').has('sat_kari')).toBe(true);
    const shown = session.sync.current();
    expect(shown.strategy.initiatives.some((i) => i.id === 'sat_kari')).toBe(false);

    rtl.fireEvent.click(ui.getByRole('button', { name: 'slett likevel' }));
    expect(ui.getByTestId('open').textContent).toBe('0');
    rtl.act(() => exchange(mine, theirs));
    for (const ydoc of [mine, theirs]) {
      expect(ydoc.getMap('c:strategy.initiatives').has('sat_kari')).toBe(false);
      expect(readDeleteConflicts(ydoc)).toEqual([]);
    }
    expect(session.sync.current()).toEqual(shown);
    session.dispose();
  });
});

describe('presence from the detail panel', () => {
  it('reports the open tiltak once, not again on every presence change', async () => {
    const db = freshDb();
    const doc = createExampleDocument();
    await saveDocument(doc, db);
    const presence: (string | null)[] = [];
    const session = sessionOf(planToYDoc(doc), doc, presence);
    const actionId = doc.actions[0]?.id ?? '';
    const tree = (isOpen: boolean) => (
      <DocumentProvider initialDoc={doc} db={db} autosaveDelayMs={10} sync={session.sync}>
        <TeamSyncProvider strategyId={doc.strategy.id} session={session} reload={() => undefined}>
          {isOpen ? <ActionPresence actionId={actionId} isOpenHere /> : null}
        </TeamSyncProvider>
      </DocumentProvider>
    );
    // The panel opens once the provider follows the session (as in the app).
    const ui = rtl.render(tree(false));
    ui.rerender(tree(true));
    expect(presence).toEqual([actionId]);
    ui.rerender(tree(false));
    expect(presence).toEqual([actionId, null]);
    ui.unmount();
    session.dispose();
  });
});
