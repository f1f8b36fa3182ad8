/**
 * Where the presentation returns to: the last screen outside it, remembered from the
 * hash changes (the presentation is entered by F5 / the menu from any screen). Esc goes
 * back there (and focus to the control that opened it); after a reload on the
 * presentation there is none, and the caller picks.
 */
import { parseHash } from './hash-route';
import { forgetOpener, rememberOpener } from './return-focus';
import { PRESENTATION_SECTION } from './sections';

let lastOutside: string | null = null;

function isPresentation(hash: string): boolean {
  const route = parseHash(hash);
  return route.kind === 'strategy' && route.section === PRESENTATION_SECTION;
}

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', (event) => {
    const oldHash = new URL(event.oldURL).hash;
    const newHash = new URL(event.newURL).hash;
    if (isPresentation(newHash) && !isPresentation(oldHash)) {
      lastOutside = oldHash;
      // The screen behind is still drawn: remember the control that opened the presentation.
      rememberOpener(oldHash, document.activeElement);
    }
    else if (!isPresentation(newHash)) {
      // Left the presentation for another screen than the one it came from: forget the opener.
      if (isPresentation(oldHash) && newHash !== lastOutside) forgetOpener();
      lastOutside = null;
    }
  });
}

/** The hash of the screen the presentation was entered from, or null. */
export function presentationEnteredFrom(): string | null {
  return lastOutside;
}

/** The plan year in a hash like `#/strategy/s/okonomi/2026`, or null. */
export function yearInHash(hash: string | null): number | null {
  if (!hash) return null;
  const route = parseHash(hash);
  if (route.kind !== 'strategy') return null;
  const year = route.params[0];
  return year && /^\d{4}$/.test(year) ? Number(year) : null;
}
