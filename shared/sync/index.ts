/** Teamsynk: the plan document ↔ Y.Doc mapping and conflict detection (pure, imports yjs only). */
export * from './plan-ydoc';
export * from './conflicts';
