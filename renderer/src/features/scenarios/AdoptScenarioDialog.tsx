/**
 * «Ta i bruk som plan?»: says what adopting does to the plan (how many tiltak are
 * postponed, left out, changed, added; the new frame), that the old plan is kept as a
 * variant, and — when the variant has conflicts with the basis — lists them and asks the
 * user to confirm that the variant's values win.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '@shared/domain';
import { adoptScenarioAsPlan } from '@shared/edits';
import type { KontrollInput } from '@shared/rules';
import type { ScenarioSummary } from '@shared/scenarios';
import { useAppContext } from '../../app/app-context';
import { ConfirmDialog } from '../plan/ConfirmDialog';
import type { RunEdit } from '../plan/use-edit';
import { adoptionCounts, conflictText, messageLanguage } from './scenario-data';
import { useFormat } from '../../ui/format';

/** Props of AdoptScenarioDialog. */
export interface AdoptScenarioDialogProps {
  input: KontrollInput;
  scenarioId: string;
  summary: ScenarioSummary;
  runEdit: RunEdit;
  /** Called after adopting (`true`) or cancelling (`false`). */
  onDone(isAdopted: boolean): void;
}

/** The adoption confirmation. */
export function AdoptScenarioDialog({ input, scenarioId, summary, runEdit, onDone }: AdoptScenarioDialogProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { setNotice } = useAppContext();
  const checkId = useId();
  const [isAccepted, setAccepted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const language = messageLanguage(i18n.language);
  const year = input.plan.year;
  const counts = adoptionCounts(summary);
  const hasConflicts = summary.conflicts.length > 0;

  const confirm = () => {
    const label = t('scenarios.undo.adopt', { name: summary.name, year });
    const refused = runEdit(label, (d) =>
      adoptScenarioAsPlan(d, input.plan.id, scenarioId, {
        createdAt: new Date().toISOString(),
        newId,
        language,
        acceptConflicts: hasConflicts && isAccepted,
      }),
    );
    if (refused) {
      setError(refused);
      return;
    }
    setNotice({ kind: 'status', message: t('scenarios.adopt.done', { name: summary.name, year }) });
    onDone(true);
  };

  return (
    <ConfirmDialog
      title={t('scenarios.adopt.title', { name: summary.name, year })}
      body={
        <>
          <p>{t('scenarios.adopt.intro', { year })}</p>
          <ul>
            <li>{t('scenarios.adopt.frame', { frame: format.kroner(summary.totals.frameOwnFunds), ownFunds: format.kroner(summary.totals.ownFunds) })}</li>
            <li>{t('scenarios.adopt.counts', { ...counts })}</li>
          </ul>
          <p>{t('scenarios.adopt.keep', { name: summary.name })}</p>
        </>
      }
      confirmLabel={t('scenarios.adopt.confirm')}
      isConfirmDisabled={hasConflicts && !isAccepted}
      error={error}
      onConfirm={confirm}
      onCancel={() => onDone(false)}
    >
      {hasConflicts ? (
        <div className="sc-dialog-conflicts">
          <p className="pl-warn">{t('scenarios.adopt.conflicts', { count: summary.conflicts.length })}</p>
          <ul>
            {summary.conflicts.map((c) => (
              <li key={`${c.kind}-${c.actionId ?? 'frame'}`}>{conflictText(c, language)}</li>
            ))}
          </ul>
          <label htmlFor={checkId} className="sc-check">
            <input id={checkId} type="checkbox" checked={isAccepted} onChange={(e) => setAccepted(e.target.checked)} />
            {t('scenarios.adopt.accept')}
          </label>
        </div>
      ) : null}
    </ConfirmDialog>
  );
}
