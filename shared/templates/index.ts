/**
 * Built-in templates (maler), the example plan and the large-plan generator: everything
 * the start screen offers besides «open file».
 */
import type { PlanDocument } from '../domain/document';
import type { Strategy } from '../domain/entities';
import { newId } from '../domain/ids';
import { TEMPLATES } from './infos';
import { osloregionenStrategy } from './osloregionen';
import { ostfoldStrategy } from './ostfold';
import type { TemplateId } from './types';

export type { LocalizedText, TemplateId, TemplateInfo } from './types';
export { createExampleDocument, EXAMPLE_CROSS_CUTTING_ID, EXAMPLE_PLAN_ID, EXAMPLE_STRATEGY_ID } from './example';
export { generateLargeDocument, GENERATED_FIRST_YEAR, mulberry32 } from './generate';
export type { GenerateOptions } from './generate';
export {
  OSL_FOCUS_AREA_IDS,
  OSL_GUIDING_STRATEGY_IDS,
  OSL_INITIATIVE_GREEN_ID,
  OSLOREGIONEN_TEMPLATE_ID,
  osloregionenStrategy,
} from './osloregionen';
export { OST_FOCUS_AREA_IDS, OSTFOLD_TEMPLATE_ID, ostfoldStrategy } from './ostfold';

export { TEMPLATES } from './infos';

const BUILDERS: Record<TemplateId, () => Strategy> = {
  'osloregionen-2025-2028': osloregionenStrategy,
  'ostfold-2024-2027': ostfoldStrategy,
};

/**
 * Whether the template a strategy was made from says the partnership shall represent all
 * five categories of the 5-faktormodellen (false for no or an unknown template).
 */
export function templateCountsOnFiveFactors(templateId: string | null): boolean {
  return TEMPLATES.some((t) => t.id === templateId && t.countsOnFiveFactors === true);
}

/** True when `id` names a built-in template. */
export function isTemplateId(id: string): id is TemplateId {
  return Object.hasOwn(BUILDERS, id);
}

/**
 * Ny strategi fra mal: a fresh plan document from a built-in template — a new strategy
 * id, the template's readable child ids (ids are scoped to one document), no plans and
 * no tiltak, `templateId` set. Throws a RangeError for an unknown template id.
 */
export function createFromTemplate(id: string): PlanDocument {
  if (!isTemplateId(id)) throw new RangeError(`Ukjent mal: «${id}»`);
  const strategy = BUILDERS[id]();
  return { strategy: { ...strategy, id: newId('str'), templateId: id }, plans: [], actions: [] };
}
