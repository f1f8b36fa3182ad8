/**
 * The native menu, in bokmål or English after settings.language. The template is a pure
 * function of (language, platform, dev) and two actions, so labels and accelerators are
 * tested without Electron. App commands (new, open, save, undo, …) go to the renderer as
 * MenuCommand; undo/redo always go there too — the app keeps its own undo stack and the
 * renderer decides when a focused text field should get the native undo instead.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/ipc/api';
import type { Language } from '@shared/ipc/settings';
import { SHORTCUTS, acceleratorOf, menuShortcutOf } from '@shared/ipc/shortcuts';
import { messagesFor } from './messages';

/** What the menu does that is not a built-in role. */
export interface MenuActions {
  sendCommand(command: MenuCommand): void;
  showAbout(): void;
}

/** What the menu depends on. */
export interface MenuOptions {
  language: Language;
  platform: NodeJS.Platform;
  /** Dev builds add reload and developer tools. */
  isDev: boolean;
}

/** Builds the application menu template. */
export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const m = messagesFor(options.language).menu;
  const isMac = options.platform === 'darwin';
  // App commands take their accelerators from the shared SHORTCUTS table (the web build
  // maps keys with the same table).
  const command = (label: string, cmd: MenuCommand): MenuItemConstructorOptions => {
    const entry = menuShortcutOf(cmd);
    return { id: cmd, label, ...(entry ? { accelerator: acceleratorOf(entry) } : {}), click: () => actions.sendCommand(cmd) };
  };
  // A menu item has one accelerator: a command's other shortcuts are hidden twins.
  // Hidden items' accelerators work on Windows and Linux, and on macOS with
  // acceleratorWorksWhenHidden.
  const hiddenTwins = (label: string, cmd: MenuCommand): MenuItemConstructorOptions[] =>
    SHORTCUTS.filter((s) => s.command === cmd && !s.isInMenu).map((s) => ({
      id: `${cmd}-alt`,
      label,
      accelerator: acceleratorOf(s),
      visible: false,
      acceleratorWorksWhenHidden: true,
      click: () => actions.sendCommand(cmd),
    }));
  const about: MenuItemConstructorOptions = { id: 'help:about', label: m.about, click: () => actions.showAbout() };

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: m.app,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services', label: m.services },
        { type: 'separator' },
        { role: 'hide', label: m.hide },
        { role: 'hideOthers', label: m.hideOthers },
        { role: 'unhide', label: m.unhide },
        { type: 'separator' },
        { role: 'quit', label: m.quitApp, accelerator: 'Command+Q' },
      ],
    });
  }

  template.push({
    id: 'menu:file',
    label: m.file,
    submenu: [
      command(m.new, 'file:new'),
      command(m.open, 'file:open'),
      { type: 'separator' },
      command(m.save, 'file:save'),
      command(m.saveAs, 'file:save-as'),
      { type: 'separator' },
      command(m.exportExcel, 'file:export-excel'),
      ...(isMac
        ? []
        : [
            { type: 'separator' } satisfies MenuItemConstructorOptions,
            // Windows closes with Alt+F4; Ctrl+Q is the Linux convention.
            {
              id: 'app:quit',
              role: 'quit',
              label: m.quit,
              ...(options.platform === 'win32' ? {} : { accelerator: 'Ctrl+Q' }),
            } satisfies MenuItemConstructorOptions,
          ]),
    ],
  });

  template.push({
    id: 'menu:edit',
    label: m.edit,
    submenu: [
      command(m.undo, 'edit:undo'),
      command(m.redo, 'edit:redo'),
      ...hiddenTwins(m.redo, 'edit:redo'),
      { type: 'separator' },
      { role: 'cut', label: m.cut, accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: m.copy, accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: m.paste, accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', label: m.selectAll, accelerator: 'CmdOrCtrl+A' },
    ],
  });

  template.push({
    id: 'menu:view',
    label: m.view,
    submenu: [
      command(m.present, 'view:present'),
      { role: 'togglefullscreen', label: m.fullScreen, accelerator: isMac ? 'Ctrl+Command+F' : 'F11' },
      {
        label: m.zoom,
        submenu: [
          { role: 'resetZoom', label: m.resetZoom, accelerator: 'CmdOrCtrl+0' },
          { role: 'zoomIn', label: m.zoomIn, accelerator: 'CmdOrCtrl+Plus' },
          { role: 'zoomOut', label: m.zoomOut, accelerator: 'CmdOrCtrl+-' },
        ],
      },
      ...(options.isDev
        ? [
            { type: 'separator' } satisfies MenuItemConstructorOptions,
            { role: 'reload', label: m.reload, accelerator: 'CmdOrCtrl+R' } satisfies MenuItemConstructorOptions,
            {
              role: 'toggleDevTools',
              label: m.devTools,
              accelerator: isMac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
            } satisfies MenuItemConstructorOptions,
          ]
        : []),
    ],
  });

  if (isMac) {
    template.push({
      label: m.window,
      submenu: [
        { role: 'minimize', label: m.minimize, accelerator: 'Command+M' },
        { role: 'close', label: m.close, accelerator: 'Command+W' },
      ],
    });
  }

  template.push({ id: 'menu:help', role: 'help', label: m.help, submenu: [about] });
  return template;
}

/** Builds the template and sets it as the application menu. */
export function installApplicationMenu<M>(
  menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): M; setApplicationMenu(menu: M | null): void },
  options: MenuOptions,
  actions: MenuActions,
): void {
  menu.setApplicationMenu(menu.buildFromTemplate(buildMenuTemplate(options, actions)));
}
