/**
 * The starter sheet on import (startark): one sheet with a header row (Tittel, and any of
 * Nr, Innsatsområde, Satsing, Ansvarlig, Kostnad, Egne midler, Timeverk, Start, Frist,
 * Prioritet, Status, Beskrivelse, Notater — or their English names); every non-empty row
 * becomes a new tiltak.
 */
import type { Worksheet } from 'exceljs';
import type { Action, ActionStatus } from '../../domain/entities';
import { newId } from '../../domain/ids';
import { nextFreeNumber } from '../../edits/plans';
import { msg, type Message } from '../../i18n/message';
import { cellText, plainCell, type PlainCell } from '../cells';
import { nameKey, type PlanContext } from '../plan-context';
import { allWorkbookWords, alternatives, type WorkbookWords } from '../words';
import { choices, describe, expected, found, foundName, readDate, readEnum, readInteger, readMoney, readNumberText, readPriority, readText, type Parsed } from './cells';
import { finish } from './diff';
import { checkTime, collectRows, Errors, lookups, resolveList, Table, type Clock, type Progress } from './sheet';
import type { ReadWorkbookResult } from './types';

type StarterKey = keyof WorkbookWords['starter'];

/** Every header the starter sheet accepts for a field, in all languages. */
function headersOf(key: StarterKey): string[] {
  return allWorkbookWords().flatMap((w) => alternatives(w.starter[key]));
}

/** The words of the language whose «Tittel» header the sheet has, or null when it is no starter sheet. */
export function starterLanguage(ws: Worksheet): WorkbookWords | null {
  const table = new Table(ws);
  return allWorkbookWords().find((w) => table.col(...alternatives(w.starter.title)) !== null) ?? null;
}

/** Reads a starter sheet: every non-empty row becomes a new tiltak. */
export function readStarterSheet(ws: Worksheet, words: WorkbookWords, ctx: PlanContext, year: number, clock: Clock, progress: Progress): ReadWorkbookResult {
  const errors = new Errors();
  const L = lookups(ctx);
  const table = new Table(ws);
  const keys = Object.keys(words.starter) as StarterKey[];
  const colOf = (k: StarterKey) => table.col(...headersOf(k));
  const cols = keys.map(colOf).filter((c): c is number => c !== null);
  const rows = collectRows(ws, cols, clock);
  progress.setTotal(2 + rows.length);
  progress.step(2);
  const existing = new Set(ctx.actions.map((a) => nameKey(a.number)));
  const taken = new Set(existing);
  let next = nextFreeNumber(ctx.actions.map((a) => a.number));
  const added: Action[] = [];
  const seenNumbers = new Map<string, number>();
  for (const { row, rowNumber } of rows) {
    progress.step();
    if (added.length % 500 === 0) checkTime(clock);
    const before = errors.list.length;
    const get = (k: StarterKey) => {
      const c = colOf(k);
      return c === null ? null : { col: c, cell: plainCell(row.getCell(c).value), field: `excel.workbook.columns.${k}` };
    };
    const bad = (c: { col: number; field: string }, p: { expected: Message; found: Message; reason?: Message }) =>
      errors.cell(ws.name, rowNumber, c.col, c.field, p.expected, p.found, p.reason);
    const read = <T>(k: StarterKey, parse: (cell: PlainCell) => Parsed<T>, fallback: T): T => {
      const c = get(k);
      if (!c) return fallback;
      const p = parse(c.cell);
      if (p.ok) return p.value;
      bad(c, p);
      return fallback;
    };
    const id = newId('act');
    let number = '';
    const nrCell = get('number');
    if (nrCell && nrCell.cell.kind !== 'empty') {
      const nr = readNumberText(nrCell.cell);
      const other = nr.ok ? seenNumbers.get(nameKey(nr.value)) : undefined;
      if (!nr.ok) bad(nrCell, nr);
      else if (other !== undefined) bad(nrCell, { expected: expected('uniqueNumber'), found: found('duplicate', { value: nr.value, otherRow: other }) });
      else if (existing.has(nameKey(nr.value))) bad(nrCell, { expected: expected('uniqueNumber'), found: found('existingNumber', { value: nr.value }) });
      else number = nr.value;
    }
    if (number === '') {
      while (taken.has(String(next))) next++;
      number = String(next++);
    }
    taken.add(nameKey(number));
    seenNumbers.set(nameKey(number), rowNumber);

    const title = read('title', (c) => readText(c, 500, true), '').trim();
    // Satsing, or an innsatsområde with exactly one satsing, or directly the innsatsområde when it has none.
    let initiativeIds: string[] = [];
    let focusAreaIds: string[] = [];
    const areaCell = get('focusArea');
    let areaIds: string[] = [];
    if (areaCell && areaCell.cell.kind !== 'empty') {
      const t = cellText(areaCell.cell) ?? '';
      areaIds = L.focusAreas.get(nameKey(t)) ?? [];
      if (areaIds.length !== 1) bad(areaCell, { expected: expected('focusArea'), found: foundName(t.trim(), areaIds.length) });
    }
    const initCell = get('initiatives');
    if (initCell && initCell.cell.kind !== 'empty') {
      initiativeIds = read(
        'initiatives',
        (c) => {
          const t = readText(c, 100_000, false);
          return t.ok ? resolveList(t.value, L.initiatives, expected('initiative'), [], (iid) => areaIds.includes(L.initiativeArea.get(iid) ?? '')) : t;
        },
        [],
      );
    } else if (areaIds.length === 1 && areaCell) {
      const under = ctx.strategy.initiatives.filter((i) => i.focusAreaId === areaIds[0]);
      const only = under[0];
      if (under.length === 1 && only) initiativeIds = [only.id];
      else if (under.length === 0) focusAreaIds = [...areaIds];
      else {
        bad(initCell ?? areaCell, {
          expected: expected('initiativeInArea', { choices: under.map((i) => `«${i.name}»`).join(', ') }),
          found: describe(initCell?.cell ?? { kind: 'empty' }),
        });
      }
    }
    const cost = read('cost', (c) => readMoney(c, true, words.language), 0);
    const ownFunds = read('ownFunds', (c) => readMoney(c, true, words.language), 0);
    const action: Action = {
      id,
      planId: ctx.plan.id,
      number,
      title,
      description: read('description', (c) => readText(c, 10_000, false), ''),
      initiativeIds,
      subGoalIds: [],
      focusAreaIds,
      crossCuttingProjectId: null,
      guidingStrategyIds: [],
      owner: read('owner', (c) => readText(c, 300, false), ''),
      partnerIds: [],
      cost,
      funding: ownFunds > 0 ? [{ id: newId('fund'), source: 'own', actorId: null, amount: ownFunds, status: 'planned' }] : [],
      hours: read('hours', (c) => readInteger(c, 1_000_000, words.language), 0),
      start: read('start', readDate, null),
      deadline: read('deadline', readDate, null),
      kpis: [],
      priority: read('priority', (c) => readPriority(c, 2), 2),
      status: read('status', (c) => readEnum<ActionStatus>(c, allWorkbookWords().map((w) => w.status), choices('status', words.status), 'planned'), 'planned'),
      notes: read('notes', (c) => readText(c, 10_000, false), ''),
      carriedFromId: null,
      lineageId: id,
    };
    if (errors.list.length === before) added.push(action);
  }
  if (errors.list.length > 0) return { ok: false, errors: errors.list };
  if (added.length === 0) return { ok: false, errors: [msg('excel.sheets.noRows', { sheet: ws.name }, { sheet: ws.name })] };
  return finish(ctx, { kind: 'starter', year, planId: ctx.plan.id, added, changed: [], removed: [], frame: null });
}
