// Two planners created the plan for one year offline: the conflict list says the plans
// were joined, who created the other one and when (a notice, nothing to decide).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { createPlan } from '@shared/edits';
import { createExampleDocument } from '@shared/templates';
import { joinNotices, type DeleteConflict } from '@shared/sync';
import { createI18n } from '../../../renderer/src/i18n';
import { formatTimestamp } from '../../../renderer/src/ui/format-timestamp';
import { DocumentContext } from '../../../renderer/src/state/document-context';
import { ConflictNotices } from '../../../renderer/src/sync/ConflictNotices';
import { TeamSyncContext, type TeamSyncValue } from '../../../renderer/src/sync/team-context';
import { fakeTeamSync } from '../helpers/team-sync';
import { fakeDocumentStore } from '../helpers/document-store';
import { cloneDoc, edit, planToYDoc, read, syncAll } from '../../shared/sync/helpers';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => rtl.cleanup());

const example = createExampleDocument();
const YEAR = example.strategy.periodTo;
const KARI = { name: 'Kari', at: '2026-03-01T14:32:00Z' };

/** The team sync value of a synced strategy, with `patch` laid over it. */
const team = (patch: Partial<TeamSyncValue>): TeamSyncValue => fakeTeamSync(patch);

describe('the notice of plans joined after an offline merge', () => {
  it('names the year, who created the other plan and when', () => {
    const kari = planToYDoc(example);
    const ola = cloneDoc(kari);
    edit(kari, (d) => createPlan(d, YEAR, { id: 'plan_b' }), KARI);
    edit(ola, (d) => createPlan(d, YEAR, { id: 'plan_a' }));
    syncAll([kari, ola]);
    const joined = joinNotices(ola);
    expect(joined).toHaveLength(1);
    rtl.render(
      <I18nextProvider i18n={i18n}>
        <DocumentContext.Provider value={fakeDocumentStore(read(ola))}>
          <TeamSyncContext.Provider value={team({ joined })}>
            <ConflictNotices />
          </TeamSyncContext.Provider>
        </DocumentContext.Provider>
      </I18nextProvider>,
    );
    const region = rtl.screen.getByRole('region', { name: 'Sammenslått etter synkronisering' });
    expect(region.textContent).toContain(`Handlingsplanen for ${YEAR} ble opprettet to ganger: Kari opprettet også en (${formatTimestamp(KARI.at, 'nb')})`);
    expect(rtl.within(region).queryByRole('button')).toBeNull();
  });

  it('stands once beside the «deleted while edited» list (each region once)', () => {
    const kari = planToYDoc(example);
    const ola = cloneDoc(kari);
    edit(kari, (d) => createPlan(d, YEAR, { id: 'plan_b' }), KARI);
    edit(ola, (d) => createPlan(d, YEAR, { id: 'plan_a' }));
    syncAll([kari, ola]);
    const action = example.actions[0];
    if (!action) throw new Error('the example has a tiltak');
    const gone: DeleteConflict = {
      kind: 'deleted',
      key: `deleted:${action.id}`,
      collection: 'c:actions',
      entityId: action.id,
      entity: { ...action, title: 'Kollegaens tittel' },
      changedFields: ['title'],
      editedBy: 'Ola',
      editedAt: '2026-03-01T10:01:00Z',
      deletedBy: 'Kari',
      deletedAt: '2026-03-01T10:02:00Z',
      after: null,
    };
    rtl.render(
      <I18nextProvider i18n={i18n}>
        <DocumentContext.Provider value={fakeDocumentStore(read(ola))}>
          <TeamSyncContext.Provider value={team({ joined: joinNotices(ola), deleted: [gone] })}>
            <ConflictNotices />
          </TeamSyncContext.Provider>
        </DocumentContext.Provider>
      </I18nextProvider>,
    );
    expect(rtl.screen.getAllByRole('region', { name: 'Sammenslått etter synkronisering' })).toHaveLength(1);
    expect(rtl.screen.getAllByRole('region')).toHaveLength(2);
  });

  it('shows nothing without joins', () => {
    rtl.render(
      <I18nextProvider i18n={i18n}>
        <TeamSyncContext.Provider value={team({ joined: [] })}>
          <ConflictNotices />
        </TeamSyncContext.Provider>
      </I18nextProvider>,
    );
    expect(rtl.screen.queryByRole('region')).toBeNull();
  });
});
