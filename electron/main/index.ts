/**
 * Entry of the main process, bundled to dist/electron/main.cjs by
 * scripts/build-electron.mjs. The preload and the renderer sit next to it.
 */
import { appPathsFrom, startApp } from './app';

startApp(appPathsFrom(__dirname));
