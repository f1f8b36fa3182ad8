/** The author of status updates, remembered on this machine (the update form and the status workbook share it). */
const AUTHOR_KEY = 'handlingsrom.followUp.author';

/** The author last written in the update form (remembered in localStorage). */
export function rememberedAuthor(): string {
  try {
    return globalThis.localStorage?.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the author for the next update. */
export function rememberAuthor(author: string): void {
  try {
    globalThis.localStorage?.setItem(AUTHOR_KEY, author);
  } catch {
    // Storage unavailable (private mode): the field is simply not prefilled next time.
  }
}
