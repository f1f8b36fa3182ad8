/** Subscribes a component to menu commands (native menu in desktop, shortcuts in web). */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MenuCommand } from '@shared/ipc';
import { getDesktopApi } from '../platform';

/** The subscribers of useMenuCommand, for commands run again from inside the app. */
const subscribers = new Set<(command: MenuCommand) => void>();

/** Calls `handler` for every menu command while the component is mounted. */
export function useMenuCommand(handler: (command: MenuCommand) => void): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  }, [handler]);
  // Subscribed before the screen is painted: a shortcut pressed as soon as it shows reaches it.
  useLayoutEffect(() => {
    const listener = (command: MenuCommand) => ref.current(command);
    subscribers.add(listener);
    const unsubscribe = getDesktopApi().onMenuCommand(listener);
    return () => {
      subscribers.delete(listener);
      unsubscribe();
    };
  }, []);
}

/**
 * Runs `command` as if it came from the menu, for the components subscribed with
 * useMenuCommand (held commands are run this way once the workspace is on screen).
 */
export function runMenuCommand(command: MenuCommand): void {
  for (const listener of [...subscribers]) listener(command);
}
