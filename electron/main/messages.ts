/**
 * The desktop shell's messages (menu, dialogs, IPC errors) in the user's language, from
 * the shared catalogue, plus the small formatter that fills `{{name}}` placeholders.
 */
import { desktop } from '@shared/i18n/desktop';
import type { DesktopMessages } from '@shared/i18n/desktop';
import type { Language } from '@shared/ipc/settings';

/** The desktop messages for a language (bokmål when unknown). */
export function messagesFor(language: Language): DesktopMessages {
  return language === 'en' ? desktop.en : desktop.nb;
}

/** Fills `{{name}}` placeholders; unknown names are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

/** Says in words why a file operation failed, from a Node error code. */
export function describeFsError(error: unknown, m: DesktopMessages): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reasons = m.errors.reasons;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return reasons.notFound;
    case 'EACCES':
    case 'EPERM':
      return reasons.accessDenied;
    case 'ENOSPC':
    case 'EDQUOT':
      return reasons.diskFull;
    case 'EISDIR':
      return reasons.isDirectory;
    case 'EROFS':
      return reasons.readOnly;
    case 'EBUSY':
    case 'ETXTBSY':
      return reasons.busy;
    default:
      if (code) return fill(reasons.other, { code });
      return error instanceof Error ? error.message : String(error);
  }
}
