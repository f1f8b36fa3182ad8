/**
 * The platform layer: the only module in the renderer that reads `window.desktop`. In
 * Electron the preload exposes the DesktopApi there; in the browser build a web
 * implementation takes its place.
 */
import type { DesktopApi } from '@shared/ipc';
import { createWebDesktopApi } from './web-desktop-api';

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge); absent in the browser. */
    desktop?: DesktopApi;
  }
}

let web: DesktopApi | null = null;

/** The DesktopApi of this shell: Electron's preload, or the web implementation. */
export function getDesktopApi(): DesktopApi {
  if (window.desktop) return window.desktop;
  web ??= createWebDesktopApi();
  return web;
}

/** True when running inside the Electron shell. */
export function isDesktopShell(): boolean {
  return window.desktop !== undefined;
}

export { isTextField, commandForKey } from './shortcuts';
