/** Today's calendar date (local time) as an ISO date «YYYY-MM-DD». */
import type { IsoDate } from '@shared/domain';

/** Today in the user's time zone. */
export function todayIso(now = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
