// Oppfølging in a team: two planners who change the same field of the same follow-up
// record offline (a status update's status or comment, a closure's reopening, a plan's
// periodeinndeling) get one deterministic winner on both copies, and the value that lost
// is reported on both with who wrote it and when — and taking it yields it, through the
// follow-up edits (which refuse it in a closed period).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain';
import { FOLLOW_UP_STATUSES, type CustomPeriod, type StatusUpdate } from '@shared/domain/follow-up';
import { closePeriod, reopenPeriod, replaceStatusUpdate, setPeriodScheme } from '@shared/edits';
import { createExampleDocument } from '@shared/templates';
import {
  FOLLOW_UP_CLOSURES_MAP,
  FOLLOW_UP_SETTINGS_MAP,
  FOLLOW_UP_UPDATES_MAP,
  readConflicts,
  resolveConflict,
  takeConflictRefusal,
  takeConflictValue,
  watchConflicts,
  type SyncConflict,
} from '@shared/sync';
import { cloneDoc, deliver, edit, planToYDoc, read, syncAll } from './helpers';

const example = createExampleDocument();
const plan = example.plans[0] ?? missing('the example has a plan');
const planId = plan.id;
const t2 = plan.followUp.updates.find((u) => u.periodId === 'T2') ?? missing('the example has a T2 update');
// Two statuses other than the update's own (a value equal to it is no change, so no conflict).
const [KARI_STATUS, OLA_STATUS] = FOLLOW_UP_STATUSES.filter((s) => s !== t2.status);
const KARI = { name: 'Kari', at: '2026-03-01T10:00:00Z' };
const OLA = { name: 'Ola', at: '2026-03-01T10:00:05Z' };

function missing(what: string): never {
  throw new Error(what);
}

function updateOf(doc: PlanDocument, id = t2.id): StatusUpdate | undefined {
  return doc.plans.find((p) => p.id === planId)?.followUp.updates.find((u) => u.id === id);
}

function correct(patch: Partial<StatusUpdate>): (doc: PlanDocument) => PlanDocument {
  return (doc) => replaceStatusUpdate(doc, planId, { ...(updateOf(doc) ?? t2), ...patch });
}

/** Kari's and Ola's copies, each changed offline, then merged (in the given order) and the finder's records exchanged. */
function offline(kari: (d: PlanDocument) => PlanDocument, ola: (d: PlanDocument) => PlanDocument, kariFirst = true) {
  const a = planToYDoc(example);
  const b = cloneDoc(a);
  watchConflicts(a);
  watchConflicts(b);
  edit(a, kari, KARI);
  edit(b, ola, OLA);
  if (kariFirst) {
    deliver(a, b);
    deliver(b, a);
  } else {
    deliver(b, a);
    deliver(a, b);
  }
  syncAll([a, b]);
  return { a, b, kariWins: a.clientID > b.clientID };
}

describe('follow-up conflicts on one field', () => {
  it.each([
    ['Kari first', true],
    ['Ola first', false],
  ])('a status update\'s status changed on two copies: one winner, the loser reported on both with who and when (%s)', (_order, kariFirst) => {
    const { a, b, kariWins } = offline(correct({ status: KARI_STATUS }), correct({ status: OLA_STATUS }), kariFirst);
    const won = kariWins ? KARI_STATUS : OLA_STATUS;
    const lost = kariWins ? { value: OLA_STATUS, by: OLA } : { value: KARI_STATUS, by: KARI };
    expect(updateOf(read(a))?.status).toBe(won);
    expect(updateOf(read(b))?.status).toBe(won);
    for (const ydoc of [a, b]) {
      const conflicts = readConflicts(ydoc);
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        collection: FOLLOW_UP_UPDATES_MAP,
        entityId: t2.id,
        planId,
        field: 'status',
        lostValue: lost.value,
        wonValue: won,
        lostBy: lost.by.name,
        lostAt: lost.by.at,
      });
    }
    // «Bruk denne verdien» on either copy gives the loser's value, and that syncs.
    const conflict = readConflicts(b)[0] ?? missing('a conflict');
    const taken = edit(b, (d) => takeConflictValue(d, conflict), KARI);
    expect(updateOf(taken)?.status).toBe(lost.value);
    resolveConflict(b, conflict.key);
    syncAll([a, b]);
    expect(updateOf(read(a))?.status).toBe(lost.value);
    expect([...readConflicts(a), ...readConflicts(b)]).toEqual([]);
  });

  it('status and comment changed on both copies: two conflicts, each field taken on its own', () => {
    const { a, kariWins } = offline(correct({ status: KARI_STATUS, comment: 'Kari: venter på leverandør' }), correct({ status: OLA_STATUS, comment: 'Ola: ferdig i juni' }));
    const conflicts = readConflicts(a);
    expect(conflicts.map((c) => c.field).sort()).toEqual(['comment', 'status']);
    const comment = conflicts.find((c) => c.field === 'comment') ?? missing('the comment conflict');
    const lostComment = kariWins ? 'Ola: ferdig i juni' : 'Kari: venter på leverandør';
    expect(comment.lostValue).toBe(lostComment);
    const taken = takeConflictValue(read(a), comment);
    expect(updateOf(taken)?.comment).toBe(lostComment);
    // Only that field: the status is still the winner's.
    expect(updateOf(taken)?.status).toBe(kariWins ? KARI_STATUS : OLA_STATUS);
  });

  it('different fields of one status update are no conflict, and both survive', () => {
    const { a, b } = offline(correct({ status: KARI_STATUS }), correct({ comment: 'Ola sin kommentar' }));
    expect([...readConflicts(a), ...readConflicts(b)]).toEqual([]);
    expect(updateOf(read(a))).toMatchObject({ status: KARI_STATUS, comment: 'Ola sin kommentar' });
  });

  it('taking the value is refused (with the edit\'s reason) once the period is closed, and the document stays', () => {
    const { a } = offline(correct({ status: KARI_STATUS }), correct({ status: OLA_STATUS }));
    const conflict = readConflicts(a)[0] ?? missing('a conflict');
    const closed = edit(a, (d) => closePeriod(d, planId, 'T2', { date: '2025-09-01', by: 'Kari' }), KARI);
    expect(takeConflictRefusal(closed, conflict)?.code).toBe('followUp.refused.periodClosed');
    expect(takeConflictValue(closed, conflict)).toBe(closed);
    expect(takeConflictRefusal(read(a), { ...conflict, field: 'comment', lostValue: 'x' })?.code).toBe('followUp.refused.periodClosed');
  });

  it('a closure reopened on two copies with different reasons: the losing reason is reported and can be taken', () => {
    const reopen = (by: string, reason: string) => (d: PlanDocument) => reopenPeriod(d, planId, 'T1', { date: '2025-06-01', by, reason });
    const { a, b, kariWins } = offline(reopen('Kari', 'Feil i forbruk'), reopen('Ola', 'Mangler KPI'));
    const conflict = readConflicts(b)[0] ?? missing('a conflict');
    expect(readConflicts(b)).toHaveLength(1);
    expect(conflict).toMatchObject({ collection: FOLLOW_UP_CLOSURES_MAP, entityId: 'ex_close_T1', planId, field: 'reopened', lostBy: kariWins ? 'Ola' : 'Kari' });
    const lostReason = kariWins ? 'Mangler KPI' : 'Feil i forbruk';
    const taken = takeConflictValue(read(a), conflict);
    expect(taken.plans[0]?.followUp.closures.find((c) => c.id === 'ex_close_T1')?.reopened?.reason).toBe(lostReason);
  });

  it('the periodeinndeling changed on two copies: the losing scheme is reported with its writer and can be taken', () => {
    const custom = (names: string): CustomPeriod[] => [
      { id: 'T1', shortName: 'T1', name: `${names} 1`, from: '2025-01-01', to: '2025-04-30' },
      { id: 'T2', shortName: 'T2', name: `${names} 2`, from: '2025-05-01', to: '2025-08-31' },
      { id: 'T3', shortName: 'T3', name: `${names} 3`, from: '2025-09-01', to: '2025-12-31' },
    ];
    const scheme = (names: string) => (d: PlanDocument) => setPeriodScheme(d, planId, { kind: 'custom', periods: custom(names) });
    const { a, kariWins } = offline(scheme('Kari'), scheme('Ola'));
    const conflicts = readConflicts(a);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ collection: FOLLOW_UP_SETTINGS_MAP, entityId: planId, planId, field: 'scheme', lostBy: kariWins ? 'Ola' : 'Kari', lostAt: kariWins ? OLA.at : KARI.at });
    const conflict = conflicts[0] ?? missing('a conflict');
    const taken = takeConflictValue(read(a), conflict);
    expect(taken.plans[0]?.followUp.scheme).toEqual({ kind: 'custom', periods: custom(kariWins ? 'Ola' : 'Kari') });
  });

  it('any two offline values of a status update\'s status and comment: the copies agree, and each lost value is reported and taken back', () => {
    const statuses = fc.constantFrom(...FOLLOW_UP_STATUSES);
    // The property needs two statuses to differ from the update's own.
    expect(KARI_STATUS).toBeDefined();
    // The update's own comment among them: a copy that keeps it changes nothing.
    const comment = fc.oneof(fc.constant(t2.comment), fc.string({ maxLength: 30 }));
    fc.assert(
      fc.property(statuses, comment, statuses, comment, fc.boolean(), (statusA, commentA, statusB, commentB, kariFirst) => {
        const { a, b, kariWins } = offline(correct({ status: statusA, comment: commentA }), correct({ status: statusB, comment: commentB }), kariFirst);
        const docA = read(a);
        expect(read(b)).toEqual(docA);
        const seen: SyncConflict[] = readConflicts(a);
        expect(readConflicts(b)).toEqual(seen);
        for (const field of ['status', 'comment'] as const) {
          const original = t2[field];
          const kari = field === 'status' ? statusA : commentA;
          const ola = field === 'status' ? statusB : commentB;
          // A copy that left the field as it was wrote nothing: the other's value stands, no conflict.
          const won = kari === original ? ola : ola === original ? kari : kariWins ? kari : ola;
          expect(updateOf(docA)?.[field]).toBe(won);
          const onField = seen.filter((c) => c.field === field);
          if (kari === original || ola === original || kari === ola) {
            expect(onField).toEqual([]);
            continue;
          }
          const lost = kariWins ? ola : kari;
          expect(onField).toHaveLength(1);
          const conflict = onField[0] ?? missing('a conflict');
          expect(conflict.lostValue).toBe(lost);
          expect(updateOf(takeConflictValue(docA, conflict))?.[field]).toBe(lost);
        }
      }),
      { numRuns: 30 },
    );
  });
});
