/**
 * Where the print screen's back link goes: the screen it was opened from (the scenarios,
 * the plan, the føringer …), remembered from the hash changes, as the presentation does.
 * While no other print page was opened in between, the link goes back in history (so
 * Back and Forward stay in order); after a reload on the print screen there is no origin
 * and the caller picks. Loaded with the app (routes.tsx), not with the lazy print screen:
 * it must see the hash change into it.
 */
import { parseHash } from './hash-route';
import { forgetOpener, rememberOpener } from './return-focus';
import { PRINT_SECTION } from './sections';

/** The screen the print screen was entered from, and how many print pages were opened since. */
export interface PrintOrigin {
  hash: string;
  /** The origin's section (for the link's name). */
  section: string;
  /** 1 while the origin is the previous history entry. */
  depth: number;
}

let origin: PrintOrigin | null = null;

function isPrint(hash: string): boolean {
  const route = parseHash(hash);
  return route.kind === 'strategy' && route.section === PRINT_SECTION;
}

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', (event) => {
    const oldHash = new URL(event.oldURL).hash;
    const newHash = new URL(event.newURL).hash;
    if (isPrint(newHash) && !isPrint(oldHash)) {
      const route = parseHash(oldHash);
      origin = { hash: oldHash, section: route.kind === 'strategy' ? (route.section ?? '') : '', depth: 1 };
      // Back there, focus goes to the link that opened the print screen.
      rememberOpener(oldHash, document.activeElement);
    } else if (isPrint(newHash) && origin) {
      origin = { ...origin, depth: origin.depth + 1 };
    } else if (!isPrint(newHash)) {
      // Left the print screen for another screen than the one it came from: forget the opener.
      if (isPrint(oldHash) && newHash !== origin?.hash) forgetOpener();
      origin = null;
    }
  });
}

/** The screen the print screen was opened from, or null (e.g. after a reload). */
export function printOrigin(): PrintOrigin | null {
  return origin;
}
