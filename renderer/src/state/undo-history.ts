/**
 * Undo/redo history as plain data: each step keeps the whole document before and after
 * it. Edits share every untouched object, so a snapshot costs only the changed rows.
 */
import type { PlanDocument } from '@shared/domain';
import type { DocumentEdit } from './document-context';

/** Steps kept for undo (the brief asks for at least 100). */
export const UNDO_LIMIT = 200;

/** One undoable step. */
export interface HistoryStep {
  label: string;
  /** The document before the step (undo goes back to it). */
  before: PlanDocument;
  /** The document after the step (redo goes forward to it). */
  after: PlanDocument;
}

/** The document with its undo and redo stacks. */
export interface HistoryState {
  doc: PlanDocument;
  past: readonly HistoryStep[];
  future: readonly HistoryStep[];
}

/** What can happen to the history. */
export type HistoryAction =
  | { type: 'apply'; label: string; edit: DocumentEdit }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; doc: PlanDocument };

/** A fresh history for a document. */
export function initialHistory(doc: PlanDocument): HistoryState {
  return { doc, past: [], future: [] };
}

/** The history reducer (pure). */
export function historyReducer(state: HistoryState, action: HistoryAction): HistoryState {
  switch (action.type) {
    case 'apply': {
      const next = action.edit(state.doc);
      if (next === state.doc) return state;
      const step: HistoryStep = { label: action.label, before: state.doc, after: next };
      const past = state.past.length >= UNDO_LIMIT ? [...state.past.slice(state.past.length - UNDO_LIMIT + 1), step] : [...state.past, step];
      return { doc: next, past, future: [] };
    }
    case 'undo': {
      const step = state.past.at(-1);
      if (!step) return state;
      return { doc: step.before, past: state.past.slice(0, -1), future: [step, ...state.future] };
    }
    case 'redo': {
      const step = state.future[0];
      if (!step) return state;
      return { doc: step.after, past: [...state.past, step], future: state.future.slice(1) };
    }
    case 'reset':
      return initialHistory(action.doc);
  }
}
