/**
 * Pure edits of a PlanDocument (endringer). Every function takes a document and returns a
 * new one with structural sharing — untouched strategy lists, plans and tiltak keep their
 * object identity — or throws an `EditError` (a message: code + params) and changes nothing.
 * The UI applies them through `useDocumentStore().apply(label, doc => edit(doc, …))`.
 */
export * from './errors';
export * from './strategy';
export * from './plans';
export * from './actions';
export * from './scenarios';
export * from './scenario-actions';
export * from './scenario-conflicts';
export * from './follow-up';
