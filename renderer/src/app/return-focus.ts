/**
 * Focus back to the opener: a full-screen view (the presentation) is left by going back in
 * history, and the screen it was opened from is drawn anew — so the control that opened it
 * is remembered by what it is (element, link target, name), not by its DOM node, and
 * focused again once that screen has drawn it (useFocusMainOnNavigation asks here).
 */

/** What identifies a control across a re-render: its tag, link target and name. */
interface Opener {
  hash: string;
  tag: string;
  href: string | null;
  name: string;
  /** Which of several equal controls it was. */
  nth: number;
}

let remembered: Opener | null = null;

function nameOf(el: Element): string {
  return (el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
}

function sameKind(el: Element, tag: string, href: string | null, name: string): boolean {
  return el.tagName === tag && el.getAttribute('href') === href && nameOf(el) === name;
}

/** Remembers `el` (the focused control) as the opener of a view entered from `hash`. */
export function rememberOpener(hash: string, el: Element | null): void {
  if (!(el instanceof HTMLElement) || el === document.body || el.id === 'main-content') {
    remembered = null;
    return;
  }
  const { tagName: tag } = el;
  const href = el.getAttribute('href');
  const name = nameOf(el);
  const nth = [...document.querySelectorAll(tag)].filter((c) => sameKind(c, tag, href, name)).indexOf(el);
  remembered = { hash, tag, href, name, nth: Math.max(0, nth) };
}

/** Forgets the opener (the view was left for another screen). */
export function forgetOpener(): void {
  remembered = null;
}

/**
 * The remembered opener when the screen at `hash` is the one it was on (then it is taken,
 * once): a function that finds it in the document; else null.
 */
export function takeOpener(hash: string): (() => HTMLElement | null) | null {
  const opener = remembered;
  if (!opener || opener.hash !== hash) return null;
  remembered = null;
  return () => {
    const found = [...document.querySelectorAll(opener.tag)].filter((c) => sameKind(c, opener.tag, opener.href, opener.name));
    const el = found[opener.nth] ?? found[0];
    return el instanceof HTMLElement ? el : null;
  };
}
