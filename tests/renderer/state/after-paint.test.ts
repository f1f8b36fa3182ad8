/**
 * createAfterPaint: a job asked for several times before it runs runs once; a flush runs
 * it at once (page hide, save point); a cancel drops it; it runs even when no frame comes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_PAINT_FALLBACK_MS, createAfterPaint } from '../../../renderer/src/state/after-paint';

describe('createAfterPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs a scheduled job once, later, however often it was asked', () => {
    const job = vi.fn();
    const later = createAfterPaint(job);
    later.schedule();
    later.schedule();
    expect(job).not.toHaveBeenCalled();
    vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS);
    expect(job).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS * 3);
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('flush runs a pending job at once and only once', () => {
    const job = vi.fn();
    const later = createAfterPaint(job);
    later.flush();
    expect(job).not.toHaveBeenCalled();
    later.schedule();
    later.flush();
    expect(job).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS * 2);
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('cancel drops a pending job; a new schedule runs it again', () => {
    const job = vi.fn();
    const later = createAfterPaint(job);
    later.schedule();
    later.cancel();
    vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS * 2);
    expect(job).not.toHaveBeenCalled();
    later.schedule();
    vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS);
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('waits for the next frame when the page paints, and runs without one when no frame comes', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    const job = vi.fn();
    const later = createAfterPaint(job);
    later.schedule();
    vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS - 1);
    expect(job).not.toHaveBeenCalled();
    expect(frames).toHaveLength(1);
    // No frame came (a hidden page): the job runs anyway.
    vi.advanceTimersByTime(1);
    expect(job).toHaveBeenCalledTimes(1);
  });
});
