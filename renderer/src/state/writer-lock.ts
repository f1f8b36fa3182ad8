/**
 * One writer per strategy across windows (tabs) of the same browser profile: the window
 * holding the Web Lock `handlingsrom:writer:<id>` writes; any other window opening the
 * strategy is read-only, follows the writer live (a BroadcastChannel message after each
 * committed write) and can take over (it asks the writer to flush and let go). A reader
 * also waits in the lock's queue, so it becomes the writer when the writer's window closes.
 * Without Web Locks (tests, old engines) the window is always the writer; Electron has its
 * own single-instance lock.
 */

/** Messages on the channel. */
type LockMessage = { type: 'committed'; strategyId: string; from: string } | { type: 'release'; strategyId: string; from: string };

/** The writer lock of one open strategy in this window. */
export interface WriterLock {
  /** True while this window may write. */
  isWriter(): boolean;
  /** Called when this window becomes the writer (true) or a reader (false). */
  onRoleChange(listener: (isWriter: boolean) => void): () => void;
  /** Called when the writer in another window has committed a write. */
  onRemoteCommit(listener: () => void): () => void;
  /** Runs before this window lets the lock go to another one (flush pending writes). */
  setBeforeRelease(run: () => Promise<void>): void;
  /** Tells the readers that a write was committed. */
  notifyCommitted(): void;
  /** Asks the writer to let go; this window becomes the writer once it has. */
  requestTakeover(): void;
  /** Lets go of the lock and the channel. */
  dispose(): void;
}

const CHANNEL = 'handlingsrom-writer';

/** A lock for windows without Web Locks: always the writer. */
export function soleWriterLock(): WriterLock {
  return {
    isWriter: () => true,
    onRoleChange: () => () => undefined,
    onRemoteCommit: () => () => undefined,
    setBeforeRelease: () => undefined,
    notifyCommitted: () => undefined,
    requestTakeover: () => undefined,
    dispose: () => undefined,
  };
}

/**
 * Opens the writer lock of a strategy: resolves once this window knows whether it is the
 * writer (the lock was free) or a reader.
 */
export async function openWriterLock(strategyId: string): Promise<WriterLock> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks || typeof locks.request !== 'function' || typeof BroadcastChannel === 'undefined') return soleWriterLock();

  const name = `handlingsrom:writer:${strategyId}`;
  const self = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const channel = new BroadcastChannel(CHANNEL);
  const roleListeners = new Set<(isWriter: boolean) => void>();
  const commitListeners = new Set<() => void>();
  let writer = false;
  let disposed = false;
  let releasing = false;
  let letGo: (() => void) | null = null;
  let waiting: AbortController | null = null;
  let beforeRelease: () => Promise<void> = () => Promise.resolve();

  const setRole = (next: boolean) => {
    if (writer === next) return;
    writer = next;
    for (const l of roleListeners) l(next);
  };

  /** Holds the lock until `letGo` is called; resolves `granted` with whether it was granted. */
  const hold = (options: LockOptions, granted: (ok: boolean) => void) =>
    locks
      .request(name, options, (lock) => {
        if (!lock || disposed) {
          granted(false);
          return undefined;
        }
        return new Promise<void>((resolve) => {
          letGo = () => {
            letGo = null;
            resolve();
          };
          granted(true);
        });
      })
      .catch(() => granted(false));

  /** Queues for the lock; becomes the writer when it is granted. */
  const wait = () => {
    if (disposed || waiting) return;
    const controller = new AbortController();
    waiting = controller;
    void hold({ signal: controller.signal }, (ok) => {
      if (waiting === controller) waiting = null;
      if (ok) setRole(true);
    });
  };

  const first = await new Promise<boolean>((resolve) => void hold({ ifAvailable: true }, resolve));
  writer = first;
  if (!first) wait();

  channel.onmessage = (event: MessageEvent<LockMessage>) => {
    const m = event.data;
    if (disposed || m.strategyId !== strategyId || m.from === self) return;
    if (m.type === 'committed' && !writer) for (const l of commitListeners) l();
    if (m.type === 'release' && writer && !releasing) {
      releasing = true;
      void beforeRelease()
        .catch(() => undefined)
        .finally(() => {
          releasing = false;
          setRole(false);
          letGo?.();
          wait();
        });
    }
  };

  return {
    isWriter: () => writer,
    onRoleChange(listener) {
      roleListeners.add(listener);
      return () => roleListeners.delete(listener);
    },
    onRemoteCommit(listener) {
      commitListeners.add(listener);
      return () => commitListeners.delete(listener);
    },
    setBeforeRelease(run) {
      beforeRelease = run;
    },
    notifyCommitted() {
      if (writer && !disposed) channel.postMessage({ type: 'committed', strategyId, from: self } satisfies LockMessage);
    },
    requestTakeover() {
      if (writer || disposed) return;
      wait();
      channel.postMessage({ type: 'release', strategyId, from: self } satisfies LockMessage);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      writer = false;
      letGo?.();
      waiting?.abort();
      waiting = null;
      channel.close();
      roleListeners.clear();
      commitListeners.clear();
    },
  };
}
