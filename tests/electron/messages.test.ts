import { describe, expect, it } from 'vitest';
import { flattenKeys } from '@shared/i18n';
import { desktop } from '@shared/i18n/desktop';
import { describeFsError, fill, messagesFor } from '../../electron/main/messages';

describe('desktop messages', () => {
  it('has the same keys in bokmål and English, none empty', () => {
    expect(flattenKeys(desktop.en)).toEqual(flattenKeys(desktop.nb));
    const values = (cat: object): string[] =>
      Object.values(cat).flatMap((v: unknown) => (typeof v === 'string' ? [v] : typeof v === 'object' && v ? values(v) : []));
    for (const v of [...values(desktop.nb), ...values(desktop.en)]) expect(v.trim()).not.toBe('');
  });

  it('picks the language', () => {
    expect(messagesFor('nb').menu.file).toBe('Fil');
    expect(messagesFor('en').menu.file).toBe('File');
  });

  it('fills placeholders literally and leaves unknown ones', () => {
    expect(fill('Filen «{{path}}» er for stor ({{size}} MB)', { path: 'C:\\$&\\plan.handlingsrom', size: 51 })).toBe(
      'Filen «C:\\$&\\plan.handlingsrom» er for stor (51 MB)',
    );
    expect(fill('{{a}} {{b}}', { a: 1 })).toBe('1 {{b}}');
  });

  it('says in words why a file operation failed', () => {
    const nb = messagesFor('nb');
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(describeFsError(err('ENOENT'), nb)).toBe('filen eller mappen finnes ikke');
    expect(describeFsError(err('EACCES'), nb)).toBe('du har ikke tilgang');
    expect(describeFsError(err('ENOSPC'), nb)).toBe('disken er full');
    expect(describeFsError(err('EBUSY'), nb)).toBe('filen er i bruk av et annet program');
    expect(describeFsError(err('EWEIRD'), nb)).toBe('systemfeil EWEIRD');
    expect(describeFsError(new Error('plain'), nb)).toBe('plain');
    expect(describeFsError(err('EROFS'), messagesFor('en'))).toBe('the location is read-only');
  });
});
