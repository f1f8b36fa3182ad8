/**
 * Økonomi per år: the frame editor, the ambition check (totals, charts with table
 * equivalents), the kontroll's findings with links to where to fix them, and the
 * fit-to-frame proposal. Everything is recomputed live from the document.
 */
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { strategyHref } from '../../app/hash-route';
import { useDocumentStore } from '../../state/document-context';
import { ECONOMY_SECTION, PLAN_SECTION } from '../../app/sections';
import { PlanYearNav } from '../../ui/PlanYearNav';
import { useEdit } from '../../ui/use-edit';
import { usePlanData, useScreenYear } from '../../ui/use-plan-data';
import { FindingsList } from './FindingsList';
import { FitToFramePanel } from './FitToFramePanel';
import { FocusAreaChart } from './FocusAreaChart';
import { FrameCharts } from './FrameCharts';
import { FrameEditor } from './FrameEditor';
import { FundingSourceChart } from './FundingSourceChart';
import { TotalsSummary } from './TotalsSummary';
import './economy.css';

/** Props of EconomyScreen. */
export interface EconomyScreenProps {
  strategyId: string;
  params: string[];
  /** The year's transfer tools (the Excel buttons), supplied by the route: a feature does not import another. */
  renderTransfer?(year: number): ReactNode;
}

/** The Økonomi screen. */
export function EconomyScreen({ strategyId, params, renderTransfer }: EconomyScreenProps) {
  const { t } = useTranslation();
  const { doc } = useDocumentStore();
  const runEdit = useEdit();
  const year = useScreenYear(doc, params[0]);
  const data = usePlanData(doc, year);
  const input = useMemo(() => (data ? { strategy: doc.strategy, plan: data.plan, actions: data.actions } : null), [doc.strategy, data]);

  return (
    <div className="ec-screen">
      <header className="pl-head">
        <h1 className="pl-title">{t('economy.heading', { year })}</h1>
        <PlanYearNav doc={doc} strategyId={strategyId} year={year} section={ECONOMY_SECTION} />
      </header>
      {!data || !input ? (
        <div className="pl-noplan">
          <p>{t('economy.noPlan', { year })}</p>
          <a className="button button-primary" href={strategyHref(strategyId, PLAN_SECTION, String(year))}>
            {t('economy.createPlanLink', { year })}
          </a>
        </div>
      ) : (
        <>
          {renderTransfer?.(year)}
          <div className="ec-top">
            <FrameEditor strategy={doc.strategy} plan={data.plan} runEdit={runEdit} />
            <TotalsSummary totals={data.kontroll.totals} />
          </div>
          <div className="ec-charts">
            <FrameCharts totals={data.kontroll.totals} />
            <FocusAreaChart groups={data.kontroll.byFocusArea} />
            <FundingSourceChart rows={data.kontroll.fundingBySource} totals={data.kontroll.totals} />
          </div>
          <div className="ec-bottom">
            <FindingsList findings={data.kontroll.findings} strategyId={strategyId} year={year} planSection={PLAN_SECTION} />
            <FitToFramePanel strategyId={strategyId} input={input} runEdit={runEdit} />
          </div>
        </>
      )}
    </div>
  );
}
