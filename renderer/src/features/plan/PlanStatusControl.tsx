/**
 * Planstatus: utkast / til behandling / vedtatt (with vedtatt dato); a vedtatt plan can
 * only be reopened, after a confirmation.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateNb, parseDateNb, planStatusSchema } from '@shared/domain';
import type { ActionPlan } from '@shared/domain';
import { reopenPlan, setPlanStatus } from '@shared/edits';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { RunEdit } from '../../ui/use-edit';
import { ErrorText } from '../../ui/ErrorText';

/** Props of PlanStatusControl. */
export interface PlanStatusControlProps {
  plan: ActionPlan;
  runEdit: RunEdit;
}

function todayNb(): string {
  const d = new Date();
  return `${String(d.getDate()).padStart(2, '0')}.${String(d.getMonth() + 1).padStart(2, '0')}.${d.getFullYear()}`;
}

/** The plan status control. */
export function PlanStatusControl({ plan, runEdit }: PlanStatusControlProps) {
  const { t } = useTranslation();
  const statusId = useId();
  const dateId = useId();
  const errorId = useId();
  const [isAdopting, setIsAdopting] = useState(false);
  const [dateText, setDateText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isConfirmingReopen, setIsConfirmingReopen] = useState(false);

  if (plan.status === 'adopted') {
    const date = plan.adoptedDate ? formatDateNb(plan.adoptedDate) : '';
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
    const date = parseDateNb(dateText);
    if (!date) {
      setError(t('plan.status.badDate', { text: dateText.trim(), year: plan.year }));
      return;
    }
    const refused = runEdit(t('plan.undo.planStatus', { year: plan.year }), (d) => setPlanStatus(d, plan.id, 'adopted', date));
    setError(refused);
    if (!refused) setIsAdopting(false);
  };

  return (
    <div className="pl-status">
      <label htmlFor={statusId}>{t('plan.status.label')}</label>
      <select
        id={statusId}
        value={isAdopting ? 'adopted' : plan.status}
        onChange={(e) => {
          const status = planStatusSchema.parse(e.target.value);
          setError(null);
          if (status === 'adopted') {
            setIsAdopting(true);
            setDateText(todayNb());
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
        </>
      ) : null}
      <ErrorText id={errorId}>{error}</ErrorText>
    </div>
  );
}
