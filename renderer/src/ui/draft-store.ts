/**
 * Text the user has typed but not yet committed, kept in sessionStorage (synchronous, and
 * it survives a reload of the tab). A field writes its draft on every keystroke; after a
 * reload the field finds it and commits it, so nothing typed is lost even when the page
 * goes away before the document store could save.
 */

const PREFIX = 'handlingsrom:draft:';

/** Remembers the typed text of a field. */
export function saveDraft(key: string, text: string): void {
  try {
    sessionStorage.setItem(PREFIX + key, text);
  } catch {
    // Storage full or unavailable: the field still commits on blur and on page hide.
  }
}

/** Forgets a field's draft. */
export function clearDraft(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to forget.
  }
}

/** A field's draft, kept (null when there is none). */
export function readDraft(key: string): string | null {
  try {
    return sessionStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

/** Every draft whose key starts with `prefix`, kept, as [key without prefix, text]. */
export function readDraftsWithPrefix(prefix: string): [string, string][] {
  const out: [string, string][] = [];
  try {
    for (let i = sessionStorage.length - 1; i >= 0; i--) {
      const key = sessionStorage.key(i);
      if (!key || !key.startsWith(PREFIX + prefix)) continue;
      const text = sessionStorage.getItem(key);
      if (text !== null) out.push([key.slice(PREFIX.length + prefix.length), text]);
    }
  } catch {
    // Storage unavailable: nothing to restore.
  }
  return out;
}

/** Forgets a draft only while it still holds `text` (the user may have typed again since). */
export function clearDraftIf(key: string, text: string): void {
  if (readDraft(key) === text) clearDraft(key);
}

/** Returns and forgets a field's draft (null when there is none). */
export function takeDraft(key: string): string | null {
  try {
    const text = sessionStorage.getItem(PREFIX + key);
    if (text !== null) sessionStorage.removeItem(PREFIX + key);
    return text;
  } catch {
    return null;
  }
}
