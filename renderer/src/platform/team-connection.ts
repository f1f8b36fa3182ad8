/**
 * The app's only network code: the connection of one team strategy to its Hocuspocus
 * server (@hocuspocus/provider over ws/wss). Nothing calls it unless the planner has set
 * up team sync for the strategy («Del med teamet» or «Åpne teamstrategi»); without that
 * the app opens no connection at all.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { watchStuckSync } from './sync-watchdog';

/** Where and as whom one strategy syncs. */
export interface TeamConnectionOptions {
  /** Server address, ws:// or wss://. */
  url: string;
  /** Document name on the server: `<workspace>/<strategyId>`. */
  documentName: string;
  /** The member's personal token (printed by `handlingsrom team add-member`). */
  token: string;
  ydoc: Y.Doc;
}

/** What the connection reports. */
export interface TeamConnectionEvents {
  onStatus(status: 'connecting' | 'connected' | 'disconnected'): void;
  onSynced(isSynced: boolean): void;
  onUnsyncedChanges(count: number): void;
  onDenied(reason: string): void;
  /** The server granted only reading. */
  onReadOnly(): void;
}

/** Presence of one client (tilstedeværelse). */
export interface PresenceState {
  name: string;
  color: string;
  /** The tiltak this planner has open, if any. */
  actionId: string | null;
}

/** An open team connection. */
export interface TeamConnection {
  /** Sets this client's presence (name, colour, the tiltak it is in). */
  setPresence(state: PresenceState): void;
  /** The other clients' presence, by client id. */
  others(): Map<number, PresenceState>;
  onPresenceChange(listener: () => void): () => void;
  destroy(): void;
}

function isPresence(value: unknown): value is PresenceState {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'name') === 'string' &&
    typeof Reflect.get(value, 'color') === 'string'
  );
}

/** Opens the connection (it reconnects by itself after network loss). */
export function openTeamConnection(options: TeamConnectionOptions, events: TeamConnectionEvents): TeamConnection {
  let connected = false;
  const provider = new HocuspocusProvider({
    url: options.url,
    name: options.documentName,
    document: options.ydoc,
    token: options.token,
    onStatus: ({ status }) => {
      connected = status === 'connected';
      events.onStatus(status);
    },
    onSynced: ({ state }) => events.onSynced(state),
    onUnsyncedChanges: ({ number }) => events.onUnsyncedChanges(number),
    onAuthenticationFailed: ({ reason }) => events.onDenied(reason),
    onAuthenticated: ({ scope }) => {
      if (scope === 'readonly') events.onReadOnly();
    },
  });
  const stopWatchdog = watchStuckSync(provider, () => connected);
  const awareness = provider.awareness;
  return {
    setPresence(state) {
      awareness?.setLocalStateField('presence', state);
    },
    others() {
      const result = new Map<number, PresenceState>();
      if (!awareness) return result;
      for (const [clientId, state] of awareness.getStates()) {
        if (clientId === awareness.clientID) continue;
        const presence: unknown = Reflect.get(state, 'presence');
        if (isPresence(presence)) result.set(clientId, { name: presence.name, color: presence.color, actionId: typeof presence.actionId === 'string' ? presence.actionId : null });
      }
      return result;
    },
    onPresenceChange(listener) {
      awareness?.on('change', listener);
      return () => awareness?.off('change', listener);
    },
    destroy() {
      stopWatchdog();
      provider.destroy();
    },
  };
}
