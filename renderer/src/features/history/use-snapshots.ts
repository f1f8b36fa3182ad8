/** The snapshots of a strategy from DesktopApi, reloadable, and reading one as a document. */
import { useCallback, useEffect, useState } from 'react';
import type { SnapshotInfo } from '@shared/backup';
import type { PlanDocument } from '@shared/domain';
import { parsePlanFile } from '@shared/domain/plan-file';
import { getDesktopApi } from '../../platform';

/** The list (null while loading), an error text, and a reload. */
export interface SnapshotList {
  snapshots: SnapshotInfo[] | null;
  error: string | null;
  reload(): void;
}

/** Lists the strategy's snapshots, newest first. */
export function useSnapshots(strategyId: string): SnapshotList {
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    let isCurrent = true;
    void getDesktopApi()
      .listBackups(strategyId)
      .then((r) => {
        if (!isCurrent) return;
        if (r.ok) {
          setSnapshots(r.value);
          setError(null);
        } else {
          setSnapshots([]);
          setError(r.error.message);
        }
      });
    return () => {
      isCurrent = false;
    };
  }, [strategyId, revision]);
  const reload = useCallback(() => setRevision((n) => n + 1), []);
  return { snapshots, error, reload };
}

/** A snapshot's text and document, or the reason it could not be read. */
export type ReadSnapshot = { ok: true; text: string; doc: PlanDocument } | { ok: false; message: string };

/** Reads a snapshot and parses it as a plan file. */
export async function readSnapshot(snapshot: SnapshotInfo): Promise<ReadSnapshot> {
  const r = await getDesktopApi().readBackup({ strategyId: snapshot.strategyId, id: snapshot.id });
  if (!r.ok) return { ok: false, message: r.error.message };
  const parsed = parsePlanFile(r.value.text);
  if (!parsed.ok) return { ok: false, message: parsed.errors[0]?.code ?? '' };
  return { ok: true, text: r.value.text, doc: parsed.doc };
}
