/**
 * Innstillinger: language, where backups go, how many are kept, and «Ta sikkerhetskopi
 * nå» for the open strategy.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useBackups } from '../../state/backup-context';
import { formatTimestamp } from '../../ui/format-timestamp';
import { BackupFolderSection } from './BackupFolderSection';
import { RetentionForm } from './RetentionForm';

/** The settings screen. */
export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const { backupNow } = useBackups();
  const [status, setStatus] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  const takeBackup = useCallback(async () => {
    setIsBusy(true);
    try {
      const r = await backupNow('manual');
      setStatus(
        r.ok
          ? t('backup.settings.backupDone', { time: formatTimestamp(r.value.createdAt, i18n.language) })
          : t('backup.settings.backupFailed', { message: r.error.message }),
      );
    } finally {
      setIsBusy(false);
    }
  }, [backupNow, i18n.language, t]);

  return (
    <article className="settings-screen" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('backup.settings.title')}</h1>

      <section aria-labelledby="settings-language">
        <h2 id="settings-language">{t('backup.settings.languageHeading')}</h2>
        <LanguageSwitch />
      </section>

      <section aria-labelledby="settings-backups">
        <h2 id="settings-backups">{t('backup.settings.backupHeading')}</h2>
        <p>{t('backup.settings.backupIntro')}</p>
        <BackupFolderSection onStatus={setStatus} />
        <button type="button" className="button button-primary" onClick={() => void takeBackup()} disabled={isBusy}>
          {t('backup.settings.backupNow')}
        </button>
      </section>

      <section aria-labelledby="settings-retention">
        <h2 id="settings-retention">{t('backup.settings.retentionHeading')}</h2>
        <RetentionForm onStatus={setStatus} />
      </section>

      <p role="status" className="settings-status">
        {status}
      </p>
    </article>
  );
}
