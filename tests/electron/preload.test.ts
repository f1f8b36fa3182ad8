import { beforeEach, describe, expect, it } from 'vitest';
import { IPC } from '@shared/ipc/api';
import type { DesktopApi, MenuCommand } from '@shared/ipc/api';
import { DEFAULT_SETTINGS } from '@shared/ipc/settings';
import type { Settings } from '@shared/ipc/settings';
import { createDesktopApi } from '../../electron/preload/desktop-api';
import { contextBridge, ipcRenderer, resetFakeElectron } from './fake-electron';

beforeEach(() => {
  resetFakeElectron();
});

function emit(channel: string, value: unknown): void {
  // What Electron passes: an event object that carries the ipcRenderer itself.
  ipcRenderer.emit(channel, { sender: ipcRenderer, ports: [] }, value);
}

describe('createDesktopApi', () => {
  it('is frozen and has one method per DesktopApi member', () => {
    const api = createDesktopApi(ipcRenderer);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual(
      [
        'getSettings',
        'updateSettings',
        'onSettingsChanged',
        'openPlanFile',
        'savePlanFile',
        'saveExport',
        'printToPdf',
        'setFullScreen',
        'getAppInfo',
        'onMenuCommand',
        'onOpenFileRequest',
      ].sort(),
    );
    expect(() => {
      (api as { getSettings: unknown }).getSettings = () => 'hijacked';
    }).toThrow(TypeError);
  });

  it('invokes one channel per method with the contract payload and returns main’s Result', async () => {
    const api = createDesktopApi(ipcRenderer);
    const saved = { name: 'Plan.xlsx' };
    const answers: Record<string, unknown> = {
      [IPC.settingsGet]: DEFAULT_SETTINGS,
      [IPC.settingsUpdate]: { ...DEFAULT_SETTINGS, language: 'en' },
      [IPC.openPlan]: { fileId: 'grantedFileId0000001', name: 'plan.handlingsrom', text: '{}' },
      [IPC.savePlan]: { fileId: 'grantedFileId0000001', name: 'plan.handlingsrom' },
      [IPC.saveExport]: saved,
      [IPC.printToPdf]: null,
      [IPC.setFullScreen]: true,
      [IPC.appInfo]: { name: 'Handlingsrom', version: '0.1.0', platform: 'linux', shell: 'desktop' },
    };
    ipcRenderer.answer = (channel) => ({ ok: true, value: answers[channel] });
    const bytes = new Uint8Array([1, 2, 3]);
    await api.getSettings();
    await api.updateSettings({ language: 'en' });
    await api.openPlanFile(null);
    await api.openPlanFile('grantedFileId0000001');
    await api.savePlanFile({ text: '{}', fileId: null, suggestedName: 'Plan' });
    await api.saveExport({ bytes, suggestedName: 'Plan', kind: 'xlsx' });
    await api.printToPdf({ suggestedName: 'Plan', landscape: true });
    await api.setFullScreen(true);
    const info = await api.getAppInfo();
    expect(info).toEqual({ ok: true, value: answers[IPC.appInfo] });
    expect(await api.printToPdf({ suggestedName: 'Plan', landscape: false })).toEqual({ ok: true, value: null });
    ipcRenderer.invoked.pop();
    expect(ipcRenderer.invoked).toEqual([
      { channel: IPC.settingsGet, args: [] },
      { channel: IPC.settingsUpdate, args: [{ language: 'en' }] },
      { channel: IPC.openPlan, args: [{ fileId: null }] },
      { channel: IPC.openPlan, args: [{ fileId: 'grantedFileId0000001' }] },
      { channel: IPC.savePlan, args: [{ text: '{}', fileId: null, suggestedName: 'Plan' }] },
      { channel: IPC.saveExport, args: [{ bytes, suggestedName: 'Plan', kind: 'xlsx' }] },
      { channel: IPC.printToPdf, args: [{ suggestedName: 'Plan', landscape: true }] },
      { channel: IPC.setFullScreen, args: [true] },
      { channel: IPC.appInfo, args: [] },
    ]);
  });

  it('passes main’s error values on and refuses an answer that breaks the contract', async () => {
    const api = createDesktopApi(ipcRenderer);
    ipcRenderer.answer = () => ({ ok: false, error: { code: 'cancelled', message: 'Avbrutt.' } });
    expect(await api.openPlanFile(null)).toEqual({ ok: false, error: { code: 'cancelled', message: 'Avbrutt.' } });
    ipcRenderer.answer = () => ({ ok: true, value: { path: '/x.handlingsrom' } });
    expect(await api.openPlanFile(null)).toMatchObject({ ok: false, error: { code: 'unknown' } });
    // A path where an id belongs is outside the contract too.
    ipcRenderer.answer = () => ({ ok: true, value: { fileId: '/home/kari/x.handlingsrom', name: 'x', text: '' } });
    expect(await api.openPlanFile(null)).toMatchObject({ ok: false, error: { code: 'unknown' } });
    ipcRenderer.answer = () => 'not a Result';
    expect(await api.getSettings()).toMatchObject({ ok: false, error: { code: 'unknown' } });
  });

  it('turns a failing IPC call into an error value', async () => {
    const api = createDesktopApi(ipcRenderer);
    ipcRenderer.answer = () => {
      throw new Error("No handler registered for 'settings:get' ($& $1)");
    };
    expect(await api.getSettings()).toEqual({
      ok: false,
      error: { code: 'unknown', message: "Noe gikk galt: No handler registered for 'settings:get' ($& $1)" },
    });
  });

  it('passes settings and menu commands on as plain data and unsubscribes', () => {
    const api: DesktopApi = createDesktopApi(ipcRenderer);
    const settingsSeen: unknown[][] = [];
    const commands: MenuCommand[] = [];
    const offSettings = api.onSettingsChanged((...args: unknown[]) => settingsSeen.push(args));
    const offMenu = api.onMenuCommand((c) => commands.push(c));
    const next: Settings = { ...DEFAULT_SETTINGS, language: 'en' };
    emit(IPC.settingsChanged, next);
    emit(IPC.settingsChanged, { language: 'xx' });
    emit(IPC.menuCommand, 'file:save');
    emit(IPC.menuCommand, 'rm -rf');
    expect(settingsSeen).toEqual([[next]]);
    expect(commands).toEqual(['file:save']);
    offSettings();
    offMenu();
    emit(IPC.settingsChanged, next);
    emit(IPC.menuCommand, 'file:open');
    expect(settingsSeen).toHaveLength(1);
    expect(commands).toEqual(['file:save']);
    expect(ipcRenderer.listenerCount(IPC.settingsChanged)).toBe(0);
    expect(ipcRenderer.listenerCount(IPC.menuCommand)).toBe(0);
  });

  it('keeps open-file requests (granted ids) that arrive before anyone listens; a path is not an id', async () => {
    const api = createDesktopApi(ipcRenderer);
    emit(IPC.openFileRequest, 'firstGrantedId000001');
    emit(IPC.openFileRequest, 42);
    emit(IPC.openFileRequest, '/home/kari/first.handlingsrom');
    const got: string[] = [];
    const off = api.onOpenFileRequest?.((p) => got.push(p));
    expect(got).toEqual([]); // delivered after subscribe returns
    await Promise.resolve();
    expect(got).toEqual(['firstGrantedId000001']);
    emit(IPC.openFileRequest, 'secondGrantedId00001');
    expect(got).toEqual(['firstGrantedId000001', 'secondGrantedId00001']);
    off?.();
    emit(IPC.openFileRequest, 'thirdGrantedId000001');
    expect(got).toHaveLength(2);
  });
});

describe('preload entry', () => {
  it('exposes the API as window.desktop through contextBridge', async () => {
    await import('../../electron/preload/index');
    const exposed = contextBridge.exposed.get('desktop');
    expect(exposed).toBeDefined();
    expect(Object.isFrozen(exposed)).toBe(true);
    expect([...contextBridge.exposed.keys()]).toEqual(['desktop']);
  });
});
