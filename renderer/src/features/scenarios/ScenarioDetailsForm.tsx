/** Name and description of a variant, saved together with «Lagre» (one undo step). */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@shared/domain';
import { renameScenario } from '@shared/edits';
import type { RunEdit } from '../../ui/use-edit';

/** Props of ScenarioDetailsForm. */
export interface ScenarioDetailsFormProps {
  planId: string;
  scenario: Scenario;
  runEdit: RunEdit;
}

/** The name and description form. */
export function ScenarioDetailsForm({ planId, scenario, runEdit }: ScenarioDetailsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(scenario.name);
  const [description, setDescription] = useState(scenario.description);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const isDirty = name !== scenario.name || description !== scenario.description;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const refused = runEdit(t('scenarios.undo.rename', { name: scenario.name }), (d) => renameScenario(d, planId, scenario.id, name, description));
    setMessage(refused ? { kind: 'error', text: refused } : { kind: 'ok', text: t('scenarios.details.saved') });
    if (!refused) {
      setName(name.trim());
      setDescription(description.trim());
    }
  };

  return (
    <section className="ec-card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('scenarios.details.heading')}</h2>
      <form className="sc-form" onSubmit={submit} noValidate>
        <label htmlFor={`${id}-name`}>{t('scenarios.details.name')}</label>
        <input id={`${id}-name`} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        <label htmlFor={`${id}-description`}>{t('scenarios.details.description')}</label>
        <textarea id={`${id}-description`} rows={3} value={description} maxLength={4000} onChange={(e) => setDescription(e.target.value)} />
        <div className="pl-buttons">
          <button type="submit" className="button" disabled={!isDirty}>
            {t('scenarios.details.save')}
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
