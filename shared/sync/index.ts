/** Teamsynk: the plan document ↔ Y.Doc mapping and conflict detection (pure, imports yjs only). */
export * from './plan-ydoc';
export * from './conflicts';
export * from './delete-conflicts';
export * from './tombstones';
