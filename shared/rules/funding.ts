/**
 * One tiltak's financing summed by source and status, and whether a tiltak is active.
 * The Excel workbook's SUMIFS and the CLI follow the same definitions (see ./types.ts).
 */
import { ACTIVE_STATUSES } from '../domain/entities';
import type { Action } from '../domain/entities';
import type { ActionFunding } from './types';

/**
 * Finansiering for ett tiltak: egne midler, partnerfinansiering, eksterne midler, sum,
 * udekket (max(0, kostnad − sum)) and the sums per status (bekreftet, søkt, planlagt).
 */
export function actionFunding(action: Action): ActionFunding {
  let own = 0;
  let partner = 0;
  let external = 0;
  let confirmed = 0;
  let applied = 0;
  let planned = 0;
  for (const line of action.funding) {
    const amount = line.amount;
    if (line.source === 'own') own += amount;
    else if (line.source === 'partner') partner += amount;
    else external += amount;
    if (line.status === 'confirmed') confirmed += amount;
    else if (line.status === 'applied') applied += amount;
    else planned += amount;
  }
  const total = own + partner + external;
  return { own, partner, external, total, uncovered: Math.max(0, action.cost - total), confirmed, applied, planned };
}

/** Aktivt tiltak: status planlagt, pågår or fullført (not utsatt, avlyst). */
export function isActive(action: Action): boolean {
  return ACTIVE_STATUSES.includes(action.status);
}
