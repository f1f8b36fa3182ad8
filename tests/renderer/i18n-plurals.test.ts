/**
 * Counted messages through the real i18next set-up: one of something is singular
 * («1 action», «1 konflikt»), more is plural, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/src/i18n';

const COUNTED = [
  'plan.bulk.selected',
  'plan.bulk.deleteTitle',
  'plan.table.groupSummary',
  'plan.undo.bulkStatus',
  'plan.undo.bulkPriority',
  'plan.undo.deleteActions',
  'scenarios.adopt.conflicts',
  'presentation.focus.more',
  'presentation.ambition.risk',
  'presentation.findings.more',
  'economy.totals.activeActions',
  'editor.dialog.hasActions',
  'editor.dialog.actorInUse',
];

describe('counted messages', () => {
  it('English says «1 action» and «2 actions», never «1 actions»', async () => {
    const i18n = await createI18n('en');
    const t = i18n.getFixedT('en');
    for (const key of COUNTED) {
      const one = t(key, { count: 1, cost: '5 kr', applied: '0 kr', planned: '0 kr' });
      const two = t(key, { count: 2, cost: '5 kr', applied: '0 kr', planned: '0 kr' });
      expect(one, key).not.toBe(key);
      expect(one, key).toMatch(/\b1\b/);
      expect(one, key).not.toMatch(/\b(actions|conflicts|initiatives|warnings)\b/);
      expect(two, key).toMatch(/\b(actions|conflicts|initiatives|warnings)\b/);
    }
    expect(t('plan.table.groupSummary', { count: 1, cost: '5 kr' })).toBe('1 action · 5 kr');
    expect(t('plan.bulk.deleteTitle', { count: 1 })).toBe('Delete 1 action?');
  });

  it('bokmål says «1 konflikt», «1 advarsel», «1 aktivt tiltak» and the plural for more', async () => {
    const i18n = await createI18n('nb');
    const t = i18n.getFixedT('nb');
    for (const key of COUNTED) expect(t(key, { count: 1 }), key).not.toBe(key);
    expect(t('scenarios.adopt.conflicts', { count: 1 })).toMatch(/^Varianten har 1 konflikt med basis\./);
    expect(t('scenarios.adopt.conflicts', { count: 3 })).toMatch(/^Varianten har 3 konflikter med basis\./);
    expect(t('presentation.findings.more', { count: 1 })).toBe('… og 1 advarsel til i kontrollen.');
    expect(t('economy.totals.activeActions', { count: 1 })).toBe('1 aktivt tiltak');
    expect(t('economy.totals.activeActions', { count: 23 })).toBe('23 aktive tiltak');
    expect(t('plan.bulk.selected', { count: 1 })).toBe('1 tiltak valgt');
  });
});

describe('timestamps in messages', () => {
  it('i18next writes `{{at, timestamp}}` as renderMessage does, and leaves a time already written as it is', async () => {
    const { msg, renderMessage } = await import('@shared/i18n/message');
    const at = new Date(2026, 10, 30, 13, 5).toISOString();
    for (const language of ['nb', 'en'] as const) {
      const i18n = await createI18n(language);
      const t = i18n.getFixedT(language);
      const params = { year: 2027, by: 'Kari', at };
      expect(t('sync.joined.plan', params)).toBe(renderMessage(msg('sync.joined.plan', params), language));
      expect(t('sync.joined.plan', params)).not.toContain(at);
      expect(t('sync.joined.plan', { ...params, at: '30.11.2026, 13:05' })).toContain('(30.11.2026, 13:05)');
    }
  });
});
