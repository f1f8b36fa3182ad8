import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowBounds } from '@shared/ipc/settings';
import { boundsOf, placeWindow, trackWindowBounds } from '../../electron/main/window-state';
import type { Rect, TrackedWindow } from '../../electron/main/window-state';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 860 };
const projectorRight: Rect = { x: 1440, y: 0, width: 1024, height: 740 };

describe('placeWindow', () => {
  it('keeps a saved position that is on a display', () => {
    expect(placeWindow({ x: 100, y: 50, width: 1200, height: 800, isMaximized: false }, [laptop])).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
    });
    expect(placeWindow({ x: 1500, y: 10, width: 900, height: 600, isMaximized: false }, [laptop, projectorRight])).toMatchObject({ x: 1500 });
  });

  it('drops the position when the window would open off-screen (monitor unplugged)', () => {
    expect(placeWindow({ x: 1500, y: 10, width: 900, height: 600, isMaximized: false }, [laptop])).toEqual({ width: 900, height: 600 });
    expect(placeWindow({ x: -5000, y: -5000, width: 900, height: 600, isMaximized: false }, [laptop])).toEqual({ width: 900, height: 600 });
    // Only a sliver of the title bar is visible: not enough to grab it.
    expect(placeWindow({ x: 1400, y: 0, width: 900, height: 600, isMaximized: false }, [laptop])).toEqual({ width: 900, height: 600 });
  });

  it('shrinks a window larger than every display and centres it without a position', () => {
    expect(placeWindow({ width: 5000, height: 3000, isMaximized: false }, [laptop, projectorRight])).toEqual({ width: 1440, height: 860 });
  });

  it('survives no displays at all', () => {
    expect(placeWindow({ x: 0, y: 0, width: 1280, height: 820, isMaximized: false }, [])).toEqual({ width: 1280, height: 820 });
  });
});

class FakeWindow extends EventEmitter implements TrackedWindow {
  normal: Rect = { x: 10, y: 20, width: 1000, height: 700 };
  maximized = false;
  getNormalBounds(): Rect {
    return this.normal;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
}

describe('boundsOf / trackWindowBounds', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('remembers the normal bounds and the maximised flag, rounded and within the schema', () => {
    const w = new FakeWindow();
    w.normal = { x: 10.4, y: 20.6, width: 120, height: 99999 };
    w.maximized = true;
    expect(boundsOf(w)).toEqual({ x: 10, y: 21, width: 400, height: 20000, isMaximized: true });
  });

  it('saves once after moving stops, and at once on close', () => {
    const w = new FakeWindow();
    const saved: WindowBounds[] = [];
    trackWindowBounds(w, (b) => saved.push(b), 500);
    w.emit('move');
    w.normal = { ...w.normal, x: 300 };
    w.emit('resize');
    vi.advanceTimersByTime(499);
    expect(saved).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual([{ x: 300, y: 20, width: 1000, height: 700, isMaximized: false }]);

    w.maximized = true;
    w.emit('maximize');
    w.emit('close');
    expect(saved.at(-1)).toMatchObject({ x: 300, isMaximized: true });
    vi.advanceTimersByTime(1000);
    expect(saved).toHaveLength(2);
  });
});
