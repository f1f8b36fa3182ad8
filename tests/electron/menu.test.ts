import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '@shared/ipc/api';
import { acceleratorOf, SHORTCUTS } from '@shared/ipc/shortcuts';
import { buildMenuTemplate, installApplicationMenu } from '../../electron/main/menu';
import type { MenuOptions } from '../../electron/main/menu';

function build(options: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  let aboutShown = 0;
  const template = buildMenuTemplate(
    { language: 'nb', platform: 'win32', isDev: false, ...options },
    { sendCommand: (c) => sent.push(c), showAbout: () => aboutShown++ },
  );
  return { template, sent, aboutShown: () => aboutShown };
}

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const sub = item?.submenu;
  return Array.isArray(sub) ? sub : [];
}

function visibleLabels(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((i) => i.type !== 'separator' && i.visible !== false).map((i) => i.label ?? `(${i.role})`);
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  for (const item of template) {
    if (item.label === label) return item;
    const inner = find(submenuOf(item), label);
    if (inner) return inner;
  }
  return undefined;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (typeof item?.click !== 'function') throw new Error(`no click on ${item?.label}`);
  // The click handler ignores its (menuItem, window, event) arguments.
  (item.click as () => void)();
}

describe('menu template (bokmål, Windows)', () => {
  const { template, sent, aboutShown } = build();

  it('has the four menus in order', () => {
    expect(template.map((m) => m.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Hjelp']);
  });

  it('Fil: Ny, Åpne…, Lagre, Lagre som…, Eksporter til Excel…, Avslutt with accelerators', () => {
    const file = submenuOf(template[0]);
    expect(visibleLabels(file)).toEqual(['Ny', 'Åpne…', 'Lagre', 'Lagre som…', 'Eksporter til Excel…', 'Avslutt']);
    const accel = Object.fromEntries(file.filter((i) => i.label).map((i) => [i.label, i.accelerator]));
    expect(accel).toMatchObject({
      Ny: 'CmdOrCtrl+N',
      'Åpne…': 'CmdOrCtrl+O',
      Lagre: 'CmdOrCtrl+S',
      'Lagre som…': 'CmdOrCtrl+Shift+S',
      'Eksporter til Excel…': 'CmdOrCtrl+E',
    });
    expect(find(template, 'Avslutt')?.role).toBe('quit');
  });

  it('Rediger: Angre, Gjør om, Klipp ut, Kopier, Lim inn, Merk alt; redo on both Ctrl+Shift+Z and Ctrl+Y', () => {
    const edit = submenuOf(template[1]);
    expect(visibleLabels(edit)).toEqual(['Angre', 'Gjør om', 'Klipp ut', 'Kopier', 'Lim inn', 'Merk alt']);
    expect(find(template, 'Angre')?.accelerator).toBe('CmdOrCtrl+Z');
    const redoItems = edit.filter((i) => i.label === 'Gjør om');
    expect(redoItems.map((i) => i.accelerator).sort()).toEqual(['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'].sort());
    const hidden = redoItems.find((i) => i.visible === false);
    expect(hidden?.acceleratorWorksWhenHidden).toBe(true);
    expect(edit.filter((i) => i.role).map((i) => i.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('Vis: Presentasjon (F5), Fullskjerm, Zoom — no developer tools outside dev', () => {
    const view = submenuOf(template[2]);
    expect(visibleLabels(view)).toEqual(['Presentasjon', 'Fullskjerm', 'Zoom']);
    expect(find(template, 'Presentasjon')?.accelerator).toBe('F5');
    expect(find(template, 'Fullskjerm')?.role).toBe('togglefullscreen');
    expect(visibleLabels(submenuOf(find(template, 'Zoom')))).toEqual(['Faktisk størrelse', 'Zoom inn', 'Zoom ut']);
    expect(JSON.stringify(template)).not.toContain('toggleDevTools');
  });

  it('Hjelp: Om Handlingsrom', () => {
    expect(visibleLabels(submenuOf(template[3]))).toEqual(['Om Handlingsrom']);
    click(find(template, 'Om Handlingsrom'));
    expect(aboutShown()).toBe(1);
  });

  it('sends app commands — including undo and redo — to the renderer', () => {
    sent.length = 0;
    for (const label of ['Ny', 'Åpne…', 'Lagre', 'Lagre som…', 'Eksporter til Excel…', 'Angre', 'Gjør om', 'Presentasjon']) {
      click(find(template, label));
    }
    click(submenuOf(template[1]).find((i) => i.visible === false));
    expect(sent).toEqual([
      'file:new',
      'file:open',
      'file:save',
      'file:save-as',
      'file:export-excel',
      'edit:undo',
      'edit:redo',
      'view:present',
      'edit:redo',
    ]);
  });

  it('gives every accelerator at most once', () => {
    const all: string[] = [];
    const walk = (items: MenuItemConstructorOptions[]): void => {
      for (const i of items) {
        if (typeof i.accelerator === 'string') all.push(i.accelerator);
        walk(submenuOf(i));
      }
    };
    walk(template);
    expect(new Set(all).size).toBe(all.length);
  });

  it('takes every app command’s accelerators from the shared SHORTCUTS table', () => {
    const items: MenuItemConstructorOptions[] = [];
    const walk = (list: MenuItemConstructorOptions[]): void => {
      for (const i of list) {
        items.push(i);
        walk(submenuOf(i));
      }
    };
    walk(template);
    for (const s of SHORTCUTS) {
      const item = items.find((i) => i.accelerator === acceleratorOf(s));
      expect(item?.visible !== false, acceleratorOf(s)).toBe(s.isInMenu);
      const before = sent.length;
      click(item);
      expect(sent.slice(before)).toEqual([s.command]);
    }
  });
});

describe('menu template variants', () => {
  it('speaks English when settings.language is en', () => {
    const { template } = build({ language: 'en' });
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(visibleLabels(submenuOf(template[0]))).toEqual(['New', 'Open…', 'Save', 'Save as…', 'Export to Excel…', 'Quit']);
    expect(visibleLabels(submenuOf(template[1]))).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select all']);
  });

  it('adds reload and developer tools in dev', () => {
    const { template } = build({ isDev: true });
    expect(visibleLabels(submenuOf(template[2]))).toEqual(['Presentasjon', 'Fullskjerm', 'Zoom', 'Last inn på nytt', 'Utviklerverktøy']);
    expect(find(template, 'Utviklerverktøy')?.role).toBe('toggleDevTools');
  });

  it('on macOS: app menu first, Avslutt there, a Vindu menu', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((m) => m.label)).toEqual(['Handlingsrom', 'Fil', 'Rediger', 'Vis', 'Vindu', 'Hjelp']);
    expect(visibleLabels(submenuOf(template[1]))).not.toContain('Avslutt');
    expect(find(template, 'Avslutt Handlingsrom')?.role).toBe('quit');
    expect(find(template, 'Fullskjerm')?.accelerator).toBe('Ctrl+Command+F');
  });

  it('on Linux: Avslutt on Ctrl+Q; on Windows Alt+F4 stays the way out', () => {
    expect(find(build({ platform: 'linux' }).template, 'Avslutt')?.accelerator).toBe('Ctrl+Q');
    expect(find(build({ platform: 'win32' }).template, 'Avslutt')?.accelerator).toBeUndefined();
  });

  it('installApplicationMenu builds and sets the menu', () => {
    const calls: string[] = [];
    const built = { template: [] as MenuItemConstructorOptions[] };
    installApplicationMenu(
      {
        buildFromTemplate: (t) => {
          built.template = t;
          calls.push('build');
          return built;
        },
        setApplicationMenu: (m) => {
          calls.push(m === built ? 'set built' : 'set other');
        },
      },
      { language: 'nb', platform: 'linux', isDev: false },
      { sendCommand: () => undefined, showAbout: () => undefined },
    );
    expect(calls).toEqual(['build', 'set built']);
    expect(built.template.map((m) => m.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Hjelp']);
  });
});
