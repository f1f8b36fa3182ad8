/**
 * The example plan's oppfølging for 2025 T1 and T2 — INVENTED, like every tiltak of the
 * example, and marked so in every update (author and comment say «oppdiktet»), so the
 * follow-up screens, reports and `handlingsrom status` have data at once. T1 is closed
 * (a frozen snapshot); T2 is open. Built so the attention list has something to say: a
 * stopped and a delayed tiltak, a frist passed without fullført, tiltak without an update
 * in T2, a KPI behind its path and a tiltak whose forbruk is above its cost. Deterministic.
 * The templates get no follow-up.
 */
import type { Action, ActionPlan, Strategy } from '../domain/entities';
import type { FollowUp, FollowUpStatus, StatusUpdate } from '../domain/follow-up';
import { followUpRollUp } from '../rules/follow-up';

/** Author written on every invented update. */
export const EXAMPLE_FOLLOW_UP_AUTHOR = 'Sekretariatet (oppdiktet eksempel)';

/** [status, KPI actual (null: not measured — a deliverable counted 0/1 is reported when done), forbruk own, partner, external, comment]. */
type Entry = readonly [FollowUpStatus, number | null, number, number, number, string];

const T1_DATE = '2025-04-30';
const T2_DATE = '2025-08-29';

/** Per tiltak number: the T1 and T2 updates (null: none). Tiltak 7 (utsatt) and 21 (avlyst) are not active. */
const ENTRIES: Readonly<Record<number, readonly [Entry | null, Entry | null]>> = {
  1: [['onTrack', null, 60_000, 40_000, 0, 'Datainnsamling i gang.'], ['delayed', null, 140_000, 100_000, 60_000, 'Rapporten er forsinket: to kommuner mangler data.']],
  2: [['onTrack', 1, 20_000, 10_000, 0, 'Første samling holdt.'], ['onTrack', 2, 50_000, 40_000, 0, 'To samlinger holdt.']],
  3: [['notStarted', 0, 0, 0, 0, 'Venter på svar om tilskudd.'], ['stopped', 0, 10_000, 0, 0, 'Stoppet: tilskuddet ble avslått.']],
  4: [['onTrack', 18, 40_000, 20_000, 0, 'Tre verksteder holdt.'], ['done', 44, 90_000, 55_000, 0, 'Fullført med 44 bedrifter.']],
  5: [['notStarted', 0, 0, 0, 0, 'Oppstart i mai.'], ['onTrack', 4, 30_000, 0, 90_000, 'Fire kommuner med.']],
  6: [['onTrack', 40, 40_000, 50_000, 0, 'Første kull i gang.'], ['onTrack', 70, 70_000, 100_000, 0, 'Andre kull startet.']],
  8: [['onTrack', null, 50_000, 20_000, 0, 'Utkast skrevet.'], ['onTrack', null, 110_000, 70_000, 0, 'Høring i september.']],
  9: [['done', 160, 60_000, 60_000, 0, 'Seminarrekken er fullført.'], null],
  10: [['notStarted', null, 0, 0, 0, 'Oppstart etter sommeren.'], ['onTrack', null, 20_000, 0, 0, 'Første erfaringsmøte holdt.']],
  11: [null, ['onTrack', null, 15_000, 0, 0, 'Innspillet skrives.']],
  12: [['onTrack', null, 30_000, 0, 40_000, 'Arbeidsgruppe etablert.'], ['onTrack', null, 80_000, 0, 120_000, 'Utkast til veileder klart.']],
  13: [['onTrack', 1, 20_000, 0, 0, 'Første samling holdt.'], null],
  14: [['onTrack', 3, 40_000, 50_000, 0, 'Tre kommuner i gang.'], ['delayed', 5, 85_000, 130_000, 0, 'Bare fem kommuner har levert; fristen nås ikke.']],
  15: [['notStarted', 0, 0, 0, 0, 'Oppstart i april.'], ['onTrack', 1, 40_000, 0, 70_000, 'Første pilot i drift.']],
  16: [['onTrack', null, 20_000, 0, 0, 'Utkast til posisjon.'], ['delayed', null, 55_000, 0, 0, 'Vedtaket er utsatt til oktober.']],
  17: [['notStarted', null, 0, 0, 0, 'Starter etter påske.'], ['onTrack', null, 40_000, 30_000, 0, 'Data bestilt.']],
  18: [['onTrack', null, 30_000, 20_000, 0, 'Oppstartsmøte holdt.'], ['onTrack', null, 70_000, 60_000, 0, 'Høringsutkast i arbeid.']],
  19: [null, ['notStarted', 0, 0, 0, 0, 'Avventer statlig ordning.']],
  20: [['onTrack', null, 40_000, 30_000, 60_000, 'Forprosjektet er i rute.'], ['onTrack', null, 120_000, 110_000, 190_000, 'Mer utredning enn planlagt.']],
  22: [['onTrack', null, 30_000, 0, 0, 'Byrå valgt.'], ['onTrack', null, 95_000, 0, 0, 'Identiteten er nesten klar.']],
  23: [['notStarted', 0, 0, 0, 0, 'Utlysning i mai.'], ['onTrack', 3, 30_000, 40_000, 20_000, 'Tre bedrifter tatt opp.']],
  24: [null, null],
  25: [null, ['notStarted', null, 0, 0, 0, 'Forstudien starter i september.']],
};

function update(action: Action, periodId: string, date: string, entry: Entry): StatusUpdate {
  const [status, actual, own, partner, external, comment] = entry;
  const kpi = action.kpis[0];
  return {
    id: `ex_su_${periodId}_${action.id.replace('ex_act_', '')}`,
    actionId: action.id,
    periodId,
    status,
    comment: `Oppdiktet eksempel: ${comment}`,
    kpiValues: kpi === undefined ? [] : [{ kpiId: kpi.id, actual, baseline: null }],
    spending: [
      ...(own > 0 ? [{ source: 'own' as const, amount: own }] : []),
      ...(partner > 0 ? [{ source: 'partner' as const, amount: partner }] : []),
      ...(external > 0 ? [{ source: 'external' as const, amount: external }] : []),
    ],
    expectedDeadline: status === 'delayed' && action.deadline !== null && action.deadline < '2025-12-01' ? '2025-12-15' : null,
    date,
    author: EXAMPLE_FOLLOW_UP_AUTHOR,
  };
}

/**
 * Eksempelets oppfølging: T1 and T2 2025 updates for the example's tiltak, T1 closed on
 * 12 May 2025 with its snapshot. `plan` must be the example plan without follow-up.
 */
export function exampleFollowUp(strategy: Strategy, plan: ActionPlan, actions: readonly Action[]): FollowUp {
  const updates: StatusUpdate[] = [];
  for (const periodId of ['T1', 'T2'] as const) {
    for (const action of actions) {
      const entries = ENTRIES[Number(action.number)];
      const entry = entries?.[periodId === 'T1' ? 0 : 1];
      if (entry) updates.push(update(action, periodId, periodId === 'T1' ? T1_DATE : T2_DATE, entry));
    }
  }
  const open: FollowUp = { ...plan.followUp, updates };
  const rollUp = followUpRollUp({ strategy, plan: { ...plan, followUp: open }, actions }, 'T1');
  return {
    ...open,
    closures: [
      {
        id: 'ex_close_T1',
        periodId: 'T1',
        date: '2025-05-12',
        by: EXAMPLE_FOLLOW_UP_AUTHOR,
        snapshot: { updates: updates.filter((u) => u.periodId === 'T1'), rollUp },
        reopened: null,
      },
    ],
  };
}
