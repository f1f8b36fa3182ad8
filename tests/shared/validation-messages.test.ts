// zodIssueToMessage: every kind of zod issue becomes a validation.* code with its bound and
// the field as a catalogue key — never the internal key, never the value that failed.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { actionSchema } from '@shared/domain';
import { fieldOfPath, zodIssueToMessage } from '@shared/domain/validation-messages';
import { renderMessage, type Message } from '@shared/i18n/message';
import { kronerSchema } from '@shared/money/kroner';
import { createExampleDocument } from '@shared/templates';

function firstMessage(schema: z.ZodType, value: unknown): Message {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('the value was accepted');
  return zodIssueToMessage(parsed.error.issues[0]!);
}

const action = createExampleDocument().actions[0]!;

describe('zodIssueToMessage', () => {
  it.each([
    ['too long a title', actionSchema, { ...action, title: 'x'.repeat(501) }, { code: 'validation.tooLong', params: { max: 500 }, where: { field: 'fields.title' } }],
    ['a blank title', actionSchema, { ...action, title: '  ' }, { code: 'validation.required', params: { min: 1 }, where: { field: 'fields.title' } }],
    ['no title', actionSchema, { ...action, title: undefined }, { code: 'validation.missing', where: { field: 'fields.title' } }],
    ['a title that is a number', actionSchema, { ...action, title: 7 }, { code: 'validation.wrongType', where: { field: 'fields.title' } }],
    ['hours as a fraction', actionSchema, { ...action, hours: 1.5 }, { code: 'validation.notInteger', where: { field: 'fields.hours' } }],
    ['an unknown status', actionSchema, { ...action, status: 'ferdig' }, { code: 'validation.notAllowed', where: { field: 'fields.status' } }],
    ['a funding amount in øre', actionSchema, { ...action, funding: [{ ...action.funding[0], amount: 1.5 }] }, { code: 'validation.kroner.notWhole', where: { field: 'fields.amount' } }],
    ['a negative amount', kronerSchema, -1, { code: 'validation.kroner.negative', params: { min: 0 } }],
    ['a bad id', actionSchema, { ...action, id: 'a b' }, { code: 'validation.badId', where: { field: 'fields.id' } }],
    ['a bad date', actionSchema, { ...action, deadline: '2025-02-30' }, { code: 'validation.badDate', where: { field: 'fields.deadline' } }],
  ])('%s', (_name, schema, value, expected) => {
    expect(firstMessage(schema, value)).toEqual(expected);
  });

  it('names the field in words in both languages, and never the internal key', () => {
    const m = firstMessage(actionSchema, { ...action, title: 'x'.repeat(501) });
    expect(renderMessage(m, 'en', true)).toBe('field «title»: The text is too long (at most 500 characters)');
    expect(renderMessage(m, 'nb', true)).toBe('feltet «tittel»: Teksten er for lang (høyst 500 tegn)');
  });

  it('a record key is passed over for the record’s name; unknown keys name no field', () => {
    expect(fieldOfPath(['frame', 'targetShares', 'fa_1'])).toBe('fields.targetShares');
    expect(fieldOfPath(['somethingElse'])).toBeUndefined();
    expect(fieldOfPath(['constructor'])).toBeUndefined();
  });
});
