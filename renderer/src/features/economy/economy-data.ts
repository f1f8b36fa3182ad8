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

/** Parses a target share: empty = none (null); «25», «12,5», «12,5 %» between 0 and 100. */
export function parsePercent(text: string): { ok: true; value: number | null } | { ok: false } {
  const s = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (s === '') return { ok: true, value: null };
  if (!/^\d+(\.\d+)?$/.test(s)) return { ok: false };
  const value = Number(s);
  return value >= 0 && value <= 100 ? { ok: true, value } : { ok: false };
}
