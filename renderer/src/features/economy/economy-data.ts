/**
 * Numbers the Økonomi view shows besides the kontroll's totals: financing of the active
 * tiltak by source × status, and parsing of the frame editor's percent fields.
 */
import type { Action, FundingSource } from '@shared/domain';
import { isActive } from '@shared/rules';

/** Financing of one source split by status (whole kroner). */
export interface SourceStatusRow {
  source: FundingSource;
  confirmed: number;
  applied: number;
  planned: number;
  total: number;
}

/** Finansiering etter kilde og status, over the active tiltak (same rule as the kontroll's totals). */
export function fundingBySourceAndStatus(actions: readonly Action[]): SourceStatusRow[] {
  const rows: Record<FundingSource, SourceStatusRow> = {
    own: { source: 'own', confirmed: 0, applied: 0, planned: 0, total: 0 },
    partner: { source: 'partner', confirmed: 0, applied: 0, planned: 0, total: 0 },
    external: { source: 'external', confirmed: 0, applied: 0, planned: 0, total: 0 },
  };
  for (const a of actions) {
    if (!isActive(a)) continue;
    for (const line of a.funding) {
      const row = rows[line.source];
      row[line.status] += line.amount;
      row.total += line.amount;
    }
  }
  return [rows.own, rows.partner, rows.external];
}
