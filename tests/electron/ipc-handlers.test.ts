import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, IPC } from '@shared/ipc/api';
import { MAX_PLAN_FILE_BYTES } from '@shared/domain/plan-file-limits';
import type { Result } from '@shared/ipc/api';
import { DEFAULT_SETTINGS, settingsSchema } from '@shared/ipc/settings';
import type { Settings } from '@shared/ipc/settings';
import { nodeFileSystem } from '../../electron/main/files';
import type { FileSystem } from '../../electron/main/files';
import { createFileGrants } from '../../electron/main/file-grants';
import type { FileGrants } from '../../electron/main/file-grants';
import { createIpcHandlers, registerIpcHandlers } from '../../electron/main/ipc-handlers';
import type { HandlerDeps, InvokeChannel, InvokeEvent, IpcHandler, IpcHandlerMap, OpenDialogRequest, SaveDialogRequest } from '../../electron/main/ipc-handlers';
import { isTrustedPageUrl } from '../../electron/main/origin';

const PDF = new TextEncoder().encode('%PDF-1.7\n…');

interface Harness {
  dir: string;
  handlers: IpcHandlerMap;
  settings(): Settings;
  changed: Settings[];
  openDialogs: OpenDialogRequest[];
  saveDialogs: SaveDialogRequest[];
  answerOpen: { canceled: boolean; filePaths: string[] };
  answerSave: { canceled: boolean; filePath?: string };
  fsCalls: string[];
  recentDocuments: string[];
  fullScreen: boolean | null;
  /** The registry the handlers resolve file ids with. */
  grants: FileGrants;
}

/** Predictable file ids for the tests (the app uses 128 random bits). */
function counterIds(): () => string {
  let n = 0;
  return () => `testfile${String(++n).padStart(8, '0')}`;
}

let dir: string;

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'hr-ipc-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

function harness(overrides: Partial<HandlerDeps> = {}, initial: Settings = DEFAULT_SETTINGS): Harness {
  let stored: Settings = structuredClone(initial);
  const h: Omit<Harness, 'handlers'> = {
    grants: createFileGrants(() => stored.recentFiles, counterIds()),
    dir,
    settings: () => structuredClone(stored),
    changed: [],
    openDialogs: [],
    saveDialogs: [],
    answerOpen: { canceled: true, filePaths: [] },
    answerSave: { canceled: true },
    fsCalls: [],
    recentDocuments: [],
    fullScreen: false,
  };
  const fs: FileSystem = {
    open: (p, f) => {
      h.fsCalls.push(`open ${f}`);
      return nodeFileSystem.open(p, f);
    },
    rename: (a, b) => {
      h.fsCalls.push('rename');
      return nodeFileSystem.rename(a, b);
    },
    unlink: (p) => nodeFileSystem.unlink(p),
    stat: (p) => {
      h.fsCalls.push('stat');
      return nodeFileSystem.stat(p);
    },
    readFile: (p) => {
      h.fsCalls.push('readFile');
      return nodeFileSystem.readFile(p);
    },
  };
  const deps: HandlerDeps = {
    settings: {
      read: () => structuredClone(stored),
      write: (s) => {
        stored = settingsSchema.parse(s);
      },
    },
    fs,
    isTrustedSender: (url) => isTrustedPageUrl(url, null),
    isAppWindow: () => true,
    grants: h.grants,
    showOpenDialog: async (_event, options) => {
      h.openDialogs.push(options);
      return h.answerOpen;
    },
    showSaveDialog: async (_event, options) => {
      h.saveDialogs.push(options);
      return h.answerSave;
    },
    setFullScreen: (_event, flag) => {
      if (h.fullScreen === null) return null;
      h.fullScreen = flag;
      return flag;
    },
    appInfo: () => ({ name: 'Handlingsrom', version: '0.1.0', platform: 'linux', shell: 'desktop' }),
    defaultDirectory: () => path.join(dir, 'Documents'),
    onSettingsChanged: (s) => h.changed.push(s),
    addRecentDocument: (p) => h.recentDocuments.push(p),
    now: () => new Date('2026-03-01T12:00:00.000Z'),
    ...overrides,
  };
  return Object.assign(h, { handlers: createIpcHandlers(deps) });
}

function eventFrom(url: string | null, print?: (o: { pageSize: 'A4'; landscape: boolean; preferCSSPageSize: boolean }) => Promise<Uint8Array>): InvokeEvent {
  return {
    senderFrame: url === null ? null : { url, parent: null },
    sender: { printToPDF: print ?? (async () => PDF) },
  };
}

const app = eventFrom('app://handlingsrom/index.html');

function expectError(result: Result<unknown>, code: string): string {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected an error');
  expect(result.error.code).toBe(code);
  return result.error.message;
}

function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

const validPayloads: Record<InvokeChannel, unknown> = {
  [IPC.settingsGet]: undefined,
  [IPC.settingsUpdate]: { language: 'en' },
  [IPC.openPlan]: { fileId: null },
  [IPC.savePlan]: { text: '{}', fileId: null, suggestedName: 'Plan' },
  [IPC.saveExport]: { bytes: new Uint8Array([1, 2]), suggestedName: 'Plan', kind: 'xlsx' },
  [IPC.printToPdf]: { suggestedName: 'Plan', landscape: false },
  [IPC.setFullScreen]: true,
  [IPC.appInfo]: undefined,
};

describe('sender check', () => {
  it.each<[string | null, string]>([
    ['https://evil.example/', 'a web page'],
    ['file:///tmp/index.html', 'a local file'],
    ['app://other/index.html', 'another app host'],
    ['http://127.0.0.1:5173/', 'the dev server when not in dev'],
    ['not a url', 'garbage'],
    [null, 'a frame that has gone'],
  ])('refuses %s (%s) on every channel and does nothing', async (url) => {
    const h = harness();
    const all: Array<[string, IpcHandler]> = Object.entries(h.handlers);
    for (const [channel, handler] of all) {
      const message = expectError(await handler(eventFrom(url), validPayloads[channel as InvokeChannel]), 'forbidden-sender');
      expect(message).toMatch(/utenfor Handlingsrom/);
    }
    expect(h.openDialogs).toEqual([]);
    expect(h.saveDialogs).toEqual([]);
    expect(h.fsCalls).toEqual([]);
    expect(h.changed).toEqual([]);
    expect(h.fullScreen).toBe(false);
  });

  it('refuses a subframe on the app origin (an iframe) on every channel and does nothing', async () => {
    const h = harness();
    const mainFrame = { url: 'app://handlingsrom/index.html', parent: null };
    const subframe: InvokeEvent = { senderFrame: { url: 'app://handlingsrom/index.html', parent: mainFrame }, sender: app.sender };
    for (const [channel, handler] of Object.entries(h.handlers)) {
      expectError(await handler(subframe, validPayloads[channel as InvokeChannel]), 'forbidden-sender');
    }
    expect(h.openDialogs.length + h.saveDialogs.length + h.fsCalls.length + h.changed.length).toBe(0);
  });

  it('refuses a main frame of another window or web contents', async () => {
    const h = harness({ isAppWindow: () => false });
    for (const [channel, handler] of Object.entries(h.handlers)) {
      expectError(await handler(app, validPayloads[channel as InvokeChannel]), 'forbidden-sender');
    }
  });

  it('trusts the dev server only when the sender check says so', async () => {
    const dev = new URL('http://127.0.0.1:5173/');
    const h = harness({ isTrustedSender: (url) => isTrustedPageUrl(url, dev) });
    expect(expectOk(await h.handlers[IPC.appInfo](eventFrom('http://127.0.0.1:5173/'))).shell).toBe('desktop');
  });
});

describe('payload validation', () => {
  it.each<[InvokeChannel, unknown]>([
    [IPC.settingsGet, { sneaky: true }],
    [IPC.settingsUpdate, { language: 'sv' }],
    [IPC.settingsUpdate, { theme: 'dark' }],
    [IPC.settingsUpdate, { windowBounds: { width: 10, height: 10, isMaximized: false } }],
    [IPC.settingsUpdate, 'en'],
    [IPC.settingsUpdate, { recentFiles: [{ fileId: 'aaaaaaaaaaaaaaaaaaaa', path: '/home/kari/.bashrc', name: 'x', openedAt: '' }] }],
    [IPC.openPlan, '/home/kari/plan.handlingsrom'],
    [IPC.openPlan, { path: '/home/kari/plan.handlingsrom' }],
    [IPC.openPlan, { fileId: '/home/kari/plan.handlingsrom' }],
    [IPC.openPlan, { fileId: 42 }],
    [IPC.openPlan, { fileId: '' }],
    [IPC.openPlan, { fileId: null, path: '/home/kari/plan.handlingsrom' }],
    [IPC.savePlan, { fileId: null, suggestedName: 'x' }],
    [IPC.savePlan, { text: 5, fileId: null, suggestedName: 'x' }],
    [IPC.savePlan, { text: 'x', path: '/home/kari/.bashrc', suggestedName: 'x' }],
    [IPC.savePlan, { text: 'x', fileId: '../../etc/passwd', suggestedName: 'x' }],
    [IPC.saveExport, { bytes: [1, 2, 3], suggestedName: 'x', kind: 'xlsx' }],
    [IPC.saveExport, { bytes: new Uint8Array(1), suggestedName: 'x', kind: 'exe' }],
    [IPC.printToPdf, { suggestedName: 'x' }],
    [IPC.setFullScreen, 'yes'],
    [IPC.appInfo, 1],
  ])('%s refuses %j', async (channel, payload) => {
    const h = harness();
    const message = expectError(await h.handlers[channel](app, payload), 'invalid-payload');
    expect(message).toMatch(/ugyldige data/);
    expect(h.openDialogs.length + h.saveDialogs.length + h.fsCalls.length + h.changed.length).toBe(0);
  });

  it('every channel of the contract has a handler that answers a wrong payload with an error value', async () => {
    const h = harness();
    const channels = Object.keys(INVOKE_CHANNELS).sort();
    expect(Object.keys(h.handlers).sort()).toEqual(channels);
    for (const [channel, handler] of Object.entries(h.handlers)) {
      const answer = await handler(app, 12345);
      expect(answer, channel).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(h.openDialogs.length + h.saveDialogs.length + h.fsCalls.length + h.changed.length).toBe(0);
  });
});

describe('settings', () => {
  it('gets the stored settings', async () => {
    const h = harness();
    expect(expectOk(await h.handlers[IPC.settingsGet](app))).toEqual(DEFAULT_SETTINGS);
  });

  it('updates, stores and broadcasts; later errors come in the new language', async () => {
    const h = harness();
    const next = expectOk(await h.handlers[IPC.settingsUpdate](app, { language: 'en', backupFolder: '/backup' }));
    expect(next).toEqual({ ...DEFAULT_SETTINGS, language: 'en', backupFolder: '/backup' });
    expect(h.settings()).toEqual(next);
    expect(h.changed).toEqual([next]);
    expect(expectError(await h.handlers[IPC.openPlan](app, { fileId: 'neverGrantedId000001' }), 'not-granted')).toMatch(/no longer has access/);
  });

  it('reports a failed write as a value', async () => {
    const h = harness({
      settings: {
        read: () => DEFAULT_SETTINGS,
        write: () => {
          throw Object.assign(new Error('read-only'), { code: 'EROFS' });
        },
      },
    });
    expect(expectError(await h.handlers[IPC.settingsUpdate](app, { language: 'en' }), 'io')).toMatch(/skrivebeskyttet/);
    expect(h.changed).toEqual([]);
  });
});

describe('open plan file', () => {
  it('opens a granted file by id, returns the text and its id, and puts it first in the recent files', async () => {
    const file = path.join(dir, 'Østfold 2026.handlingsrom');
    await fsp.writeFile(file, '{"format":"handlingsrom"}');
    const h = harness();
    const fileId = h.grants.grant(file, 'os');
    const opened = expectOk(await h.handlers[IPC.openPlan](app, { fileId }));
    expect(opened).toEqual({ fileId, name: 'Østfold 2026.handlingsrom', text: '{"format":"handlingsrom"}' });
    expect(h.settings().recentFiles).toEqual([{ fileId, path: file, name: 'Østfold 2026.handlingsrom', openedAt: '2026-03-01T12:00:00.000Z' }]);
    expect(h.changed).toHaveLength(1);
    // What the renderer is told has no paths.
    expect(h.changed[0]?.recentFiles).toEqual([{ fileId, name: 'Østfold 2026.handlingsrom', openedAt: '2026-03-01T12:00:00.000Z' }]);
    expect(h.recentDocuments).toEqual([file]);
    expect(h.openDialogs).toEqual([]);
  });

  it('refuses an id that was never granted, with a message, without touching the disk', async () => {
    const h = harness();
    const message = expectError(await h.handlers[IPC.openPlan](app, { fileId: 'neverGrantedId000001' }), 'not-granted');
    expect(message).toMatch(/ikke tilgang til denne filen/);
    expect(h.fsCalls).toEqual([]);
    expect(h.openDialogs).toEqual([]);
  });

  it('refuses a file over MAX_PLAN_FILE_BYTES before reading it', async () => {
    const file = path.join(dir, 'huge.handlingsrom');
    await fsp.writeFile(file, '');
    await fsp.truncate(file, MAX_PLAN_FILE_BYTES + 1); // sparse: cheap on disk
    const h = harness();
    const message = expectError(await h.handlers[IPC.openPlan](app, { fileId: h.grants.grant(file, 'os') }), 'too-large');
    expect(message).toContain(file);
    expect(message).toContain('50 MB');
    expect(h.fsCalls).toEqual(['stat']);
    expect(h.settings().recentFiles).toEqual([]);
  });

  it('refuses granted paths that are not absolute plan files without touching the disk', async () => {
    const h = harness();
    for (const p of ['plan.handlingsrom', '/etc/passwd', '/home/kari/.ssh/id_rsa', '/x/plan.handlingsrom.exe']) {
      expect(expectError(await h.handlers[IPC.openPlan](app, { fileId: h.grants.grant(p, 'os') }), 'invalid-payload')).toContain(p);
    }
    expect(h.fsCalls).toEqual([]);
  });

  it('says in Norwegian what went wrong and where', async () => {
    const h = harness();
    const missing = path.join(dir, 'borte.handlingsrom');
    expect(expectError(await h.handlers[IPC.openPlan](app, { fileId: h.grants.grant(missing, 'os') }), 'io')).toBe(
      `Kunne ikke lese filen «${missing}»: filen eller mappen finnes ikke`,
    );
    const folder = path.join(dir, 'mappe.handlingsrom');
    await fsp.mkdir(folder);
    expect(expectError(await h.handlers[IPC.openPlan](app, { fileId: h.grants.grant(folder, 'os') }), 'io')).toBe(`«${folder}» er ikke en fil.`);
  });

  it('asks with the open dialog when no id is given, starting in the latest file folder, and grants the choice', async () => {
    const file = path.join(dir, 'valgt.handlingsrom');
    await fsp.writeFile(file, 'tekst');
    const h = harness({}, {
      ...DEFAULT_SETTINGS,
      recentFiles: [{ fileId: 'recentFileId00000001', path: '/srv/delt/forrige.handlingsrom', name: 'forrige.handlingsrom', openedAt: '2026-01-01' }],
    });
    h.answerOpen = { canceled: false, filePaths: [file] };
    const opened = expectOk(await h.handlers[IPC.openPlan](app, { fileId: null }));
    expect(opened.text).toBe('tekst');
    expect(h.grants.resolve(opened.fileId)).toBe(file);
    expect(h.openDialogs).toEqual([
      { title: 'Åpne plan', defaultPath: '/srv/delt', filters: [{ name: 'Handlingsrom-plan', extensions: ['handlingsrom', 'json'] }], properties: ['openFile'] },
    ]);
    expect(h.settings().recentFiles.map((f) => f.path)).toEqual([file, '/srv/delt/forrige.handlingsrom']);
  });

  it('returns cancelled when the dialog is cancelled', async () => {
    const h = harness();
    expect(expectError(await h.handlers[IPC.openPlan](app, { fileId: null }), 'cancelled')).toBe('Avbrutt.');
    expect(h.fsCalls).toEqual([]);
  });
});

describe('recent files', () => {
  it('keeps the 10 latest, newest first, each path once, each with its id', async () => {
    const h = harness();
    const files: string[] = [];
    for (let i = 0; i < 12; i++) {
      const file = path.join(dir, `plan-${i}.handlingsrom`);
      await fsp.writeFile(file, `${i}`);
      files.push(file);
      expectOk(await h.handlers[IPC.openPlan](app, { fileId: h.grants.grant(file, 'os') }));
    }
    expect(h.settings().recentFiles.map((f) => f.path)).toEqual(files.slice(2).reverse());
    expectOk(await h.handlers[IPC.openPlan](app, { fileId: h.grants.grant(files[5]!, 'os') }));
    const paths = h.settings().recentFiles.map((f) => f.path);
    expect(paths[0]).toBe(files[5]);
    expect(paths).toHaveLength(10);
    expect(new Set(paths).size).toBe(10);
    expect(new Set(h.settings().recentFiles.map((f) => f.fileId)).size).toBe(10);
  });

  it('sends the renderer ids and names only, and an id on the list opens its file (also in a new session)', async () => {
    const file = path.join(dir, 'fra-i-går.handlingsrom');
    await fsp.writeFile(file, 'i går');
    const recent = { fileId: 'storedRecentId000001', path: file, name: 'fra-i-går.handlingsrom', openedAt: '2026-02-28T08:00:00.000Z' };
    const h = harness({}, { ...DEFAULT_SETTINGS, recentFiles: [recent] });
    const view = expectOk(await h.handlers[IPC.settingsGet](app));
    expect(view.recentFiles).toEqual([{ fileId: recent.fileId, name: recent.name, openedAt: recent.openedAt }]);
    expect(JSON.stringify(view)).not.toContain(dir);
    expect(expectOk(await h.handlers[IPC.openPlan](app, { fileId: recent.fileId })).text).toBe('i går');
    expect(expectOk(await h.handlers[IPC.savePlan](app, { text: 'i dag', fileId: recent.fileId, suggestedName: 'x' }))).toEqual({
      fileId: recent.fileId,
      name: recent.name,
    });
    expect(await fsp.readFile(file, 'utf8')).toBe('i dag');
  });

  it('the renderer cannot put a path on the recent list', async () => {
    const h = harness();
    const evil = { fileId: 'evilFileId0000000001', path: '/home/kari/.bashrc', name: '.bashrc', openedAt: '' };
    expectError(await h.handlers[IPC.settingsUpdate](app, { recentFiles: [evil] }), 'invalid-payload');
    expect(h.settings().recentFiles).toEqual([]);
    expectError(await h.handlers[IPC.savePlan](app, { text: 'x', fileId: evil.fileId, suggestedName: 'x' }), 'not-granted');
  });

  it('does not fail the open when the settings cannot be written', async () => {
    const file = path.join(dir, 'p.handlingsrom');
    await fsp.writeFile(file, 'x');
    const h = harness({
      settings: {
        read: () => DEFAULT_SETTINGS,
        write: () => {
          throw new Error('disk full');
        },
      },
    });
    expect(expectOk(await h.handlers[IPC.openPlan](app, { fileId: h.grants.grant(file, 'dialog') })).text).toBe('x');
  });
});

describe('save plan file', () => {
  it('saves to a granted file atomically and resolves after the write', async () => {
    const file = path.join(dir, 'plan.handlingsrom');
    await fsp.writeFile(file, 'old');
    const h = harness();
    const fileId = h.grants.grant(file, 'dialog');
    const saved = expectOk(await h.handlers[IPC.savePlan](app, { text: '{"ny":true}', fileId, suggestedName: 'ignored' }));
    expect(saved).toEqual({ fileId, name: 'plan.handlingsrom' });
    expect(await fsp.readFile(file, 'utf8')).toBe('{"ny":true}');
    expect(h.fsCalls).toEqual(['open wx', 'rename', 'open r']);
    expect(await fsp.readdir(dir)).toEqual(['plan.handlingsrom']);
    expect(h.settings().recentFiles[0]).toMatchObject({ fileId, path: file });
    expect(h.saveDialogs).toEqual([]);
  });

  it('refuses an id that was never granted and writes nothing', async () => {
    const h = harness();
    const message = expectError(await h.handlers[IPC.savePlan](app, { text: 'x', fileId: 'neverGrantedId000001', suggestedName: 'x' }), 'not-granted');
    expect(message).toMatch(/Velg den på nytt/);
    expect(h.fsCalls).toEqual([]);
    expect(h.saveDialogs).toEqual([]);
  });

  it('asks with the save dialog (Lagre som…), adds the extension the dialog left out, and grants the file', async () => {
    const h = harness();
    h.answerSave = { canceled: false, filePath: path.join(dir, 'Handlingsplan 2026') };
    const saved = expectOk(await h.handlers[IPC.savePlan](app, { text: 'data', fileId: null, suggestedName: 'Handlingsplan 2026' }));
    const target = path.join(dir, 'Handlingsplan 2026.handlingsrom');
    expect(saved.name).toBe('Handlingsplan 2026.handlingsrom');
    expect(h.grants.resolve(saved.fileId)).toBe(target);
    expect(await fsp.readFile(target, 'utf8')).toBe('data');
    expect(h.saveDialogs[0]).toEqual({
      title: 'Lagre plan',
      defaultPath: path.join(dir, 'Documents', 'Handlingsplan 2026.handlingsrom'),
      filters: [{ name: 'Handlingsrom-plan', extensions: ['handlingsrom'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const h = harness();
    expectError(await h.handlers[IPC.savePlan](app, { text: 'data', fileId: null, suggestedName: 'x' }), 'cancelled');
    expect(h.fsCalls).toEqual([]);
    expect(h.settings().recentFiles).toEqual([]);
  });

  it('reports a failed write with the path and leaves the recent files alone', async () => {
    const h = harness();
    const target = path.join(dir, 'finnes-ikke', 'plan.handlingsrom');
    const message = expectError(await h.handlers[IPC.savePlan](app, { text: 'x', fileId: h.grants.grant(target, 'dialog'), suggestedName: 'x' }), 'io');
    expect(message).toBe(`Kunne ikke lagre filen «${target}»: filen eller mappen finnes ikke`);
    expect(h.settings().recentFiles).toEqual([]);
  });

  it('refuses a granted path that is not a plan file', async () => {
    const h = harness();
    expectError(await h.handlers[IPC.savePlan](app, { text: 'x', fileId: h.grants.grant(path.join(dir, 'evil.sh'), 'os'), suggestedName: 'x' }), 'invalid-payload');
    expect(await fsp.readdir(dir)).toEqual([]);
  });
});

describe('save export and print to PDF', () => {
  it('saves Excel bytes through a dialog with the xlsx filter', async () => {
    const h = harness();
    h.answerSave = { canceled: false, filePath: path.join(dir, 'budsjett.xlsx') };
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255]);
    const saved = expectOk(await h.handlers[IPC.saveExport](app, { bytes, suggestedName: 'budsjett', kind: 'xlsx' }));
    expect(saved).toEqual({ name: 'budsjett.xlsx' });
    expect(new Uint8Array(await fsp.readFile(path.join(dir, 'budsjett.xlsx')))).toEqual(bytes);
    expect(h.saveDialogs[0]?.filters).toEqual([{ name: 'Excel-arbeidsbok', extensions: ['xlsx'] }]);
    expect(h.saveDialogs[0]?.defaultPath.endsWith('budsjett.xlsx')).toBe(true);
    expect(h.settings().recentFiles).toEqual([]);
  });

  it('prints the sender page as A4 and saves the PDF', async () => {
    const h = harness();
    const calls: Array<{ pageSize: string; landscape: boolean; preferCSSPageSize: boolean }> = [];
    h.answerSave = { canceled: false, filePath: path.join(dir, 'styremøte.pdf') };
    const event = eventFrom('app://handlingsrom/index.html#/presentasjon', async (o) => {
      calls.push({ pageSize: o.pageSize, landscape: o.landscape, preferCSSPageSize: o.preferCSSPageSize });
      return PDF;
    });
    const saved = expectOk(await h.handlers[IPC.printToPdf](event, { suggestedName: 'styremøte', landscape: true }));
    // preferCSSPageSize: the print stylesheet's @page (A4, margins, page-number boxes) decides.
    expect(calls).toEqual([{ pageSize: 'A4', landscape: true, preferCSSPageSize: true }]);
    expect(saved).toEqual({ name: 'styremøte.pdf' });
    expect(new Uint8Array(await fsp.readFile(path.join(dir, 'styremøte.pdf')))).toEqual(PDF);
    expect(h.saveDialogs[0]?.filters).toEqual([{ name: 'PDF-dokument', extensions: ['pdf'] }]);
  });

  it('reports a failed print without asking where to save', async () => {
    const h = harness();
    const event = eventFrom('app://handlingsrom/index.html', async () => {
      throw new Error('renderer gone');
    });
    expect(expectError(await h.handlers[IPC.printToPdf](event, { suggestedName: 'x', landscape: false }), 'io')).toBe(
      'Kunne ikke lage PDF av siden: renderer gone',
    );
    expect(h.saveDialogs).toEqual([]);
  });
});

describe('window and app info', () => {
  it('sets full screen on the sender window', async () => {
    const h = harness();
    expect(expectOk(await h.handlers[IPC.setFullScreen](app, true))).toBe(true);
    expect(h.fullScreen).toBe(true);
    h.fullScreen = null;
    expectError(await h.handlers[IPC.setFullScreen](app, false), 'unknown');
  });

  it('gives app info', async () => {
    expect(expectOk(await harness().handlers[IPC.appInfo](app))).toEqual({ name: 'Handlingsrom', version: '0.1.0', platform: 'linux', shell: 'desktop' });
  });

  it('turns a throwing dependency into an error value', async () => {
    const h = harness({
      appInfo: () => {
        throw new Error('boom');
      },
    });
    expect(expectError(await h.handlers[IPC.appInfo](app), 'unknown')).toBe('Noe gikk galt: boom');
  });
});

describe('registerIpcHandlers', () => {
  it('registers each invoke channel once and refuses extra arguments', async () => {
    const registered = new Map<string, (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>>();
    const h = harness();
    registerIpcHandlers({ handle: (channel, listener) => registered.set(channel, listener) }, h.handlers);
    expect([...registered.keys()].sort()).toEqual(
      [IPC.settingsGet, IPC.settingsUpdate, IPC.openPlan, IPC.savePlan, IPC.saveExport, IPC.printToPdf, IPC.setFullScreen, IPC.appInfo].sort(),
    );
    const fullScreen = registered.get(IPC.setFullScreen);
    expect(await fullScreen?.(app, true)).toEqual({ ok: true, value: true });
    expect(await fullScreen?.(app, true, 'extra')).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });
});
