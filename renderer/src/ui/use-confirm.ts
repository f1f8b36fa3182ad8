/**
 * Asking before something irreversible, from code that is not a component tree of its own
 * (an async file flow, a list row): `await askToConfirm({ … })` shows the app's ConfirmDialog
 * and resolves true on the confirming button, false on Avbryt / Esc. Replaces the
 * browser's window.confirm, which blocks the page and cannot be styled or translated.
 */
import { createContext, useContext } from 'react';

/** What the confirmation says. */
export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  /** Danger styling for destructive actions. */
  isDanger?: boolean;
}

/** Shows the confirmation; true when the user confirmed. */
export type Confirm = (request: ConfirmRequest) => Promise<boolean>;

/** Supplied by ConfirmProvider at the root of the app. */
export const ConfirmContext = createContext<Confirm | null>(null);

/** The app's way to ask «are you sure?»; needs a ConfirmProvider above. */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm() needs a <ConfirmProvider> above it');
  return confirm;
}
