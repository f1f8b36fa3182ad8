/**
 * The Scenarier overview of one year: the basis and every variant in a table (key figures,
 * changes, conflicts, compare checkbox, edit / adopt / delete), the form for a new variant,
 * and the side-by-side comparison of the 2–4 picked columns.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KontrollInput } from '@shared/rules';
import type { ScenarioComparison as Comparison } from '@shared/scenarios';
import { strategyHref } from '../../app/hash-route';
import type { RunEdit } from '../../ui/use-edit';
import { PRESENTATION_SECTION, PRINT_SECTION, PRINT_SLIDES_PARAM } from '../../app/sections';
import { NewScenarioForm } from './NewScenarioForm';
import { ScenarioComparison } from './ScenarioComparison';
import { ScenarioListTable } from './ScenarioListTable';
import { cleanSelection, defaultSelection, MIN_COMPARED, summaryKey } from './scenario-data';

/** Props of ScenarioOverview. */
export interface ScenarioOverviewProps {
  strategyId: string;
  input: KontrollInput;
  comparison: Comparison;
  runEdit: RunEdit;
}

/** The overview. */
export function ScenarioOverview({ strategyId, input, comparison, runEdit }: ScenarioOverviewProps) {
  const { t } = useTranslation();
  const { plan } = input;
  const year = plan.year;
  // null until the user picks: then the basis and the first variants are compared.
  const [picked, setPicked] = useState<string[] | null>(null);
  const selected = cleanSelection(picked ?? defaultSelection(plan.scenarios), plan.scenarios);
  const all = [comparison.basis, ...comparison.scenarios];
  const compared = selected.map((key) => all.find((s) => summaryKey(s) === key)).filter((s) => s !== undefined);

  return (
    <>
      <div className="sc-tools">
        <p className="pl-help">{t('scenarios.intro')}</p>
        <div className="pl-buttons">
          <a className="button" href={strategyHref(strategyId, PRESENTATION_SECTION, String(year))}>
            {t('scenarios.present')}
          </a>
          <a className="button" href={strategyHref(strategyId, PRINT_SECTION, String(year))}>
            {t('scenarios.printPlan')}
          </a>
          <a className="button" href={strategyHref(strategyId, PRINT_SECTION, String(year), PRINT_SLIDES_PARAM)}>
            {t('scenarios.printSlides')}
          </a>
        </div>
      </div>
      <ScenarioListTable
        strategyId={strategyId}
        input={input}
        comparison={comparison}
        selected={selected}
        onSelect={setPicked}
        runEdit={runEdit}
      />
      <NewScenarioForm strategyId={strategyId} input={input} runEdit={runEdit} />
      <section className="ec-card sc-compare" aria-labelledby="sc-compare-heading">
        <h2 id="sc-compare-heading">{t('scenarios.compare.heading')}</h2>
        {compared.length < MIN_COMPARED ? (
          <p className="pl-help">{t('scenarios.compare.pickMore')}</p>
        ) : (
          <ScenarioComparison strategy={input.strategy} summaries={compared} />
        )}
      </section>
    </>
  );
}
