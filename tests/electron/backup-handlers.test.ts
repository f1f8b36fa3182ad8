// The backup channels with real temp folders: write (atomic, named by time and counts),
// list, read, retention after a write, the default folder, choosing and opening a folder.
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC } from '@shared/ipc/api';
import type { Result } from '@shared/ipc/api';
import { DEFAULT_SETTINGS, settingsSchema } from '@shared/ipc/settings';
import type { Settings } from '@shared/ipc/settings';
import { nodeFileSystem } from '../../electron/main/files';
import { backupFolderOf } from '../../electron/main/backup-handlers';
import { createIpcHandlers } from '../../electron/main/ipc-handlers';
import { createFileGrants } from '../../electron/main/file-grants';
import type { HandlerDeps, InvokeEvent, OpenDialogRequest } from '../../electron/main/ipc-handlers';
import { isTrustedPageUrl } from '../../electron/main/origin';

let dir: string;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'hr-backup-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

const app: InvokeEvent = { senderFrame: { url: 'app://handlingsrom/index.html', parent: null }, sender: { printToPDF: async () => new Uint8Array() } };

function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function harness(initial: Partial<Settings> = {}) {
  let stored: Settings = { ...structuredClone(DEFAULT_SETTINGS), ...initial };
  let clock = new Date('2026-11-30T12:00:00.000Z');
  let fileIds = 0;
  const state = {
    dialogs: [] as OpenDialogRequest[],
    answer: { canceled: true, filePaths: [] as string[] },
    opened: [] as string[],
    openProblem: '',
    settings: () => stored,
    setNow: (d: Date) => {
      clock = d;
    },
  };
  const deps: HandlerDeps = {
    settings: {
      read: () => structuredClone(stored),
      write: (s) => {
        stored = settingsSchema.parse(s);
      },
    },
    fs: nodeFileSystem,
    isTrustedSender: (url) => isTrustedPageUrl(url, null),
    showOpenDialog: async (_e, options) => {
      state.dialogs.push(options);
      return state.answer;
    },
    showSaveDialog: async () => ({ canceled: true }),
    setFullScreen: () => null,
    appInfo: () => ({ name: 'Handlingsrom', version: '0.1.0', platform: 'linux', shell: 'desktop' }),
    defaultDirectory: () => path.join(dir, 'Documents'),
    onSettingsChanged: () => undefined,
    addRecentDocument: () => undefined,
    now: () => clock,
    isAppWindow: () => true,
    grants: createFileGrants(() => stored.recentFiles, () => `testfile${String(++fileIds).padStart(8, '0')}`),
    openFolder: async (folder) => {
      state.opened.push(folder);
      return state.openProblem;
    },
  };
  return Object.assign(state, { handlers: createIpcHandlers(deps) });
}

const payload = (text: string, reason: 'auto' | 'manual' = 'manual') => ({ strategyId: 'strat1', text, planCount: 2, actionCount: 7, reason });

describe('backup channels', () => {
  it('writes into <Documents>/Handlingsrom/Sikkerhetskopier/<strategy>, lists newest first and reads back', async () => {
    const h = harness();
    const first = expectOk(await h.handlers[IPC.backupWrite](app, payload('{"v":1}')));
    expect(first).toMatchObject({ strategyId: 'strat1', planCount: 2, actionCount: 7, reason: 'manual', createdAt: '2026-11-30T12:00:00.000Z' });
    const folder = path.join(dir, 'Documents', 'Handlingsrom', 'Sikkerhetskopier', 'strat1');
    expect(await fsp.readFile(path.join(folder, first.id), 'utf8')).toBe('{"v":1}');
    h.setNow(new Date('2026-11-30T12:05:00.000Z'));
    const second = expectOk(await h.handlers[IPC.backupWrite](app, payload('{"v":2}', 'auto')));
    // No temp files are left behind.
    expect((await fsp.readdir(folder)).sort()).toEqual([first.id, second.id].sort());
    const list = expectOk(await h.handlers[IPC.backupList](app, { strategyId: 'strat1' }));
    expect(list.map((s) => s.id)).toEqual([second.id, first.id]);
    expect(list[0]).toEqual(second);
    expect(expectOk(await h.handlers[IPC.backupRead](app, { strategyId: 'strat1', id: first.id })).text).toBe('{"v":1}');
  });

  it('gives two snapshots in the same millisecond different names', async () => {
    const h = harness();
    const a = expectOk(await h.handlers[IPC.backupWrite](app, payload('a')));
    const b = expectOk(await h.handlers[IPC.backupWrite](app, payload('b')));
    expect(a.id).not.toBe(b.id);
    expect(expectOk(await h.handlers[IPC.backupList](app, { strategyId: 'strat1' }))).toHaveLength(2);
  });

  it('lists nothing for a strategy without backups, and ignores other files', async () => {
    const h = harness();
    expect(expectOk(await h.handlers[IPC.backupList](app, { strategyId: 'none' }))).toEqual([]);
    const folder = path.join(dir, 'Documents', 'Handlingsrom', 'Sikkerhetskopier', 'strat1');
    await fsp.mkdir(folder, { recursive: true });
    await fsp.writeFile(path.join(folder, 'notes.txt'), 'x');
    expect(expectOk(await h.handlers[IPC.backupList](app, { strategyId: 'strat1' }))).toEqual([]);
  });

  it('applies the retention from the settings after each write', async () => {
    const h = harness({ backupPolicy: { keepRecent: 3, keepDays: 0 } });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      h.setNow(new Date(Date.UTC(2026, 10, 30, 12, i)));
      ids.push(expectOk(await h.handlers[IPC.backupWrite](app, payload(`v${i}`))).id);
    }
    const list = expectOk(await h.handlers[IPC.backupList](app, { strategyId: 'strat1' }));
    expect(list.map((s) => s.id)).toEqual(ids.slice(3).reverse());
  });

  it('reads only snapshot names: no paths, no other files', async () => {
    const h = harness();
    for (const id of ['../../settings.json', 'notes.txt', '../strat2/2026-11-30T12-00-00-000Z_p1_t1_auto.handlingsrom']) {
      const result = await h.handlers[IPC.backupRead](app, { strategyId: 'strat1', id });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(await h.handlers[IPC.backupRead](app, { strategyId: 'strat1', id: '2026-11-30T12-00-00-000Z_p1_t1_auto.handlingsrom' })).toMatchObject({
      ok: false,
      error: { code: 'io' },
    });
    // A strategy id with a path in it is refused by the schema.
    expect(await h.handlers[IPC.backupList](app, { strategyId: '../x' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('reports a folder it cannot write to as an io error', async () => {
    const blocker = path.join(dir, 'file');
    await fsp.writeFile(blocker, 'x');
    const h = harness({ backupFolder: blocker });
    expect(await h.handlers[IPC.backupWrite](app, payload('x'))).toMatchObject({ ok: false, error: { code: 'io' } });
  });

  it('chooses a folder through the folder dialog and uses it from then on', async () => {
    const h = harness();
    expect(expectOk(await h.handlers[IPC.backupFolder](app, undefined))).toEqual({
      path: path.join(dir, 'Documents', 'Handlingsrom', 'Sikkerhetskopier'),
      isDefault: true,
    });
    expect(await h.handlers[IPC.backupChooseFolder](app, undefined)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const chosen = path.join(dir, 'Egne kopier');
    h.answer = { canceled: false, filePaths: [chosen] };
    expect(expectOk(await h.handlers[IPC.backupChooseFolder](app, undefined))).toEqual({ path: chosen, isDefault: false });
    expect(h.dialogs[0]?.properties).toEqual(['openDirectory', 'createDirectory']);
    expect(h.settings().backupFolder).toBe(chosen);
    const written = expectOk(await h.handlers[IPC.backupWrite](app, payload('x')));
    expect(await fsp.readFile(path.join(chosen, 'strat1', written.id), 'utf8')).toBe('x');
  });

  it('opens the folder (creating it first) and reports when the file manager cannot', async () => {
    const h = harness();
    const opened = expectOk(await h.handlers[IPC.backupOpenFolder](app, undefined));
    expect(h.opened).toEqual([opened.path]);
    expect((await fsp.stat(opened.path)).isDirectory()).toBe(true);
    h.openProblem = 'no handler';
    expect(await h.handlers[IPC.backupOpenFolder](app, undefined)).toMatchObject({ ok: false, error: { code: 'io' } });
  });

  it('falls back to the default folder for a relative setting', () => {
    expect(backupFolderOf({ ...DEFAULT_SETTINGS, backupFolder: 'relative' }, '/docs')).toEqual({
      path: path.join('/docs', 'Handlingsrom', 'Sikkerhetskopier'),
      isDefault: true,
    });
  });
});
