/**
 * Ny variant: by hand (an empty variant to adjust), «Redusert ramme» (own funds −N %,
 * optionally postponing what no longer fits, as «Tilpass til rammen» proposes), or «Tilpass
 * til rammen» with the basis' frame. The plan itself is never changed.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '@shared/domain';
import type { PlanDocument } from '@shared/domain';
import { createFitToFrameScenario, createFrameCutScenario, createScenario } from '@shared/edits';
import type { KontrollInput } from '@shared/rules';
import { navigate, strategyHref } from '../../app/hash-route';
import { useAppContext } from '../../app/app-context';
import type { RunEdit } from '../plan/use-edit';
import { parsePercent } from '@shared/input';
import { useRenderMessage } from '../../ui/messages';
import { messageLanguage, SCENARIOS_SECTION } from './scenario-data';

/** Props of NewScenarioForm. */
export interface NewScenarioFormProps {
  strategyId: string;
  input: KontrollInput;
  runEdit: RunEdit;
}

type Kind = 'hand' | 'cut' | 'fit';
const KINDS: readonly Kind[] = ['hand', 'cut', 'fit'];

/** Smallest cut: −1 000 % (a frame raised elevenfold); a cut of 100 % leaves no frame. */
const MIN_CUT_PERCENT = -1000;

/** The form. */
export function NewScenarioForm({ strategyId, input, runEdit }: NewScenarioFormProps) {
  const { t, i18n } = useTranslation();
  const { setNotice } = useAppContext();
  const id = useId();
  const [kind, setKind] = useState<Kind>('hand');
  const [name, setName] = useState('');
  const [isNameTouched, setNameTouched] = useState(false);
  const [percent, setPercent] = useState('20');
  const [isFit, setFit] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const year = input.plan.year;
  const language = messageLanguage(i18n.language);
  const renderMessage = useRenderMessage();

  const suggested = (k: Kind) => (k === 'hand' ? '' : t(`scenarios.create.defaultName.${k}`));
  const shownName = isNameTouched ? name : suggested(kind);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = shownName.trim();
    if (chosen === '') {
      setError(t('scenarios.create.nameRequired'));
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    let cut = 0;
    if (kind === 'cut') {
      const parsed = parsePercent(percent, { language, min: MIN_CUT_PERCENT });
      if (!parsed.ok) {
        setError(renderMessage(parsed.error));
        document.getElementById(`${id}-percent`)?.focus();
        return;
      }
      cut = parsed.value;
    }
    let made = '';
    const ids = (prefix: string) => {
      const value = newId(prefix);
      if (prefix === 'scn' && made === '') made = value;
      return value;
    };
    const options = { createdAt: new Date().toISOString(), newId: ids, language };
    const planId = input.plan.id;
    const edit = (d: PlanDocument) =>
      kind === 'hand'
        ? createScenario(d, planId, chosen, '', options)
        : kind === 'cut'
          ? createFrameCutScenario(d, planId, cut, chosen, { ...options, fit: isFit })
          : createFitToFrameScenario(d, planId, chosen, options);
    const refused = runEdit(t('scenarios.undo.create', { name: chosen }), edit);
    if (refused) {
      setError(refused);
      return;
    }
    setError(null);
    setName('');
    setNameTouched(false);
    setNotice({ kind: 'status', message: t('scenarios.create.created', { name: chosen }) });
    // A variant made by hand is empty: go straight to adjusting it.
    if (kind === 'hand' && made) navigate(strategyHref(strategyId, SCENARIOS_SECTION, String(year), made));
  };

  return (
    <section className="ec-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('scenarios.create.heading')}</h2>
      <form className="sc-new" onSubmit={submit} noValidate>
        <fieldset className="sc-kinds">
          <legend>{t('scenarios.create.kind')}</legend>
          {KINDS.map((k) => (
            <label key={k} className="sc-check">
              <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>
                <span className="sc-kind-name">{t(`scenarios.create.kinds.${k}`)}</span>
                <span className="pl-help">{t(`scenarios.create.kindHelp.${k}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="sc-new-fields">
          <label htmlFor={`${id}-name`}>{t('scenarios.create.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={shownName}
            maxLength={200}
            onChange={(e) => {
              setName(e.target.value);
              setNameTouched(true);
            }}
          />
          {kind === 'cut' ? (
            <>
              <label htmlFor={`${id}-percent`}>{t('scenarios.create.percent')}</label>
              <input
                id={`${id}-percent`}
                type="text"
                inputMode="decimal"
                className="sc-percent"
                value={percent}
                aria-describedby={`${id}-percent-help`}
                onChange={(e) => setPercent(e.target.value)}
              />
              <span id={`${id}-percent-help`} className="pl-help">
                {t('scenarios.create.percentHelp')}
              </span>
              <label className="sc-check sc-span">
                <input type="checkbox" checked={isFit} onChange={(e) => setFit(e.target.checked)} />
                {t('scenarios.create.fit')}
              </label>
            </>
          ) : null}
        </div>
        {error ? (
          <p role="alert" className="pl-error">
            {error}
          </p>
        ) : null}
        <div className="pl-buttons">
          <button type="submit" className="button button-primary">
            {t('scenarios.create.submit')}
          </button>
          <span className="pl-help">{t('scenarios.create.planUnchanged')}</span>
        </div>
      </form>
    </section>
  );
}
