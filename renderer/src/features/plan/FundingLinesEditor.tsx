/**
 * Finansieringslinjer of one tiltak: kilde, aktør, beløp and status per line, add and
 * remove, with the sum and the udekket remainder updated live while an amount is typed.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, Actor, FundingLine, PlanDocument } from '@shared/domain';
import { newId } from '@shared/domain';
import { addFundingLine, removeFundingLine, updateFundingLine } from '@shared/edits';
import { FUNDING_SOURCES_UI, FUNDING_STATUSES_UI } from '../../ui/options';
import type { RunEdit } from '../../ui/use-edit';
import { clearDraft, saveDraft, takeDraft } from '../../ui/draft-store';
import { useCommitOnLeave } from '../../ui/use-commit-on-leave';
import { ErrorText } from '../../ui/ErrorText';
import { parseKroner } from '@shared/input';
import { useFormat } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';

/** Props of FundingLinesEditor. */
export interface FundingLinesEditorProps {
  action: Action;
  actors: readonly Actor[];
  isReadOnly: boolean;
  runEdit: RunEdit;
}

/** The funding lines editor. */
export function FundingLinesEditor({ action, actors, isReadOnly, runEdit }: FundingLinesEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { language } = format;
  const renderMessage = useRenderMessage();
  const id = useId();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const label = t('plan.undo.funding', { number: action.number });
  const edit = (fn: (d: PlanDocument) => PlanDocument) => setMessage(runEdit(label, fn));
  // After «Legg til finansieringslinje», focus goes to the new line's first field once it is drawn.
  const [focusLineId, setFocusLineId] = useState<string | null>(null);
  useEffect(() => {
    if (focusLineId === null) return;
    const field = document.getElementById(`${id}-${focusLineId}-src`);
    if (!field) return;
    field.focus();
    setFocusLineId(null);
  }, [focusLineId, action.funding, id]);
  const addLine = () => {
    const lineId = newId('fund');
    const refused = runEdit(label, (d) =>
      addFundingLine(d, action.id, {
        id: lineId,
        source: action.funding.some((l) => l.source === 'own') ? 'partner' : 'own',
        actorId: null,
        amount: Math.max(0, uncovered),
        status: 'planned',
      }),
    );
    setMessage(refused);
    if (!refused) setFocusLineId(lineId);
  };

  const amountOf = (line: FundingLine): number => {
    const draft = drafts[line.id];
    if (draft === undefined) return line.amount;
    const parsed = parseKroner(draft, { language });
    return parsed.ok ? parsed.value : line.amount;
  };
  const total = action.funding.reduce((s, l) => s + amountOf(l), 0);
  const uncovered = action.cost - total;

  const draftKey = (line: FundingLine) => `${action.id}:${line.id}:amount`;
  const commitAmount = (line: FundingLine, text = drafts[line.id]) => {
    const draft = text;
    if (draft === undefined) return;
    const parsed = parseKroner(draft, { language });
    if (!parsed.ok) {
      setErrors((e) => ({ ...e, [line.id]: renderMessage(parsed.error) }));
      return;
    }
    const refused = runEdit(label, (d) => updateFundingLine(d, action.id, line.id, { amount: parsed.value }));
    if (refused) {
      setErrors((e) => ({ ...e, [line.id]: refused }));
      return;
    }
    setDrafts(({ [line.id]: _done, ...rest }) => rest);
    setErrors(({ [line.id]: _done, ...rest }) => rest);
    clearDraft(draftKey(line));
  };

  // Amounts typed before a reload come back and are committed.
  const commitRef = useRef(commitAmount);
  useEffect(() => {
    commitRef.current = commitAmount;
  });
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || isReadOnly) return;
    restored.current = true;
    for (const line of action.funding) {
      const saved = takeDraft(`${action.id}:${line.id}:amount`);
      if (saved === null) continue;
      setDrafts((d) => ({ ...d, [line.id]: saved }));
      saveDraft(`${action.id}:${line.id}:amount`, saved);
      commitRef.current(line, saved);
    }
  }, [isReadOnly, action.funding, action.id]);
  const dirty = Object.keys(drafts);
  useCommitOnLeave(dirty.length > 0, () => {
    for (const line of action.funding) {
      const parsed = drafts[line.id] === undefined ? null : parseKroner(drafts[line.id] ?? '');
      if (parsed?.ok) runEdit(label, (d) => updateFundingLine(d, action.id, line.id, { amount: parsed.value }));
    }
  });

  return (
    <fieldset className="pl-subform">
      <legend>{t('plan.detail.funding')}</legend>
      {action.funding.length === 0 ? <p className="pl-muted">{t('plan.detail.noFunding')}</p> : null}
      <ol className="pl-lines">
        {action.funding.map((line, i) => {
          const n = i + 1;
          const fid = `${id}-${line.id}`;
          const err = errors[line.id];
          return (
            <li key={line.id} className="pl-line">
              <fieldset className="pl-line-fields">
                <legend className="pl-visually-hidden">{t('plan.detail.fundingLine', { index: n })}</legend>
                <span className="pl-field">
                  <label htmlFor={`${fid}-src`}>{t('plan.detail.fundingSource')}</label>
                  <select
                    id={`${fid}-src`}
                    value={line.source}
                    disabled={isReadOnly}
                    onChange={(e) => {
                      const source = FUNDING_SOURCES_UI.find((s) => s === e.target.value);
                      if (source) edit((d) => updateFundingLine(d, action.id, line.id, { source, actorId: source === 'own' ? null : line.actorId }));
                    }}
                  >
                    {FUNDING_SOURCES_UI.map((s) => (
                      <option key={s} value={s}>
                        {t(`plan.fundingSource.${s}`)}
                      </option>
                    ))}
                  </select>
                </span>
                <span className="pl-field">
                  <label htmlFor={`${fid}-act`}>{t('plan.detail.fundingActor')}</label>
                  <select
                    id={`${fid}-act`}
                    value={line.actorId ?? ''}
                    disabled={isReadOnly}
                    onChange={(e) => edit((d) => updateFundingLine(d, action.id, line.id, { actorId: e.target.value || null }))}
                  >
                    <option value="">{t('plan.detail.noActor')}</option>
                    {actors.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name}
                      </option>
                    ))}
                  </select>
                </span>
                <span className="pl-field">
                  <label htmlFor={`${fid}-amt`}>{t('plan.detail.fundingAmount')}</label>
                  <input
                    id={`${fid}-amt`}
                    inputMode="numeric"
                    className="pl-amount"
                    readOnly={isReadOnly}
                    value={drafts[line.id] ?? format.number(line.amount)}
                    aria-invalid={err ? true : undefined}
                    aria-describedby={err ? `${fid}-err` : undefined}
                    onChange={(e) => {
                      const text = e.target.value;
                      setDrafts((d) => ({ ...d, [line.id]: text }));
                      saveDraft(draftKey(line), text);
                    }}
                    onBlur={() => commitAmount(line)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        commitAmount(line);
                      }
                    }}
                  />
                </span>
                <span className="pl-field">
                  <label htmlFor={`${fid}-st`}>{t('plan.detail.fundingStatus')}</label>
                  <select
                    id={`${fid}-st`}
                    value={line.status}
                    disabled={isReadOnly}
                    onChange={(e) => {
                      const status = FUNDING_STATUSES_UI.find((s) => s === e.target.value);
                      if (status) edit((d) => updateFundingLine(d, action.id, line.id, { status }));
                    }}
                  >
                    {FUNDING_STATUSES_UI.map((s) => (
                      <option key={s} value={s}>
                        {t(`plan.fundingStatus.${s}`)}
                      </option>
                    ))}
                  </select>
                </span>
                <button
                  type="button"
                  className="button button-quiet pl-remove"
                  disabled={isReadOnly}
                  aria-label={t('plan.detail.removeFunding', { index: n })}
                  onClick={() => edit((d) => removeFundingLine(d, action.id, line.id))}
                >
                  ✕
                </button>
              </fieldset>
              <ErrorText id={`${fid}-err`} isInline>
                {err}
              </ErrorText>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" disabled={isReadOnly} onClick={addLine}>
        {t('plan.detail.addFunding')}
      </button>
      <dl className="pl-sums" aria-live="polite">
        <div>
          <dt>{t('plan.detail.fundingSum')}</dt>
          <dd>{format.kroner(total)}</dd>
        </div>
        <div>
          <dt>{t('plan.detail.uncovered')}</dt>
          <dd className={uncovered > 0 ? 'pl-warn' : undefined}>{format.kroner(Math.max(0, uncovered))}</dd>
        </div>
      </dl>
      {uncovered < 0 ? <p className="pl-field-warning">{t('plan.detail.overfunded', { amount: format.kroner(-uncovered) })}</p> : null}
      <ErrorText>{message}</ErrorText>
    </fieldset>
  );
}
