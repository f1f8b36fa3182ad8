/**
 * Nothing typed may be lost: when the page goes away (reload, close) while a field still
 * holds text that was not committed, commit it synchronously so the document store's own
 * pagehide flush writes it. Children register their listeners before the store's provider
 * does, so this runs first.
 */
import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';

/** Calls `commit` (inside flushSync) on pagehide / beforeunload while `isDirty`. */
export function useCommitOnLeave(isDirty: boolean, commit: () => void): void {
  const latest = useRef({ isDirty, commit });
  useEffect(() => {
    latest.current = { isDirty, commit };
  });
  useEffect(() => {
    const onLeave = () => {
      if (!latest.current.isDirty) return;
      flushSync(() => latest.current.commit());
    };
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', onLeave);
    };
  }, []);
}
