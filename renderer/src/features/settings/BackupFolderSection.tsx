/** Where backups go: the folder's path, «Velg mappe …» and «Åpne mappen» (desktop); a hint in the browser. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFolder } from '@shared/ipc';
import { getDesktopApi, isDesktopShell } from '../../platform';

/** The backup folder part of Innstillinger. */
export function BackupFolderSection({ onStatus }: { onStatus(message: string): void }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState<BackupFolder | null>(null);
  const isDesktop = isDesktopShell();

  useEffect(() => {
    let isCurrent = true;
    void getDesktopApi()
      .getBackupFolder()
      .then((r) => {
        if (isCurrent && r.ok) setFolder(r.value);
      });
    return () => {
      isCurrent = false;
    };
  }, []);

  const choose = useCallback(async () => {
    const r = await getDesktopApi().chooseBackupFolder();
    if (r.ok) {
      setFolder(r.value);
      onStatus(t('backup.settings.folderChosen', { path: r.value.path }));
    } else if (r.error.code !== 'cancelled') {
      onStatus(t('backup.settings.folderFailed', { message: r.error.message }));
    }
  }, [onStatus, t]);

  const open = useCallback(async () => {
    const r = await getDesktopApi().openBackupFolder();
    if (!r.ok) onStatus(t('backup.settings.folderFailed', { message: r.error.message }));
  }, [onStatus, t]);

  return (
    <div className="settings-folder">
      <dl className="facts">
        <div>
          <dt>{t('backup.settings.folder')}</dt>
          <dd data-testid="backup-folder">
            {folder ? folder.path : t('common.loading')}
            {folder?.isDefault && isDesktop ? ` (${t('backup.settings.folderDefault')})` : ''}
          </dd>
        </div>
      </dl>
      {isDesktop ? (
        <div className="toolbar">
          <button type="button" className="button" onClick={() => void choose()}>
            {t('backup.settings.chooseFolder')}
          </button>
          <button type="button" className="button" onClick={() => void open()}>
            {t('backup.settings.openFolder')}
          </button>
        </div>
      ) : (
        <p className="muted">{t('backup.settings.webHint')}</p>
      )}
    </div>
  );
}
