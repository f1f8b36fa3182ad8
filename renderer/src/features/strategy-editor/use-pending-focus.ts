/**
 * Keeps the keyboard user's place across an edit: set `pendingFocus.current` to a CSS
 * selector before the edit, and after the next render the matching element inside
 * `rootRef` gets focus (a new name field is selected, so typing replaces the placeholder).
 */
import { useEffect, useRef } from 'react';

/** Focus that follows an edit into the next render. */
export function usePendingFocus() {
  const pendingFocus = useRef<string | null>(null);
  const rootRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!pendingFocus.current || !rootRef.current) return;
    const el = rootRef.current.querySelector<HTMLElement>(pendingFocus.current);
    if (el) {
      el.focus();
      if (el instanceof HTMLInputElement) el.select();
      pendingFocus.current = null;
    }
  });
  return { pendingFocus, rootRef };
}
