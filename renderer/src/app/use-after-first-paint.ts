/**
 * Runs a job once what a render shows has been painted — e.g. the write of a plan file just
 * opened, which would otherwise share the cores with the first render of the plan. Leaving
 * (unmount, or another job) before the paint runs it at once: it is never dropped.
 */
import { useEffect } from 'react';
import { createAfterPaint } from '../state/after-paint';

/** Runs `job` (once per job) after the paint that follows the commit that brought it; undefined: nothing to run. */
export function useAfterFirstPaint(job: (() => void) | undefined): void {
  useEffect(() => {
    if (!job) return undefined;
    const afterPaint = createAfterPaint(job);
    afterPaint.schedule();
    return () => afterPaint.flush();
  }, [job]);
}
