/**
 * «Trenger oppmerksomhet» (issue 12): the list the board and the secretariat leader need —
 * each entry a code with the tiltak it concerns and the values its text needs
 * (`followUp.attention.<code>`). Pure; `followUpRollUp` calls it with its figures.
 *
 * A tiltak gets, in this order:
 * - `stopped` / `delayed`: its status is stoppet / forsinket;
 * - `deadlinePassed`: its frist (the update's changed frist, else its own) is before the
 *   per-dato day and the status is not fullført;
 * - `noUpdate`: no update in this period and the status is not fullført;
 * - `kpiBehind`: its KPI progress is more than `KPI_BEHIND_TOLERANCE_POINTS` below the
 *   expected linear path from start (else 1 January) to frist (else 31 December) at the
 *   per-dato day, and the status is not fullført;
 * - `overspent`: forbruk above kostnad.
 */
import type { Action } from '../domain/entities';
import type { IsoDate } from '../domain/dates';
import type { ActionFollowUp, AttentionEntry, ReportingPeriod } from '../domain/follow-up';
import { msg, type Message } from '../i18n/message';

/** How many percentage points below the expected path a KPI may be before it needs attention. */
export const KPI_BEHIND_TOLERANCE_POINTS = 10;

/** Longest tiltak title an entry carries. */
const MAX_TITLE = 500;

/** Day number of an ISO date (days since 1970-01-01). */
function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/**
 * Forventet fremdrift: the share (0–100 %) of the way from `start` to `end` that has passed
 * on `asOf`, linear in days; 100 when `end` is not after `start`.
 */
export function expectedProgress(start: IsoDate, end: IsoDate, asOf: IsoDate): number {
  const from = dayNumber(start);
  const to = dayNumber(end);
  if (to <= from) return asOf >= end ? 100 : 0;
  return Math.min(100, Math.max(0, ((dayNumber(asOf) - from) / (to - from)) * 100));
}

/** Where the attention list is measured. */
export interface AttentionContext {
  year: number;
  period: ReportingPeriod;
  /** Per dato. */
  asOf: IsoDate;
}

/**
 * The attention entries for the active tiltak and their figures (same order, same length),
 * in the tiltak's order and the codes' order above.
 */
export function attentionEntries(actions: readonly Action[], figures: readonly ActionFollowUp[], context: AttentionContext): AttentionEntry[] {
  const out: AttentionEntry[] = [];
  actions.forEach((action, i) => {
    const f = figures[i];
    if (!f) return;
    const entry = (code: AttentionEntry['code'], params: AttentionEntry['params'] = {}) => {
      out.push({ code, actionId: action.id, number: action.number, params: { title: action.title.slice(0, MAX_TITLE), ...params } });
    };
    const isDone = f.status === 'done';
    if (f.status === 'stopped') entry('stopped');
    if (f.status === 'delayed') entry('delayed');
    if (!isDone && f.deadline !== null && f.deadline < context.asOf) entry('deadlinePassed', { deadline: f.deadline });
    if (!isDone && !f.isUpdatedThisPeriod) entry('noUpdate', { period: context.period.shortName });
    if (!isDone && f.kpiProgress !== null) {
      const expected = expectedProgress(action.start ?? `${context.year}-01-01`, f.deadline ?? `${context.year}-12-31`, context.asOf);
      if (expected - f.kpiProgress > KPI_BEHIND_TOLERANCE_POINTS) {
        entry('kpiBehind', { progress: Math.round(f.kpiProgress), expected: Math.round(expected) });
      }
    }
    if (f.spending.total > f.cost) entry('overspent', { spent: f.spending.total, cost: f.cost });
  });
  return out;
}

/** The entry as a message (`followUp.attention.<code>` with the tiltak's number and title). */
export function attentionMessage(entry: AttentionEntry): Message {
  return msg(`followUp.attention.${entry.code}`, { number: entry.number, ...entry.params });
}
