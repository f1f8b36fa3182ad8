/** Oppbevaring: how many recent backups, and how many days of one a day. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { backupPolicySchema } from '@shared/ipc';
import { useAppContext } from '../../app/app-context';
import { ErrorText } from '../../ui/ErrorText';

/** The retention form of Innstillinger. */
export function RetentionForm({ onStatus }: { onStatus(message: string): void }) {
  const { t } = useTranslation();
  const { settings, updateSettings } = useAppContext();
  const [recent, setRecent] = useState(String(settings.backupPolicy.keepRecent));
  const [days, setDays] = useState(String(settings.backupPolicy.keepDays));
  const [isInvalid, setIsInvalid] = useState(false);
  const id = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = backupPolicySchema.safeParse({ keepRecent: Number(recent.trim()), keepDays: Number(days.trim()) });
    if (!parsed.success || recent.trim() === '' || days.trim() === '') {
      setIsInvalid(true);
      return;
    }
    setIsInvalid(false);
    await updateSettings({ backupPolicy: parsed.data });
    onStatus(t('backup.settings.retentionSaved'));
  };

  return (
    <form className="settings-retention" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-recent`}>{t('backup.settings.keepRecent')}</label>
        <input
          id={`${id}-recent`}
          inputMode="numeric"
          value={recent}
          onChange={(e) => setRecent(e.target.value)}
          aria-invalid={isInvalid || undefined}
          aria-describedby={isInvalid ? `${id}-error` : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-days`}>{t('backup.settings.keepDays')}</label>
        <input
          id={`${id}-days`}
          inputMode="numeric"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          aria-invalid={isInvalid || undefined}
          aria-describedby={isInvalid ? `${id}-error` : undefined}
        />
      </div>
      {isInvalid ? <ErrorText id={`${id}-error`}>{t('backup.settings.retentionInvalid')}</ErrorText> : null}
      <button type="submit" className="button">
        {t('backup.settings.saveRetention')}
      </button>
    </form>
  );
}
