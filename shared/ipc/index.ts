/** The IPC contract: DesktopApi, channels, payload schemas, settings. */
export * from './api';
export * from './settings';
export * from './backup';
