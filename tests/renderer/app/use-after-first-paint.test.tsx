/**
 * useAfterFirstPaint (the write of a plan file just opened starts once the plan is painted):
 * nothing runs during the render or its commit, the job runs once after the paint, and
 * leaving before the paint runs it at once — never dropped.
 */
import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterFirstPaint } from '../../../renderer/src/app/use-after-first-paint';
import { AFTER_PAINT_FALLBACK_MS } from '../../../renderer/src/state/after-paint';

function Shown({ job }: { job: (() => void) | undefined }) {
  useAfterFirstPaint(job);
  return <p>Planen</p>;
}

describe('useAfterFirstPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs the job once, after the paint, not during the render', () => {
    const job = vi.fn();
    const { rerender } = render(<Shown job={job} />);
    expect(job).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS);
    });
    expect(job).toHaveBeenCalledTimes(1);
    rerender(<Shown job={job} />);
    act(() => {
      vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS * 3);
    });
    expect(job).toHaveBeenCalledTimes(1);
  });

  it('leaving before the paint runs the job at once', () => {
    const job = vi.fn();
    const { unmount } = render(<Shown job={job} />);
    expect(job).not.toHaveBeenCalled();
    unmount();
    expect(job).toHaveBeenCalledTimes(1);
    act(() => {
      vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS * 3);
    });
    expect(job).toHaveBeenCalledTimes(1);
  });
});
