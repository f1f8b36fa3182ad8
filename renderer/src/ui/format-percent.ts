/** Percent as the screens show it: nb-NO, at most one decimal («12,5»). */

/** Formats a percent nb-NO style with at most one decimal («12,5»). */
export function formatPercent(value: number): string {
  return new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 }).format(value);
}
