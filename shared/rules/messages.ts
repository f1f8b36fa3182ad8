/**
 * Builds findings (funn) with their Norwegian message from the same catalogue templates
 * the UI uses for other languages (shared/i18n/findings.ts), so message and params agree.
 */
import type { Action, Finding, FindingEntity, Severity } from '../domain/entities';
import { findings as catalogue } from '../i18n/findings';
import type { FindingCode } from './types';

export type { MessageLanguage } from '../i18n/message';
export { interpolate } from '../i18n/message';
import { interpolate, type MessageLanguage } from '../i18n/message';

/** Values of a finding's message (plain values; a finding's params are stored as data). */
export type MessageParams = Record<string, string | number>;

/** The template of a finding code in a language. */
export function findingTemplate(code: FindingCode, language: MessageLanguage = 'nb'): string {
  return catalogue[language][code];
}

/** Renders a finding's message in a language from its code and params (funnmelding). */
export function renderFinding(finding: Pick<Finding, 'code' | 'params'>, language: MessageLanguage = 'nb'): string {
  const template = (catalogue[language] as Record<string, unknown>)[finding.code];
  if (typeof template !== 'string') throw new Error(`Unknown finding code: ${finding.code}`);
  return interpolate(template, finding.params, language);
}

/** Depth of `countingFindings` calls running now (0: findings get their message). */
let counting = 0;

/**
 * Telle funn: runs `fn` with every finding made without its message (an empty string), for
 * a caller that only counts the findings it gets and lets them go (`summarizeKontroll`):
 * building the message is most of what a finding costs. Such a finding must not leave
 * `fn`'s caller.
 */
export function countingFindings<T>(fn: () => T): T {
  counting += 1;
  try {
    return fn();
  } finally {
    counting -= 1;
  }
}

/** Creates a finding whose Norwegian message comes from the catalogue (funn). */
export function makeFinding(
  severity: Severity,
  code: FindingCode,
  entity: FindingEntity,
  params: MessageParams,
  amount?: number,
): Finding {
  const message = counting > 0 ? '' : interpolate(findingTemplate(code), params);
  return amount === undefined
    ? { severity, code, message, entity, params }
    : { severity, code, message, entity, params, amount };
}

/** What a finding about a tiltak points at: its id and «Nr». */
export function actionEntity(action: Action): FindingEntity {
  return { kind: 'action', id: action.id, number: action.number };
}

/**
 * Creates a finding about a tiltak (funn på tiltak): the entity points at it, and the
 * params name it («Tiltak {{number}} «{{title}}»») besides the rule's own values.
 */
export function actionFinding(
  severity: Severity,
  code: FindingCode,
  action: Action,
  extra?: MessageParams,
  amount?: number,
): Finding {
  const params: MessageParams = { number: action.number, title: action.title };
  if (extra) Object.assign(params, extra);
  return makeFinding(severity, code, actionEntity(action), params, amount);
}

/** Name of the group of tiltak linked to nothing in the føringer («Uten kobling»). */
export function unlinkedGroupName(language: MessageLanguage = 'nb'): string {
  return catalogue[language].group.unlinked;
}

/** Name of the group of tiltak that hang only under a tverrgående prosjekt («Tverrgående prosjekter»). */
export function projectsGroupName(language: MessageLanguage = 'nb'): string {
  return catalogue[language].group.projects;
}
