/**
 * Kari and Ola both created the plan for one year offline, each with its own ramme: after
 * the sync the conflict list shows Kari's ramme as a conflict on the kept plan (which plan,
 * who, when), «Bruk denne verdien» sets it as one edit that reaches Kari's copy, and
 * «Behold gjeldende» closes it on both copies for good. The session follows the joins as
 * the app's does (joined-plans.ts).
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import * as Y from 'yjs';
import type { PlanDocument } from '@shared/domain';
import { createPlan, setFrame } from '@shared/edits';
import { deleteAnyway, joinConflicts, readConflicts, readDeleteConflicts, resolveConflict, resolveJoinConflict, restoreDeletedEntity, takeConflictValue, watchConflicts } from '@shared/sync';
import { createExampleDocument } from '@shared/templates';
import { saveDocument } from '../../../renderer/src/db/repositories';
import { createI18n } from '../../../renderer/src/i18n';
import { DocumentProvider } from '../../../renderer/src/state/DocumentProvider';
import { useDocumentStore } from '../../../renderer/src/state/document-context';
import { ConflictNotices } from '../../../renderer/src/sync/ConflictNotices';
import { trackJoins } from '../../../renderer/src/sync/joined-plans';
import { createPlanSync } from '../../../renderer/src/sync/plan-sync';
import { TeamSyncProvider } from '../../../renderer/src/sync/TeamSyncProvider';
import type { TeamSession } from '../../../renderer/src/sync/team-session';
import { formatTimestamp } from '../../../renderer/src/ui/format-timestamp';
import { cloneDoc, edit, planToYDoc, read, syncAll } from '../../shared/sync/helpers';
import { freshDb } from '../helpers';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => rtl.cleanup());

const example = createExampleDocument();
const YEAR = example.strategy.periodTo;
const KARI = { name: 'Kari', at: '2026-03-01T14:32:00Z' };
const OLA = { name: 'Ola', at: '2026-03-01T14:35:00Z' };

/** A session over a local Y.Doc as openTeamSession builds it (without the server), joins included. */
function sessionOf(ydoc: Y.Doc, initial: PlanDocument): TeamSession {
  const sync = createPlanSync({ ydoc, initial, author: () => OLA });
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const stop = watchConflicts(ydoc, notify);
  const joins = trackJoins(ydoc, sync, notify);
  return {
    strategyId: initial.strategy.id,
    config: { url: 'ws://127.0.0.1:1', workspace: 'w', token: 't', name: 'Ola' },
    sync,
    state: () => ({ kind: 'synced' }),
    others: () => [],
    conflicts: () => joins.withFields(readConflicts(ydoc)),
    deletedConflicts: () => readDeleteConflicts(ydoc),
    joined: () => joins.notices(),
    setActiveAction: () => undefined,
    resolve: (key) => {
      if (!joins.resolve(key)) resolveConflict(ydoc, key);
    },
    deleteAnyway: (conflict) => deleteAnyway(ydoc, conflict, OLA),
    takeEdit: (conflict) => (doc) => takeConflictValue(doc, conflict),
    restoreEdit: (conflict) => (doc) => restoreDeletedEntity(doc, conflict),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      joins.stop();
      stop();
      sync.dispose();
    },
  };
}

function Frame() {
  const { doc } = useDocumentStore();
  return <p data-testid="frame">{doc.plans.find((p) => p.year === YEAR)?.frame.ownFunds}</p>;
}

async function setup() {
  const kari = planToYDoc(example);
  const ola = cloneDoc(kari);
  edit(kari, (d) => setFrame(createPlan(d, YEAR, { id: 'plan_b' }), 'plan_b', { ownFunds: 5_000_000 }), KARI);
  edit(ola, (d) => setFrame(createPlan(d, YEAR, { id: 'plan_a' }), 'plan_a', { ownFunds: 3_000_000 }), OLA);
  syncAll([kari, ola]);
  const doc = read(ola);
  const db = freshDb();
  await saveDocument(doc, db);
  const session = sessionOf(ola, doc);
  const ui = rtl.render(
    <I18nextProvider i18n={i18n}>
      <DocumentProvider initialDoc={doc} db={db} autosaveDelayMs={10} sync={session.sync}>
        <TeamSyncProvider strategyId={doc.strategy.id} session={session} reload={() => undefined}>
          <Frame />
          <ConflictNotices />
        </TeamSyncProvider>
      </DocumentProvider>
    </I18nextProvider>,
  );
  return { ui, kari, ola, session };
}

describe('a joined plan’s ramme in the conflict list', () => {
  it('shows which plan, who and when, and «Bruk denne verdien» sets it on both copies', async () => {
    const { ui, kari, ola, session } = await setup();
    expect(ui.getByTestId('frame').textContent).toBe('3000000');
    const item = ui.container.querySelector('.sync-conflict[data-field="frame"][data-entity="plan_a"]');
    expect(item?.textContent).toContain(`økonomiske rammer i handlingsplan ${YEAR}, verdien fra den andre planen for ${YEAR}`);
    expect(item?.textContent).toContain(`Kari skrev`);
    expect(item?.textContent).toContain(formatTimestamp(KARI.at, 'nb'));
    // The joined plan's creation is noted too.
    expect(ui.getByRole('region', { name: 'Sammenslått etter synkronisering' }).textContent).toContain('Kari opprettet også en');

    rtl.fireEvent.click(rtl.within(item instanceof HTMLElement ? item : document.body).getByRole('button', { name: 'Bruk denne verdien' }));
    expect(ui.getByTestId('frame').textContent).toBe('5000000');
    await rtl.waitFor(() => expect(ui.container.querySelector('.sync-conflict[data-field="frame"]')).toBeNull());
    syncAll([kari, ola]);
    expect(read(kari).plans.find((p) => p.id === 'plan_a')?.frame.ownFunds).toBe(5_000_000);
    expect(joinConflicts(kari)).toEqual([]);
    session.dispose();
  });

  it('«Behold gjeldende» keeps the value and closes the conflict on both copies', async () => {
    const { ui, kari, ola, session } = await setup();
    const item = ui.container.querySelector('.sync-conflict[data-field="frame"]');
    rtl.fireEvent.click(rtl.within(item instanceof HTMLElement ? item : document.body).getByRole('button', { name: 'Behold gjeldende' }));
    await rtl.waitFor(() => expect(ui.container.querySelector('.sync-conflict[data-field="frame"]')).toBeNull());
    expect(ui.getByTestId('frame').textContent).toBe('3000000');
    syncAll([kari, ola]);
    expect(joinConflicts(kari)).toEqual([]);
    expect(read(kari).plans.find((p) => p.id === 'plan_a')?.frame.ownFunds).toBe(3_000_000);
    session.dispose();
  });

  it('a conflict closed on the other copy goes here too', async () => {
    const { ui, kari, ola, session } = await setup();
    expect(ui.container.querySelector('.sync-conflict[data-field="frame"]')).not.toBeNull();
    const [conflict] = joinConflicts(kari);
    if (!conflict) throw new Error('Kari sees the conflict too');
    resolveJoinConflict(kari, conflict);
    rtl.act(() => Y.applyUpdate(ola, Y.encodeStateAsUpdate(kari, Y.encodeStateVector(ola)), 'provider'));
    await rtl.waitFor(() => expect(ui.container.querySelector('.sync-conflict[data-field="frame"]')).toBeNull());
    session.dispose();
  });
});
