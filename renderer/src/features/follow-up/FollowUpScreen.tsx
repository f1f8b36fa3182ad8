/**
 * Oppfølging per år (issue 12): `oppfolging/<year>/<period id>/<tiltak id?>`. The year
 * picker, then the follow-up of that year's plan for the chosen period (FollowUpPanel).
 * Allowed on a vedtatt plan: follow-up edits never change what was adopted.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultPeriod, findPeriod } from '@shared/domain/follow-up';
import { navigate, strategyHref } from '../../app/hash-route';
import { FOLLOW_UP_SECTION, PLAN_SECTION } from '../../app/sections';
import { useDocumentStore } from '../../state/document-context';
import { PlanYearNav } from '../../ui/PlanYearNav';
import { useEdit } from '../../ui/use-edit';
import { usePlanData, useScreenYear } from '../../ui/use-plan-data';
import { FollowUpPanel } from './FollowUpPanel';
import './follow-up.css';

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
  const year = useScreenYear(doc, params[0]);
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
        />
      )}
    </div>
  );
}
