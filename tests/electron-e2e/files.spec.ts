/**
 * Saving, exporting, printing and opening through the real IPC with the native dialogs
 * stubbed in main (`electronApp.evaluate`): the files on disk are checked byte for byte.
 */
import { expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SKIP_REASON, hasElectronBinary, launchApp, mainWindow, removeUserData, tempUserData } from './electron-app';

test.skip(!hasElectronBinary, SKIP_REASON);

let app: ElectronApplication;
let userDataDir: string | undefined;
let page: Page;
let dir: string;

test.beforeAll(async () => {
  userDataDir = await tempUserData();
  app = await launchApp(userDataDir);
  page = await mainWindow(app);
});

test.afterAll(async () => {
  await app?.close();
  await removeUserData(userDataDir);
});

test.beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'hr-e2e-files-'));
});

test.afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

async function stubSaveDialog(filePath: string | null): Promise<void> {
  await app.evaluate(({ dialog }, target) => {
    dialog.showSaveDialog = async () => (target === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: target });
  }, filePath);
}

async function stubOpenDialog(filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, target) => {
    dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [target] });
  }, filePath);
}

test('Lagre som…: the save dialog decides the path, the file holds the text, it joins the recent files by id', async () => {
  const target = path.join(dir, 'Handlingsplan 2026.handlingsrom');
  await stubSaveDialog(target);
  const text = JSON.stringify({ format: 'handlingsrom', navn: 'Østfold – handlingsplan 2026', beløp: 1_250_000 });
  const saved = await page.evaluate((t) => window.desktop?.savePlanFile({ text: t, fileId: null, suggestedName: 'Handlingsplan 2026' }), text);
  expect(saved).toEqual({ ok: true, value: { fileId: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/), name: 'Handlingsplan 2026.handlingsrom' } });
  expect(await fsp.readFile(target, 'utf8')).toBe(text);

  const settings = await page.evaluate(() => window.desktop?.getSettings());
  expect(settings?.ok && settings.value.recentFiles[0]).toEqual({
    fileId: saved?.ok ? saved.value.fileId : '',
    name: 'Handlingsplan 2026.handlingsrom',
    openedAt: expect.any(String),
  });
  // The renderer never sees where the file is.
  expect(JSON.stringify(settings)).not.toContain(dir);
});

test('Lagre: saving again by the granted id replaces the file and leaves no temp file', async () => {
  const target = path.join(dir, 'plan.handlingsrom');
  await fsp.writeFile(target, 'old');
  await stubSaveDialog(target);
  const first = await page.evaluate(() => window.desktop?.savePlanFile({ text: 'first', fileId: null, suggestedName: 'plan' }));
  const fileId = first?.ok ? first.value.fileId : '';
  await stubSaveDialog(null);
  const saved = await page.evaluate((id) => window.desktop?.savePlanFile({ text: 'new content', fileId: id, suggestedName: 'plan' }), fileId);
  expect(saved).toEqual({ ok: true, value: { fileId, name: 'plan.handlingsrom' } });
  expect(await fsp.readFile(target, 'utf8')).toBe('new content');
  expect(await fsp.readdir(dir)).toEqual(['plan.handlingsrom']);
});

test('a cancelled dialog writes nothing', async () => {
  await stubSaveDialog(null);
  const saved = await page.evaluate(() => window.desktop?.savePlanFile({ text: 'x', fileId: null, suggestedName: 'plan' }));
  expect(saved).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  expect(await fsp.readdir(dir)).toEqual([]);
});

test('Excel export bytes arrive intact', async () => {
  const target = path.join(dir, 'budsjett.xlsx');
  await stubSaveDialog(target);
  const bytes = [0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10, 0x80];
  const saved = await page.evaluate((b) => window.desktop?.saveExport({ bytes: new Uint8Array(b), suggestedName: 'budsjett', kind: 'xlsx' }), bytes);
  expect(saved).toEqual({ ok: true, value: { name: 'budsjett.xlsx' } });
  expect([...(await fsp.readFile(target))]).toEqual(bytes);
});

test('print to PDF writes a PDF', async () => {
  const target = path.join(dir, 'styremøte.pdf');
  await stubSaveDialog(target);
  const saved = await page.evaluate(() => window.desktop?.printToPdf({ suggestedName: 'styremøte', landscape: true }));
  expect(saved?.ok).toBe(true);
  expect((await fsp.readFile(target)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('open through the dialog returns the text', async () => {
  const source = path.join(dir, 'delt.handlingsrom');
  await fsp.writeFile(source, '{"format":"handlingsrom"}');
  await stubOpenDialog(source);
  const opened = await page.evaluate(() => window.desktop?.openPlanFile(null));
  expect(opened).toEqual({ ok: true, value: { fileId: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/), name: 'delt.handlingsrom', text: '{"format":"handlingsrom"}' } });
  // Its id opens it again without a dialog (it is on the recent list now).
  await fsp.writeFile(source, '{"format":"handlingsrom","igjen":true}');
  const again = await page.evaluate((id) => window.desktop?.openPlanFile(id), opened?.ok ? opened.value.fileId : '');
  expect(again).toMatchObject({ ok: true, value: { text: '{"format":"handlingsrom","igjen":true}' } });
});

test('invalid payloads and paths come back as values', async () => {
  const invalid: unknown = await page.evaluate(() => {
    const api = window.desktop;
    // Deliberately outside the contract: what a compromised page might send.
    return api ? Reflect.apply(api.savePlanFile, api, [{ text: 42, path: null }]) : null;
  });
  expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  // A path is not an id: refused before main looks at it.
  const outside = await page.evaluate(() => window.desktop?.openPlanFile('/etc/passwd'));
  expect(outside).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  // An id main never granted: refused with a message, nothing written.
  const victim = path.join(dir, 'victim.json');
  await fsp.writeFile(victim, '{"keep":true}');
  const madeUp = await page.evaluate(() => window.desktop?.savePlanFile({ text: 'overwritten', fileId: 'madeUpFileId00000001', suggestedName: 'x' }));
  expect(madeUp).toMatchObject({ ok: false, error: { code: 'not-granted' } });
  const oldShape: unknown = await page.evaluate((p) => {
    const api = window.desktop;
    return api ? Reflect.apply(api.savePlanFile, api, [{ text: 'overwritten', path: p, suggestedName: 'x' }]) : null;
  }, victim);
  expect(oldShape).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  expect(await fsp.readFile(victim, 'utf8')).toBe('{"keep":true}');
});
