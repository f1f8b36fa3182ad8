/**
 * Menu commands given while a strategy opens — its workspace code loading, then its
 * document — are held, not lost: the loading status names them, and the workspace runs
 * them once it is on screen, in the order given, each once (Ctrl+S pressed three times
 * saves once). They belong to the strategy being opened: opening another one, or going back
 * to the start screen, drops them.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { MenuCommand } from '@shared/ipc';
import { navigate } from './hash-route';
import { runMenuCommand, useMenuCommand } from './use-menu-command';

interface Held {
  strategyId: string | null;
  commands: readonly MenuCommand[];
}

const NONE: Held = { strategyId: null, commands: [] };
let held: Held = NONE;
const listeners = new Set<() => void>();

function set(next: Held): void {
  held = next;
  for (const listener of listeners) listener();
}

/** Holds `command` for the strategy `strategyId` opens (a command already held is not added again). */
export function holdMenuCommand(strategyId: string, command: MenuCommand): void {
  const commands = held.strategyId === strategyId ? held.commands : [];
  if (commands.includes(command)) return;
  set({ strategyId, commands: [...commands, command] });
}

/** The commands held for `strategyId` (the same array until it changes). */
export function heldMenuCommands(strategyId: string): readonly MenuCommand[] {
  return held.strategyId === strategyId ? held.commands : NONE.commands;
}

/** Hands over the commands held for `strategyId` and forgets every held command. */
export function takeHeldMenuCommands(strategyId: string): readonly MenuCommand[] {
  const commands = heldMenuCommands(strategyId);
  if (held !== NONE) set(NONE);
  return commands;
}

/** Drops what is held unless it is for `strategyId` (null: drops everything). */
export function keepHeldMenuCommandsFor(strategyId: string | null): void {
  if (held !== NONE && held.strategyId !== strategyId) set(NONE);
}

/** Calls `listener` whenever the held commands change; returns the unsubscribe. */
export function subscribeHeldMenuCommands(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * While a strategy opens: holds the menu commands given (undo and redo have nothing to
 * act on yet and are not held; «Ny» goes to the start screen at once) and returns those
 * held, for the loading status to name.
 */
export function useHoldMenuCommands(strategyId: string): readonly MenuCommand[] {
  useMenuCommand((command) => {
    if (command === 'file:new') navigate('#/');
    else if (command !== 'edit:undo' && command !== 'edit:redo') holdMenuCommand(strategyId, command);
  });
  return useSyncExternalStore(subscribeHeldMenuCommands, () => heldMenuCommands(strategyId));
}

/** Once the workspace is on screen (its menu handlers subscribed): runs what was held while it opened. */
export function useRunHeldMenuCommands(strategyId: string): void {
  useEffect(() => {
    for (const command of takeHeldMenuCommands(strategyId)) runMenuCommand(command);
  }, [strategyId]);
}
