import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWebPreferences } from '../../electron/main/web-preferences';

describe('buildWebPreferences', () => {
  const preload = path.resolve('/opt/app/dist/electron/preload.cjs');
  const prefs = buildWebPreferences(preload);

  it('isolates and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and experiments off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('uses the given preload and makes no network request for spelling', () => {
    expect(prefs.preload).toBe(preload);
    expect(prefs.spellcheck).toBe(false);
  });

  it('refuses a relative preload path', () => {
    expect(() => buildWebPreferences('dist/electron/preload.cjs')).toThrow(/absolute/);
  });

  it('returns a fresh object each time', () => {
    expect(buildWebPreferences(preload)).not.toBe(prefs);
    expect(buildWebPreferences(preload)).toEqual(prefs);
  });
});
