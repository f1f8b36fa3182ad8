/**
 * Where in a plan file a problem is, as the user thinks of it (plassering): the tiltak,
 * plan or strategy it belongs to and the list element inside it — «Tiltak nr 17
 * (handlingsplan 2025), finansieringslinje 2» — as a message (`planFile.subject.*`), so it
 * reads in the user's language. Names and numbers from the file are cut short.
 */
import { msg, type Message } from '../i18n/message';
import { isRawObject } from './migrations';

/** Lists whose elements a place names (`planFile.element.<list>`). */
export const PLACE_LISTS = [
  'roles',
  'values',
  'challenges',
  'guidingStrategies',
  'focusAreas',
  'subGoals',
  'initiatives',
  'crossCuttingProjects',
  'actors',
  'partnerRegions',
  'funding',
  'basisFunding',
  'kpis',
  'scenarios',
  'changes',
  'addedActions',
] as const;

const LISTS: ReadonlySet<string> = new Set(PLACE_LISTS);

/** Longest name or number from the file that a message shows. */
const MAX_SHOWN_NAME = 60;

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else if (isRawObject(v) && typeof seg === 'string' && Object.hasOwn(v, seg)) v = v[seg];
    else return undefined;
  }
  return v;
}

function shortText(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const s = value.trim();
  return s.length > MAX_SHOWN_NAME ? `${s.slice(0, MAX_SHOWN_NAME)}…` : s;
}

function yearOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

function planSubject(root: unknown, index: number): Message {
  const year = yearOf(at(root, ['plans', index, 'year']));
  return year === null ? msg('planFile.subject.planIndex', { index: index + 1 }) : msg('planFile.subject.plan', { year });
}

function actionSubject(root: unknown, index: number): Message {
  const action = at(root, ['actions', index]);
  const number = shortText(at(action, ['number']));
  const planId = at(action, ['planId']);
  const plans = at(root, ['plans']);
  const plan = Array.isArray(plans) ? plans.find((p) => at(p, ['id']) === planId) : undefined;
  const year = yearOf(at(plan, ['year']));
  if (number !== null) {
    return year === null ? msg('planFile.subject.action', { number }) : msg('planFile.subject.actionInPlan', { number, year });
  }
  return year === null
    ? msg('planFile.subject.actionIndex', { index: index + 1 })
    : msg('planFile.subject.actionIndexInPlan', { index: index + 1, year });
}

/**
 * The place a path points to, as a message: the top-level entity, then each list element
 * on the way (with its name when it has one). «Filen» for the empty path.
 */
export function describePlanFilePath(root: unknown, path: readonly PropertyKey[]): Message {
  let place: Message;
  let rest = path;
  const [head, index] = path;
  if (head === 'actions' && typeof index === 'number') {
    place = actionSubject(root, index);
    rest = path.slice(2);
  } else if (head === 'plans' && typeof index === 'number') {
    place = planSubject(root, index);
    rest = path.slice(2);
  } else if (head === 'strategy') {
    place = msg('planFile.subject.strategy');
    rest = path.slice(1);
  } else {
    place = msg('planFile.subject.file');
  }
  let node: unknown = at(root, path.slice(0, path.length - rest.length));
  for (let k = 0; k < rest.length; k += 1) {
    const seg = rest[k];
    const next = rest[k + 1];
    if (typeof seg === 'string' && typeof next === 'number' && LISTS.has(seg)) {
      const element = at(node, [seg, next]);
      const name = shortText(at(element, ['name']) ?? at(element, ['title']) ?? at(element, ['indicator']));
      const element1 = msg(`planFile.element.${seg}`, { index: next + 1 });
      const part = name === null ? element1 : msg('planFile.subject.named', { part: element1, name });
      place = msg('planFile.subject.within', { place, part });
      node = element;
      k += 1;
    } else {
      node = at(node, [seg ?? '']);
    }
  }
  return place;
}
