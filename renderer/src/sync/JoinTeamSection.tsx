/** The start screen's «Åpne teamstrategi …»: server, workspace, strategy id, token, name. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { msg, type Message } from '@shared/i18n/message';
import { navigate, strategyHref } from '../app/hash-route';
import { DEFAULT_SECTION } from '../app/sections';
import { Dialog } from '../ui/Dialog';
import { ErrorText } from '../ui/ErrorText';
import { useRenderMessage } from '../ui/messages';
import { takePendingJoin } from './pending-join';
import type { TeamConfig } from './team-config';

/** The join section with its dialog. */
export function JoinTeamSection() {
  const { t } = useTranslation();
  const render = useRenderMessage();
  // After the reload that let the desktop shell reach a new server, the form comes back.
  const [pending] = useState(takePendingJoin);
  const [isOpen, setIsOpen] = useState(pending !== null);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<Message | null>(pending ? msg('sync.join.allowed') : null);
  const [config, setConfig] = useState<TeamConfig & { strategyId: string }>({ url: '', workspace: '', strategyId: '', token: '', name: '', ...pending });
  const field = (key: keyof typeof config, label: string, type = 'text') => (
    <label className="field">
      <span>{label}</span>
      <input type={type} value={config[key]} required autoComplete="off" onChange={(e) => setConfig({ ...config, [key]: e.target.value })} />
    </label>
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setIsBusy(true);
    setError(null);
    const { strategyId, ...team } = config;
    // The sync code loads only when someone joins.
    const { joinTeamStrategy } = await import('./join-team');
    const refusal = await joinTeamStrategy(team, strategyId);
    setIsBusy(false);
    if (refusal) setError(refusal);
    else {
      setIsOpen(false);
      navigate(strategyHref(strategyId.trim(), DEFAULT_SECTION));
    }
  };
  return (
    <section className="start-section" aria-labelledby="start-team">
      <h2 id="start-team">{t('sync.join.title')}</h2>
      <button type="button" className="button" onClick={() => setIsOpen(true)}>
        {t('sync.join.open')}
      </button>
      {isOpen ? (
        <Dialog
          title={t('sync.join.title')}
          onClose={() => setIsOpen(false)}
          buttons={
            <>
              <button type="submit" form="team-join-form" className="button button-primary" disabled={isBusy}>
                {t('sync.join.submit')}
              </button>
              <button type="button" className="button" onClick={() => setIsOpen(false)}>
                {t('sync.share.cancel')}
              </button>
            </>
          }
        >
          <form id="team-join-form" className="team-form" onSubmit={(e) => void submit(e)}>
            {field('url', t('sync.share.url'), 'url')}
            {field('workspace', t('sync.share.workspace'))}
            {field('strategyId', t('sync.join.strategyId'))}
            {field('token', t('sync.share.token'), 'password')}
            {field('name', t('sync.share.name'))}
            {isBusy ? <p role="status">{t('sync.join.waiting')}</p> : null}
            <ErrorText>{error ? render(error) : null}</ErrorText>
          </form>
        </Dialog>
      ) : null}
    </section>
  );
}
