/**
 * Edits to the strategiske føringer: the strategy's own fields and every list in it
 * (roller, verdier, utfordringer, overordnede strategier, innsatsområder with delmål,
 * satsinger, tverrgående prosjekter, aktører, samarbeidsregioner). Pure functions: each
 * returns a new document that shares every untouched object with the old one, or throws
 * an `EditError` and changes nothing.
 */
import type { z } from 'zod';
import {
  actorSchema,
  challengeSchema,
  crossCuttingProjectSchema,
  focusAreaSchema,
  guidingStrategySchema,
  initiativeSchema,
  partnerRegionSchema,
  roleSchema,
  strategySchema,
  subGoalSchema,
  valueSchema,
} from '../domain/entities';
import type {
  Action,
  Actor,
  Challenge,
  CrossCuttingProject,
  FocusArea,
  GuidingStrategy,
  Initiative,
  PartnerRegion,
  Role,
  Strategy,
  SubGoal,
  Value,
} from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import { newId } from '../domain/ids';
import type { Message } from '../i18n/message';
import { editError } from './errors';
import { mapShared, moveAmongPeers, replaceById, subject, validate } from './internal';

/** The strategy's own text and period fields (visjon, mål, formål, oppdrag, navn, organisasjon, periode). */
export type StrategyField =
  | 'name'
  | 'organisation'
  | 'periodFrom'
  | 'periodTo'
  | 'vision'
  | 'overallGoal'
  | 'purpose'
  | 'mission'
  | 'notes';

/** A change to the strategy's own fields. */
export type StrategyFieldsPatch = Partial<Pick<Strategy, StrategyField>>;

/**
 * Endre føringenes felt (visjon, overordnet mål, formål, oppdrag, navn, organisasjon, periode).
 * Refuses a period that would leave an existing handlingsplan outside it.
 */
export function updateStrategy(doc: PlanDocument, patch: StrategyFieldsPatch): PlanDocument {
  const keys = Object.keys(patch) as StrategyField[];
  if (keys.every((k) => patch[k] === undefined || patch[k] === doc.strategy[k])) return doc;
  const next = validate(strategySchema, { ...doc.strategy, ...patch }, subject('strategy'));
  const outside = doc.plans.filter((p) => p.year < next.periodFrom || p.year > next.periodTo);
  if (outside.length > 0) {
    const years = outside.map((p) => p.year).sort().join(', ');
    throw editError('periodExcludesPlans', { years, from: next.periodFrom, to: next.periodTo });
  }
  return { ...doc, strategy: { ...doc.strategy, ...pickDefined(patch, next) } };
}

function pickDefined(patch: StrategyFieldsPatch, parsed: Strategy): StrategyFieldsPatch {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(patch) as StrategyField[]) if (patch[k] !== undefined) out[k] = parsed[k];
  return out satisfies Record<string, unknown> as StrategyFieldsPatch;
}

/** Element types of the strategy's lists, keyed by the list's field name. */
export interface StrategyLists {
  roles: Role;
  values: Value;
  challenges: Challenge;
  guidingStrategies: GuidingStrategy;
  focusAreas: FocusArea;
  initiatives: Initiative;
  crossCuttingProjects: CrossCuttingProject;
  actors: Actor;
  partnerRegions: PartnerRegion;
}

/** Name of one of the strategy's lists. */
export type StrategyListKey = keyof StrategyLists;

const LIST_SCHEMAS: { [K in StrategyListKey]: z.ZodType<StrategyLists[K]> } = {
  roles: roleSchema,
  values: valueSchema,
  challenges: challengeSchema,
  guidingStrategies: guidingStrategySchema,
  focusAreas: focusAreaSchema,
  initiatives: initiativeSchema,
  crossCuttingProjects: crossCuttingProjectSchema,
  actors: actorSchema,
  partnerRegions: partnerRegionSchema,
};

const LIST_PREFIX: Record<StrategyListKey, string> = {
  roles: 'role',
  values: 'val',
  challenges: 'chl',
  guidingStrategies: 'gs',
  focusAreas: 'fa',
  initiatives: 'ini',
  crossCuttingProjects: 'prj',
  actors: 'act',
  partnerRegions: 'reg',
};

/** One element of a list as the subject of a message: «Rollen «Kobler»» (`edits.subject.item.<list>`). */
function itemSubject(key: StrategyListKey, name: string): Message {
  return subject(`item.${key}`, { name });
}

/** Display name of a list element (name or text). */
export function itemLabel(item: StrategyLists[StrategyListKey]): string {
  return 'name' in item ? item.name : item.text;
}

function getList<K extends StrategyListKey>(doc: PlanDocument, key: K): StrategyLists[K][] {
  return doc.strategy[key] as StrategyLists[K][];
}

function withList<K extends StrategyListKey>(doc: PlanDocument, key: K, list: StrategyLists[K][]): PlanDocument {
  if (list === getList(doc, key)) return doc;
  return { ...doc, strategy: { ...doc.strategy, [key]: list } };
}

/** New element for a list: everything but the id, which is created unless given. */
export type NewStrategyItem<K extends StrategyListKey> = Omit<StrategyLists[K], 'id'> & { id?: string };

/** Legg til et element i en av føringenes lister (rolle, verdi, satsing, aktør …), last in the list. */
export function addStrategyItem<K extends StrategyListKey>(doc: PlanDocument, key: K, item: NewStrategyItem<K>): PlanDocument {
  const list = getList(doc, key);
  const candidate = { ...item, id: item.id ?? newId(LIST_PREFIX[key]) };
  const parsed = validate(LIST_SCHEMAS[key], candidate, itemSubject(key, labelOf(candidate)));
  if (list.some((x) => x.id === parsed.id)) {
    throw editError('duplicateId.item', { subject: itemSubject(key, labelOf(parsed)) });
  }
  checkReferences(doc, key, parsed);
  return withList(doc, key, [...list, parsed]);
}

/** Endre (f.eks. gi nytt navn til) et element i en av føringenes lister. */
export function updateStrategyItem<K extends StrategyListKey>(
  doc: PlanDocument,
  key: K,
  id: string,
  patch: Partial<Omit<StrategyLists[K], 'id'>>,
): PlanDocument {
  const list = getList(doc, key);
  const current = list.find((x) => x.id === id);
  if (!current) throw editError('notFound.item', { subject: subject(`kind.${key}`) });
  const keys = Object.keys(patch) as (keyof typeof patch)[];
  if (keys.every((k) => patch[k] === undefined || patch[k] === current[k as keyof StrategyLists[K]])) return doc;
  const parsed = validate(LIST_SCHEMAS[key], { ...current, ...patch, id }, itemSubject(key, labelOf(current)));
  checkReferences(doc, key, parsed);
  return withList(doc, key, replaceById(list, id, () => parsed));
}

/**
 * Flytt opp / ned: swaps the element with its neighbour. Satsinger move among the satsinger
 * of the same innsatsområde.
 */
export function moveStrategyItem<K extends StrategyListKey>(doc: PlanDocument, key: K, id: string, delta: -1 | 1): PlanDocument {
  const list = getList(doc, key);
  const isPeer =
    key === 'initiatives'
      ? (a: StrategyLists[K], b: StrategyLists[K]) => (a as Initiative).focusAreaId === (b as Initiative).focusAreaId
      : undefined;
  return withList(doc, key, moveAmongPeers(list, id, delta, isPeer));
}

/**
 * Where the tiltak of a deleted satsing / innsatsområde / tverrgående prosjekt go (flyttemål):
 * another satsing, an innsatsområde or støtteområde directly, a delmål, or a prosjekt.
 */
export type LinkTarget =
  | { kind: 'initiative'; id: string }
  | { kind: 'focusArea'; id: string }
  | { kind: 'subGoal'; id: string }
  | { kind: 'project'; id: string };

/** Options for deleting a list element. */
export interface DeleteItemOptions {
  /** Required when tiltak hang under what is deleted: where they are moved. */
  moveTo?: LinkTarget;
  /** For an aktør in use: remove it from the tiltak's partners and funding lines. */
  detach?: boolean;
  /**
   * For an innsatsområde: the innsatsområde or støtteområde its satsinger move to (they keep
   * their tiltak) instead of being deleted with it.
   */
  moveInitiativesTo?: string;
}

/**
 * Slett et element fra føringene. References are cleaned up: a deleted overordnet strategi
 * disappears from satsinger and tiltak; deleting an innsatsområde deletes its satsinger, or
 * moves them to `moveInitiativesTo` (another innsatsområde that remains). No satsing is left
 * under an innsatsområde that no longer exists.
 * When tiltak hang under a deleted innsatsområde / satsing / tverrgående prosjekt, `moveTo`
 * must name another satsing, innsatsområde, delmål or prosjekt that remains, or the edit is refused. An aktør in use is refused
 * unless `detach`. Tiltak in a vedtatt plan are never changed: such a delete is refused.
 */
export function deleteStrategyItem<K extends StrategyListKey>(
  doc: PlanDocument,
  key: K,
  id: string,
  options: DeleteItemOptions = {},
): PlanDocument {
  const list = getList(doc, key);
  const item = list.find((x) => x.id === id);
  if (!item) return doc;
  const label = itemSubject(key, itemLabel(item));
  let next: PlanDocument = withList(doc, key, list.filter((x) => x.id !== id));

  switch (key) {
    case 'focusAreas': {
      const keeper = options.moveInitiativesTo;
      if (keeper !== undefined && (keeper === id || !doc.strategy.focusAreas.some((f) => f.id === keeper))) {
        throw editError('badInitiativeTarget', { subject: label });
      }
      const doomed = new Set(keeper === undefined ? doc.strategy.initiatives.filter((i) => i.focusAreaId === id).map((i) => i.id) : []);
      const doomedSubGoals = new Set(doc.strategy.focusAreas.find((f) => f.id === id)?.subGoals.map((g) => g.id) ?? []);
      next = relink(next, label, (a) => a.initiativeIds.some((x) => doomed.has(x)) || a.focusAreaIds.includes(id) || a.subGoalIds.some((x) => doomedSubGoals.has(x)), (a) => ({
        ...a,
        initiativeIds: a.initiativeIds.filter((x) => !doomed.has(x)),
        subGoalIds: a.subGoalIds.filter((x) => !doomedSubGoals.has(x)),
        focusAreaIds: a.focusAreaIds.filter((x) => x !== id),
      }), options.moveTo, doomed, null);
      next = {
        ...next,
        strategy: {
          ...next.strategy,
          initiatives:
            keeper === undefined
              ? next.strategy.initiatives.filter((i) => i.focusAreaId !== id)
              : mapShared(next.strategy.initiatives, (i) => (i.focusAreaId === id ? { ...i, focusAreaId: keeper } : i)),
          crossCuttingProjects: mapShared(next.strategy.crossCuttingProjects, (p) =>
            p.focusAreaIds.includes(id) ? { ...p, focusAreaIds: p.focusAreaIds.filter((x) => x !== id) } : p,
          ),
        },
        plans: mapShared(next.plans, (p) => {
          if (p.status === 'adopted' || !(id in p.frame.targetShares)) return p;
          const { [id]: _removed, ...rest } = p.frame.targetShares;
          return { ...p, frame: { ...p.frame, targetShares: rest } };
        }),
      };
      return next;
    }
    case 'initiatives':
      return relink(next, label, (a) => a.initiativeIds.includes(id), (a) => ({
        ...a,
        initiativeIds: a.initiativeIds.filter((x) => x !== id),
      }), options.moveTo, new Set([id]), null);
    case 'crossCuttingProjects':
      return relink(next, label, (a) => a.crossCuttingProjectId === id, (a) => ({ ...a, crossCuttingProjectId: null }), options.moveTo, new Set(), id);
    case 'guidingStrategies': {
      next = rewriteActions(next, label, (a) => a.guidingStrategyIds.includes(id), (a) => ({
        ...a,
        guidingStrategyIds: a.guidingStrategyIds.filter((x) => x !== id),
      }));
      return {
        ...next,
        strategy: {
          ...next.strategy,
          initiatives: mapShared(next.strategy.initiatives, (i) =>
            i.guidingStrategyIds.includes(id) ? { ...i, guidingStrategyIds: i.guidingStrategyIds.filter((x) => x !== id) } : i,
          ),
        },
      };
    }
    case 'actors': {
      const uses = (a: Action) => a.partnerIds.includes(id) || a.funding.some((f) => f.actorId === id);
      const count = doc.actions.filter(uses).length;
      if (count > 0 && !options.detach) {
        throw editError('actorInUse', { subject: label, count });
      }
      return rewriteActions(next, label, uses, (a) => ({
        ...a,
        partnerIds: a.partnerIds.filter((x) => x !== id),
        funding: mapShared(a.funding, (f) => (f.actorId === id ? { ...f, actorId: null } : f)),
      }));
    }
    default:
      return next;
  }
}

/** Rewrites the affected tiltak; refuses when one of them is in a vedtatt plan. */
function rewriteActions(
  doc: PlanDocument,
  label: Message,
  isAffected: (a: Action) => boolean,
  rewrite: (a: Action) => Action,
): PlanDocument {
  const adopted = new Map(doc.plans.filter((p) => p.status === 'adopted').map((p) => [p.id, p.year]));
  const actions = mapShared(doc.actions, (a) => {
    if (!isAffected(a)) return a;
    const year = adopted.get(a.planId);
    if (year !== undefined) {
      throw editError('usedInAdoptedPlan', { subject: label, number: a.number, title: a.title, year });
    }
    return rewrite(a);
  });
  return actions === doc.actions ? doc : { ...doc, actions };
}

/** Moves the tiltak that lose their link to `moveTo`; refuses when there are such tiltak and no valid target. */
function relink(
  doc: PlanDocument,
  label: Message,
  isAffected: (a: Action) => boolean,
  strip: (a: Action) => Action,
  moveTo: LinkTarget | undefined,
  deletedInitiatives: ReadonlySet<string>,
  deletedProject: string | null,
): PlanDocument {
  const count = doc.actions.reduce((n, a) => (isAffected(a) ? n + 1 : n), 0);
  if (count === 0) return doc;
  if (!moveTo) {
    throw editError('hasActions', { subject: label, count });
  }
  // `doc` no longer holds the deleted element (nor, for a deleted innsatsområde, its delmål).
  const s = doc.strategy;
  const valid =
    moveTo.kind === 'initiative'
      ? !deletedInitiatives.has(moveTo.id) && s.initiatives.some((i) => i.id === moveTo.id)
      : moveTo.kind === 'focusArea'
        ? s.focusAreas.some((f) => f.id === moveTo.id)
        : moveTo.kind === 'subGoal'
          ? s.focusAreas.some((f) => f.subGoals.some((g) => g.id === moveTo.id))
          : moveTo.id !== deletedProject && s.crossCuttingProjects.some((p) => p.id === moveTo.id);
  if (!valid) {
    throw editError('badMoveTarget');
  }
  const add = (ids: readonly string[], id: string) => (ids.includes(id) ? [...ids] : [...ids, id]);
  return rewriteActions(doc, label, isAffected, (a) => {
    const stripped = strip(a);
    switch (moveTo.kind) {
      case 'initiative':
        return stripped.initiativeIds.includes(moveTo.id) ? stripped : { ...stripped, initiativeIds: add(stripped.initiativeIds, moveTo.id) };
      case 'focusArea':
        return stripped.focusAreaIds.includes(moveTo.id) ? stripped : { ...stripped, focusAreaIds: add(stripped.focusAreaIds, moveTo.id) };
      case 'subGoal':
        return stripped.subGoalIds.includes(moveTo.id) ? stripped : { ...stripped, subGoalIds: add(stripped.subGoalIds, moveTo.id) };
      case 'project':
        return stripped.crossCuttingProjectId === null ? { ...stripped, crossCuttingProjectId: moveTo.id } : stripped;
    }
  });
}

function labelOf(item: object): string {
  if ('name' in item && typeof item.name === 'string') return item.name;
  if ('text' in item && typeof item.text === 'string') return item.text;
  return '';
}

/** Satsinger must hang under an existing innsatsområde; references must exist. */
function checkReferences<K extends StrategyListKey>(doc: PlanDocument, key: K, item: StrategyLists[K]): void {
  const s = doc.strategy;
  if (key === 'initiatives') {
    const ini = item as Initiative;
    if (!s.focusAreas.some((f) => f.id === ini.focusAreaId)) {
      throw editError('unknownReference.focusArea', { subject: itemSubject('initiatives', ini.name) });
    }
    const unknown = ini.guidingStrategyIds.filter((g) => !s.guidingStrategies.some((x) => x.id === g));
    if (unknown.length > 0) {
      throw editError('unknownReference.guidingStrategy', { subject: itemSubject('initiatives', ini.name) });
    }
  }
  if (key === 'crossCuttingProjects') {
    const prj = item as CrossCuttingProject;
    if (prj.focusAreaIds.some((f) => !s.focusAreas.some((x) => x.id === f))) {
      throw editError('unknownReference.focusAreaOf', { subject: itemSubject('crossCuttingProjects', prj.name) });
    }
  }
}

/** Legg til et delmål under et innsatsområde. */
export function addSubGoal(doc: PlanDocument, focusAreaId: string, text: string, id: string = newId('sg')): PlanDocument {
  const sub = validate(subGoalSchema, { id, text }, subject('subGoal'));
  return withFocusArea(doc, focusAreaId, (fa) => ({ ...fa, subGoals: [...fa.subGoals, sub] }));
}

/** Endre teksten i et delmål. */
export function updateSubGoal(doc: PlanDocument, focusAreaId: string, subGoalId: string, text: string): PlanDocument {
  const sub = validate(subGoalSchema, { id: subGoalId, text }, subject('subGoal'));
  return withFocusArea(doc, focusAreaId, (fa) => {
    const current = fa.subGoals.find((g) => g.id === subGoalId);
    if (!current) throw editError('notFound.subGoal');
    if (current.text === sub.text) return fa;
    return { ...fa, subGoals: replaceById<SubGoal>(fa.subGoals, subGoalId, () => sub) };
  });
}

/** Flytt et delmål opp eller ned. */
export function moveSubGoal(doc: PlanDocument, focusAreaId: string, subGoalId: string, delta: -1 | 1): PlanDocument {
  return withFocusArea(doc, focusAreaId, (fa) => {
    const subGoals = moveAmongPeers(fa.subGoals, subGoalId, delta);
    return subGoals === fa.subGoals ? fa : { ...fa, subGoals };
  });
}

/** Slett et delmål. */
export function deleteSubGoal(doc: PlanDocument, focusAreaId: string, subGoalId: string): PlanDocument {
  const next = withFocusArea(doc, focusAreaId, (fa) =>
    fa.subGoals.some((g) => g.id === subGoalId) ? { ...fa, subGoals: fa.subGoals.filter((g) => g.id !== subGoalId) } : fa,
  );
  const area = doc.strategy.focusAreas.find((f) => f.id === focusAreaId);
  // Tiltak that hung directly under the delmål now hang directly under its area.
  return rewriteActions(next, itemSubject('focusAreas', area?.name ?? focusAreaId), (a) => a.subGoalIds.includes(subGoalId), (a) => ({
    ...a,
    subGoalIds: a.subGoalIds.filter((x) => x !== subGoalId),
    focusAreaIds: a.focusAreaIds.includes(focusAreaId) ? a.focusAreaIds : [...a.focusAreaIds, focusAreaId],
  }));
}

function withFocusArea(doc: PlanDocument, focusAreaId: string, fn: (fa: FocusArea) => FocusArea): PlanDocument {
  if (!doc.strategy.focusAreas.some((f) => f.id === focusAreaId)) {
    throw editError('notFound.focusArea');
  }
  return withList(doc, 'focusAreas', replaceById(doc.strategy.focusAreas, focusAreaId, fn));
}
