/**
 * The status update form of one tiltak for one period: status, comment, KPI actual (with
 * an optional baseline) per KPI, forbruk per funding source, a changed expected frist,
 * the date and the author (remembered). «Lagre» saves; «Lagre og neste» and Ctrl+Enter
 * save and move on to the next tiltak, so a planner goes through the whole list in one
 * sitting. The tiltak's history (all periods and years) is listed below the form.
 */
import { useId, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, FundingSource, PlanDocument } from '@shared/domain';
import type { FollowUpStatus, ReportingPeriod, StatusUpdate } from '@shared/domain/follow-up';
import { FOLLOW_UP_STATUSES } from '@shared/domain/follow-up';
import { newId } from '@shared/domain/ids';
import { parseKroner, parseNumber } from '@shared/input';
import { Dialog } from '../../ui/Dialog';
import { ErrorText } from '../../ui/ErrorText';
import { useFormat, useLanguage } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';
import { lineageHistory, periodName, rememberAuthor } from './follow-up-model';

const SOURCES: readonly FundingSource[] = ['own', 'partner', 'external'];

/** Props of UpdateDialog. */
export interface UpdateDialogProps {
  doc: PlanDocument;
  action: Action;
  period: ReportingPeriod;
  /** The update that counts now (prefills the form), if any. */
  latest: StatusUpdate | undefined;
  /** Prefilled date and author. */
  defaultDate: string;
  defaultAuthor: string;
  /** Saves the update; returns the refusal text, or null when saved. */
  onSave(update: StatusUpdate, goNext: boolean): string | null;
  onClose(): void;
}

/** The update dialog. */
export function UpdateDialog({ doc, action, period, latest, defaultDate, defaultAuthor, onSave, onClose }: UpdateDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useLanguage();
  const render = useRenderMessage();
  const errorId = useId();
  const [status, setStatus] = useState<FollowUpStatus>(latest?.status ?? 'notStarted');
  const [comment, setComment] = useState(latest?.periodId === period.id ? latest.comment : '');
  const [kpi, setKpi] = useState(() =>
    action.kpis.map((k) => {
      const v = latest?.kpiValues.find((x) => x.kpiId === k.id);
      return { actual: v?.actual == null ? '' : String(v.actual), baseline: v?.baseline == null ? '' : String(v.baseline) };
    }),
  );
  const [spending, setSpending] = useState(() =>
    SOURCES.map((s) => {
      const amount = latest?.spending.find((x) => x.source === s)?.amount;
      return amount === undefined ? '' : String(amount);
    }),
  );
  const [deadline, setDeadline] = useState(latest?.expectedDeadline ?? '');
  const [date, setDate] = useState(defaultDate);
  const [author, setAuthor] = useState(defaultAuthor);
  const [error, setError] = useState<string | null>(null);
  const history = lineageHistory(doc, action);

  const optionalNumber = (text: string, field: string): number | null | string => {
    if (text.trim() === '') return null;
    const r = parseNumber(text, { language });
    return r.ok ? r.value : `${field}: ${render(r.error)}`;
  };

  const save = (goNext: boolean) => {
    const kpiValues: StatusUpdate['kpiValues'] = [];
    for (const [i, k] of action.kpis.entries()) {
      const entry = kpi[i];
      if (!entry) continue;
      const actual = optionalNumber(entry.actual, k.indicator);
      const baseline = optionalNumber(entry.baseline, k.indicator);
      if (typeof actual === 'string') return setError(actual);
      if (typeof baseline === 'string') return setError(baseline);
      if (actual !== null || baseline !== null) kpiValues.push({ kpiId: k.id, actual, baseline });
    }
    const spent: StatusUpdate['spending'] = [];
    for (const [i, source] of SOURCES.entries()) {
      const text = spending[i] ?? '';
      if (text.trim() === '') continue;
      const r = parseKroner(text, { language });
      if (!r.ok) return setError(`${t(`followUpScreen.update.source.${source}`)}: ${render(r.error)}`);
      spent.push({ source, amount: r.value });
    }
    const update: StatusUpdate = {
      id: newId('upd'),
      actionId: action.id,
      periodId: period.id,
      status,
      comment,
      kpiValues,
      spending: spent,
      expectedDeadline: deadline === '' ? null : deadline,
      date,
      author,
    };
    rememberAuthor(author);
    const refusal = onSave(update, goNext);
    setError(refusal);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    save(false);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save(true);
    }
  };

  const formId = useId();
  return (
    <Dialog
      title={t('followUpScreen.update.title', { number: action.number, title: action.title })}
      description={t('followUpScreen.update.description', { period: periodName(t, period) })}
      onClose={onClose}
      className="fu-dialog"
      buttons={
        <>
          <button type="submit" form={formId} className="button">
            {t('followUpScreen.update.save')}
          </button>
          <button type="button" className="button button-primary" onClick={() => save(true)} aria-keyshortcuts="Control+Enter">
            {t('followUpScreen.update.saveNext')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('followUpScreen.cancel')}
          </button>
        </>
      }
    >
      <form id={formId} className="fu-form" onSubmit={onSubmit} onKeyDown={onKeyDown} aria-describedby={error ? errorId : undefined}>
        <label className="pl-field">
          <span>{t('followUpScreen.update.status')}</span>
          <select value={status} onChange={(e) => setStatus(FOLLOW_UP_STATUSES.find((s) => s === e.target.value) ?? 'notStarted')}>
            {FOLLOW_UP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`followUp.status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="pl-field">
          <span>{t('followUpScreen.update.comment')}</span>
          <textarea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />
        </label>
        {action.kpis.map((k, i) => (
          <div className="pl-row-fields fu-wrap" key={k.id}>
            <label className="pl-field">
              <span>{t('followUpScreen.update.kpiActual', { indicator: k.indicator, target: k.target === null ? '–' : format.number(k.target), unit: k.unit })}</span>
              <input
                inputMode="decimal"
                value={kpi[i]?.actual ?? ''}
                onChange={(e) => setKpi((all) => all.map((v, j) => (j === i ? { ...v, actual: e.target.value } : v)))}
              />
            </label>
            <label className="pl-field">
              <span>{t('followUpScreen.update.kpiBaseline', { indicator: k.indicator })}</span>
              <input
                inputMode="decimal"
                value={kpi[i]?.baseline ?? ''}
                onChange={(e) => setKpi((all) => all.map((v, j) => (j === i ? { ...v, baseline: e.target.value } : v)))}
              />
            </label>
          </div>
        ))}
        <fieldset className="pl-checks">
          <legend>{t('followUpScreen.update.spending')}</legend>
          <div className="pl-row-fields fu-wrap">
            {SOURCES.map((s, i) => (
              <label className="pl-field" key={s}>
                <span>{t(`followUpScreen.update.source.${s}`)}</span>
                <input inputMode="numeric" value={spending[i] ?? ''} onChange={(e) => setSpending((all) => all.map((v, j) => (j === i ? e.target.value : v)))} />
              </label>
            ))}
          </div>
        </fieldset>
        <div className="pl-row-fields fu-wrap">
          <label className="pl-field">
            <span>{t('followUpScreen.update.deadline')}</span>
            <input type="date" value={deadline} onChange={(e) => setDeadline(e.target.value)} />
          </label>
          <label className="pl-field">
            <span>{t('followUpScreen.update.date')}</span>
            <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="pl-field">
            <span>{t('followUpScreen.update.author')}</span>
            <input value={author} autoComplete="name" onChange={(e) => setAuthor(e.target.value)} />
          </label>
        </div>
        <ErrorText id={errorId}>{error}</ErrorText>
      </form>
      <section className="fu-history" aria-label={t('followUpScreen.update.history')}>
        <h3>{t('followUpScreen.update.history')}</h3>
        {history.length === 0 ? (
          <p className="pl-muted">{t('followUpScreen.update.historyEmpty')}</p>
        ) : (
          <ul>
            {history.map((h) => (
              <li key={h.update.id}>
                {t('followUpScreen.update.historyEntry', {
                  year: h.year,
                  period: h.period?.shortName ?? h.update.periodId,
                  date: format.date(h.update.date),
                  status: t(`followUp.status.${h.update.status}`),
                  comment: h.update.comment,
                  author: h.update.author,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Dialog>
  );
}
