/**
 * Everything one presentation (or the printed slides) shows for a year and a chosen
 * scenario: the plan as the scenario sees it with its kontroll, the comparison of the
 * basis with up to three variants (always including the chosen one), and the slides.
 */
import type { ActionPlan, PlanDocument, Scenario } from '@shared/domain';
import type { FollowUpRollUp, ReportingPeriod } from '@shared/domain/follow-up';
import { activeClosure, defaultPeriod } from '@shared/domain/follow-up';
import { followUpRollUp } from '@shared/rules/follow-up';
import { runKontroll } from '@shared/rules';
import type { KontrollInput, KontrollResult, MessageLanguage } from '@shared/rules';
import { applyScenario, compareScenarios } from '@shared/scenarios';
import type { ScenarioComparison } from '@shared/scenarios';
import { buildSlides } from './slide-model';
import type { SlideSpec } from './slide-model';

/** Key of the basis among the scenario choices. */
export const BASIS_CHOICE = 'basis';

/** Most variants beside the basis on the comparison slide. */
export const MAX_VARIANTS_ON_SLIDE = 3;

/** A scenario the presenter can switch to. */
export interface ScenarioChoice {
  key: string;
  name: string;
}

/** The presentation's data. */
export interface PresentationModel {
  year: number;
  input: KontrollInput;
  kontroll: KontrollResult;
  choices: ScenarioChoice[];
  /** The chosen scenario (a key of `choices`; unknown keys fall back to the basis). */
  scenarioKey: string;
  scenarioName: string;
  /** The basis and up to three variants; null when the plan has no variants. */
  comparison: ScenarioComparison | null;
  slides: SlideSpec[];
  /** The oppfølging of the latest period with status updates (a closed period's snapshot); null when the plan has none. */
  followUp: { period: ReportingPeriod; rollUp: FollowUpRollUp } | null;
}

/** The follow-up the slides show: the latest period with updates (its snapshot when closed); null without updates. */
export function followUpOnSlides(doc: PlanDocument, plan: ActionPlan): { period: ReportingPeriod; rollUp: FollowUpRollUp } | null {
  if (plan.followUp.updates.length === 0) return null;
  const period = defaultPeriod(plan);
  const closure = activeClosure(plan.followUp, period.id);
  const rollUp = closure ? closure.snapshot.rollUp : followUpRollUp({ strategy: doc.strategy, plan, actions: doc.actions }, period.id);
  return { period, rollUp };
}

/** The variants on the comparison slide: the first ones, with the chosen one always among them. */
export function variantsOnSlide(scenarios: readonly Scenario[], chosenId: string | null): Scenario[] {
  const first = scenarios.slice(0, MAX_VARIANTS_ON_SLIDE);
  const chosen = chosenId === null ? undefined : scenarios.find((s) => s.id === chosenId);
  if (!chosen || first.includes(chosen)) return first;
  return [...first.slice(0, MAX_VARIANTS_ON_SLIDE - 1), chosen];
}

/** Adds the follow-up slides (progress per innsatsområde, the attention list) before the findings when the plan has follow-up. */
function withFollowUpSlides(slides: SlideSpec[], hasFollowUp: boolean): SlideSpec[] {
  if (!hasFollowUp) return slides;
  const added: SlideSpec[] = [
    { kind: 'followUpProgress', key: 'followUpProgress' },
    { kind: 'followUpAttention', key: 'followUpAttention' },
  ];
  const at = slides.findIndex((s) => s.kind === 'findings');
  return at < 0 ? [...slides, ...added] : [...slides.slice(0, at), ...added, ...slides.slice(at)];
}

/** The model for `year` (null when the year has no plan). */
export function presentationModel(
  doc: PlanDocument,
  year: number,
  scenarioKey: string,
  basisName: string,
  language: MessageLanguage,
): PresentationModel | null {
  const plan = doc.plans.find((p) => p.year === year);
  if (!plan) return null;
  const basis: KontrollInput = { strategy: doc.strategy, plan, actions: doc.actions.filter((a) => a.planId === plan.id) };
  const scenario = plan.scenarios.find((s) => s.id === scenarioKey);
  const input = scenario ? applyScenario(basis, scenario).input : basis;
  const kontroll = runKontroll(input);
  const followUp = followUpOnSlides(doc, plan);
  const comparison = plan.scenarios.length > 0 ? compareScenarios(basis, variantsOnSlide(plan.scenarios, scenario?.id ?? null), language) : null;
  return {
    year,
    input,
    kontroll,
    choices: [{ key: BASIS_CHOICE, name: basisName }, ...plan.scenarios.map((s) => ({ key: s.id, name: s.name }))],
    scenarioKey: scenario ? scenario.id : BASIS_CHOICE,
    scenarioName: scenario ? scenario.name : basisName,
    comparison,
    // Slides from the basis, so switching scenario never moves the presenter to another slide.
    slides: withFollowUpSlides(buildSlides(doc.strategy, comparison ? comparison.basis.byFocusArea : kontroll.byFocusArea, plan.scenarios.length > 0), followUp !== null),
    followUp,
  };
}
