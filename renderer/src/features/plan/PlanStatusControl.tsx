/**
 * Planstatus: utkast / til behandling / vedtatt (with vedtatt dato); a vedtatt plan can
 * only be reopened, after a confirmation. Choosing «Vedtatt» only opens the date field:
 * the select keeps showing the plan's real status until «Marker som vedtatt» is pressed.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planStatusSchema } from '@shared/domain';
import { parseDate } from '@shared/input';
import type { ActionPlan } from '@shared/domain';
import { reopenPlan, setPlanStatus } from '@shared/edits';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { RunEdit } from '../../ui/use-edit';
import { ErrorText } from '../../ui/ErrorText';
import { useFormat } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';

/** Props of PlanStatusControl. */
export interface PlanStatusControlProps {
  plan: ActionPlan;
  runEdit: RunEdit;
}

/** Today as a calendar date `YYYY-MM-DD` in local time. */
function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The plan status control. */
export function PlanStatusControl({ plan, runEdit }: PlanStatusControlProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const renderMessage = useRenderMessage();
  const statusId = useId();
  const dateId = useId();
  const errorId = useId();
  const [isAdopting, setIsAdopting] = useState(false);
  const [dateText, setDateText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isConfirmingReopen, setIsConfirmingReopen] = useState(false);

  if (plan.status === 'adopted') {
    const date = plan.adoptedDate ? format.date(plan.adoptedDate) : '';
    return (
      <div className="pl-status">
        <p className="pl-status-adopted" role="status">
          {t('plan.status.adoptedBanner', { year: plan.year, date })}
        </p>
        <button type="button" className="button" onClick={() => setIsConfirmingReopen(true)}>
          {t('plan.status.reopen')}
        </button>
        {isConfirmingReopen ? (
          <ConfirmDialog
            title={t('plan.status.reopenTitle', { year: plan.year })}
            body={<p>{t('plan.status.reopenBody', { date })}</p>}
            confirmLabel={t('plan.status.reopenConfirm')}
            onCancel={() => setIsConfirmingReopen(false)}
            onConfirm={() => {
              runEdit(t('plan.undo.reopen', { year: plan.year }), (d) => reopenPlan(d, plan.id));
              setIsConfirmingReopen(false);
            }}
          />
        ) : null}
      </div>
    );
  }

  const adopt = () => {
    const parsed = parseDate(dateText, { language: format.language });
    if (!parsed.ok) {
      setError(renderMessage(parsed.error));
      return;
    }
    const date = parsed.value;
    const refused = runEdit(t('plan.undo.planStatus', { year: plan.year }), (d) => setPlanStatus(d, plan.id, 'adopted', date));
    setError(refused);
    if (!refused) setIsAdopting(false);
  };

  return (
    <div className="pl-status">
      <label htmlFor={statusId}>{t('plan.status.label')}</label>
      <select
        id={statusId}
        value={plan.status}
        onChange={(e) => {
          const status = planStatusSchema.parse(e.target.value);
          setError(null);
          if (status === 'adopted') {
            setIsAdopting(true);
            setDateText(format.date(todayIso()));
            return;
          }
          setIsAdopting(false);
          setError(runEdit(t('plan.undo.planStatus', { year: plan.year }), (d) => setPlanStatus(d, plan.id, status)));
        }}
      >
        {planStatusSchema.options.map((s) => (
          <option key={s} value={s}>
            {t(`plan.planStatus.${s}`)}
          </option>
        ))}
      </select>
      {isAdopting ? (
        <>
          <label htmlFor={dateId}>{t('plan.status.adoptedDate')}</label>
          <input
            id={dateId}
            className="pl-date-input"
            value={dateText}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => setDateText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') adopt();
            }}
          />
          <button type="button" className="button button-primary" onClick={adopt}>
            {t('plan.status.adopt')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setIsAdopting(false);
              setError(null);
            }}
          >
            {t('common.cancel')}
          </button>
        </>
      ) : null}
      <ErrorText id={errorId}>{error}</ErrorText>
    </div>
  );
}
