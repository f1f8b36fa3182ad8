/**
 * 5-faktormodellen per year: which actor categories the plan and each innsatsområde
 * involve through the active tiltak's partners and funders, what the strategy counts on,
 * and a finding for every category it counts on that is missing.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_CATEGORIES } from '@shared/domain';
import type { ActorCategory } from '@shared/domain';
import { fiveFactorCoverage, renderFinding } from '@shared/rules';
import type { FiveFactorGroup } from '@shared/rules';
import { strategyHref } from '../../app/hash-route';
import { FIVE_FACTOR_SECTION, PLAN_SECTION } from '../../app/sections';
import { useDocumentStore } from '../../state/document-context';
import { ChartFigure } from '../../charts/ChartFigure';
import { DataTable } from '../../charts/DataTable';
import { CHART_COLORS } from '../../charts/palette';
import { StackedBarChart } from '../../charts/StackedBarChart';
import { PlanYearNav } from '../../ui/PlanYearNav';
import { useLanguage } from '../../ui/format';
import { usePlanData, useScreenYear } from '../../ui/use-plan-data';
import { CoverageTable } from './CoverageTable';
import './five-factor.css';

/** Props of FiveFactorScreen. */
export interface FiveFactorScreenProps {
  strategyId: string;
  params: string[];
}

/** The 5-faktormodellen screen. */
export function FiveFactorScreen({ strategyId, params }: FiveFactorScreenProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { doc } = useDocumentStore();
  const year = useScreenYear(doc, params[0]);
  const data = usePlanData(doc, year);
  const coverage = useMemo(() => (data ? fiveFactorCoverage(doc.strategy, data.plan, data.actions) : null), [doc.strategy, data]);
  const category = (c: ActorCategory) => t(`strategy.actorCategory.${c}`);
  const groupName = (g: FiveFactorGroup) => (g.focusAreaId === null ? t('finding.group.unlinked') : g.name);

  return (
    <div className="ff-screen">
      <header className="pl-head">
        <h1 className="pl-title">{t('board.fiveFactor.heading', { year })}</h1>
        <PlanYearNav doc={doc} strategyId={strategyId} year={year} section={FIVE_FACTOR_SECTION} />
      </header>
      {!data || !coverage ? (
        <div className="pl-noplan">
          <p>{t('board.fiveFactor.noPlan', { year })}</p>
          <a className="button button-primary" href={strategyHref(strategyId, PLAN_SECTION, String(year))}>
            {t('economy.createPlanLink', { year })}
          </a>
        </div>
      ) : (
        <>
          <p>{t('board.fiveFactor.intro')}</p>
          <p className="ff-expected">
            {coverage.countsOnAll
              ? t('board.fiveFactor.countsOnAll')
              : coverage.expected.length === 0
                ? t('board.fiveFactor.countsOnNone')
                : t('board.fiveFactor.countsOnSome', { categories: coverage.expected.map(category).join(', ') })}
          </p>
          <section aria-labelledby="ff-categories-h" className="ff-section">
          <h2 id="ff-categories-h">{t('board.fiveFactor.categoriesHeading')}</h2>
          <CoverageTable coverage={coverage.plan} groups={coverage.byFocusArea} expected={coverage.expected} category={category} groupName={groupName} />
          <ChartFigure
            title={t('board.fiveFactor.chartTitle')}
            summary={
              coverage.plan.missing.length === 0
                ? t('board.fiveFactor.chartSummaryComplete', { involved: ACTOR_CATEGORIES.filter((c) => coverage.plan.categories[c] > 0).length })
                : t('board.fiveFactor.chartSummary', {
                    involved: ACTOR_CATEGORIES.filter((c) => coverage.plan.categories[c] > 0).length,
                    count: coverage.plan.missing.length,
                  })
            }
            tableToggle={t('board.fiveFactor.showTable')}
            chart={
              <StackedBarChart
                isHorizontal
                height={300}
                categoryKey="label"
                formatValue={(v) => String(v)}
                data={ACTOR_CATEGORIES.map((c) => ({ label: category(c), actions: coverage.plan.categories[c] }))}
                series={[{ key: 'actions', label: t('board.fiveFactor.chartSeries'), color: CHART_COLORS.own }]}
              />
            }
            table={
              <DataTable
                caption={t('board.fiveFactor.chartTitle')}
                rows={[...ACTOR_CATEGORIES]}
                rowKey={(c) => c}
                columns={[
                  { key: 'category', header: t('board.fiveFactor.category'), value: category },
                  { key: 'actions', header: t('board.fiveFactor.actions'), value: (c) => String(coverage.plan.categories[c]), isNumeric: true },
                ]}
              />
            }
          />
          </section>
          <section aria-labelledby="ff-findings-h" className="ff-findings">
            <h2 id="ff-findings-h">{t('board.fiveFactor.findingsHeading')}</h2>
            {coverage.findings.length === 0 ? (
              <p className="pl-muted">{t('board.fiveFactor.noFindings')}</p>
            ) : (
              <ul>
                {coverage.findings.map((f, i) => (
                  <li key={`${f.code}-${f.entity.id}-${i}`} className={`ff-finding is-${f.severity}`}>
                    <span className="ff-severity">{t(`economy.findings.severity.${f.severity}`)}</span> {renderFinding(f, lang)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}
