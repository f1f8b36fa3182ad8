/**
 * Preload (sandboxed, bundled to dist/electron/preload.cjs): exposes DesktopApi as
 * `window.desktop`. contextBridge copies and freezes it into the page's world.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopApi } from './desktop-api';

contextBridge.exposeInMainWorld('desktop', createDesktopApi(ipcRenderer));
