/** Historikk: the same tiltak in every year's plan (by lineageId), oldest first, with links. */
import { useTranslation } from 'react-i18next';
import type { Action, PlanDocument } from '@shared/domain';
import { actionHistory } from '@shared/edits';
import { strategyHref } from '../../app/hash-route';
import { useFormat } from '../../ui/format';

/** Props of ActionHistory. */
export interface ActionHistoryProps {
  doc: PlanDocument;
  action: Action;
  strategyId: string;
  section: string;
}

/** The history list. */
export function ActionHistory({ doc, action, strategyId, section }: ActionHistoryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const history = actionHistory(doc, action.lineageId);
  const yearOf = (a: Action) => doc.plans.find((p) => p.id === a.planId)?.year ?? 0;
  if (history.length <= 1) return <p className="pl-muted">{t('plan.detail.historyEmpty', { year: yearOf(action) })}</p>;
  return (
    <ol className="pl-history">
      {history.map((a) => {
        const text = t('plan.detail.historyItem', {
          year: yearOf(a),
          number: a.number,
          status: t(`plan.actionStatus.${a.status}`),
          cost: format.kroner(a.cost),
        });
        return (
          <li key={a.id}>
            {a.id === action.id ? (
              <>
                {text} <span className="pl-muted">{t('plan.detail.historyCurrent')}</span>
              </>
            ) : (
              <a href={strategyHref(strategyId, section, String(yearOf(a)), a.id)}>{text}</a>
            )}
          </li>
        );
      })}
    </ol>
  );
}
