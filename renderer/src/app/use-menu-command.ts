/** Subscribes a component to menu commands (native menu in desktop, shortcuts in web). */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { MenuCommand } from '@shared/ipc';
import { getDesktopApi } from '../platform';

/** Calls `handler` for every menu command while the component is mounted. */
export function useMenuCommand(handler: (command: MenuCommand) => void): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  }, [handler]);
  // Subscribed before the screen is painted: a shortcut pressed as soon as it shows reaches it.
  useLayoutEffect(() => getDesktopApi().onMenuCommand((command) => ref.current(command)), []);
}
