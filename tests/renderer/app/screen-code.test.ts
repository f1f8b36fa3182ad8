/**
 * The wait for a screen's code before the workspace first shows (screen-code.ts): it ends
 * when the code is here or failed, or after the longest wait — never later, never with an
 * error — so a reload shows the screen without its Suspense fallback when the code is a
 * moment away, and as before when it is not.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TrackedPromise } from '../../../renderer/src/app/code-loader';
import { SCREEN_CODE_WAIT_MS, screenCodeReady, waitForCode } from '../../../renderer/src/app/screen-code';

afterEach(() => vi.useRealTimers());

function deferred(): { promise: TrackedPromise<unknown>; resolve(): void; reject(): void } {
  let resolve = () => undefined as void;
  let reject = () => undefined as void;
  const promise: TrackedPromise<unknown> = new Promise<unknown>((res, rej) => {
    resolve = () => res('code');
    reject = () => rej(new Error('no code'));
  });
  promise.status = 'pending';
  return { promise, resolve, reject };
}

/** Whether `promise` has settled once the timers and microtasks up to `ms` have run. */
async function settledAfter(promise: Promise<void>, ms: number): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('waitForCode', () => {
  it('ends when the code arrives, before the longest wait', async () => {
    vi.useFakeTimers();
    const code = deferred();
    const wait = waitForCode(code.promise, 300);
    expect(await settledAfter(wait, 100)).toBe(false);
    code.resolve();
    expect(await settledAfter(wait, 0)).toBe(true);
  });

  it('ends after the longest wait when the code does not come, and when it fails', async () => {
    vi.useFakeTimers();
    const never = waitForCode(deferred().promise, 300);
    expect(await settledAfter(never, 299)).toBe(false);
    expect(await settledAfter(never, 1)).toBe(true);
    const failing = deferred();
    const wait = waitForCode(failing.promise, 300);
    failing.reject();
    await expect(wait).resolves.toBeUndefined();
  });

  it('ends at once for code already here or already failed', async () => {
    vi.useFakeTimers();
    const here: TrackedPromise<unknown> = Promise.resolve('code');
    here.status = 'fulfilled';
    expect(await settledAfter(waitForCode(here, 300), 0)).toBe(true);
    const failed: TrackedPromise<unknown> = Promise.reject(new Error('no code'));
    failed.catch(() => undefined);
    failed.status = 'rejected';
    expect(await settledAfter(waitForCode(failed, 300), 0)).toBe(true);
  });
});

describe('screenCodeReady', () => {
  it('ends at once for a section without screen code', async () => {
    vi.useFakeTimers();
    expect(await settledAfter(screenCodeReady('ingen-slik-skjerm'), 0)).toBe(true);
  });

  it('waits no longer than React would hold the screen back after a fallback', () => {
    expect(SCREEN_CODE_WAIT_MS).toBeLessThanOrEqual(300);
  });
});
