/**
 * The size of the tiltak grid's scroll region for the virtualizer, without a forced layout:
 * the virtualizer's own `observeElementRect` reads the element's size in a layout effect,
 * i.e. while React commits and before the browser has laid the page out, which forces a
 * synchronous layout of the whole screen and, as the size then differs from the first
 * guess, a second render of the table before the first paint. Here the size comes from a
 * ResizeObserver only — its first report is delivered after the frame's layout — and the
 * first render takes `firstPaintRect()`, the size plan.css gives the grid, so the rows painted
 * first fill it (the overscan covers the rest); a report that changes the rows in view
 * re-renders after that paint.
 */
import type { Rect, Virtualizer } from '@tanstack/react-virtual';
import { observeElementRect } from '@tanstack/react-virtual';

/** What plan.css leaves the grid of the window's height: `max(14rem, calc(100vh - 13.5rem))` (a rem taken as 16 px). */
const REM = 16;

/**
 * The size the virtualizer assumes before the first report: the window's width, and the
 * grid's height as plan.css sets it (on a laptop the grid fills what the page head leaves,
 * about the same; the virtualizer's overscan rows cover a difference).
 */
export function firstPaintRect(): Rect {
  const view = typeof window === 'undefined' ? null : window;
  const height = view?.innerHeight || 768;
  return { width: view?.innerWidth || 1200, height: Math.max(14 * REM, height - 13.5 * REM) };
}

/**
 * `observeElementRect` for useVirtualizer: reports the scroll element's client size from a
 * ResizeObserver (after layout), never synchronously. Without ResizeObserver, the
 * virtualizer's own (a synchronous read, then nothing).
 */
export function observeRectAfterLayout<T extends Element>(instance: Virtualizer<T, Element>, cb: (rect: Rect) => void): (() => void) | undefined {
  const element = instance.scrollElement;
  const view = element?.ownerDocument.defaultView;
  if (!element || !view) return undefined;
  if (typeof view.ResizeObserver !== 'function') return observeElementRect(instance, cb);
  const observer = new view.ResizeObserver(() => cb({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element, { box: 'content-box' });
  return () => observer.disconnect();
}
