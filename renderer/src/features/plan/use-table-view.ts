/**
 * How the planner likes the tiltak table: density (compact or normal rows) and each
 * column's width, remembered on this machine (localStorage; a view preference, not part
 * of the plan). Widths favour text: Tittel and Ansvarlig take the free space, the number
 * columns stay narrow.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ColumnId } from './table-model';
import { COLUMNS } from './table-model';

/** Row density of the table. */
export type TableDensity = 'compact' | 'normal';

/** Row heights in pixels per density (fixed, so the virtualizer needs no measuring). */
export const ROW_HEIGHTS: Readonly<Record<TableDensity, number>> = { compact: 26, normal: 36 };

/** Narrowest and widest a column may be dragged, in pixels. */
export const MIN_COLUMN_WIDTH = 40;
export const MAX_COLUMN_WIDTH = 800;

const STORAGE_KEY = 'handlingsrom.tiltakTable.view';

interface StoredView {
  density: TableDensity;
  /** Widths in pixels of the columns the planner has resized. */
  widths: Partial<Record<ColumnId, number>>;
  /** Columns the planner has hidden (never Nr or Tittel). */
  hidden: ColumnId[];
}

const DEFAULT_VIEW: StoredView = { density: 'compact', widths: {}, hidden: [] };

/** Columns that always show: they name the tiltak. */
export const FIXED_COLUMNS: ReadonlySet<ColumnId> = new Set(['number', 'title']);

function readView(): StoredView {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (typeof raw !== 'object' || raw === null) return DEFAULT_VIEW;
    const density = 'density' in raw && raw.density === 'normal' ? 'normal' : 'compact';
    const widths: Partial<Record<ColumnId, number>> = {};
    if ('widths' in raw && typeof raw.widths === 'object' && raw.widths !== null) {
      const stored = new Map<string, unknown>(Object.entries(raw.widths));
      for (const c of COLUMNS) {
        const w = stored.get(c.id);
        if (typeof w === 'number' && Number.isFinite(w)) widths[c.id] = clampWidth(w);
      }
    }
    const storedHidden: unknown[] = 'hidden' in raw && Array.isArray(raw.hidden) ? raw.hidden : [];
    const hidden = COLUMNS.filter((c) => !FIXED_COLUMNS.has(c.id) && storedHidden.includes(c.id)).map((c) => c.id);
    return { density, widths, hidden };
  } catch {
    return DEFAULT_VIEW;
  }
}

/** A width within the allowed range, in whole pixels. */
export function clampWidth(px: number): number {
  return Math.round(Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, px)));
}

/**
 * Default widths that favour text: Tittel and Ansvarlig share the free space (Tittel the
 * most), the number columns are as narrow as their figures. `min` is in rem.
 */
const DEFAULT_WIDTHS: Readonly<Record<ColumnId, { track: string; min: number }>> = {
  number: { track: '3.25rem', min: 3.25 },
  title: { track: 'minmax(15rem, 4fr)', min: 15 },
  owner: { track: 'minmax(9rem, 1.5fr)', min: 9 },
  cost: { track: '6.75rem', min: 6.75 },
  ownFunds: { track: '6.75rem', min: 6.75 },
  uncovered: { track: '6.5rem', min: 6.5 },
  deadline: { track: '6.25rem', min: 6.25 },
  priority: { track: '5.5rem', min: 5.5 },
  status: { track: '6.25rem', min: 6.25 },
  findings: { track: '3.5rem', min: 3.5 },
};

/** One column's CSS width: its pixels once resized, else its default track. */
export function columnWidth(id: ColumnId, widths: Partial<Record<ColumnId, number>>): string {
  const w = widths[id];
  return w === undefined ? DEFAULT_WIDTHS[id].track : `${w}px`;
}

/** A column's width in pixels as far as known without measuring (for its resize handle). */
export function knownWidthPx(id: ColumnId, widths: Partial<Record<ColumnId, number>>): number {
  return widths[id] ?? Math.round(DEFAULT_WIDTHS[id].min * 16);
}

/** CSS grid-template-columns for the given widths; hidden columns have no track. */
export function columnTemplate(widths: Partial<Record<ColumnId, number>>, hidden: readonly ColumnId[] = []): string {
  return COLUMNS.filter((c) => !hidden.includes(c.id)).map((c) => columnWidth(c.id, widths)).join(' ');
}

/** The least width of the shown columns together (CSS length), so a row never squeezes them. */
export function minimumRowWidth(widths: Partial<Record<ColumnId, number>>, hidden: readonly ColumnId[] = []): string {
  const shown = COLUMNS.filter((c) => !hidden.includes(c.id));
  const rem = shown.reduce((sum, c) => sum + (widths[c.id] === undefined ? DEFAULT_WIDTHS[c.id].min : 0), 0);
  const px = shown.reduce((sum, c) => sum + (widths[c.id] ?? 0), 0);
  return `calc(${rem}rem + ${px}px)`;
}

/** The table's view settings and their setters. */
export function useTableView() {
  const [view, setView] = useState<StoredView>(readView);
  useEffect(() => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(view));
    } catch {
      // A full or blocked storage only loses the preference.
    }
  }, [view]);
  const setDensity = useCallback((density: TableDensity) => setView((v) => ({ ...v, density })), []);
  const setWidth = useCallback(
    (column: ColumnId, px: number) => setView((v) => ({ ...v, widths: { ...v.widths, [column]: clampWidth(px) } })),
    [],
  );
  const resetWidths = useCallback(() => setView((v) => ({ ...v, widths: {} })), []);
  const setShown = useCallback(
    (column: ColumnId, isShown: boolean) =>
      setView((v) => {
        if (FIXED_COLUMNS.has(column)) return v;
        const hidden = v.hidden.filter((c) => c !== column);
        return { ...v, hidden: isShown ? hidden : [...hidden, column] };
      }),
    [],
  );
  return { density: view.density, widths: view.widths, hidden: view.hidden, setDensity, setWidth, resetWidths, setShown };
}
