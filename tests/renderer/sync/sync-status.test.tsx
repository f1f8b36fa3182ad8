/**
 * The header's sync indicator and the conflict notice: every state in words (nb), the
 * colleagues' initials, and «Bruk denne verdien» / «Behold gjeldende» calling the store.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { msg } from '@shared/i18n/message';
import type { SyncConflict } from '@shared/sync';
import { createI18n } from '../../../renderer/src/i18n';
import { ConfirmProvider } from '../../../renderer/src/ui/ConfirmProvider';
import { DocumentContext } from '../../../renderer/src/state/document-context';
import { ConflictNotices } from '../../../renderer/src/sync/ConflictNotices';
import { SyncStatus } from '../../../renderer/src/sync/SyncStatus';
import { TeamSyncContext, type TeamSyncValue } from '../../../renderer/src/sync/team-context';
import { fakeTeamSync } from '../helpers/team-sync';
import type { SyncState } from '../../../renderer/src/sync/team-session';
import { templateDoc } from '../helpers';
import { fakeDocumentStore } from '../helpers/document-store';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});

const doc = templateDoc();
const store = fakeDocumentStore(doc);

/** The team sync value of a synced strategy (Kari's copy), with `patch` laid over it. */
const team = (patch: Partial<TeamSyncValue>): TeamSyncValue => fakeTeamSync({ config: { url: 'wss://team.example.no', workspace: 'sekretariatet', token: 't', name: 'Kari' }, ...patch });

function wrap(value: TeamSyncValue, children: ReactNode) {
  return rtl.render(
    <I18nextProvider i18n={i18n}>
      <DocumentContext.Provider value={store}>
        <TeamSyncContext.Provider value={value}>
          <ConfirmProvider>{children}</ConfirmProvider>
        </TeamSyncContext.Provider>
      </DocumentContext.Provider>
    </I18nextProvider>,
  );
}

describe('SyncStatus', () => {
  it.each<[SyncState, string]>([
    [{ kind: 'synced' }, 'Synkronisert'],
    [{ kind: 'syncing' }, 'Synkroniserer …'],
    [{ kind: 'offline', pending: 3 }, 'Frakoblet — endringer lagres lokalt (3)'],
    [{ kind: 'error', reason: msg('sync.error.denied') }, 'Feil: serveren godtok ikke tilgangsnøkkelen (ugyldig eller trukket tilbake)'],
  ])('%j → %s', (state, text) => {
    const ui = wrap(team({ state, config: team({}).config }), <SyncStatus />);
    expect(ui.getByRole('status').textContent).toBe(text);
    expect(ui.getByRole('button', { name: 'Koble fra' })).toBeTruthy();
  });

  it('a strategy on this machine only gets «Del med teamet …» and no state line (room in the header)', () => {
    const ui = wrap(team({ state: null, config: null }), <SyncStatus />);
    expect(ui.queryByRole('status')).toBeNull();
    const button = ui.getByRole('button', { name: 'Del med teamet …' });
    expect(button.getAttribute('title')).toBe('Bare på denne maskinen');
  });

  it('shows the colleagues’ initials', () => {
    const ui = wrap(team({ others: [{ clientId: 7, name: 'Ola Hansen', color: '#000', actionId: null, initials: 'OH' }] }), <SyncStatus />);
    expect(ui.getByRole('img', { name: 'Ola Hansen' }).textContent).toBe('OH');
  });
});

describe('ConflictNotices', () => {
  const conflict: SyncConflict = {
    key: 'c:actions/a1/title/7:3',
    collection: 'c:actions',
    entityId: 'a1',
    field: 'title',
    lostValue: 'Olas tittel',
    wonValue: 'Karis tittel',
    lostBy: 'Ola',
    lostAt: '2026-03-01T10:00:00Z',
    lostClient: 7,
  };
  it('shows the losing value with who, and takes or keeps it with one action', () => {
    const take = vi.fn();
    const keep = vi.fn();
    const ui = wrap(team({ conflicts: [conflict], take, keep }), <ConflictNotices entityId="a1" />);
    expect(ui.container.textContent).toContain('Ola skrev «Olas tittel»');
    rtl.fireEvent.click(ui.getByRole('button', { name: 'Bruk denne verdien' }));
    expect(take).toHaveBeenCalledWith(conflict);
    rtl.fireEvent.click(ui.getByRole('button', { name: 'Behold gjeldende' }));
    expect(keep).toHaveBeenCalledWith(conflict);
  });
  it('shows nothing for another tiltak', () => {
    const ui = wrap(team({ conflicts: [conflict] }), <ConflictNotices entityId="a2" />);
    expect(ui.container.textContent).toBe('');
  });
});
