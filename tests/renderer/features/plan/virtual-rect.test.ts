/**
 * The grid's size for the virtualizer (virtual-rect.ts): subscribing reads no size (a read
 * during React's commit forces a synchronous layout of the whole screen); the size comes
 * from the ResizeObserver's reports, after layout, as the element's client size; the
 * observer goes with the subscription. Without ResizeObserver, the virtualizer's own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Rect, Virtualizer } from '@tanstack/react-virtual';
import { firstPaintRect, observeRectAfterLayout } from '../../../../renderer/src/features/plan/virtual-rect';

/** A ResizeObserver stand-in: `report()` delivers a report to every live observer. */
class FakeResizeObserver {
  static live = new Set<FakeResizeObserver>();
  observed: Element[] = [];
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(element: Element): void {
    this.observed.push(element);
    FakeResizeObserver.live.add(this);
  }
  unobserve(): void {}
  disconnect(): void {
    FakeResizeObserver.live.delete(this);
  }
  static report(): void {
    for (const o of FakeResizeObserver.live) o.callback([], o as unknown as ResizeObserver);
  }
}

const original = window.ResizeObserver;
afterEach(() => {
  window.ResizeObserver = original;
  FakeResizeObserver.live.clear();
});

/** An element whose size reads are counted. */
function measuredElement(size: { width: number; height: number }): { element: HTMLDivElement; reads: () => number } {
  const element = document.createElement('div');
  let reads = 0;
  Object.defineProperty(element, 'clientWidth', { get: () => (reads++, size.width) });
  Object.defineProperty(element, 'clientHeight', { get: () => (reads++, size.height) });
  document.body.append(element);
  return { element, reads: () => reads };
}

const instanceFor = (element: HTMLDivElement) => ({ scrollElement: element }) as unknown as Virtualizer<HTMLDivElement, Element>;

describe('observeRectAfterLayout', () => {
  it('reads no size when subscribing; reports the client size on each ResizeObserver report; stops with the subscription', () => {
    window.ResizeObserver = FakeResizeObserver as unknown as typeof ResizeObserver;
    const size = { width: 900, height: 640 };
    const { element, reads } = measuredElement(size);
    const seen: Rect[] = [];
    const stop = observeRectAfterLayout(instanceFor(element), (rect) => seen.push(rect));
    expect(reads()).toBe(0);
    expect(seen).toEqual([]);
    FakeResizeObserver.report();
    size.height = 500;
    FakeResizeObserver.report();
    expect(seen).toEqual([
      { width: 900, height: 640 },
      { width: 900, height: 500 },
    ]);
    stop?.();
    FakeResizeObserver.report();
    expect(seen).toHaveLength(2);
  });

  it('without ResizeObserver: the virtualizer’s own (one read at once)', () => {
    // @ts-expect-error: an engine without ResizeObserver
    window.ResizeObserver = undefined;
    const { element } = measuredElement({ width: 300, height: 200 });
    const seen: Rect[] = [];
    const instance = { scrollElement: element, targetWindow: window, options: {} } as unknown as Virtualizer<HTMLDivElement, Element>;
    observeRectAfterLayout(instance, (rect) => seen.push(rect));
    expect(seen).toEqual([{ width: 300, height: 200 }]);
  });

  it('no element yet: nothing', () => {
    expect(observeRectAfterLayout({ scrollElement: null } as unknown as Virtualizer<HTMLDivElement, Element>, () => undefined)).toBeUndefined();
  });
});

describe('firstPaintRect', () => {
  it('is the grid’s size as plan.css sets it: the window’s width, its height less 13.5rem, at least 14rem', () => {
    expect(firstPaintRect()).toEqual({ width: window.innerWidth, height: Math.max(224, window.innerHeight - 216) });
    const height = window.innerHeight;
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 300 });
    try {
      expect(firstPaintRect().height).toBe(224);
    } finally {
      Object.defineProperty(window, 'innerHeight', { configurable: true, value: height });
    }
  });
});
