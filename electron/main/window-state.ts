/**
 * Window size, position and maximised state across restarts: where to open the window
 * (never off-screen when a monitor was unplugged) and what to remember when it moves.
 */
import type { WindowBounds } from '@shared/ipc/settings';

/** A rectangle in screen coordinates. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where and how big to open the window (x/y left out = centred by the OS). */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** Smallest window size (matches the settings schema's minimum). */
export const MIN_WINDOW_SIZE = { width: 400, height: 300 } as const;

function overlap(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return { x, y, width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * The placement for saved bounds on the current displays: the saved position when a
 * usable part of the window (its title bar, at least 100×40 px) is on some display's
 * work area; otherwise no position (the OS centres it). The size never exceeds the
 * largest work area.
 */
export function placeWindow(saved: WindowBounds, workAreas: readonly Rect[]): WindowPlacement {
  // No display information (should not happen): keep the saved size.
  const maxWidth = workAreas.length === 0 ? saved.width : Math.max(MIN_WINDOW_SIZE.width, ...workAreas.map((a) => a.width));
  const maxHeight = workAreas.length === 0 ? saved.height : Math.max(MIN_WINDOW_SIZE.height, ...workAreas.map((a) => a.height));
  const width = Math.min(Math.max(saved.width, MIN_WINDOW_SIZE.width), maxWidth);
  const height = Math.min(Math.max(saved.height, MIN_WINDOW_SIZE.height), maxHeight);
  if (saved.x === undefined || saved.y === undefined) return { width, height };
  const titleBar: Rect = { x: saved.x, y: saved.y, width, height: 40 };
  const isVisible = workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(100, width) && o.height >= 20;
  });
  return isVisible ? { x: saved.x, y: saved.y, width, height } : { width, height };
}

/** What is read from a window to remember its bounds. */
export interface BoundsSource {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}

/** The bounds to remember: the normal (unmaximised) rectangle plus the maximised flag. */
export function boundsOf(window: BoundsSource): WindowBounds {
  const normal = window.getNormalBounds();
  return {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: Math.min(20000, Math.max(MIN_WINDOW_SIZE.width, Math.round(normal.width))),
    height: Math.min(20000, Math.max(MIN_WINDOW_SIZE.height, Math.round(normal.height))),
    isMaximized: window.isMaximized(),
  };
}

/** A window whose bounds are tracked. */
export interface TrackedWindow extends BoundsSource {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
}

/**
 * Saves the window's bounds `delayMs` after it stops moving or resizing, and at once
 * when it closes. Returns a function that flushes a pending save.
 */
export function trackWindowBounds(window: TrackedWindow, save: (bounds: WindowBounds) => void, delayMs = 500): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    save(boundsOf(window));
  };
  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, schedule);
  window.on('close', flush);
  return flush;
}
