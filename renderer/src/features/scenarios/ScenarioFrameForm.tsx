/**
 * The variant's økonomiske rammer: own funds and capacity (shown as the basis' until the
 * variant gets its own), «Bruk basisrammen» to follow the basis again.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@shared/domain';
import { setScenarioFrame } from '@shared/edits';
import { parseHours, parseKroner } from '@shared/input';
import type { KontrollInput } from '@shared/rules';
import type { RunEdit } from '../plan/use-edit';
import { useFormat } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';

/** Props of ScenarioFrameForm. */
export interface ScenarioFrameFormProps {
  input: KontrollInput;
  scenario: Scenario;
  runEdit: RunEdit;
}

/** The frame form. */
export function ScenarioFrameForm({ input, scenario, runEdit }: ScenarioFrameFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { language } = format;
  const renderMessage = useRenderMessage();
  const id = useId();
  const frame = scenario.frame ?? input.plan.frame;
  const [ownFunds, setOwnFunds] = useState<string | null>(null);
  const [hours, setHours] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const label = t('scenarios.undo.frame', { name: scenario.name });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const money = parseKroner(ownFunds ?? String(frame.ownFunds), { language });
    if (!money.ok) {
      setMessage({ kind: 'error', text: renderMessage(money.error) });
      return;
    }
    const capacity = parseHours(hours ?? String(frame.capacityHours), { language });
    if (!capacity.ok) {
      setMessage({ kind: 'error', text: renderMessage(capacity.error) });
      return;
    }
    const refused = runEdit(label, (d) => setScenarioFrame(d, input.plan.id, scenario.id, { ownFunds: money.value, capacityHours: capacity.value }));
    if (refused) {
      setMessage({ kind: 'error', text: refused });
      return;
    }
    setOwnFunds(null);
    setHours(null);
    setMessage({ kind: 'ok', text: t('scenarios.frame.saved') });
  };

  const followBasis = () => {
    const refused = runEdit(label, (d) => setScenarioFrame(d, input.plan.id, scenario.id, null));
    setOwnFunds(null);
    setHours(null);
    setMessage(refused ? { kind: 'error', text: refused } : { kind: 'ok', text: t('scenarios.frame.followsBasis') });
  };

  return (
    <section className="ec-card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('scenarios.frame.heading')}</h2>
      <p className="pl-help">
        {scenario.frame === null
          ? t('scenarios.frame.sameAsBasis', { frame: format.kroner(input.plan.frame.ownFunds) })
          : t('scenarios.frame.own', { frame: format.kroner(scenario.frame.ownFunds), basis: format.kroner(input.plan.frame.ownFunds) })}
      </p>
      <form className="sc-form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-own`}>{t('scenarios.frame.ownFunds')}</label>
        <input
          id={`${id}-own`}
          type="text"
          inputMode="numeric"
          value={ownFunds ?? format.number(frame.ownFunds)}
          onChange={(e) => setOwnFunds(e.target.value)}
        />
        <label htmlFor={`${id}-hours`}>{t('scenarios.frame.capacity')}</label>
        <input
          id={`${id}-hours`}
          type="text"
          inputMode="numeric"
          value={hours ?? format.hours(frame.capacityHours)}
          onChange={(e) => setHours(e.target.value)}
        />
        <div className="pl-buttons">
          <button type="submit" className="button">
            {t('scenarios.frame.save')}
          </button>
          {scenario.frame !== null ? (
            <button type="button" className="button" onClick={followBasis}>
              {t('scenarios.frame.useBasis')}
            </button>
          ) : null}
        </div>
        {message ? (
          <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'pl-error' : 'ec-ok'}>
            {message.text}
          </p>
        ) : null}
      </form>
    </section>
  );
}
