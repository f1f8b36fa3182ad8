/** The planning domain: entities, ids, dates and the plan document. */
export * from './entities';
export * from './follow-up';
export * from './ids';
export * from './dates';
export * from './document';
export * from './plan-file';
export * from './plan-file-limits';
export * from './migrations';
export * from './factories';
export * from './order';
