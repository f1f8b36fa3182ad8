/** The Rammer sheet on import (rammer): the year check, own funds, capacity and target shares. */
import type { Worksheet } from 'exceljs';
import type { BudgetFrame } from '../../domain/entities';
import { msg, type MessageLanguage } from '../../i18n/message';
import { cellText, plainCell } from '../cells';
import { nameKey, type PlanContext } from '../plan-context';
import { allWorkbookWords } from '../words';
import { expected, found, readInteger, readMoney, readPercent, describe } from './cells';
import { sameValue } from './diff';
import type { Errors, Lookups } from './sheet';
import type { ChangedField } from './types';

const field = (key: string) => `excel.workbook.frame.${key}`;

/** The frame after the Rammer sheet, and which of its fields changed (none: the old frame). */
export function readFrame(
  rammer: Worksheet,
  language: MessageLanguage,
  ctx: PlanContext,
  L: Lookups,
  year: number,
  errors: Errors,
): { frame: BudgetFrame; fields: ChangedField[] } {
  const before = ctx.plan.frame;
  const byLabel = new Map<string, number>();
  rammer.eachRow({ includeEmpty: false }, (row, r) => {
    const label = cellText(plainCell(row.getCell(1).value));
    if (label && !byLabel.has(nameKey(label))) byLabel.set(nameKey(label), r);
  });
  const rowOf = (key: 'year' | 'ownFunds' | 'capacityHours' | 'targetArea') => {
    for (const w of allWorkbookWords()) {
      const r = byLabel.get(nameKey(w.frame[key]));
      if (r !== undefined) return r;
    }
    return undefined;
  };
  const valueAt = (key: 'year' | 'ownFunds' | 'capacityHours') => {
    const r = rowOf(key);
    return r === undefined ? null : { r, cell: plainCell(rammer.getRow(r).getCell(2).value) };
  };
  const y = valueAt('year');
  if (y && y.cell.kind !== 'empty' && !(y.cell.kind === 'number' && y.cell.value === year)) {
    errors.add(msg('excel.sheets.wrongYear', { found: cellText(y.cell) ?? describe(y.cell), year }, { sheet: rammer.name, row: y.r, column: 'B', field: field('year') }));
  }
  const next: BudgetFrame = { ...before, targetShares: { ...before.targetShares } };
  const own = valueAt('ownFunds');
  if (own) {
    const v = readMoney(own.cell, false, language);
    if (v.ok) next.ownFunds = v.value;
    else errors.cell(rammer.name, own.r, 2, field('ownFunds'), v.expected, v.found, v.reason);
  }
  const cap = valueAt('capacityHours');
  if (cap) {
    const v = readInteger(cap.cell, 10_000_000, language);
    if (v.ok) next.capacityHours = v.value;
    else errors.cell(rammer.name, cap.r, 2, field('capacityHours'), v.expected, v.found, v.reason);
  }
  const targetHeader = rowOf('targetArea');
  if (targetHeader !== undefined) {
    rammer.eachRow({ includeEmpty: false }, (row, r) => {
      if (r <= targetHeader) return;
      const label = cellText(plainCell(row.getCell(1).value));
      if (!label) return;
      const ids = L.focusAreas.get(nameKey(label));
      if (!ids || ids.length !== 1 || ids[0] === undefined) {
        errors.cell(rammer.name, r, 1, field('targetArea'), expected('focusArea'), found('unknown', { value: label }));
        return;
      }
      const cell = plainCell(row.getCell(2).value);
      if (cell.kind === 'empty') {
        delete next.targetShares[ids[0]];
        return;
      }
      const v = readPercent(cell, language);
      if (v.ok) next.targetShares[ids[0]] = v.value;
      else errors.cell(rammer.name, r, 2, field('targetShare'), v.expected, v.found, v.reason);
    });
  }
  const fields: ChangedField[] = [];
  if (next.ownFunds !== before.ownFunds) fields.push('ownFunds');
  if (next.capacityHours !== before.capacityHours) fields.push('capacityHours');
  if (!sameValue(next.targetShares, before.targetShares)) {
    const keys = new Set([...Object.keys(next.targetShares), ...Object.keys(before.targetShares)]);
    if ([...keys].some((k) => next.targetShares[k] !== before.targetShares[k])) fields.push('targetShares');
    else next.targetShares = before.targetShares;
  }
  return { frame: fields.length > 0 ? next : before, fields };
}
