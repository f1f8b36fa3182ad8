/**
 * Hengende referanser: what a merge can leave pointing at nothing. One planner deletes an
 * innsatsområde (or a satsing, delmål, overordnet strategi, prosjekt, aktør, handlingsplan)
 * while another, offline, adds something under it or links something to it. Yjs merges
 * both; the Y.Doc then holds a satsing under an innsatsområde that is gone, or a tiltak
 * linked to a deleted satsing — a document the plan-file integrity check refuses.
 *
 * Rule (as for a local deletion, `deleteStrategyItem`): the deletion wins. The document the
 * app holds is read without what hangs (`withoutDangling`): a satsing whose innsatsområde
 * is gone and a tiltak whose handlingsplan is gone are left out, and links to what is gone
 * are dropped from the lists that hold them (a tiltak's satsinger, delmål, innsatsområder,
 * overordnede strategier, partnere; a finansieringslinje's aktør and a tiltak's prosjekt
 * become «ingen»; a plan's target share for the area goes). The Y.Doc keeps what the
 * colleague wrote, so «Gjenopprett» on the deletion (delete-conflicts.ts, which names who
 * did what) brings the parent back with it, and «Slett likevel» (delete-anyway.ts) removes
 * it from the Y.Doc, so nothing stays hidden there. Both readers (`yDocToPlan` and the incremental
 * one) read through this function, so they agree and the result always passes
 * `integrityErrors`' reference checks.
 */
import type { PlanDocument } from '../domain/document';
import type { Action, ActionPlan, CrossCuttingProject, Initiative } from '../domain/entities';

/** Structural equality of JSON-like values (plan-ydoc.ts imports this module, so not its `sameValue`). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameValue(Reflect.get(a, k), Reflect.get(b, k)));
}

/** Whether two records hold the very same values under the same keys. */
function sameKeys(a: object, b: object): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && Reflect.get(a, k) === Reflect.get(b, k));
}

/** The ids a reference may point at (what the document holds). */
interface Targets {
  focusAreas: ReadonlySet<string>;
  subGoals: ReadonlySet<string>;
  initiatives: ReadonlySet<string>;
  guiding: ReadonlySet<string>;
  projects: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  plans: ReadonlySet<string>;
}

function targetsOf(doc: PlanDocument, initiatives: readonly Initiative[]): Targets {
  const s = doc.strategy;
  return {
    focusAreas: new Set(s.focusAreas.map((f) => f.id)),
    subGoals: new Set(s.focusAreas.flatMap((f) => f.subGoals.map((g) => g.id))),
    initiatives: new Set(initiatives.map((i) => i.id)),
    guiding: new Set(s.guidingStrategies.map((g) => g.id)),
    projects: new Set(s.crossCuttingProjects.map((p) => p.id)),
    actors: new Set(s.actors.map((a) => a.id)),
    plans: new Set(doc.plans.map((p) => p.id)),
  };
}

/** The list without ids that are not in `ids` (the list itself when none is missing). */
function kept(list: readonly string[], ids: ReadonlySet<string>): readonly string[] {
  return list.every((id) => ids.has(id)) ? list : list.filter((id) => ids.has(id));
}

/** A tiltak's links to what exists (the tiltak itself when all of them do). */
function cleanAction(action: Action, t: Targets): Action {
  const initiativeIds = kept(action.initiativeIds, t.initiatives);
  const subGoalIds = kept(action.subGoalIds, t.subGoals);
  const focusAreaIds = kept(action.focusAreaIds, t.focusAreas);
  const guidingStrategyIds = kept(action.guidingStrategyIds, t.guiding);
  const partnerIds = kept(action.partnerIds, t.actors);
  const project = action.crossCuttingProjectId;
  const crossCuttingProjectId = project !== null && !t.projects.has(project) ? null : project;
  const fundingOk = action.funding.every((line) => line.actorId === null || t.actors.has(line.actorId));
  if (
    initiativeIds === action.initiativeIds &&
    subGoalIds === action.subGoalIds &&
    focusAreaIds === action.focusAreaIds &&
    guidingStrategyIds === action.guidingStrategyIds &&
    partnerIds === action.partnerIds &&
    crossCuttingProjectId === project &&
    fundingOk
  ) {
    return action;
  }
  const funding = fundingOk ? action.funding : action.funding.map((line) => (line.actorId === null || t.actors.has(line.actorId) ? line : { ...line, actorId: null }));
  return { ...action, initiativeIds: [...initiativeIds], subGoalIds: [...subGoalIds], focusAreaIds: [...focusAreaIds], guidingStrategyIds: [...guidingStrategyIds], partnerIds: [...partnerIds], crossCuttingProjectId, funding };
}

function cleanPlan(plan: ActionPlan, t: Targets): ActionPlan {
  const shares = plan.frame.targetShares;
  const sharesOk = Object.keys(shares).every((key) => t.focusAreas.has(key));
  let scenariosChanged = false;
  const scenarios = plan.scenarios.map((scenario) => {
    const addedActions = mapSame(scenario.addedActions, (a) => cleanAction(a, t));
    if (addedActions === scenario.addedActions) return scenario;
    scenariosChanged = true;
    return { ...scenario, addedActions };
  });
  if (sharesOk && !scenariosChanged) return plan;
  const targetShares = sharesOk ? shares : Object.fromEntries(Object.entries(shares).filter(([key]) => t.focusAreas.has(key)));
  return { ...plan, frame: sharesOk ? plan.frame : { ...plan.frame, targetShares }, scenarios: scenariosChanged ? scenarios : plan.scenarios };
}

/** The list mapped, or the list itself when every element maps to itself. */
function mapSame<T>(list: readonly T[], fn: (item: T) => T): T[] {
  let changed = false;
  const next = list.map((item) => {
    const mapped = fn(item);
    if (mapped !== item) changed = true;
    return mapped;
  });
  return changed ? next : (list as T[]);
}

/** The cleaned list, reusing the previous document's entities (and list) where they are the same. */
function reuse<T extends { id: string }>(list: T[], original: readonly T[], previous: readonly T[] | undefined): T[] {
  if (list === original || previous === undefined) return list;
  const before = new Map(previous.map((e) => [e.id, e]));
  const next = list.map((e) => {
    const old = before.get(e.id);
    return old !== undefined && old !== e && sameValue(old, e) ? old : e;
  });
  return next.length === previous.length && next.every((e, i) => e === previous[i]) ? (previous as T[]) : next;
}

/**
 * Uten hengende referanser: the document without what points at something it does not hold
 * (see the module comment); the document itself when nothing does. With `previous`, an
 * entity (or list) that comes out the same as there is the previous object.
 */
export function withoutDangling(doc: PlanDocument, previous?: PlanDocument): PlanDocument {
  const s = doc.strategy;
  const areas = new Set(s.focusAreas.map((f) => f.id));
  const initiativesKept = s.initiatives.every((i) => areas.has(i.focusAreaId)) ? s.initiatives : s.initiatives.filter((i) => areas.has(i.focusAreaId));
  const t = targetsOf(doc, initiativesKept);
  const initiatives = mapSame(initiativesKept, (i) => {
    const guidingStrategyIds = kept(i.guidingStrategyIds, t.guiding);
    return guidingStrategyIds === i.guidingStrategyIds ? i : { ...i, guidingStrategyIds: [...guidingStrategyIds] };
  });
  const crossCuttingProjects = mapSame(s.crossCuttingProjects, (p: CrossCuttingProject) => {
    const focusAreaIds = kept(p.focusAreaIds, t.focusAreas);
    return focusAreaIds === p.focusAreaIds ? p : { ...p, focusAreaIds: [...focusAreaIds] };
  });
  const plans = mapSame(doc.plans, (p) => cleanPlan(p, t));
  const actionsKept = doc.actions.every((a) => t.plans.has(a.planId)) ? doc.actions : doc.actions.filter((a) => t.plans.has(a.planId));
  const actions = mapSame(actionsKept, (a) => cleanAction(a, t));
  if (initiatives === s.initiatives && crossCuttingProjects === s.crossCuttingProjects && plans === doc.plans && actions === doc.actions) return doc;
  const ps = previous?.strategy;
  const nextInitiatives = reuse(initiatives, s.initiatives, ps?.initiatives);
  const nextProjects = reuse(crossCuttingProjects, s.crossCuttingProjects, ps?.crossCuttingProjects);
  let strategy = nextInitiatives === s.initiatives && nextProjects === s.crossCuttingProjects ? s : { ...s, initiatives: nextInitiatives, crossCuttingProjects: nextProjects };
  if (ps !== undefined && strategy !== ps && sameKeys(strategy, ps)) strategy = ps;
  return { ...doc, strategy, plans: reuse(plans, doc.plans, previous?.plans), actions: reuse(actions, doc.actions, previous?.actions) };
}

/**
 * Whether anything hangs: in the strategy's lists and plans always, among the tiltak only
 * in `actions` (default: all of them) — the incremental reader checks the tiltak it read anew.
 */
export function hasDangling(doc: PlanDocument, actions: readonly Action[] = doc.actions): boolean {
  const probe: PlanDocument = actions === doc.actions ? doc : { ...doc, actions: [...actions] };
  return withoutDangling(probe) !== probe;
}
