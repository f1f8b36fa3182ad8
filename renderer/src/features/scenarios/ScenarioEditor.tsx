/**
 * One variant: its name and description, its frame, what it does to the totals beside the
 * basis, its conflicts with the basis (each resolved only by the user's choice), the table
 * of the plan's tiltak with the variant's choices, a tiltak only the variant has, and
 * «Ta i bruk som plan» / «Slett».
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@shared/domain';
import type { KontrollInput } from '@shared/rules';
import type { ScenarioSummary } from '@shared/scenarios';
import { navigate, strategyHref } from '../../app/hash-route';
import type { RunEdit } from '../../ui/use-edit';
import { PRESENTATION_SECTION } from '../../app/sections';
import { AddVariantActionForm } from './AddVariantActionForm';
import { AdoptScenarioDialog } from './AdoptScenarioDialog';
import { ConflictList } from './ConflictList';
import { DeleteScenarioDialog } from './DeleteScenarioDialog';
import { ScenarioDetailsForm } from './ScenarioDetailsForm';
import { ScenarioFigures } from './ScenarioFigures';
import { ScenarioFrameForm } from './ScenarioFrameForm';
import { VariantActionTable } from './VariantActionTable';
import { variantRows } from './scenario-data';

/** Props of ScenarioEditor. */
export interface ScenarioEditorProps {
  strategyId: string;
  input: KontrollInput;
  scenario: Scenario;
  summary: ScenarioSummary;
  basis: ScenarioSummary;
  runEdit: RunEdit;
  overviewHref: string;
}

/** The variant editor. */
export function ScenarioEditor({ strategyId, input, scenario, summary, basis, runEdit, overviewHref }: ScenarioEditorProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'adopt' | 'delete' | null>(null);
  const rows = useMemo(() => variantRows(input, scenario, summary.conflicts), [input, scenario, summary.conflicts]);
  const year = input.plan.year;

  return (
    <div className="sc-screen">
      <header className="pl-head">
        <h1 className="pl-title">{t('scenarios.editor.heading', { name: scenario.name, year })}</h1>
        <div className="pl-head-tools">
          <a className="button" href={overviewHref}>
            {t('scenarios.editor.back', { year })}
          </a>
          <a className="button" href={strategyHref(strategyId, PRESENTATION_SECTION, String(year))}>
            {t('scenarios.present')}
          </a>
        </div>
      </header>
      {scenario.description ? <p className="pl-help sc-lead">{scenario.description}</p> : null}
      <div className="ec-top">
        <ScenarioDetailsForm planId={input.plan.id} scenario={scenario} runEdit={runEdit} />
        <ScenarioFrameForm input={input} scenario={scenario} runEdit={runEdit} />
      </div>
      <ScenarioFigures basis={basis} variant={summary} />
      <ConflictList input={input} scenario={scenario} conflicts={summary.conflicts} runEdit={runEdit} />
      <VariantActionTable input={input} scenario={scenario} rows={rows} runEdit={runEdit} />
      <AddVariantActionForm input={input} scenario={scenario} runEdit={runEdit} />
      <section className="ec-card" aria-labelledby="sc-editor-end">
        <h2 id="sc-editor-end">{t('scenarios.editor.decide')}</h2>
        <p className="pl-help">{t('scenarios.editor.decideHelp', { year })}</p>
        <div className="pl-buttons">
          <button type="button" className="button button-primary" onClick={() => setDialog('adopt')}>
            {t('scenarios.editor.adopt', { year })}
          </button>
          <button type="button" className="button" onClick={() => setDialog('delete')}>
            {t('scenarios.editor.delete')}
          </button>
        </div>
      </section>
      {dialog === 'adopt' ? (
        <AdoptScenarioDialog
          input={input}
          scenarioId={scenario.id}
          summary={summary}
          runEdit={runEdit}
          onDone={(isAdopted) => {
            setDialog(null);
            if (isAdopted) navigate(overviewHref);
          }}
        />
      ) : null}
      {dialog === 'delete' ? (
        <DeleteScenarioDialog
          input={input}
          scenarioId={scenario.id}
          name={scenario.name}
          runEdit={runEdit}
          onDone={(isDeleted) => {
            setDialog(null);
            if (isDeleted) navigate(overviewHref);
          }}
        />
      ) : null}
    </div>
  );
}
