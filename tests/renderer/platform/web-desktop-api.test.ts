/**
 * The browser build's DesktopApi: refusals come back as values with a message from the
 * desktop catalogue, in the language the user chose, naming the file.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_PLAN_FILE_BYTES } from '@shared/domain/plan-file-limits';
import { createWebDesktopApi } from '../../../renderer/src/platform/web-desktop-api';

/** Makes the hidden file input «choose» `file` (or cancel when null). */
function chooseOnClick(file: File | null): void {
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    if (file === null) {
      this.dispatchEvent(new Event('cancel'));
      return;
    }
    Object.defineProperty(this, 'files', { value: [file], configurable: true });
    this.dispatchEvent(new Event('change'));
  });
}

function fileOfSize(name: string, size: number): File {
  const file = new File(['{}'], name, { type: 'application/json' });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('web DesktopApi messages', () => {
  beforeEach(() => window.localStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  it('a recent file cannot be reopened in the browser: says what to do, in bokmål', async () => {
    const api = createWebDesktopApi();
    const result = await api.openPlanFile('recentFileId00000001');
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-granted', message: 'Nettleseren kan ikke åpne en fil fra listen over nylig brukte filer. Velg filen på nytt med «Åpne fil …».' },
    });
  });

  it('an opened or saved file gets an id and joins the recent list by name (the same API as the desktop)', async () => {
    const api = createWebDesktopApi();
    const file = new File(['{"x":1}'], 'delt.handlingsrom');
    Object.defineProperty(file, 'text', { value: async () => '{"x":1}' });
    chooseOnClick(file);
    const opened = await api.openPlanFile(null);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value).toEqual({ fileId: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/), name: 'delt.handlingsrom', text: '{"x":1}' });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const saved = await api.savePlanFile({ text: '{}', fileId: opened.value.fileId, suggestedName: 'delt.handlingsrom' });
    expect(saved).toEqual({ ok: true, value: { fileId: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/), name: 'delt.handlingsrom' } });
    const settings = await api.getSettings();
    expect(settings.ok && settings.value.recentFiles.map((f) => f.name)).toEqual(['delt.handlingsrom']);
  });

  it('a plan file over the limit is refused before it is read, naming the file and both sizes', async () => {
    const api = createWebDesktopApi();
    const file = fileOfSize('stor.handlingsrom', 200 * 1024 * 1024);
    const text = vi.fn(async () => '{}');
    Object.defineProperty(file, 'text', { value: text });
    chooseOnClick(file);
    const result = await api.openPlanFile(null);
    expect(result).toEqual({
      ok: false,
      error: { code: 'too-large', message: `Filen «stor.handlingsrom» er for stor (200 MB). Største tillatte planfil er ${MAX_PLAN_FILE_BYTES / 1024 / 1024} MB.` },
    });
    expect(text).not.toHaveBeenCalled();
  });

  it('follows the chosen language', async () => {
    const api = createWebDesktopApi();
    expect((await api.updateSettings({ language: 'en' })).ok).toBe(true);
    chooseOnClick(null);
    expect(await api.openPlanFile(null)).toEqual({ ok: false, error: { code: 'cancelled', message: 'No file chosen.' } });
    const refused = await api.openPlanFile('recentFileId00000001');
    expect(refused.ok ? '' : refused.error.message).toBe('The browser cannot open a file from the list of recent files. Choose the file again with «Open file …».');
  });
});
