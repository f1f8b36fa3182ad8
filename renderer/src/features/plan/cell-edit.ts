/**
 * What typing in a cell means: the text a cell editor starts with, and how the typed
 * text becomes an edit (via parseKroner / parseDateNb). Invalid text gives a Norwegian
 * message and no edit, so the cell keeps what the user typed.
 */
import { actionStatusSchema, formatDateNb, parseDateNb, prioritySchema } from '@shared/domain';
import type { Action, PlanDocument } from '@shared/domain';
import { setOwnFunds, updateAction } from '@shared/edits';
import { formatNumber, parseKroner } from '@shared/money/kroner';
import type { ActionFunding } from '@shared/rules/types';
import type { ColumnId } from './table-model';

/** The result of reading a cell editor's text. */
export type CellParse =
  | { ok: true; edit: (doc: PlanDocument) => PlanDocument; unchanged: boolean }
  | { ok: false; error: string };

/** The editor's starting text for a cell. */
export function cellEditText(column: ColumnId, action: Action, funding: ActionFunding): string {
  switch (column) {
    case 'title':
      return action.title;
    case 'owner':
      return action.owner;
    case 'cost':
      return formatNumber(action.cost);
    case 'ownFunds':
      return formatNumber(funding.own);
    case 'deadline':
      return action.deadline ? formatDateNb(action.deadline) : '';
    case 'priority':
      return String(action.priority);
    case 'status':
      return action.status;
    default:
      return '';
  }
}

/** Norwegian messages for cell input (the catalogue's `plan.cellErrors`). */
export interface CellMessages {
  titleRequired: string;
  badDate: (text: string) => string;
  badChoice: string;
}

/** Reads the typed text of a cell into an edit of the tiltak, or a message. */
export function parseCell(column: ColumnId, text: string, action: Action, funding: ActionFunding, messages: CellMessages): CellParse {
  const id = action.id;
  switch (column) {
    case 'title': {
      const title = text.trim();
      if (title === '') return { ok: false, error: messages.titleRequired };
      return { ok: true, unchanged: title === action.title, edit: (d) => updateAction(d, id, { title }) };
    }
    case 'owner': {
      const owner = text.trim();
      return { ok: true, unchanged: owner === action.owner, edit: (d) => updateAction(d, id, { owner }) };
    }
    case 'cost': {
      const r = parseKroner(text);
      if (!r.ok) return { ok: false, error: r.error };
      return { ok: true, unchanged: r.value === action.cost, edit: (d) => updateAction(d, id, { cost: r.value }) };
    }
    case 'ownFunds': {
      const r = parseKroner(text);
      if (!r.ok) return { ok: false, error: r.error };
      return { ok: true, unchanged: r.value === funding.own, edit: (d) => setOwnFunds(d, id, r.value) };
    }
    case 'deadline': {
      if (text.trim() === '') return { ok: true, unchanged: action.deadline === null, edit: (d) => updateAction(d, id, { deadline: null }) };
      const date = parseDateNb(text);
      if (date === null) return { ok: false, error: messages.badDate(text.trim()) };
      return { ok: true, unchanged: date === action.deadline, edit: (d) => updateAction(d, id, { deadline: date }) };
    }
    case 'priority': {
      const p = prioritySchema.safeParse(Number(text));
      if (!p.success) return { ok: false, error: messages.badChoice };
      const priority = p.data;
      return { ok: true, unchanged: priority === action.priority, edit: (d) => updateAction(d, id, { priority }) };
    }
    case 'status': {
      const s = actionStatusSchema.safeParse(text);
      if (!s.success) return { ok: false, error: messages.badChoice };
      const status = s.data;
      return { ok: true, unchanged: status === action.status, edit: (d) => updateAction(d, id, { status }) };
    }
    default:
      return { ok: false, error: messages.badChoice };
  }
}
