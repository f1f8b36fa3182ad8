/**
 * One team strategy's sync session: its Y.Doc, kept in IndexedDB by y-indexeddb (so the
 * laptop works offline and merges on reconnect), the connection to the team server
 * (platform/team-connection), the store bridge (plan-sync), presence and the open
 * conflicts — and the sync state the header shows.
 */
import { IndexeddbPersistence, clearDocument } from 'y-indexeddb';
import * as Y from 'yjs';
import type { PlanDocument } from '@shared/domain';
import { msg, type Message } from '@shared/i18n/message';
import { applyPlanToYDoc, deleteAnyway, readConflicts, readDeleteConflicts, resolveConflict, restoreDeletedEntity, takeConflictValue, watchConflicts, yDocToPlan, type DeleteConflict, type JoinNotice, type SyncConflict } from '@shared/sync';
import { openTeamConnection, type PresenceState, type TeamConnection } from '../platform/team-connection';
import { trackJoins } from './joined-plans';
import { createPlanSync, type PlanSync } from './plan-sync';
import { teamDocumentName, type TeamConfig } from './team-config';

/** Synkroniseringsstatus, as the header shows it. */
export type SyncState =
  | { kind: 'connecting' }
  | { kind: 'synced' }
  | { kind: 'syncing' }
  | { kind: 'offline'; pending: number }
  | { kind: 'error'; reason: Message };

/** A colleague who has the strategy open. */
export interface PresenceEntry extends PresenceState {
  clientId: number;
  initials: string;
}

/** An open team session. */
export interface TeamSession {
  readonly strategyId: string;
  readonly config: TeamConfig;
  readonly sync: PlanSync;
  state(): SyncState;
  others(): PresenceEntry[];
  /** Field conflicts: values that lost, then the fields of a plan joined into another that differ (joined-plans.ts). */
  conflicts(): SyncConflict[];
  /** Entities deleted on one copy while edited on another (the deletion won; the edit is kept here). */
  deletedConflicts(): DeleteConflict[];
  /** Plans for one year and tiltak numbers created twice offline, joined on read (notices only). */
  joined?(): JoinNotice[];
  /** Tells the others which tiltak this planner is in (null: none). */
  setActiveAction(actionId: string | null): void;
  /** Closes a conflict (after its value was taken, or to keep the current one). */
  resolve(key: string): void;
  /** «Slett likevel»: keeps the deletion, removes from the Y.Doc what hangs because of it and closes the conflict (one transaction). */
  deleteAnyway(conflict: DeleteConflict): void;
  /** The edit that takes a conflict's losing value («Bruk denne verdien»). */
  takeEdit(conflict: SyncConflict): (doc: PlanDocument) => PlanDocument;
  /** The edit that brings a deleted entity back with the edit («Gjenopprett»). */
  restoreEdit(conflict: DeleteConflict): (doc: PlanDocument) => PlanDocument;
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

const UPLOAD_ORIGIN = 'handlingsrom:upload';
const COLORS = ['#1f6feb', '#b35900', '#2e7d32', '#8e24aa', '#c62828', '#00838f', '#6d4c41'];

/** Initials of a name: «Kari Nordmann» → «KN». */
export function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts.at(-1)] : [parts[0]];
  return letters.map((p) => (p ?? '').charAt(0).toUpperCase()).join('') || '?';
}

function colorFor(name: string): string {
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return COLORS[hash % COLORS.length] ?? '#1f6feb';
}

/** Name of the strategy's Y.Doc in IndexedDB. */
export function localYDocName(strategyId: string): string {
  return `handlingsrom-team-${strategyId}`;
}

/** Forgets the local Y.Doc of a strategy («Koble fra»: the Dexie copy stays). */
export async function forgetLocalYDoc(strategyId: string): Promise<void> {
  await clearDocument(localYDocName(strategyId));
}

/** Options of openTeamSession. */
export interface OpenTeamSessionOptions {
  strategyId: string;
  config: TeamConfig;
  /** The local document to upload when the Y.Doc is empty (sharing); null when joining. */
  localDoc: PlanDocument | null;
  /** The time now (ISO), for «who changed what when». */
  now?: () => string;
}

/** Result of opening: the session and the document to show, or why not. */
export type OpenTeamSessionResult = { ok: true; session: TeamSession; doc: PlanDocument } | { ok: false; message: Message };

/** Waits until the Y.Doc holds a strategy (joining: the server's copy has arrived). */
function whenFilled(ydoc: Y.Doc, timeoutMs: number): Promise<boolean> {
  const strategy = ydoc.getMap('strategy');
  if (strategy.size > 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      ydoc.off('update', check);
      resolve(false);
    }, timeoutMs);
    const check = () => {
      if (strategy.size === 0) return;
      clearTimeout(timer);
      ydoc.off('update', check);
      resolve(true);
    };
    ydoc.on('update', check);
  });
}

/** Waits until `isSynced()` holds (polled; the provider reports it by callback). */
function whenSynced(isSynced: () => boolean, timeoutMs: number): Promise<boolean> {
  const start = Date.now();
  return new Promise((resolve) => {
    const check = () => {
      if (isSynced()) resolve(true);
      else if (Date.now() - start > timeoutMs) resolve(false);
      else setTimeout(check, 50);
    };
    check();
  });
}

/** Opens a team strategy: local copy first, then the server. */
export async function openTeamSession({ strategyId, config, localDoc, now = () => new Date().toISOString() }: OpenTeamSessionOptions): Promise<OpenTeamSessionResult> {
  const ydoc = new Y.Doc();
  const persistence = new IndexeddbPersistence(localYDocName(strategyId), ydoc);
  await persistence.whenSynced;
  // Sharing: upload only what the server does not have yet (see below).
  const mustUpload = ydoc.getMap('strategy').size === 0 && localDoc !== null;

  let status: 'connecting' | 'connected' | 'disconnected' = 'connecting';
  let isSynced = false;
  let unsynced = 0;
  let failure: Message | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  let sync: PlanSync | null = null;
  let onDenied: () => void = () => undefined;
  const denied = new Promise<false>((resolve) => (onDenied = () => resolve(false)));
  const connection: TeamConnection = openTeamConnection(
    { url: config.url, documentName: teamDocumentName(config, strategyId), token: config.token, ydoc },
    {
      onStatus: (next) => {
        status = next;
        if (next !== 'connected') isSynced = false;
        notify();
      },
      onSynced: (state) => {
        isSynced = state;
        if (state && unsynced === 0) sync?.markSent();
        notify();
      },
      onUnsyncedChanges: (count) => {
        unsynced = count;
        if (count === 0 && isSynced) sync?.markSent();
        notify();
      },
      onDenied: () => {
        failure = msg('sync.error.denied');
        onDenied();
        notify();
      },
      onReadOnly: () => {
        failure = msg('sync.error.readOnly');
        notify();
      },
    },
  );

  const fail = async (message: Message): Promise<OpenTeamSessionResult> => {
    connection.destroy();
    await persistence.destroy();
    return { ok: false, message };
  };

  if (!localDoc && !(await Promise.race([whenFilled(ydoc, 15_000), denied]))) return fail(failure ?? msg('sync.error.unreachable'));
  if (mustUpload && localDoc) {
    // First hear what the server holds: two independent uploads of one strategy would
    // clash entity by entity. Offline (or slow), the local copy goes up when it connects.
    await Promise.race([whenSynced(() => isSynced, 5_000), denied]);
    if (ydoc.getMap('strategy').size === 0) applyPlanToYDoc(ydoc, null, localDoc, UPLOAD_ORIGIN);
  }
  const read = yDocToPlan(ydoc, localDoc ?? undefined);
  if (!read.ok) return fail(read.errors[0] ?? msg('sync.error.invalidRemote'));

  const planSync = createPlanSync({ ydoc, initial: read.doc, author: () => ({ name: config.name, at: now() }) });
  sync = planSync;
  let conflicts = readConflicts(ydoc);
  let deletedConflicts = readDeleteConflicts(ydoc);
  const stopConflicts = watchConflicts(ydoc, (list, deleted) => {
    conflicts = list;
    deletedConflicts = deleted;
    notify();
  });
  const stopPresence = connection.onPresenceChange(notify);
  const joins = trackJoins(ydoc, planSync, notify);
  const me: PresenceState = { name: config.name, color: colorFor(config.name), actionId: null };
  connection.setPresence(me);

  return {
    ok: true,
    doc: read.doc,
    session: {
      strategyId,
      config,
      sync: planSync,
      state() {
        if (failure) return { kind: 'error', reason: failure };
        if (status === 'disconnected') return { kind: 'offline', pending: planSync.pendingLocal() };
        if (status === 'connecting') return planSync.pendingLocal() > 0 ? { kind: 'offline', pending: planSync.pendingLocal() } : { kind: 'connecting' };
        if (!isSynced || unsynced > 0) return { kind: 'syncing' };
        const invalid = planSync.invalid();
        if (invalid) return { kind: 'error', reason: msg('sync.error.invalidRemote') };
        return { kind: 'synced' };
      },
      others() {
        return [...connection.others()].map(([clientId, p]) => ({ ...p, clientId, initials: initialsOf(p.name) }));
      },
      conflicts: () => joins.withFields(conflicts),
      deletedConflicts: () => deletedConflicts,
      joined: () => joins.notices(),
      setActiveAction(actionId) {
        if (me.actionId === actionId) return;
        me.actionId = actionId;
        connection.setPresence({ ...me });
      },
      resolve(key) {
        if (!joins.resolve(key)) resolveConflict(ydoc, key);
      },
      deleteAnyway(conflict) {
        deleteAnyway(ydoc, conflict, { name: config.name, at: now() });
      },
      takeEdit: (conflict) => (doc) => takeConflictValue(doc, conflict),
      restoreEdit: (conflict) => (doc) => restoreDeletedEntity(doc, conflict),
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      dispose() {
        joins.stop();
        stopPresence();
        stopConflicts();
        planSync.dispose();
        connection.destroy();
        listeners.clear();
        void persistence.destroy();
      },
    },
  };
}
