/**
 * A menu command given while a strategy opens is not lost: with the workspace code held back
 * (a lazy component whose import the test keeps pending), Ctrl+S and Ctrl+E land in the
 * «Åpner strategien …» status, and once the workspace is on screen its handlers get them,
 * in the order given and each once; undo/redo are not held, «Ny» goes to the start screen
 * at once, and commands held for one strategy never reach another.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lazy, Suspense } from 'react';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { DEFAULT_SETTINGS, type DesktopApi, type MenuCommand } from '@shared/ipc';
import { AppContext, type AppContextValue } from '../../../renderer/src/app/app-context';
import { keepHeldMenuCommandsFor, useRunHeldMenuCommands } from '../../../renderer/src/app/held-menu-commands';
import { useMenuCommand } from '../../../renderer/src/app/use-menu-command';
import { WorkspaceCodeLoading } from '../../../renderer/src/app/WorkspaceCodeLoading';
import { createI18n } from '../../../renderer/src/i18n';

let i18n: I18n;
let en: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
  en = await createI18n('en');
});

/** A desktop whose menu the test works: `send` delivers a command to every subscriber. */
function fakeMenu() {
  const listeners = new Set<(command: MenuCommand) => void>();
  window.desktop = {
    onMenuCommand: (listener: (command: MenuCommand) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as DesktopApi;
  return {
    send: (command: MenuCommand) => rtl.act(() => [...listeners].forEach((l) => l(command))),
    count: () => listeners.size,
  };
}

afterEach(() => {
  rtl.cleanup();
  keepHeldMenuCommandsFor(null);
  delete window.desktop;
  window.location.hash = '';
});

const app: AppContextValue = {
  settings: DEFAULT_SETTINGS,
  updateSettings: () => Promise.resolve(),
  notice: null,
  setNotice: () => undefined,
  documentRevision: 0,
  bumpDocumentRevision: () => undefined,
};

/** A workspace whose code arrives when `load()` is called; `got` lists the commands its handler saw. */
function heldBackWorkspace(strategyId: string) {
  const got: MenuCommand[] = [];
  let load: () => void = () => undefined;
  const code = new Promise<void>((resolve) => {
    load = resolve;
  });
  function Workspace() {
    useMenuCommand((command) => got.push(command));
    useRunHeldMenuCommands(strategyId);
    return <p>Arbeidsflaten er klar</p>;
  }
  const Lazy = lazy(() => code.then(() => ({ default: Workspace })));
  const ui = (language: I18n = i18n) => (
    <I18nextProvider i18n={language}>
      <AppContext.Provider value={app}>
        <Suspense fallback={<WorkspaceCodeLoading strategyId={strategyId} />}>
          <Lazy />
        </Suspense>
      </AppContext.Provider>
    </I18nextProvider>
  );
  return { got, load: () => rtl.act(async () => load()), ui };
}

describe('menu commands while the workspace code loads', () => {
  it('are named in the status and run once the workspace is on screen, in order, each once', async () => {
    const menu = fakeMenu();
    const ws = heldBackWorkspace('s1');
    rtl.render(ws.ui());
    const status = rtl.screen.getByRole('status');
    expect(status.textContent).toBe('Åpner strategien …');

    menu.send('file:save');
    menu.send('file:export-excel');
    menu.send('file:save');
    menu.send('edit:undo');
    expect(status.textContent).toBe('Åpner strategien … Kjøres når den er åpen: Lagre, Eksporter til Excel…');
    expect(ws.got).toEqual([]);

    await ws.load();
    expect(await rtl.screen.findByText('Arbeidsflaten er klar')).toBeTruthy();
    expect(ws.got).toEqual(['file:save', 'file:export-excel']);
    // Nothing is run twice, and a command now goes straight to the workspace.
    menu.send('view:present');
    expect(ws.got).toEqual(['file:save', 'file:export-excel', 'view:present']);
  });

  it('names them in English for an English user', () => {
    const menu = fakeMenu();
    const ws = heldBackWorkspace('s1');
    rtl.render(ws.ui(en));
    menu.send('file:save-as');
    expect(rtl.screen.getByRole('status').textContent).toBe('Opening the strategy … Runs when it is open: Save as…');
  });

  it('«Ny» goes to the start screen at once and is not held', () => {
    const menu = fakeMenu();
    window.location.hash = '#/strategy/s1/handlingsplan';
    const ws = heldBackWorkspace('s1');
    rtl.render(ws.ui());
    menu.send('file:new');
    expect(window.location.hash).toBe('#/');
    expect(rtl.screen.getByRole('status').textContent).toBe('Åpner strategien …');
  });

  it('commands held for one strategy never run in another, and are dropped when the user leaves', async () => {
    const menu = fakeMenu();
    const first = heldBackWorkspace('s1');
    rtl.render(first.ui());
    menu.send('file:save');
    rtl.cleanup();

    // Another strategy opens: it shows and runs nothing of the first one's.
    const other = heldBackWorkspace('s2');
    rtl.render(other.ui());
    expect(rtl.screen.getByRole('status').textContent).toBe('Åpner strategien …');
    await other.load();
    expect(await rtl.screen.findByText('Arbeidsflaten er klar')).toBeTruthy();
    expect(other.got).toEqual([]);
    rtl.cleanup();

    // Back to the start screen (App keeps nothing), then the first strategy again: nothing runs.
    const again = heldBackWorkspace('s1');
    rtl.render(again.ui());
    menu.send('file:export-excel');
    rtl.cleanup();
    keepHeldMenuCommandsFor(null);
    const reopened = heldBackWorkspace('s1');
    rtl.render(reopened.ui());
    await reopened.load();
    expect(await rtl.screen.findByText('Arbeidsflaten er klar')).toBeTruthy();
    expect(reopened.got).toEqual([]);
    expect(menu.count()).toBe(1);
  });
});
