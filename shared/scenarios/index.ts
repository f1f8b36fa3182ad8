/**
 * Scenarier (PRODUCT.md §4.5, §5): named variants of a year's plan stored as differences
 * against the basis — apply, create (fit to frame, reduced frame), edit, compare side by
 * side, and adopt as the plan. Pure functions; nothing here mutates its input.
 */
export * from './types';
export { applyActionChange, applyScenario, changesById } from './apply';
export { changeConflicts, copyFunding, deletedConflict, sameFrame, sameFunding } from './conflicts';
export {
  frameCutScenario,
  rebaseScenario,
  scenarioFromFitToFrame,
  withActionChange,
  withFrame,
  withoutActionChange,
} from './create';
export type { ActionChangePatch, FrameCutOptions, NewId } from './create';
export { compareScenarios, scenarioDifferences } from './compare';
export { adoptScenario } from './adopt';
export type { AdoptOptions } from './adopt';
