/**
 * Scenarier per år: the basis and its named variants. Without a scenario in the URL the
 * overview (list, new variant, side-by-side comparison); with one, that variant's editor.
 * Everything is recomputed live from the document; every change is one undo step.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareScenarios } from '@shared/scenarios';
import { strategyHref } from '../../app/hash-route';
import { useDocumentStore } from '../../state/document-context';
import { PLAN_SECTION, SCENARIOS_SECTION } from '../../app/sections';
import { PlanYearNav } from '../../ui/PlanYearNav';
import { useEdit } from '../../ui/use-edit';
import { defaultYear, parseYearParam, usePlanData } from '../../ui/use-plan-data';
import { ScenarioEditor } from './ScenarioEditor';
import { ScenarioOverview } from './ScenarioOverview';
import { messageLanguage } from '../../ui/message-language';
import './scenarios.css';

/** Props of ScenariosScreen. */
export interface ScenariosScreenProps {
  strategyId: string;
  params: string[];
}

/** The Scenarier screen. */
export function ScenariosScreen({ strategyId, params }: ScenariosScreenProps) {
  const { t, i18n } = useTranslation();
  const { doc } = useDocumentStore();
  const runEdit = useEdit();
  const year = parseYearParam(doc, params[0]) ?? defaultYear(doc);
  const data = usePlanData(doc, year);
  const language = messageLanguage(i18n.language);
  const input = useMemo(() => (data ? { strategy: doc.strategy, plan: data.plan, actions: data.actions } : null), [doc.strategy, data]);
  const comparison = useMemo(() => (input ? compareScenarios(input, input.plan.scenarios, language) : null), [input, language]);
  const scenarioId = params[1] ?? null;
  const scenario = scenarioId && input ? input.plan.scenarios.find((s) => s.id === scenarioId) : undefined;
  const overviewHref = strategyHref(strategyId, SCENARIOS_SECTION, String(year));

  if (!input || !comparison) {
    return (
      <div className="sc-screen">
        <header className="pl-head">
          <h1 className="pl-title">{t('scenarios.heading', { year })}</h1>
          <PlanYearNav doc={doc} strategyId={strategyId} year={year} section={SCENARIOS_SECTION} />
        </header>
        <div className="pl-noplan">
          <p>{t('scenarios.noPlan', { year })}</p>
          <a className="button button-primary" href={strategyHref(strategyId, PLAN_SECTION, String(year))}>
            {t('scenarios.createPlanLink', { year })}
          </a>
        </div>
      </div>
    );
  }

  if (scenarioId) {
    if (!scenario) {
      return (
        <div className="sc-screen">
          <h1 className="pl-title">{t('scenarios.heading', { year })}</h1>
          <p className="pl-warn">{t('scenarios.editor.missing')}</p>
          <a className="button" href={overviewHref}>
            {t('scenarios.editor.back', { year })}
          </a>
        </div>
      );
    }
    const summary = comparison.scenarios.find((s) => s.scenarioId === scenario.id);
    return (
      <ScenarioEditor
        key={scenario.id}
        strategyId={strategyId}
        input={input}
        scenario={scenario}
        summary={summary ?? comparison.basis}
        basis={comparison.basis}
        runEdit={runEdit}
        overviewHref={overviewHref}
      />
    );
  }

  return (
    <div className="sc-screen">
      <header className="pl-head">
        <h1 className="pl-title">{t('scenarios.heading', { year })}</h1>
        <PlanYearNav doc={doc} strategyId={strategyId} year={year} section={SCENARIOS_SECTION} />
      </header>
      <ScenarioOverview strategyId={strategyId} input={input} comparison={comparison} runEdit={runEdit} />
    </div>
  );
}
