/**
 * After moving to another screen, focus goes to the main content, so keyboard and screen
 * reader users start at the new screen instead of wherever the old button was. Not on the
 * first page load: there the skip link stays the first tab stop. Focus put there by
 * navigation draws no frame around the whole page (`data-nav-focus`, see app.css); Tab into
 * the main area still shows one.
 */
import { useEffect } from 'react';
import { hasNavigatedInApp } from './hash-route';
import { MAIN_CONTENT_ID } from './SkipLink';

/** Focuses #main-content whenever `screenKey` changes after an in-app navigation. */
export function useFocusMainOnNavigation(screenKey: string): void {
  useEffect(() => {
    if (!hasNavigatedInApp()) return;
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    main.scrollTop = 0;
    // On a narrow window the page itself scrolls (no fixed chrome, see app.css).
    if (document.scrollingElement) document.scrollingElement.scrollTop = 0;
    if (main.contains(document.activeElement)) return;
    main.setAttribute('data-nav-focus', '');
    main.addEventListener('blur', () => main.removeAttribute('data-nav-focus'), { once: true });
    main.focus({ preventScroll: true });
  }, [screenKey]);
}
