/**
 * A tiltak that exists only in this variant (e.g. in «Høy ambisjon»): title, satsing, cost,
 * own funds and timeverk — so the variant's capacity compares honestly with the plan's.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@shared/domain';
import { addScenarioAction } from '@shared/edits';
import { parseHours, parseKroner } from '@shared/input';
import type { KontrollInput } from '@shared/rules';
import type { RunEdit } from '../../ui/use-edit';
import { useLanguage } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';

/** Props of AddVariantActionForm. */
export interface AddVariantActionFormProps {
  input: KontrollInput;
  scenario: Scenario;
  runEdit: RunEdit;
}

/** The form. */
export function AddVariantActionForm({ input, scenario, runEdit }: AddVariantActionFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const renderMessage = useRenderMessage();
  const id = useId();
  const [title, setTitle] = useState('');
  const [initiativeId, setInitiativeId] = useState('');
  const [cost, setCost] = useState('');
  const [ownFunds, setOwnFunds] = useState('');
  const [hours, setHours] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const { strategy } = input;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (title.trim() === '') {
      setMessage({ kind: 'error', text: t('scenarios.add.titleRequired') });
      return;
    }
    // An empty amount is 0 kr.
    const costValue = cost.trim() === '' ? { ok: true as const, value: 0 } : parseKroner(cost, { language });
    const ownValue = ownFunds.trim() === '' ? { ok: true as const, value: 0 } : parseKroner(ownFunds, { language });
    const hoursValue = hours.trim() === '' ? { ok: true as const, value: 0 } : parseHours(hours, { language });
    if (!costValue.ok) {
      setMessage({ kind: 'error', text: renderMessage(costValue.error) });
      return;
    }
    if (!ownValue.ok) {
      setMessage({ kind: 'error', text: renderMessage(ownValue.error) });
      return;
    }
    if (!hoursValue.ok) {
      setMessage({ kind: 'error', text: renderMessage(hoursValue.error) });
      return;
    }
    const refused = runEdit(t('scenarios.undo.addAction', { title: title.trim(), name: scenario.name }), (d) =>
      addScenarioAction(d, input.plan.id, scenario.id, {
        title,
        cost: costValue.value,
        ownFunds: ownValue.value,
        hours: hoursValue.value,
        initiativeIds: initiativeId ? [initiativeId] : [],
      }),
    );
    if (refused) {
      setMessage({ kind: 'error', text: refused });
      return;
    }
    setMessage({ kind: 'ok', text: t('scenarios.add.added', { title: title.trim() }) });
    setTitle('');
    setCost('');
    setOwnFunds('');
    setHours('');
  };

  return (
    <section className="ec-card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('scenarios.add.heading')}</h2>
      <p className="pl-help">{t('scenarios.add.help')}</p>
      <form className="sc-form sc-add" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-title`}>{t('scenarios.add.title')}</label>
        <input id={`${id}-title`} type="text" value={title} maxLength={500} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor={`${id}-ini`}>{t('scenarios.add.initiative')}</label>
        <select id={`${id}-ini`} value={initiativeId} onChange={(e) => setInitiativeId(e.target.value)}>
          <option value="">{t('scenarios.add.noInitiative')}</option>
          {strategy.focusAreas.map((fa) => (
            <optgroup key={fa.id} label={fa.name}>
              {strategy.initiatives
                .filter((i) => i.focusAreaId === fa.id)
                .map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <label htmlFor={`${id}-cost`}>{t('scenarios.add.cost')}</label>
        <input id={`${id}-cost`} type="text" inputMode="numeric" value={cost} onChange={(e) => setCost(e.target.value)} />
        <label htmlFor={`${id}-own`}>{t('scenarios.add.ownFunds')}</label>
        <input id={`${id}-own`} type="text" inputMode="numeric" value={ownFunds} onChange={(e) => setOwnFunds(e.target.value)} />
        <label htmlFor={`${id}-hours`}>{t('scenarios.add.hours')}</label>
        <input id={`${id}-hours`} type="text" inputMode="numeric" value={hours} onChange={(e) => setHours(e.target.value)} />
        <div className="pl-buttons">
          <button type="submit" className="button">
            {t('scenarios.add.submit')}
          </button>
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
