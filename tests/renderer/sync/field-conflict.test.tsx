/**
 * Conflicts on the field itself: in the tiltak's detail panel the losing value stands
 * under its field (named group, who and when, «Bruk denne verdien» / «Behold gjeldende»
 * as ordinary buttons right after the field in the tab order), a new one is announced
 * politely, the table row's marker («Konflikt», named after the fields) opens the panel
 * with focus on the notice, and an entity deleted while edited is listed with
 * «Gjenopprett» / «Slett likevel».
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useState, type ReactNode } from 'react';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { msg } from '@shared/i18n/message';
import type { DeleteConflict, SyncConflict } from '@shared/sync';
import { createExampleDocument, EXAMPLE_PLAN_ID, EXAMPLE_STRATEGY_ID } from '@shared/templates';
import { ActionDetailPanel } from '../../../renderer/src/features/plan/ActionDetailPanel';
import { FrameEditor } from '../../../renderer/src/features/economy/FrameEditor';
import { StrategyFieldsForm } from '../../../renderer/src/features/strategy-editor/StrategyFieldsForm';
import { createI18n } from '../../../renderer/src/i18n';
import { formatTimestamp } from '../../../renderer/src/ui/format-timestamp';
import { DocumentContext } from '../../../renderer/src/state/document-context';
import { ActionPresence } from '../../../renderer/src/sync/ActionPresence';
import { ConflictNotices } from '../../../renderer/src/sync/ConflictNotices';
import { TeamSyncContext, type TeamSyncValue } from '../../../renderer/src/sync/team-context';
import { fakeTeamSync } from '../helpers/team-sync';
import { fakeDocumentStore } from '../helpers/document-store';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => {
  rtl.cleanup();
  sessionStorage.clear();
});

const doc = createExampleDocument();
const action = doc.actions.find((a) => a.planId === EXAMPLE_PLAN_ID);
if (!action) throw new Error('the example has no tiltak');
const plan = doc.plans.find((p) => p.id === EXAMPLE_PLAN_ID);
if (!plan) throw new Error('the example has no plan');

const store = fakeDocumentStore(doc);

function conflict(patch: Partial<SyncConflict>): SyncConflict {
  return {
    key: `c:actions/${action?.id ?? ''}/title/7:1`,
    collection: 'c:actions',
    entityId: action?.id ?? '',
    field: 'title',
    lostValue: 'Kari sin tittel',
    wonValue: action?.title ?? '',
    lostBy: 'Kari',
    lostAt: '2026-03-01T14:32:00Z',
    lostClient: 7,
    ...patch,
  };
}

/** The team sync value of a synced strategy, with `patch` laid over it. */
const team = (patch: Partial<TeamSyncValue>): TeamSyncValue => fakeTeamSync(patch);

function Panel({ value }: { value: TeamSyncValue }) {
  if (!action || !plan) return null;
  return (
    <I18nextProvider i18n={i18n}>
      <DocumentContext.Provider value={store}>
        <TeamSyncContext.Provider value={value}>
          <ActionDetailPanel doc={doc} plan={plan} action={action} findings={[]} strategyId={EXAMPLE_STRATEGY_ID} section="handlingsplan" runEdit={() => null} onClose={() => undefined} />
        </TeamSyncContext.Provider>
      </DocumentContext.Provider>
    </I18nextProvider>
  );
}

/** The elements a Tab press walks through, in document order. */
function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('input, textarea, select, button, [tabindex]')].filter((el) => el.tabIndex >= 0 && !el.hasAttribute('disabled'));
}

describe('FieldConflict in the tiltak detail panel', () => {
  it('shows the losing value under its field with who and when, and the buttons come right after the field', () => {
    rtl.render(<Panel value={team({ conflicts: [conflict({})] })} />);
    const notice = rtl.screen.getByRole('group', { name: 'Konflikt på feltet tittel' });
    expect(notice.textContent).toContain(`Kari skrev «Kari sin tittel» ${formatTimestamp('2026-03-01T14:32:00Z', 'nb')}`);
    const title = rtl.screen.getByLabelText('Tittel');
    const stops = tabStops(document.body);
    const take = rtl.within(notice).getByRole('button', { name: 'Bruk denne verdien' });
    const keep = rtl.within(notice).getByRole('button', { name: 'Behold gjeldende' });
    expect(stops.indexOf(take)).toBe(stops.indexOf(title) + 1);
    expect(stops.indexOf(keep)).toBe(stops.indexOf(title) + 2);
    // Not in the list of «other fields»: it is shown on the field.
    expect(rtl.screen.queryByRole('region', { name: 'Andre felt med konflikt' })).toBeNull();
  });

  it('«Bruk denne verdien» and «Behold gjeldende» act on that conflict', () => {
    const take = vi.fn();
    const keep = vi.fn();
    const c = conflict({ field: 'cost', key: 'cost-key', lostValue: 125_000 });
    rtl.render(<Panel value={team({ conflicts: [c], take, keep })} />);
    const notice = rtl.screen.getByRole('group', { name: 'Konflikt på feltet kostnad' });
    expect(notice.textContent).toMatch(/Kari skrev «125\s000 kr»/);
    rtl.fireEvent.click(rtl.within(notice).getByRole('button', { name: 'Bruk denne verdien' }));
    expect(take).toHaveBeenCalledWith(c);
    rtl.fireEvent.click(rtl.within(notice).getByRole('button', { name: 'Behold gjeldende' }));
    expect(keep).toHaveBeenCalledWith(c);
  });

  it('shows ids as names and status in words', () => {
    const area = doc.strategy.focusAreas[0];
    if (!area) throw new Error('the example has no innsatsområde');
    rtl.render(
      <Panel
        value={team({
          conflicts: [conflict({ key: 'fa', field: 'focusAreaIds', lostValue: [area.id] }), conflict({ key: 'st', field: 'status', lostValue: 'done' })],
        })}
      />,
    );
    expect(rtl.screen.getByRole('group', { name: 'Konflikt på feltet innsatsområder' }).textContent).toContain(`«${area.name}»`);
    expect(rtl.screen.getByRole('group', { name: 'Konflikt på feltet status' }).textContent).toContain('«Fullført»');
  });

  it('a field the panel has no control for is listed apart; another tiltak’s conflict is not shown', () => {
    rtl.render(<Panel value={team({ conflicts: [conflict({ key: 'lin', field: 'lineageId', lostValue: 'lin_x' }), conflict({ key: 'other', entityId: 'act_other' })] })} />);
    const other = rtl.screen.getByRole('region', { name: 'Andre felt med konflikt' });
    expect(other.textContent).toContain('historikk');
    expect(rtl.screen.queryByRole('group', { name: 'Konflikt på feltet tittel' })).toBeNull();
  });

  it('announces a conflict that arrives while the panel is open, politely', () => {
    const view = rtl.render(<Panel value={team({})} />);
    const status = rtl.screen.getByRole('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    view.rerender(<Panel value={team({ conflicts: [conflict({})] })} />);
    expect(status.textContent).toBe('Konflikt på feltet tittel: Kari skrev «Kari sin tittel»');
  });

  it('a local strategy shows nothing', () => {
    rtl.render(<Panel value={team({ config: null, state: null })} />);
    expect(rtl.screen.queryByRole('group', { name: /Konflikt/ })).toBeNull();
    expect(rtl.screen.queryByRole('status')).toBeNull();
  });
});

describe('the table row’s conflict marker', () => {
  function Row({ value, onOpen }: { value: TeamSyncValue; onOpen(id: string): void }) {
    return (
      <I18nextProvider i18n={i18n}>
        <DocumentContext.Provider value={store}>
          <TeamSyncContext.Provider value={value}>
            <ActionPresence actionId={action?.id ?? ''} onOpen={onOpen} />
          </TeamSyncContext.Provider>
        </DocumentContext.Provider>
      </I18nextProvider>
    );
  }

  it('says «Konflikt» in words, is named after the fields and opens the panel with focus on the notice', () => {
    const value = team({ conflicts: [conflict({ key: 'o', field: 'owner', lostValue: 'Kari' }), conflict({})] });
    function Screen() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <Row value={value} onOpen={() => setOpen(true)} />
          {open ? <Panel value={value} /> : null}
        </>
      );
    }
    rtl.render(<Screen />);
    const marker = rtl.screen.getByRole('button', { name: 'Konflikter på feltene ansvarlig, tittel — vis feltene' });
    expect(marker.textContent).toContain('Konflikt');
    rtl.fireEvent.click(marker);
    expect(document.activeElement).toBe(rtl.screen.getByRole('group', { name: 'Konflikt på feltet ansvarlig' }));
  });

  it('is absent without a conflict on the tiltak', () => {
    rtl.render(<Row value={team({ conflicts: [conflict({ entityId: 'act_other' })] })} onOpen={() => undefined} />);
    expect(rtl.screen.queryByRole('button', { name: /Konflikt/ })).toBeNull();
  });
});

describe('deleted while edited', () => {
  const deleted: DeleteConflict = {
    kind: 'deleted',
    key: 'deleted/c:actions/act_x/1:2/3:4',
    collection: 'c:actions',
    entityId: 'act_x',
    entity: { id: 'act_x', number: '9.9', title: 'Kurs for frivillige' },
    changedFields: ['title', 'cost'],
    editedBy: 'Kari',
    editedAt: '2026-03-01T14:32:00Z',
    deletedBy: 'Ola',
    deletedAt: '2026-03-01T14:35:00Z',
    after: null,
  };

  function Notices({ value }: { value: TeamSyncValue }) {
    return (
      <I18nextProvider i18n={i18n}>
        <DocumentContext.Provider value={store}>
          <TeamSyncContext.Provider value={value}>
            <ConflictNotices />
          </TeamSyncContext.Provider>
        </DocumentContext.Provider>
      </I18nextProvider>
    );
  }

  it('says who deleted what while who changed which fields, with «Gjenopprett» and «Slett likevel»', () => {
    const restore = vi.fn(() => null);
    const keep = vi.fn();
    rtl.render(<Notices value={team({ deleted: [deleted], restore, keep })} />);
    const region = rtl.screen.getByRole('region', { name: 'Slettet mens endret' });
    expect(region.textContent).toMatch(/Ola slettet tiltak 9\.9 «Kurs for frivillige» .* mens Kari endret det \(tittel, kostnad\)\./);
    rtl.fireEvent.click(rtl.within(region).getByRole('button', { name: 'Gjenopprett' }));
    expect(restore).toHaveBeenCalledWith(deleted);
    rtl.fireEvent.click(rtl.within(region).getByRole('button', { name: 'Slett likevel' }));
    expect(keep).toHaveBeenCalledWith(deleted);
  });

  it('a plan deleted while a colleague worked in it says what changed and exactly what «Gjenopprett» gives back', () => {
    const planDeleted: DeleteConflict = {
      ...deleted,
      key: 'deleted/c:plans/plan_x/1:3/3:5',
      collection: 'c:plans',
      entityId: 'plan_x',
      entity: { id: 'plan_x', year: 2027 },
      changedFields: [],
      contents: {
        actions: [
          { id: 'act_a', number: '1.1', title: 'A', planId: 'plan_x' },
          { id: 'act_b', number: '1.2', title: 'B', planId: 'plan_x' },
        ],
        followUp: { scheme: { kind: 'tertials' }, kpiWeighting: 'equal', updates: [{ id: 'su_1' }, { id: 'su_2' }, { id: 'su_3' }], closures: [] },
        changedActions: ['act_b'],
        changedFollowUp: 1,
      },
    };
    const restore = vi.fn(() => null);
    rtl.render(<Notices value={team({ deleted: [planDeleted], restore })} />);
    const region = rtl.screen.getByRole('region', { name: 'Slettet mens endret' });
    expect(region.textContent).toMatch(
      /Ola slettet handlingsplan 2027 .* mens Kari arbeidet i den \(tiltak 1\.2, 1 oppfølgingspost\)\. «Gjenopprett» gir tilbake planen med 2 tiltak og 3 statusoppdateringer slik Kari hadde dem\./,
    );
    rtl.fireEvent.click(rtl.within(region).getByRole('button', { name: 'Gjenopprett' }));
    expect(restore).toHaveBeenCalledWith(planDeleted);
  });

  it('an innsatsområde deleted while a colleague added a satsing under it and linked a tiltak names both, with «Gjenopprett» and «Slett likevel»', () => {
    const areaDeleted: DeleteConflict = {
      ...deleted,
      key: 'deleted/c:strategy.focusAreas/fa_x/1:4/3:6',
      collection: 'c:strategy.focusAreas',
      entityId: 'fa_x',
      entity: { id: 'fa_x', name: 'Grønn omstilling' },
      changedFields: [],
      hanging: [
        { collection: 'c:strategy.initiatives', entityId: 'sat_x', entity: { id: 'sat_x', name: 'Havvind' }, fields: ['focusAreaId'] },
        { collection: 'c:actions', entityId: 'act_x', entity: { id: 'act_x', number: '2.1', title: 'Kurs' }, fields: ['focusAreaIds'] },
      ],
    };
    const restore = vi.fn(() => null);
    const keep = vi.fn();
    rtl.render(<Notices value={team({ deleted: [areaDeleted], restore, keep })} />);
    const region = rtl.screen.getByRole('region', { name: 'Slettet mens endret' });
    expect(region.textContent).toMatch(/Ola slettet «Grønn omstilling» .* mens Kari la til eller knyttet satsingen «Havvind», tiltak 2\.1 «Kurs» \(.+\) til det\. Slettingen gjelder/);
    expect(region.textContent).toMatch(/«Gjenopprett» gir tilbake «Grønn omstilling» med satsingen «Havvind»/);
    rtl.fireEvent.click(rtl.within(region).getByRole('button', { name: 'Gjenopprett' }));
    expect(restore).toHaveBeenCalledWith(areaDeleted);
    rtl.fireEvent.click(rtl.within(region).getByRole('button', { name: 'Slett likevel' }));
    expect(keep).toHaveBeenCalledWith(areaDeleted);
  });

  it('a refused restore says why and the notice stays', () => {
    const restore = vi.fn(() => msg('sync.conflict.restoreRefused', { entity: 'tiltak 9.9 «Kurs for frivillige»' }));
    rtl.render(<Notices value={team({ deleted: [deleted], restore })} />);
    rtl.fireEvent.click(rtl.screen.getByRole('button', { name: 'Gjenopprett' }));
    expect(rtl.screen.getByText(/Kunne ikke gjenopprette tiltak 9\.9/)).toBeTruthy();
    expect(rtl.screen.getByRole('button', { name: 'Gjenopprett' })).toBeTruthy();
  });
});

describe('other entities with a form', () => {
  function Wrap({ value, children }: { value: TeamSyncValue; children: ReactNode }) {
    return (
      <I18nextProvider i18n={i18n}>
        <DocumentContext.Provider value={store}>
          <TeamSyncContext.Provider value={value}>{children}</TeamSyncContext.Provider>
        </DocumentContext.Provider>
      </I18nextProvider>
    );
  }

  it('a strategy field (visjon) shows its conflict right under the field', () => {
    const c = conflict({ key: 'v', collection: 'strategy', entityId: doc.strategy.id, field: 'vision', lostValue: 'Kari sin visjon' });
    rtl.render(
      <Wrap value={team({ conflicts: [c] })}>
        <StrategyFieldsForm strategy={doc.strategy} runEdit={() => null} />
      </Wrap>,
    );
    const notice = rtl.screen.getByRole('group', { name: 'Konflikt på feltet visjon' });
    expect(notice.textContent).toContain('Kari skrev «Kari sin visjon»');
    const stops = tabStops(document.body);
    expect(stops.indexOf(rtl.within(notice).getByRole('button', { name: 'Bruk denne verdien' }))).toBe(stops.indexOf(rtl.screen.getByLabelText('Visjon')) + 1);
  });

  it('the plan’s økonomiske rammer show a conflict on the frame in words', () => {
    if (!plan) return;
    const c = conflict({ key: 'f', collection: 'c:plans', entityId: plan.id, field: 'frame', lostValue: { ...plan.frame, ownFunds: 500_000, capacityHours: 1200 } });
    rtl.render(
      <Wrap value={team({ conflicts: [c] })}>
        <FrameEditor strategy={doc.strategy} plan={plan} runEdit={() => null} />
      </Wrap>,
    );
    expect(rtl.screen.getByRole('group', { name: 'Konflikt på feltet økonomiske rammer' }).textContent).toMatch(/egne midler 500\s000 kr, kapasitet 1\s200 timer/);
  });
});
