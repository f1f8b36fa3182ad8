/**
 * What every scenario edit shares: the kontrollgrunnlag of a plan, finding a variant, and
 * replacing one (validated) — so the variant edits can live in separate modules.
 */
import { scenarioSchema } from '../domain/entities';
import type { ActionPlan, Scenario } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import type { MessageLanguage } from '../rules/messages';
import type { KontrollInput } from '../rules/types';
import type { NewId } from '../scenarios';
import { editError } from './errors';
import { getPlan, replaceById, subject, validate } from './internal';

/** How a new variant is stamped: time of creation, id maker and message language. */
export interface NewScenarioOptions {
  /** When the variant was made (ISO timestamp); edits never read the clock themselves. */
  createdAt: string;
  /** Id maker (default: random ids from shared/domain). */
  newId?: NewId;
  /** Language of generated descriptions (default bokmål). */
  language?: MessageLanguage;
}

/** Kontrollgrunnlag for one plan: the strategy, the plan and its tiltak (the basis of its variants). */
export function planKontrollInput(doc: PlanDocument, planId: string): KontrollInput {
  const plan = getPlan(doc, planId);
  return { strategy: doc.strategy, plan, actions: doc.actions.filter((a) => a.planId === planId) };
}

export function getScenario(plan: ActionPlan, scenarioId: string): Scenario {
  const scenario = plan.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) {
    throw editError('notFound.scenario', { year: plan.year });
  }
  return scenario;
}

/** Replaces one scenario by `fn(scenario)`, validated; returns the same document when nothing changed. */
export function editScenario(
  doc: PlanDocument,
  planId: string,
  scenarioId: string,
  fn: (scenario: Scenario, input: KontrollInput) => Scenario,
): PlanDocument {
  const plan = getPlan(doc, planId);
  const scenario = getScenario(plan, scenarioId);
  const next = fn(scenario, planKontrollInput(doc, planId));
  if (next === scenario) return doc;
  const parsed = validate(scenarioSchema, next, subject('scenario', { name: scenario.name }));
  return {
    ...doc,
    plans: replaceById(doc.plans, planId, (p) => ({ ...p, scenarios: replaceById(p.scenarios, scenarioId, () => parsed) })),
  };
}
