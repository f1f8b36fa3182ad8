/** Shown for a year without a plan: create an empty plan or carry over from the year before. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '@shared/domain';
import { createPlan } from '@shared/edits';
import type { RunEdit } from '../../ui/use-edit';
import { ErrorText } from '../../ui/ErrorText';

/** Props of NoPlanPanel. */
export interface NoPlanPanelProps {
  doc: PlanDocument;
  year: number;
  runEdit: RunEdit;
  /** Opens the carry-over preview (from the year before). */
  onCarryOver(): void;
  /** After the empty plan was made: focus goes to it. */
  onCreated(): void;
}

/** Create / carry over (through the preview dialog) for a year without a plan. */
export function NoPlanPanel({ doc, year, runEdit, onCarryOver, onCreated }: NoPlanPanelProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const prev = year - 1;
  const hasPrev = doc.plans.some((p) => p.year === prev);
  return (
    <section className="pl-noplan" aria-labelledby="pl-noplan-heading">
      <h2 id="pl-noplan-heading">{t('plan.noPlan.heading', { year })}</h2>
      <p>{hasPrev ? t('plan.noPlan.body', { prev }) : t('plan.noPlan.bodyFirst', { year })}</p>
      <div className="pl-buttons">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            const refused = runEdit(t('plan.undo.createPlan', { year }), (d) => createPlan(d, year));
            setError(refused);
            if (!refused) onCreated();
          }}
        >
          {t('plan.noPlan.createEmpty', { year })}
        </button>
        {hasPrev ? (
          <button
            type="button"
            className="button"
            onClick={onCarryOver}
          >
            {t('plan.noPlan.carryOver', { prev })}
          </button>
        ) : null}
      </div>
      <ErrorText>{error}</ErrorText>
    </section>
  );
}
