/**
 * Plans created twice offline and joined on read (shared/sync/duplicates.ts), as a team
 * session follows them: the notices («Handlingsplanen for 2028 ble opprettet to ganger …»)
 * and the fields of a joined plan that differ from the kept plan's, as field conflicts
 * beside the others (join-notices.ts). Re-read after every change of the document and
 * whenever a copy takes or keeps such a field (`$joinSeen`).
 */
import type * as Y from 'yjs';
import { JOIN_SEEN_MAP, PLANS_KEY, joinReport, resolveJoinConflict, type JoinConflict, type JoinNotice, type SyncConflict } from '@shared/sync';

/** What a session knows of the joins. */
export interface JoinTracker {
  /** The notices of what was joined. */
  notices(): JoinNotice[];
  /** `conflicts` with the joined plans' differing fields after them (the same list object while neither changes). */
  withFields(conflicts: SyncConflict[]): SyncConflict[];
  /** Closes a joined plan's field conflict (taken or kept) on every copy; false when `key` is not one. */
  resolve(key: string): boolean;
  stop(): void;
}

/** Follows the joins of `ydoc`: re-read when `sync` reports a change or a field was taken or kept; `onChange` after each. */
export function trackJoins(ydoc: Y.Doc, sync: { subscribe(listener: () => void): () => void }, onChange: () => void): JoinTracker {
  let report = joinReport(ydoc);
  let notices: JoinNotice[] = report.notices;
  let fields: JoinConflict[] = report.conflicts;
  let combined: { conflicts: SyncConflict[] | null; fields: JoinConflict[]; list: SyncConflict[] } = { conflicts: null, fields, list: [] };
  const refresh = () => {
    report = joinReport(ydoc);
    // Keep the empty lists' identity (nothing joined is the usual case).
    if (report.notices.length > 0 || notices.length > 0) notices = report.notices;
    if (report.conflicts.length > 0 || fields.length > 0) fields = report.conflicts;
    onChange();
  };
  const stopSync = sync.subscribe(refresh);
  const seen = ydoc.getMap(JOIN_SEEN_MAP);
  seen.observe(refresh);
  // A colleague's plan for a year this copy already has can arrive without changing this
  // copy's read at all (its own plan is kept and the other holds no tiltak), so the sync
  // reports nothing: the plans themselves are watched too.
  const plans = ydoc.getMap(PLANS_KEY);
  plans.observeDeep(refresh);
  return {
    notices: () => notices,
    withFields(conflicts) {
      if (combined.conflicts !== conflicts || combined.fields !== fields) combined = { conflicts, fields, list: fields.length === 0 ? conflicts : [...conflicts, ...fields] };
      return combined.list;
    },
    resolve(key) {
      const conflict = fields.find((c) => c.key === key);
      if (!conflict) return false;
      resolveJoinConflict(ydoc, conflict);
      return true;
    },
    stop() {
      stopSync();
      seen.unobserve(refresh);
      plans.unobserveDeep(refresh);
    },
  };
}
