/**
 * After moving to another screen, focus goes to the main content, so keyboard and screen
 * reader users start at the new screen instead of wherever the old button was. Not on the
 * first page load: there the skip link stays the first tab stop. Focus put there by
 * navigation draws no frame around the whole page (`data-nav-focus`, see app.css); Tab into
 * the main area still shows one. Coming back from a view that remembered its opener (the
 * presentation, return-focus.ts), focus goes on to that control as soon as it is drawn.
 */
import { useEffect } from 'react';
import { hasNavigatedInApp } from './hash-route';
import { takeOpener } from './return-focus';
import { MAIN_CONTENT_ID } from './SkipLink';

/** How long to wait for a returning screen to draw its opener (its data may load first). */
const OPENER_WAIT_MS = 2000;

/** Focuses #main-content whenever `screenKey` changes after an in-app navigation. */
export function useFocusMainOnNavigation(screenKey: string): void {
  useEffect(() => {
    if (!hasNavigatedInApp()) return;
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    // The new screen already put focus somewhere (a revealed tiltak): keep it and its scroll.
    if (main.contains(document.activeElement)) return;
    main.scrollTop = 0;
    // On a narrow window the page itself scrolls (no fixed chrome, see app.css).
    if (document.scrollingElement) document.scrollingElement.scrollTop = 0;
    main.setAttribute('data-nav-focus', '');
    main.addEventListener('blur', () => main.removeAttribute('data-nav-focus'), { once: true });
    main.focus({ preventScroll: true });
    const findOpener = takeOpener(window.location.hash);
    if (!findOpener) return;
    const started = Date.now();
    let timer = 0;
    const tryOpener = () => {
      // The user has moved on already: leave focus where it is.
      if (document.activeElement !== main) return;
      const opener = findOpener();
      if (opener) opener.focus();
      else if (Date.now() - started < OPENER_WAIT_MS) timer = window.setTimeout(tryOpener, 50);
    };
    tryOpener();
    return () => window.clearTimeout(timer);
  }, [screenKey]);
}
