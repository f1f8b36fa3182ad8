/** Teamsynk: the plan document ↔ Y.Doc mapping (full and incremental read) and conflict detection (pure, imports yjs only). */
export * from './plan-ydoc';
export * from './plan-ydoc-incremental';
export * from './conflicts';
export * from './delete-conflicts';
export * from './tombstones';
export * from './dangling';
export * from './duplicates';
export * from './join-notices';
export * from './delete-anyway';
