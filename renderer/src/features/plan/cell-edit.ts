/**
 * What typing in a cell means: the text a cell editor starts with, and how the typed
 * text becomes an edit (via shared/input's parseKroner / parseDate, the same as the detail
 * panel). Invalid text gives a message (code) and no edit, so the cell keeps what the user
 * typed.
 */
import { actionStatusSchema, prioritySchema } from '@shared/domain';
import type { Action, PlanDocument } from '@shared/domain';
import { setOwnFunds, updateAction } from '@shared/edits';
import { msg, type Message, type MessageLanguage } from '@shared/i18n/message';
import { formatDate, formatNumber, parseDate, parseKroner, singleLine } from '@shared/input';
import type { ActionFunding } from '@shared/rules/types';
import type { ColumnId } from './table-model';

/** The result of reading a cell editor's text, the refusal as a message (code). */
export type CellRead =
  | { ok: true; edit: (doc: PlanDocument) => PlanDocument; unchanged: boolean }
  | { ok: false; error: Message };

/** The result of reading a cell editor's text, the refusal rendered. */
export type CellParse =
  | { ok: true; edit: (doc: PlanDocument) => PlanDocument; unchanged: boolean }
  | { ok: false; error: string };

/** The editor's starting text for a cell, in the user's language (so it reads back). */
export function cellEditText(column: ColumnId, action: Action, funding: ActionFunding, language: MessageLanguage = 'nb'): string {
  switch (column) {
    case 'title':
      return action.title;
    case 'owner':
      return action.owner;
    case 'cost':
      return formatNumber(action.cost, language);
    case 'ownFunds':
      return formatNumber(funding.own, language);
    case 'deadline':
      return action.deadline ? formatDate(action.deadline, language) : '';
    case 'priority':
      return String(action.priority);
    case 'status':
      return action.status;
    default:
      return '';
  }
}

/** How a cell's text is read and its refusal shown: the user's language and the renderer. */
export interface CellMessages {
  language: MessageLanguage;
  render(message: Message): string;
}

/** Reads the typed text of a cell into an edit of the tiltak, or a message saying why not. */
export function parseCell(column: ColumnId, text: string, action: Action, funding: ActionFunding, messages: CellMessages): CellParse {
  const r = readCell(column, text, action, funding, messages.language);
  return r.ok ? r : { ok: false, error: messages.render(r.error) };
}

/** Reads the typed text of a cell into an edit of the tiltak, or a message (code). */
export function readCell(column: ColumnId, text: string, action: Action, funding: ActionFunding, language: MessageLanguage = 'nb'): CellRead {
  const id = action.id;
  switch (column) {
    case 'title': {
      // A title and an ansvarlig are one line: tabs and line breaks (a paste) become spaces.
      const title = singleLine(text);
      if (title === '') return { ok: false, error: msg('plan.cellErrors.titleRequired') };
      return { ok: true, unchanged: title === action.title, edit: (d) => updateAction(d, id, { title }) };
    }
    case 'owner': {
      const owner = singleLine(text);
      return { ok: true, unchanged: owner === action.owner, edit: (d) => updateAction(d, id, { owner }) };
    }
    case 'cost': {
      const r = parseKroner(text, { language });
      if (!r.ok) return r;
      return { ok: true, unchanged: r.value === action.cost, edit: (d) => updateAction(d, id, { cost: r.value }) };
    }
    case 'ownFunds': {
      const r = parseKroner(text, { language });
      if (!r.ok) return r;
      return { ok: true, unchanged: r.value === funding.own, edit: (d) => setOwnFunds(d, id, r.value) };
    }
    case 'deadline': {
      if (text.trim() === '') return { ok: true, unchanged: action.deadline === null, edit: (d) => updateAction(d, id, { deadline: null }) };
      const r = parseDate(text, { language });
      if (!r.ok) return r;
      const date = r.value;
      return { ok: true, unchanged: date === action.deadline, edit: (d) => updateAction(d, id, { deadline: date }) };
    }
    case 'priority': {
      const p = prioritySchema.safeParse(Number(text));
      if (!p.success) return { ok: false, error: msg('plan.cellErrors.badChoice') };
      const priority = p.data;
      return { ok: true, unchanged: priority === action.priority, edit: (d) => updateAction(d, id, { priority }) };
    }
    case 'status': {
      const s = actionStatusSchema.safeParse(text);
      if (!s.success) return { ok: false, error: msg('plan.cellErrors.badChoice') };
      const status = s.data;
      return { ok: true, unchanged: status === action.status, edit: (d) => updateAction(d, id, { status }) };
    }
    default:
      return { ok: false, error: msg('plan.cellErrors.badChoice') };
  }
}
