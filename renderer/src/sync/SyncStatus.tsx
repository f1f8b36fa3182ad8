/**
 * The sync state in the header, always visible for a team strategy («Synkronisert»,
 * «Frakoblet — endringer lagres lokalt (n)», «Synkroniserer …», errors in words), the
 * colleagues who have it open, and «Del med teamet …» / «Koble fra».
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfirm } from '../ui/use-confirm';
import { useRenderMessage } from '../ui/messages';
import { useDocumentStore } from '../state/document-context';
import { useTeamSync } from './team-context';
import type { SyncState } from './team-session';
import { TeamShareDialog } from './TeamShareDialog';
import { PresenceBadges } from './PresenceBadges';

/** The header's sync indicator. */
export function SyncStatus() {
  const { t } = useTranslation();
  const render = useRenderMessage();
  const confirm = useConfirm();
  const team = useTeamSync();
  const { doc } = useDocumentStore();
  const [isSharing, setIsSharing] = useState(false);

  const text = (state: SyncState | null): string => {
    if (state === null) return t('sync.state.local');
    switch (state.kind) {
      case 'synced':
        return t('sync.state.synced');
      case 'syncing':
        return t('sync.state.syncing');
      case 'connecting':
        return t('sync.state.connecting');
      case 'offline':
        return t('sync.state.offline', { count: state.pending });
      case 'error':
        return t('sync.state.error', { reason: render(state.reason) });
    }
  };

  const disconnect = async () => {
    const isSure = await confirm({ title: t('sync.share.disconnect'), body: t('sync.share.disconnectConfirm'), confirmLabel: t('sync.share.disconnect') });
    if (isSure) await team.disconnect();
  };

  return (
    <div className="sync-status" data-state={team.state?.kind ?? 'local'}>
      <span role="status" className="sync-status-text">
        {text(team.state)}
      </span>
      {team.config ? <span className="sync-status-where">{t('sync.share.sharedWith', { url: team.config.url, workspace: team.config.workspace, id: doc.strategy.id })}</span> : null}
      <PresenceBadges people={team.others} />
      {team.config ? (
        <button type="button" className="button button-small" onClick={() => void disconnect()}>
          {t('sync.share.disconnect')}
        </button>
      ) : (
        <button type="button" className="button button-small" onClick={() => setIsSharing(true)}>
          {t('sync.share.open')}
        </button>
      )}
      {isSharing ? <TeamShareDialog onSubmit={team.share} onClose={() => setIsSharing(false)} /> : null}
    </div>
  );
}
