/**
 * The Excel worker protocol and client (renderer/src/features/excel), run in Node with an
 * in-process stand-in for the Worker: progress, results, cancel and the hard time limit.
 * (The real module worker is bundled by Vite and run in Chromium outside this suite.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { handleExcelRequest, type ExcelWorkerRequest, type ExcelWorkerResponse } from '../../../renderer/src/features/excel/excel-protocol';
import { exportInWorker, importInWorker, setExcelWorkerFactory, startExcelWorker, type WorkerLike } from '../../../renderer/src/features/excel/excel-client';
import { createExampleDocument } from '@shared/templates';
import { sheetXml } from './helpers';

interface FakeWorker extends WorkerLike {
  terminated: boolean;
}

/** A worker that runs the real handler in-process, or never answers (`silent`). */
function fakeWorker(silent = false): FakeWorker {
  const w: FakeWorker = {
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(request: ExcelWorkerRequest) {
      if (silent) return;
      void handleExcelRequest(structuredClone(request), (response: ExcelWorkerResponse) => {
        if (!w.terminated) w.onmessage?.(new MessageEvent('message', { data: response }));
      });
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}

const workers: FakeWorker[] = [];
function useFake(silent = false): void {
  setExcelWorkerFactory(() => {
    const w = fakeWorker(silent);
    workers.push(w);
    return w;
  });
}

afterEach(() => {
  setExcelWorkerFactory(startExcelWorker);
  workers.length = 0;
});

describe('excel worker client', () => {
  it('exports and imports with progress messages, and terminates each worker', async () => {
    useFake();
    const doc = createExampleDocument();
    const progress: { done: number; total: number }[] = [];
    const bytes = await exportInWorker(doc, 2025, 'nb', (p) => progress.push(p));
    expect(bytes.subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
    const importProgress: { done: number; total: number }[] = [];
    const result = await importInWorker(bytes, doc, 2025, (p) => importProgress.push(p));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.preview.changed).toEqual([]);
    expect(importProgress.length).toBeGreaterThan(0);
    expect(bytes.length).toBeGreaterThan(0); // the caller's bytes were copied, not moved
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('a bad file comes back as errors, not as a rejection', async () => {
    useFake();
    const result = await importInWorker(new Uint8Array([1, 2, 3]), createExampleDocument(), 2025);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe('excel.limits.not-zip');
  });

  it('an export for a missing year rejects with its message', async () => {
    useFake();
    await expect(exportInWorker(createExampleDocument(), 2031, 'en')).rejects.toMatchObject({
      detail: { code: 'excel.context.noPlan', params: { year: 2031, years: '2025' } },
    });
  });

  it('an English export has English sheet names', async () => {
    useFake();
    const bytes = await exportInWorker(createExampleDocument(), 2025, 'en');
    const sheets = sheetXml(bytes);
    expect(() => sheets.sheet('Actions')).not.toThrow();
    expect(() => sheets.sheet('Tiltak')).toThrow();
  });

  it('cancel terminates the worker and rejects with AbortError', async () => {
    useFake(true);
    const controller = new AbortController();
    const pending = exportInWorker(createExampleDocument(), 2025, 'nb', undefined, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]?.terminated).toBe(true);
  });

  it('the hard time limit terminates a worker that does not answer', async () => {
    useFake(true);
    const result = await importInWorker(new Uint8Array(10), createExampleDocument(), 2025, undefined, { timeoutMs: 30 });
    expect(result).toEqual({ ok: false, errors: [{ code: 'excel.limits.timeout', params: { seconds: 0 } }] });
    await expect(exportInWorker(createExampleDocument(), 2025, 'nb', undefined, { timeoutMs: 30 })).rejects.toMatchObject({
      detail: { code: 'excel.export.timeout', params: { seconds: 0 } },
    });
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});
