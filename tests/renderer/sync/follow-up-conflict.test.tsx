/**
 * Conflicts on follow-up records on the Oppfølging screen: a status update's losing value
 * stands in its tiltak's row (a group named after the field and the update, who and when,
 * «Bruk denne verdien» / «Behold gjeldende» as ordinary buttons reached by Tab), taking it
 * puts the value into the update through the follow-up edits, a refused take (the period
 * was closed) says why and keeps the notice; the periodeinndeling's conflict stands under
 * the bar and a closure's in the log.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { PlanDocument } from '@shared/domain';
import { FOLLOW_UP_STATUSES } from '@shared/domain/follow-up';
import { closePeriod } from '@shared/edits';
import { FOLLOW_UP_CLOSURES_MAP, FOLLOW_UP_SETTINGS_MAP, FOLLOW_UP_UPDATES_MAP, takeConflictRefusal, takeConflictValue, type SyncConflict } from '@shared/sync';
import { createExampleDocument, EXAMPLE_PLAN_ID } from '@shared/templates';
import { FollowUpPanel } from '../../../renderer/src/features/follow-up/FollowUpPanel';
import { createI18n } from '../../../renderer/src/i18n';
import { DocumentContext, type DocumentStore } from '../../../renderer/src/state/document-context';
import { formatTimestamp } from '../../../renderer/src/ui/format-timestamp';
import { TeamSyncContext, type TeamSyncValue } from '../../../renderer/src/sync/team-context';
import { fakeTeamSync } from '../helpers/team-sync';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
beforeEach(() => localStorage.clear());
afterEach(() => rtl.cleanup());

const example = createExampleDocument();
const examplePlan = example.plans.find((p) => p.id === EXAMPLE_PLAN_ID) ?? missing('the example plan');
const t2 = examplePlan.followUp.updates.find((u) => u.periodId === 'T2') ?? missing('a T2 update');
const t2Action = example.actions.find((a) => a.id === t2.actionId) ?? missing('the T2 update\'s tiltak');
const lostStatus = FOLLOW_UP_STATUSES.find((s) => s !== t2.status) ?? missing('another status');

function missing(what: string): never {
  throw new Error(what);
}

const statusConflict: SyncConflict = {
  key: `${FOLLOW_UP_UPDATES_MAP}/${EXAMPLE_PLAN_ID}/${t2.id}/status/7:1`,
  collection: FOLLOW_UP_UPDATES_MAP,
  entityId: t2.id,
  planId: EXAMPLE_PLAN_ID,
  field: 'status',
  lostValue: lostStatus,
  wonValue: t2.status,
  lostBy: 'Kari',
  lostAt: '2026-03-01T14:32:00Z',
  lostClient: 7,
};

function store(doc: PlanDocument): DocumentStore {
  return { doc, apply: () => undefined, undo: () => undefined, redo: () => undefined, canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, isSaving: false };
}

/** The panel with a team whose «Bruk denne verdien» runs the real edit on the harness's document. */
function Harness({ initial, conflicts: open, incoming = [], onDoc }: { initial: PlanDocument; conflicts: SyncConflict[]; incoming?: SyncConflict[]; onDoc(doc: PlanDocument): void }) {
  const [doc, setDoc] = useState(initial);
  const [conflicts, setConflicts] = useState(open);
  const team: TeamSyncValue = fakeTeamSync({
    conflicts: [...conflicts, ...incoming.filter((c) => !conflicts.some((x) => x.key === c.key))],
    take: (c) => {
      const refusal = takeConflictRefusal(doc, c);
      if (refusal) return refusal;
      const next = takeConflictValue(doc, c);
      setDoc(next);
      onDoc(next);
      setConflicts((list) => list.filter((x) => x.key !== c.key));
      return null;
    },
    keep: (c) => setConflicts((list) => list.filter((x) => x.key !== c.key)),
  });
  const plan = doc.plans.find((p) => p.id === EXAMPLE_PLAN_ID);
  if (!plan) return null;
  return (
    <I18nextProvider i18n={i18n}>
      <DocumentContext.Provider value={store(doc)}>
        <TeamSyncContext.Provider value={team}>
          <FollowUpPanel
            doc={doc}
            plan={plan}
            actions={doc.actions.filter((a) => a.planId === plan.id)}
            periodId="T2"
            focusActionId={null}
            runEdit={() => null}
            onPeriodChange={() => undefined}
            hrefFor={(p, a) => `#/x/${p}/${a}`}
            today="2025-08-30"
          />
        </TeamSyncContext.Provider>
      </DocumentContext.Provider>
    </I18nextProvider>
  );
}

function setup(conflicts: SyncConflict[], initial = example) {
  const state = { doc: initial };
  rtl.render(<Harness initial={initial} conflicts={conflicts} onDoc={(d) => (state.doc = d)} />);
  return state;
}

const updateOf = (doc: PlanDocument) => doc.plans.find((p) => p.id === EXAMPLE_PLAN_ID)?.followUp.updates.find((u) => u.id === t2.id);

describe('follow-up conflicts on the Oppfølging screen', () => {
  it('a status update\'s losing status stands in its tiltak\'s row, named for screen readers, and Tab reaches its buttons', () => {
    setup([statusConflict]);
    const table = rtl.screen.getByRole('region', { name: 'Tiltak og status' });
    const notice = rtl.within(table).getByRole('group', { name: new RegExp(`^Konflikt på status i statusoppdateringen for tiltak ${t2Action.number.replace('.', '\\.')} «`) });
    expect(notice.getAttribute('aria-label')).toContain('2. tertial');
    expect(notice.textContent).toContain(`Kari skrev «${i18n.t(`followUp.status.${lostStatus}`)}» ${formatTimestamp('2026-03-01T14:32:00Z', 'nb')}`);
    // In the tiltak's own row.
    const row = notice.closest('tr') ?? missing('a row');
    expect(rtl.within(row).getByRole('button', { name: t2Action.title })).toBeTruthy();
    const take = rtl.within(notice).getByRole('button', { name: 'Bruk denne verdien' });
    expect(take.tabIndex).toBe(0);
    expect(rtl.within(notice).getByRole('button', { name: 'Behold gjeldende' })).toBeTruthy();
  });

  it('«Bruk denne verdien» puts the losing status into the update and closes the notice', () => {
    const state = setup([statusConflict]);
    rtl.fireEvent.click(rtl.screen.getByRole('button', { name: 'Bruk denne verdien' }));
    expect(updateOf(state.doc)?.status).toBe(lostStatus);
    expect(rtl.screen.queryByRole('group', { name: /^Konflikt på status/ })).toBeNull();
  });

  it('a take refused because the period was closed says why, and the notice stays', () => {
    const closed = closePeriod(example, EXAMPLE_PLAN_ID, 'T2', { date: '2025-08-31', by: 'Ola' });
    const state = setup([statusConflict], closed);
    rtl.fireEvent.click(rtl.screen.getByRole('button', { name: 'Bruk denne verdien' }));
    expect(rtl.screen.getByRole('alert').textContent).toMatch(/lukket/);
    expect(state.doc).toBe(closed);
    expect(rtl.screen.getByRole('group', { name: /^Konflikt på status/ })).toBeTruthy();
  });

  it('a conflict that arrives while the screen is open is announced politely, named with its record, as on the plan screen', () => {
    const ui = rtl.render(<Harness initial={example} conflicts={[]} onDoc={() => undefined} />);
    const live = rtl.screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite' && el.classList.contains('sync-visually-hidden')) ?? missing('the live region');
    expect(live.textContent).toBe('');
    ui.rerender(<Harness initial={example} conflicts={[]} incoming={[statusConflict]} onDoc={() => undefined} />);
    expect(live.textContent).toMatch(new RegExp(`^Konflikt på status i statusoppdateringen for tiltak ${t2Action.number.replace('.', '\\.')} «`));
    expect(live.textContent).toContain('2. tertial');
    expect(live.textContent).toContain(`Kari skrev «${i18n.t(`followUp.status.${lostStatus}`)}»`);
    // A second one (the periodeinndeling) is announced by itself; a conflict of another plan is not.
    const scheme: SyncConflict = { ...statusConflict, key: 's', collection: FOLLOW_UP_SETTINGS_MAP, entityId: EXAMPLE_PLAN_ID, field: 'scheme', lostValue: { kind: 'quarters' }, wonValue: { kind: 'tertials' } };
    const elsewhere: SyncConflict = { ...statusConflict, key: 'x', planId: 'another_plan' };
    ui.rerender(<Harness initial={example} conflicts={[]} incoming={[statusConflict, scheme, elsewhere]} onDoc={() => undefined} />);
    expect(live.textContent).toBe('Konflikt på periodeinndeling i oppfølgingen av handlingsplan 2025: Kari skrev «Kvartaler»');
  });

  it('the periodeinndeling\'s conflict stands under the bar, a closure\'s in the log', () => {
    const scheme: SyncConflict = { ...statusConflict, key: 's', collection: FOLLOW_UP_SETTINGS_MAP, entityId: EXAMPLE_PLAN_ID, field: 'scheme', lostValue: { kind: 'quarters' }, wonValue: { kind: 'tertials' } };
    const reopened: SyncConflict = {
      ...statusConflict,
      key: 'r',
      collection: FOLLOW_UP_CLOSURES_MAP,
      entityId: 'ex_close_T1',
      field: 'reopened',
      lostValue: { date: '2025-06-01', by: 'Kari', reason: 'Feil i forbruk' },
      wonValue: null,
    };
    setup([scheme, reopened]);
    const bar = rtl.screen.getByRole('group', { name: 'Konflikt på periodeinndeling i oppfølgingen av handlingsplan 2025' });
    expect(bar.textContent).toContain('Kari skrev «Kvartaler»');
    const log = rtl.screen.getByRole('region', { name: 'Logg over lukking og gjenåpning' });
    const closure = rtl.within(log).getByRole('group', { name: /^Konflikt på gjenåpning i lukkingen av 1\. tertial/ });
    expect(closure.textContent).toContain('Feil i forbruk');
  });
});
