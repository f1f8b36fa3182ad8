/**
 * Oppfølging per år (issue 12): `oppfolging/<year>/<period id>/<tiltak id?>`. The year
 * picker, then the follow-up of that year's plan for the chosen period (FollowUpPanel).
 * Allowed on a vedtatt plan: follow-up edits never change what was adopted.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { PlanDocument } from '@shared/domain';
import { useTranslation } from 'react-i18next';
import { defaultPeriod, findPeriod } from '@shared/domain/follow-up';
import { navigate, strategyHref } from '../../app/hash-route';
import { FOLLOW_UP_SECTION, PLAN_SECTION } from '../../app/sections';
import { useDocumentStore } from '../../state/document-context';
import { PlanYearNav } from '../../ui/PlanYearNav';
import { useEdit } from '../../ui/use-edit';
import { usePlanData, useScreenYear } from '../../ui/use-plan-data';
import { FollowUpPanel } from './FollowUpPanel';
import { PeriodsDialog } from './PeriodsDialog';
import './follow-up.css';

/** The latest year whose plan has status updates, or null. */
function latestFollowUpYear(doc: PlanDocument): number | null {
  let best: number | null = null;
  for (const p of doc.plans) if (p.followUp.updates.length > 0 && (best === null || p.year > best)) best = p.year;
  return best;
}

/** Props of FollowUpScreen. */
export interface FollowUpScreenProps {
  strategyId: string;
  params: string[];
  /** The period's report tools (the .docx report, the status workbook), supplied by the route: a feature does not import another. */
  renderReports?(year: number, periodId: string): ReactNode;
}

/** The Oppfølging screen. */
export function FollowUpScreen({ strategyId, params, renderReports }: FollowUpScreenProps) {
  const { t } = useTranslation();
  const { doc } = useDocumentStore();
  const runEdit = useEdit();
  const screenYear = useScreenYear(doc, params[0]);
  // Without a year in the URL: the latest year with follow-up (as it was when the screen opened), else the usual default.
  const [followUpYear] = useState(() => latestFollowUpYear(doc));
  const [isEditingPeriods, setEditingPeriods] = useState(false);
  const year = params[0] === undefined ? followUpYear ?? screenYear : screenYear;
  const data = usePlanData(doc, year);
  const period = data ? (params[1] ? findPeriod(data.plan, params[1]) : undefined) ?? defaultPeriod(data.plan) : undefined;
  const hrefFor = (periodId: string, actionId?: string) =>
    actionId ? strategyHref(strategyId, FOLLOW_UP_SECTION, String(year), periodId, actionId) : strategyHref(strategyId, FOLLOW_UP_SECTION, String(year), periodId);

  return (
    <div className="fu-screen">
      <header className="pl-head">
        <h1 className="pl-title">{t('followUpScreen.heading', { year })}</h1>
        <PlanYearNav doc={doc} strategyId={strategyId} year={year} section={FOLLOW_UP_SECTION} />
      </header>
      {!data || !period ? (
        <div className="pl-noplan">
          <p>{t('followUpScreen.noPlan', { year })}</p>
          <a className="button button-primary" href={strategyHref(strategyId, PLAN_SECTION, String(year))}>
            {t('followUpScreen.createPlanLink', { year })}
          </a>
        </div>
      ) : (
        <FollowUpPanel
          key={`${year}/${period.id}/${params[2] ?? ''}`}
          doc={doc}
          plan={data.plan}
          actions={data.actions}
          periodId={period.id}
          focusActionId={params[2] ?? null}
          runEdit={runEdit}
          onPeriodChange={(id) => navigate(hrefFor(id))}
          hrefFor={hrefFor}
          renderReports={renderReports}
          onEditPeriods={() => setEditingPeriods(true)}
        />
      )}
      {/* Here, not in the panel: adding or removing a period can change the period shown, which remounts the panel. */}
      {data && isEditingPeriods ? <PeriodsDialog plan={data.plan} runEdit={runEdit} onClose={() => setEditingPeriods(false)} /> : null}
    </div>
  );
}
