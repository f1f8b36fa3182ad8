/**
 * Egne rapporteringsperioder (issue 12, point 1): the check of an own period as the user
 * types it (every problem as a code that points at its field), adding, changing and
 * removing own periods — on an adopted plan too, without touching what was adopted —, the
 * refusals that keep status updates and closures from being lost, and switching scheme.
 */
import { describe, expect, it } from 'vitest';
import type { ActionPlan, CustomPeriod, PlanDocument, StatusUpdate } from '@shared/domain';
import { reportingPeriods } from '@shared/domain';
import {
  addCustomPeriod,
  addStatusUpdate,
  closePeriod,
  customPeriodFieldKey,
  customPeriodProblems,
  removeCustomPeriod,
  reopenPeriod,
  setPeriodScheme,
  updateCustomPeriod,
  type CustomPeriodInput,
} from '@shared/edits';
import { hasMessageText, renderMessage } from '@shared/i18n/message';
import { fixture } from './fixture';
import { refusal } from './refusal';

const ADOPTED = 'plan_2026';
const H1: CustomPeriod = { id: 'h1', shortName: 'H1', name: 'Første halvår', from: '2026-01-01', to: '2026-06-30' };
const H2: CustomPeriod = { id: 'h2', shortName: 'H2', name: 'Andre halvår', from: '2026-07-01', to: '2026-12-31' };

function planOf(doc: PlanDocument, planId = ADOPTED): ActionPlan {
  const plan = doc.plans.find((p) => p.id === planId);
  if (!plan) throw new Error('no plan');
  return plan;
}

/** The fixture's adopted 2026 plan with own periods H1 (Jan–Jun) and H2 (Jul–Dec). */
function withHalves(): PlanDocument {
  return setPeriodScheme(fixture(), ADOPTED, { kind: 'custom', periods: [H2, H1] });
}

function upd(periodId: string, id = 'su1'): StatusUpdate {
  return { id, actionId: 'b1', periodId, status: 'onTrack', comment: '', kpiValues: [], spending: [], expectedDeadline: null, date: '2026-03-01', author: 'Kari' };
}

const input = (parts: Partial<CustomPeriodInput>): CustomPeriodInput => ({ shortName: 'T', name: 'Test', from: '2026-01-01', to: '2026-01-31', ...parts });

describe('customPeriodProblems', () => {
  // Against H1 (Jan–Jun) and H2 (Jul–Dec) of 2026, unless `replacing` says which one is being changed.
  const cases: { name: string; input: Partial<CustomPeriodInput>; replacing?: string; codes: [string, string][] }[] = [
    { name: 'a change of H2 that fits', input: { shortName: 'H2', name: 'Høst', from: '2026-08-01', to: '2026-12-31' }, replacing: 'h2', codes: [] },
    { name: 'keeping its own short name', input: { shortName: 'h1', from: '2026-01-01', to: '2026-05-31' }, replacing: 'h1', codes: [] },
    { name: 'no short name', input: { shortName: '  ', from: '2026-07-01', to: '2026-07-31' }, replacing: 'h2', codes: [['periodShortNameMissing', 'shortName']] },
    { name: 'a short name too long', input: { shortName: 'ABCDEFGHIJKLM', from: '2026-07-01', to: '2026-07-31' }, replacing: 'h2', codes: [['periodShortNameTooLong', 'shortName']] },
    { name: 'a short name another period has (any case)', input: { shortName: 'h1', from: '2026-07-01', to: '2026-07-31' }, replacing: 'h2', codes: [['customDuplicateShortName', 'shortName']] },
    { name: 'no name', input: { name: '', from: '2026-07-01', to: '2026-07-31' }, replacing: 'h2', codes: [['periodNameMissing', 'name']] },
    { name: 'a name too long', input: { name: 'x'.repeat(101), from: '2026-07-01', to: '2026-07-31' }, replacing: 'h2', codes: [['periodNameTooLong', 'name']] },
    { name: 'no dates', input: { from: '', to: '' }, replacing: 'h2', codes: [['periodFromMissing', 'from'], ['periodToMissing', 'to']] },
    { name: 'dates that are not dates', input: { from: '2026-02-30', to: '31.12.2026' }, replacing: 'h2', codes: [['periodFromInvalid', 'from'], ['periodToInvalid', 'to']] },
    { name: 'from before the plan year', input: { from: '2025-12-01', to: '2026-07-31' }, replacing: 'h2', codes: [['customOutsideYear', 'from'], ['customOverlap', 'from']] },
    { name: 'to after the plan year', input: { from: '2026-07-01', to: '2027-01-31' }, replacing: 'h2', codes: [['customOutsideYear', 'to']] },
    { name: 'to before from', input: { from: '2026-09-01', to: '2026-08-31' }, replacing: 'h2', codes: [['customEndsBeforeStart', 'to']] },
    { name: 'one day (from = to) is a period', input: { from: '2026-07-01', to: '2026-07-01' }, replacing: 'h2', codes: [] },
    { name: 'a day in common with H1', input: { from: '2026-06-30', to: '2026-12-31' }, replacing: 'h2', codes: [['customOverlap', 'from']] },
    { name: 'a new period inside H2', input: { from: '2026-08-01', to: '2026-08-31' }, codes: [['customOverlap', 'from']] },
    { name: 'a new period covering both', input: { from: '2026-01-01', to: '2026-12-31' }, codes: [['customOverlap', 'from']] },
  ];
  it.each(cases)('$name', ({ input: parts, replacing, codes }) => {
    const problems = customPeriodProblems(planOf(withHalves()), input(parts), replacing ?? null);
    expect(problems.map((m) => [m.code.replace('followUp.refused.', ''), m.where?.field?.replace('followUp.periodField.', '')])).toEqual(codes);
    for (const m of problems) {
      // What and where: every problem renders in both languages, with its field named.
      for (const language of ['nb', 'en'] as const) expect(renderMessage(m, language, true)).not.toMatch(/undefined|\{\{/);
      expect(m.where?.field && hasMessageText(m.where.field, 'en')).toBe(true);
    }
  });

  it('names the period and the one it overlaps, with their dates', () => {
    const [m] = customPeriodProblems(planOf(withHalves()), input({ shortName: 'S', name: 'Sommer', from: '2026-06-15', to: '2026-06-20' }), null);
    expect(renderMessage(m ?? { code: 'none' }, 'nb')).toBe(
      'Perioden «Sommer» (2026-06-15–2026-06-20) overlapper perioden «Første halvår» (2026-01-01–2026-06-30). To perioder kan ikke ha dager felles.',
    );
    expect(customPeriodFieldKey('from')).toBe('followUp.periodField.from');
  });
});

describe('own periods: add, change, remove', () => {
  it('switches an adopted plan to its current periods as own periods, then adds one — adopted content untouched', () => {
    const doc = fixture();
    const seeded = setPeriodScheme(doc, ADOPTED, {
      kind: 'custom',
      periods: reportingPeriods(planOf(doc)).map((p) => ({ id: p.id, shortName: p.shortName, name: `Navn ${p.shortName}`, from: p.from, to: p.to })),
    });
    // The updates of T1 stay attached: T1 keeps its id and dates.
    const used = addStatusUpdate(seeded, ADOPTED, upd('T1'));
    const shrunk = updateCustomPeriod(used, ADOPTED, 'T3', { shortName: 'T3', name: 'Navn T3', from: '2026-09-01', to: '2026-11-30' });
    const added = addCustomPeriod(shrunk, ADOPTED, { id: 'des', shortName: 'Des', name: 'Desember', from: '2026-12-01', to: '2026-12-31' });
    expect(reportingPeriods(planOf(added)).map((p) => [p.shortName, p.isAnnual])).toEqual([['T1', false], ['T2', false], ['T3', false], ['Des', true]]);
    expect(planOf(added).followUp.updates).toEqual([upd('T1')]);
    expect({ ...planOf(added), followUp: null }).toEqual({ ...planOf(doc), followUp: null });
    expect(added.actions).toBe(doc.actions);
    expect(added.strategy).toBe(doc.strategy);
  });

  it('stores the periods in time order, trimmed, with a new id when none is given', () => {
    const doc = addCustomPeriod(
      updateCustomPeriod(withHalves(), ADOPTED, 'h2', { ...H2, from: '2026-09-01' }),
      ADOPTED,
      { shortName: ' Sommer ', name: ' Sommeren ', from: '2026-07-01', to: '2026-08-31' },
    );
    const scheme = planOf(doc).followUp.scheme;
    if (scheme.kind !== 'custom') throw new Error('custom expected');
    expect(scheme.periods.map((p) => p.shortName)).toEqual(['H1', 'Sommer', 'H2']);
    expect(scheme.periods[1]?.name).toBe('Sommeren');
    expect(scheme.periods[1]?.id).toMatch(/^period_/);
  });

  it('renames a period that has updates and moves its dates; the updates stay with it', () => {
    const doc = addStatusUpdate(withHalves(), ADOPTED, upd('h1'));
    const next = updateCustomPeriod(doc, ADOPTED, 'h1', { shortName: 'V', name: 'Vår', from: '2026-01-01', to: '2026-05-31' });
    expect(reportingPeriods(planOf(next))[0]).toMatchObject({ id: 'h1', shortName: 'V', name: 'Vår', to: '2026-05-31' });
    expect(planOf(next).followUp.updates).toEqual([upd('h1')]);
    // Nothing changed: the same document (no undo step).
    expect(updateCustomPeriod(next, ADOPTED, 'h1', { shortName: 'V', name: 'Vår', from: '2026-01-01', to: '2026-05-31' })).toBe(next);
  });

  it('removes an unused period', () => {
    const next = removeCustomPeriod(withHalves(), ADOPTED, 'h2');
    expect(reportingPeriods(planOf(next)).map((p) => p.id)).toEqual(['h1']);
  });

  const closedH1 = () => closePeriod(addStatusUpdate(withHalves(), ADOPTED, upd('h1')), ADOPTED, 'h1', { date: '2026-07-02', by: 'Leder', id: 'c1' });
  const refusals: { name: string; edit: () => unknown; code: string }[] = [
    { name: 'remove a period with an update', edit: () => removeCustomPeriod(addStatusUpdate(withHalves(), ADOPTED, upd('h1')), ADOPTED, 'h1'), code: 'periodHasUpdates' },
    { name: 'remove a closed period', edit: () => removeCustomPeriod(closedH1(), ADOPTED, 'h1'), code: 'periodClosed' },
    {
      name: 'remove a reopened period (the log refers to it)',
      edit: () => removeCustomPeriod(reopenPeriod(closePeriod(withHalves(), ADOPTED, 'h2', { date: '2026-07-02', by: 'L' }), ADOPTED, 'h2', { date: '2026-07-03', by: 'L', reason: 'Feil' }), ADOPTED, 'h2'),
      code: 'periodHasClosures',
    },
    { name: 'remove the only period', edit: () => removeCustomPeriod(removeCustomPeriod(withHalves(), ADOPTED, 'h2'), ADOPTED, 'h1'), code: 'lastPeriod' },
    { name: 'rename a closed period', edit: () => updateCustomPeriod(closedH1(), ADOPTED, 'h1', { ...H1, name: 'Vår' }), code: 'periodClosed' },
    { name: 'move the dates of a closed period', edit: () => setPeriodScheme(closedH1(), ADOPTED, { kind: 'custom', periods: [{ ...H1, to: '2026-05-31' }, H2] }), code: 'periodClosed' },
    { name: 'add to tertialer', edit: () => addCustomPeriod(fixture(), ADOPTED, input({})), code: 'notCustomScheme' },
    { name: 'change a period of tertialer', edit: () => updateCustomPeriod(fixture(), ADOPTED, 'T1', input({})), code: 'notCustomScheme' },
    { name: 'change a period the plan does not have', edit: () => updateCustomPeriod(withHalves(), ADOPTED, 'x', input({})), code: 'unknownPeriod' },
    { name: 'add an overlapping period', edit: () => addCustomPeriod(withHalves(), ADOPTED, input({})), code: 'customOverlap' },
    { name: 'add a period with a used id', edit: () => addCustomPeriod(removeCustomPeriod(withHalves(), ADOPTED, 'h2'), ADOPTED, { ...H2, id: 'h1' }), code: 'customDuplicateId' },
    { name: 'switch to kvartaler while H1 has updates', edit: () => setPeriodScheme(addStatusUpdate(withHalves(), ADOPTED, upd('h1')), ADOPTED, { kind: 'quarters' }), code: 'schemeInUse' },
    { name: 'switch to tertialer while H1 is closed', edit: () => setPeriodScheme(closedH1(), ADOPTED, { kind: 'tertials' }), code: 'schemeInUse' },
  ];
  it.each(refusals)('refuses to $name', ({ edit, code }) => {
    expect(refusal(edit).code).toBe(`followUp.refused.${code}`);
  });

  it('says how many updates would be lost', () => {
    const doc = addStatusUpdate(addStatusUpdate(withHalves(), ADOPTED, upd('h1')), ADOPTED, upd('h1', 'su2'));
    expect(renderMessage(refusal(() => removeCustomPeriod(doc, ADOPTED, 'h1')).detail, 'en')).toContain('it has 2 status updates, which would be lost');
  });

  it('refuses more than the most periods allowed', () => {
    const days = Array.from({ length: 24 }, (_, i) => {
      const d = String(i + 1).padStart(2, '0');
      return { id: `d${d}`, shortName: `D${d}`, name: `Dag ${d}`, from: `2026-01-${d}`, to: `2026-01-${d}` };
    });
    const full = setPeriodScheme(fixture(), ADOPTED, { kind: 'custom', periods: days });
    expect(refusal(() => addCustomPeriod(full, ADOPTED, input({ from: '2026-03-01', to: '2026-03-02' }))).code).toBe('followUp.refused.tooManyPeriods');
  });
});
