/** «Del med teamet»: server address, workspace, access token and the name colleagues see. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '@shared/i18n/message';
import { Dialog } from '../ui/Dialog';
import { ErrorText } from '../ui/ErrorText';
import { useRenderMessage } from '../ui/messages';
import type { TeamConfig } from './team-config';

/** Props of TeamShareDialog. */
export interface TeamShareDialogProps {
  /** Saves the settings; a refusal keeps the dialog open. */
  onSubmit(config: TeamConfig): Message | null;
  onClose(): void;
}

/** The share dialog. */
export function TeamShareDialog({ onSubmit, onClose }: TeamShareDialogProps) {
  const { t } = useTranslation();
  const render = useRenderMessage();
  const [config, setConfig] = useState<TeamConfig>({ url: '', workspace: '', token: '', name: '' });
  const [error, setError] = useState<Message | null>(null);
  const field = (key: keyof TeamConfig, label: string, type = 'text') => (
    <label className="field">
      <span>{label}</span>
      <input type={type} value={config[key]} required autoComplete="off" onChange={(e) => setConfig({ ...config, [key]: e.target.value })} />
    </label>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const refusal = onSubmit(config);
    if (refusal) setError(refusal);
    else onClose();
  };
  return (
    <Dialog
      title={t('sync.share.title')}
      description={t('sync.share.intro')}
      onClose={onClose}
      buttons={
        <>
          <button type="submit" form="team-share-form" className="button button-primary">
            {t('sync.share.submit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('sync.share.cancel')}
          </button>
        </>
      }
    >
      <form id="team-share-form" onSubmit={submit} className="team-form">
        {field('url', t('sync.share.url'), 'url')}
        {field('workspace', t('sync.share.workspace'))}
        {field('token', t('sync.share.token'), 'password')}
        {field('name', t('sync.share.name'))}
        <ErrorText>{error ? render(error) : null}</ErrorText>
      </form>
    </Dialog>
  );
}
