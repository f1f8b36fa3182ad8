/**
 * Completeness (PRODUCT.md §4.3): what an active tiltak lacks — ansvarlig, frist,
 * finansiering, KPI, link to a satsing — and dates or partner financing that do not fit.
 * Only active tiltak are checked: an utsatt or avlyst tiltak is not part of this year.
 */
import { formatDateNb, yearOf } from '../domain/dates';
import { perActionRule } from './context';
import { actionFinding } from './messages';

/** Mangler ansvarlig: 'missing-owner' (warning) when the owner is empty or blank. */
export const missingOwnerFindings = perActionRule(({ action }, _input, _context, out) => {
  if (action.owner.trim() !== '') return;
  out.push(actionFinding('warning', 'missing-owner', action));
});

/** Mangler frist: 'missing-deadline' (warning). */
export const missingDeadlineFindings = perActionRule(({ action }, _input, _context, out) => {
  if (action.deadline !== null) return;
  out.push(actionFinding('warning', 'missing-deadline', action));
});

/**
 * Mangler finansiering: 'missing-funding' (warning) when a tiltak with a cost has no
 * funding line at all. (It also gets 'uncovered' for the amount; a tiltak of 0 kr that
 * only takes staff hours needs no financing.)
 */
export const missingFundingFindings = perActionRule(({ action }, _input, _context, out) => {
  if (action.funding.length > 0 || action.cost <= 0) return;
  out.push(actionFinding('warning', 'missing-funding', action, { amount: action.cost }, action.cost));
});

/** Mangler KPI: 'missing-kpi' (warning) when the tiltak has no KPI / resultatmål. */
export const missingKpiFindings = perActionRule(({ action }, _input, _context, out) => {
  if (action.kpis.length > 0) return;
  out.push(actionFinding('warning', 'missing-kpi', action));
});

/**
 * Mangler kobling: 'missing-link' (warning) when the tiltak hangs under nothing in the
 * føringer that exists — no innsatsområde, delmål, satsing or tverrgående prosjekt
 * (dangling ids count as no link). The same test as the group «Uten kobling».
 */
export const missingLinkFindings = perActionRule(({ action, placement }, _input, _context, out) => {
  if (placement.focusAreaId === null && placement.projectId === null) out.push(actionFinding('warning', 'missing-link', action));
});

/** Frist utenfor planåret: 'deadline-outside-year' (warning). */
export const deadlineOutsideYearFindings = perActionRule(({ action }, input, _context, out) => {
  const year = input.plan.year;
  if (action.deadline === null || yearOf(action.deadline) === year) return;
  out.push(
    actionFinding('warning', 'deadline-outside-year', action, {
      deadline: formatDateNb(action.deadline),
      deadlineIso: action.deadline,
      year,
    }),
  );
});

/**
 * Start utenfor planåret: 'start-outside-year' (info) when the start is after the plan
 * year, or before it for a tiltak that was not carried over from an earlier plan (a
 * carried-over tiltak legitimately started in an earlier year).
 */
export const startOutsideYearFindings = perActionRule(({ action }, input, _context, out) => {
  const year = input.plan.year;
  if (action.start === null) return;
  const startYear = yearOf(action.start);
  if (startYear === year || (startYear < year && action.carriedFromId !== null)) return;
  out.push(
    actionFinding('info', 'start-outside-year', action, {
      start: formatDateNb(action.start),
      startIso: action.start,
      year,
    }),
  );
});

/** Start etter frist: 'start-after-deadline' (warning). ISO dates compare as strings. */
export const startAfterDeadlineFindings = perActionRule(({ action }, _input, _context, out) => {
  if (action.start === null || action.deadline === null || action.start <= action.deadline) return;
  out.push(
    actionFinding('warning', 'start-after-deadline', action, {
      start: formatDateNb(action.start),
      startIso: action.start,
      deadline: formatDateNb(action.deadline),
      deadlineIso: action.deadline,
    }),
  );
});

/**
 * Partnerfinansiering fra en som ikke er partner: 'partner-funding-not-partner' (warning),
 * one per tiltak and actor with the summed amount; partner lines without an actor give
 * 'partner-funding-no-actor' (warning), one per tiltak with the summed amount.
 */
export const partnerFundingFindings = perActionRule(({ action }, _input, context, out) => {
  let byActor: Map<string, number> | null = null;
  let withoutActor = 0;
  for (const line of action.funding) {
    if (line.source !== 'partner') continue;
    if (line.actorId === null) {
      withoutActor += line.amount;
    } else if (!action.partnerIds.includes(line.actorId)) {
      byActor ??= new Map();
      byActor.set(line.actorId, (byActor.get(line.actorId) ?? 0) + line.amount);
    }
  }
  if (byActor === null && withoutActor === 0) return;
  for (const [actorId, amount] of byActor ?? []) {
    const actor = context.index.actors.get(actorId)?.name ?? actorId;
    out.push(actionFinding('warning', 'partner-funding-not-partner', action, { amount, actor, actorId }, amount));
  }
  if (withoutActor > 0) {
    out.push(actionFinding('warning', 'partner-funding-no-actor', action, { amount: withoutActor }, withoutActor));
  }
});
