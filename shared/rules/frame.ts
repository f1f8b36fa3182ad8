/**
 * Ramme (PRODUCT.md §4.1): own funds of the active tiltak against the frame, and timeverk
 * against the capacity — margin or overrun in kroner (hours) and percent.
 */
import type { Finding, FindingEntity } from '../domain/entities';
import { percentOf } from '../money/kroner';
import { buildKontrollContext } from './context';
import type { KontrollContext } from './context';
import { makeFinding } from './messages';
import type { KontrollInput } from './types';

function planEntity(input: KontrollInput): FindingEntity {
  return { kind: 'plan', id: input.plan.id };
}

/**
 * Rammekontroll for egne midler: 'frame-overrun' (error, the overrun in kroner and percent
 * of the frame) or 'frame-margin' (info, the room left). A frame of 0 kr with own funds in
 * use gives 'frame-not-set' (warning) instead, since a percent of 0 means nothing.
 */
export function frameFindings(input: KontrollInput, context: KontrollContext = buildKontrollContext(input)): Finding[] {
  const { ownFunds, frameOwnFunds: frame, margin } = context.totals;
  const entity = planEntity(input);
  if (frame === 0) {
    return ownFunds > 0 ? [makeFinding('warning', 'frame-not-set', entity, { ownFunds }, ownFunds)] : [];
  }
  if (margin < 0) {
    const overrun = -margin;
    const percent = percentOf(overrun, frame) ?? 0;
    return [makeFinding('error', 'frame-overrun', entity, { ownFunds, frame, amount: overrun, percent }, overrun)];
  }
  const percent = percentOf(margin, frame) ?? 0;
  return [makeFinding('info', 'frame-margin', entity, { ownFunds, frame, amount: margin, percent }, margin)];
}

/**
 * Kapasitetskontroll: 'capacity-overrun' (error, hours and percent over the capacity) or
 * 'capacity-margin' (info). Capacity 0 with hours in use gives 'capacity-not-set' (info):
 * many secretariats plan money only.
 */
export function capacityFindings(
  input: KontrollInput,
  context: KontrollContext = buildKontrollContext(input),
): Finding[] {
  const { hours, capacityHours: capacity, capacityMargin } = context.totals;
  const entity = planEntity(input);
  if (capacity === 0) {
    return hours > 0 ? [makeFinding('info', 'capacity-not-set', entity, { hours }, hours)] : [];
  }
  if (capacityMargin < 0) {
    const over = -capacityMargin;
    const percent = percentOf(over, capacity) ?? 0;
    return [makeFinding('error', 'capacity-overrun', entity, { hours, capacity, amount: over, percent }, over)];
  }
  return [makeFinding('info', 'capacity-margin', entity, { hours, capacity, amount: capacityMargin }, capacityMargin)];
}
