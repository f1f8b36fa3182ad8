/** A one-line field (DraftField, the table's cell editor) takes pasted tabs and line breaks as spaces. */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../../renderer/src/i18n';
import { DraftField } from '../../../renderer/src/ui/DraftField';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => rtl.cleanup());

function paste(target: Element, text: string) {
  return rtl.fireEvent.paste(target, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
}

describe('pasting into a one-line field', () => {
  it('turns tabs and line breaks into spaces where the text is pasted, without Excel’s quotes', () => {
    const onCommit = vi.fn(() => null);
    rtl.render(
      <I18nextProvider i18n={i18n}>
        <DraftField label="Tittel" value="Før: " onCommit={onCommit} />
      </I18nextProvider>,
    );
    const input = rtl.screen.getByLabelText<HTMLInputElement>('Tittel');
    input.focus();
    input.setSelectionRange(5, 5);
    const isDefault = paste(input, '"Kurs i\tdigitalisering\r\nfor SMB"\r\n');
    expect(isDefault).toBe(false);
    // One cell as Excel copies it (quoted, for its line break): without the quotes.
    expect(input.value).toBe('Før: Kurs i digitalisering for SMB');
    rtl.fireEvent.blur(input);
    expect(onCommit).toHaveBeenCalledWith('Før: Kurs i digitalisering for SMB');
    // A block of cells goes in as one line.
    input.setSelectionRange(0, input.value.length);
    paste(input, 'a\tb\r\nc\td\r\n');
    expect(input.value).toBe('a b c d');
  });

  it('leaves a paste without tabs or line breaks to the browser', () => {
    rtl.render(
      <I18nextProvider i18n={i18n}>
        <DraftField label="Tittel" value="" onCommit={() => null} />
      </I18nextProvider>,
    );
    expect(paste(rtl.screen.getByLabelText('Tittel'), 'Kurs')).toBe(true);
  });
});
