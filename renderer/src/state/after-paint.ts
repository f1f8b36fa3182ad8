/**
 * Work that must follow a change but not delay its display (autosave journal, backup
 * clock): run once after the next paint instead of inside the commit of a key press, so
 * the frame that shows an edit is not spent on it. A flush runs it at once — callers flush
 * before anything that must see the latest change (page hide, save point, unmount).
 */

/** A deferred job: `schedule` asks for one run after the next paint, `flush` runs a pending one now. */
export interface AfterPaint {
  /** Runs the job after the next paint (once, however often it is asked before that). */
  schedule(): void;
  /** Runs the job now when it is pending. */
  flush(): void;
  /** Drops a pending run. */
  cancel(): void;
}

/** Longest wait for the paint: a hidden or throttled page may never paint (then the job runs anyway). */
export const AFTER_PAINT_FALLBACK_MS = 100;

/** A job run once after the next paint (or at once on flush). */
export function createAfterPaint(job: () => void): AfterPaint {
  let pending = false;
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const clear = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };
  const run = () => {
    if (!pending) return;
    pending = false;
    clear();
    job();
  };
  // A message posted from a frame callback is handled after that frame's paint.
  const afterFrame = () => {
    frame = null;
    if (typeof MessageChannel !== 'function') {
      setTimeout(run, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  };

  return {
    schedule() {
      if (pending) return;
      pending = true;
      const canWaitForFrame = typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState !== 'hidden';
      if (canWaitForFrame) frame = requestAnimationFrame(afterFrame);
      timer = setTimeout(run, canWaitForFrame ? AFTER_PAINT_FALLBACK_MS : 0);
    },
    flush: run,
    cancel() {
      pending = false;
      clear();
    },
  };
}
