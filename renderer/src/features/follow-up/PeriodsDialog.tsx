/**
 * Egne rapporteringsperioder (issue 12, point 1): the plan's own periods — short name,
 * name, from–to — listed with their number of status updates and whether they are closed,
 * each with «Endre» and «Fjern», and a form below that adds a period or changes the one
 * chosen. The form is checked with `customPeriodProblems` before it is saved, and every
 * problem is shown at its field (aria-invalid, aria-describedby); the edits go through
 * `runEdit`, so each is one undo step and a refusal (a period with updates or a closure
 * cannot be removed) is read out. Allowed on a vedtatt plan: periods are follow-up only.
 */
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPlan } from '@shared/domain';
import type { CustomPeriod } from '@shared/domain/follow-up';
import { isPeriodClosed } from '@shared/domain/follow-up';
import type { CustomPeriodField, CustomPeriodInput } from '@shared/edits/follow-up';
import { addCustomPeriod, customPeriodFieldKey, customPeriodProblems, removeCustomPeriod, updateCustomPeriod } from '@shared/edits/follow-up';
import type { Message } from '@shared/i18n/message';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { useFormat } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';
import type { RunEdit } from '../../ui/use-edit';

/** Props of PeriodsDialog. */
export interface PeriodsDialogProps {
  plan: ActionPlan;
  runEdit: RunEdit;
  onClose(): void;
}

const FIELDS: readonly CustomPeriodField[] = ['shortName', 'name', 'from', 'to'];
const EMPTY: CustomPeriodInput = { shortName: '', name: '', from: '', to: '' };

/** The field a problem points at (none: shown under the form). */
function fieldOf(m: Message): CustomPeriodField | undefined {
  return FIELDS.find((f) => m.where?.field === customPeriodFieldKey(f));
}

/** The dialog. */
export function PeriodsDialog({ plan, runEdit, onClose }: PeriodsDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const render = useRenderMessage();
  const id = useId();
  const formId = `${id}-form`;
  const periods: readonly CustomPeriod[] = plan.followUp.scheme.kind === 'custom' ? plan.followUp.scheme.periods : [];
  const [editing, setEditing] = useState<string | null>(null);
  const [input, setInput] = useState<CustomPeriodInput>(EMPTY);
  const [problems, setProblems] = useState<Message[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const inputs = useRef<Partial<Record<CustomPeriodField, HTMLInputElement | null>>>({});
  const editingPeriod = periods.find((p) => p.id === editing);

  const updatesIn = (periodId: string) => plan.followUp.updates.filter((u) => u.periodId === periodId).length;
  const fieldProblems = (f: CustomPeriodField) => problems.filter((m) => fieldOf(m) === f);
  const otherProblems = problems.filter((m) => fieldOf(m) === undefined);

  const startEdit = (p: CustomPeriod) => {
    setEditing(p.id);
    setInput({ shortName: p.shortName, name: p.name, from: p.from, to: p.to });
    setProblems([]);
    setError(null);
    setNotice('');
    inputs.current.shortName?.focus();
  };
  const reset = () => {
    setEditing(null);
    setInput(EMPTY);
    setProblems([]);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setNotice('');
    const found = customPeriodProblems(plan, input, editing);
    setProblems(found);
    const first = found[0];
    if (first) {
      inputs.current[fieldOf(first) ?? 'shortName']?.focus();
      return;
    }
    const label = input.name.trim();
    const refusal = editing
      ? runEdit(t('followUpScreen.periods.changeLabel'), (d) => updateCustomPeriod(d, plan.id, editing, input))
      : runEdit(t('followUpScreen.periods.addLabel'), (d) => addCustomPeriod(d, plan.id, input));
    if (refusal) {
      setError(refusal);
      return;
    }
    setNotice(t(editing ? 'followUpScreen.periods.changed' : 'followUpScreen.periods.added', { name: label }));
    reset();
    inputs.current.shortName?.focus();
  };

  const remove = (p: CustomPeriod) => {
    setNotice('');
    const refusal = runEdit(t('followUpScreen.periods.removeLabel'), (d) => removeCustomPeriod(d, plan.id, p.id));
    setError(refusal);
    if (refusal) return;
    if (editing === p.id) reset();
    setNotice(t('followUpScreen.periods.removed', { name: p.name }));
    inputs.current.shortName?.focus();
  };

  const field = (f: CustomPeriodField, type: 'text' | 'date', maxLength?: number) => {
    const own = fieldProblems(f);
    const errorId = `${id}-${f}-error`;
    return (
      <div className="pl-field" key={f}>
        <label htmlFor={`${id}-${f}`}>{t(`followUpScreen.periods.field.${f}`)}</label>
        <input
          id={`${id}-${f}`}
          ref={(el) => {
            inputs.current[f] = el;
          }}
          type={type}
          value={input[f]}
          maxLength={maxLength}
          required
          aria-invalid={own.length > 0 ? true : undefined}
          aria-describedby={own.length > 0 ? errorId : undefined}
          onChange={(e) => setInput((v) => ({ ...v, [f]: e.target.value }))}
        />
        <ErrorText id={errorId}>{own.length > 0 ? own.map((m) => render(m)).join(' ') : null}</ErrorText>
      </div>
    );
  };

  return (
    <Dialog
      title={t('followUpScreen.periods.title', { year: plan.year })}
      description={t('followUpScreen.periods.description', { year: plan.year })}
      onClose={onClose}
      className="fu-dialog"
      buttons={
        <button type="button" className="button" onClick={onClose}>
          {t('followUpScreen.periods.close')}
        </button>
      }
    >
      <section aria-labelledby={`${id}-list`} className="fu-section">
        <h3 id={`${id}-list`} className="fu-subheading">
          {t('followUpScreen.periods.listHeading')}
        </h3>
        <ul className="fu-periods">
          {periods.map((p) => {
            const count = updatesIn(p.id);
            const closed = isPeriodClosed(plan.followUp, p.id);
            return (
              <li key={p.id} className={p.id === editing ? 'fu-row-focus' : undefined}>
                <span className="fu-period-text">
                  <strong>{p.shortName}</strong> {p.name}, {format.date(p.from)}–{format.date(p.to)}
                  <span className="pl-muted">
                    {' · '}
                    {t('followUpScreen.periods.updates', { count })}
                    {closed ? ` · ${t('followUpScreen.periods.closed')}` : ''}
                  </span>
                </span>
                <span className="fu-period-tools">
                  <button type="button" className="button" aria-label={t('followUpScreen.periods.editNamed', { shortName: p.shortName })} onClick={() => startEdit(p)}>
                    {t('followUpScreen.periods.edit')}
                  </button>
                  <button type="button" className="button" aria-label={t('followUpScreen.periods.removeNamed', { shortName: p.shortName })} onClick={() => remove(p)}>
                    {t('followUpScreen.periods.remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <ErrorText>{error}</ErrorText>
      <p role="status" className="fu-notice">
        {notice}
      </p>
      <form id={formId} className="fu-form" onSubmit={submit} noValidate>
        <fieldset className="pl-checks">
          <legend>{editingPeriod ? t('followUpScreen.periods.editLegend', { shortName: editingPeriod.shortName }) : t('followUpScreen.periods.addLegend')}</legend>
          <div className="pl-row-fields fu-wrap">
            {field('shortName', 'text', 12)}
            {field('name', 'text', 100)}
          </div>
          <div className="pl-row-fields fu-wrap">
            {field('from', 'date')}
            {field('to', 'date')}
          </div>
          <ErrorText>{otherProblems.length > 0 ? otherProblems.map((m) => render(m)).join(' ') : null}</ErrorText>
          <div className="fu-bar-tools">
            <button type="submit" className="button button-primary">
              {editingPeriod ? t('followUpScreen.periods.save') : t('followUpScreen.periods.add')}
            </button>
            {editingPeriod ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  reset();
                  inputs.current.shortName?.focus();
                }}
              >
                {t('followUpScreen.periods.cancelEdit')}
              </button>
            ) : null}
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}
