import { describe, expect, it } from 'vitest';
import { MessageError, hasMessageText, isMessageError, msg, renderLocation, renderMessage } from '@shared/i18n/message';

describe('messages as codes', () => {
  it('renders a code with params in both languages, nested messages too', () => {
    expect(renderMessage(msg('common.cancel'), 'nb')).toBe('Avbryt');
    expect(renderMessage(msg('common.cancel'), 'en')).toBe('Cancel');
    expect(renderMessage(msg('message.where.field', { field: msg('common.save') }), 'en')).toBe('field «Save»');
  });

  it('puts the location in front when asked', () => {
    const m = msg('common.cancel', {}, { sheet: 'Tiltak', row: 5, column: 'C' });
    expect(renderMessage(m, 'nb', true)).toBe('arket Tiltak, rad 5, kolonne C: Avbryt');
    expect(renderMessage(m, 'en', true)).toBe('sheet Tiltak, row 5, column C: Cancel');
    expect(renderLocation({ line: 3, col: 14 }, 'nb')).toBe('linje 3, tegn 14');
  });

  it('throws for an unknown code and knows which codes have text', () => {
    expect(() => renderMessage(msg('no.such.code'))).toThrow(/no\.such\.code/);
    expect(hasMessageText('common.save', 'en')).toBe(true);
    expect(hasMessageText('no.such.code', 'nb')).toBe(false);
  });

  it('carries the message in an error', () => {
    const e = new MessageError(msg('common.cancel'));
    expect(isMessageError(e)).toBe(true);
    expect(e.detail.code).toBe('common.cancel');
    expect(isMessageError(new Error('x'))).toBe(false);
  });
});
