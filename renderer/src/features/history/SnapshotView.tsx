/**
 * A snapshot opened read-only (versjon, bare lesing): a banner saying so, the strategy's
 * name and period, and one plan at a time with its tiltak (nr, tittel, status, kostnad).
 * Nothing here edits anything; «Gjenopprett» and «Gjenopprett som kopi» act on the whole
 * snapshot, as in the history's table.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '@shared/domain';
import { useFormat } from '../../ui/format';

/** Most tiltak listed for one plan: the view is for looking, the comparison counts them all. */
export const SNAPSHOT_VIEW_MAX_ROWS = 500;

/** Props of SnapshotView. */
export interface SnapshotViewProps {
  doc: PlanDocument;
  /** The snapshot's time, formatted. */
  time: string;
  onRestore(): void;
  onRestoreAsCopy(): void;
  onClose(): void;
}

/** The read-only view of one snapshot in the version history. */
export function SnapshotView({ doc, time, onRestore, onRestoreAsCopy, onClose }: SnapshotViewProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const plans = [...doc.plans].sort((a, b) => a.year - b.year);
  const [planId, setPlanId] = useState(plans[0]?.id ?? '');
  const selectId = useId();
  const plan = plans.find((p) => p.id === planId) ?? plans[0];
  const actions = plan ? doc.actions.filter((a) => a.planId === plan.id) : [];
  const shown = actions.slice(0, SNAPSHOT_VIEW_MAX_ROWS);
  return (
    <section className="history-view" aria-labelledby="history-view-title" data-testid="history-view">
      <h2 id="history-view-title" tabIndex={-1}>
        {t('backup.history.viewHeading', { time })}
      </h2>
      <p className="notice" role="note">
        {t('backup.history.viewBanner', { time })}
      </p>
      <p>{t('backup.history.viewStrategy', { name: doc.strategy.name, from: doc.strategy.periodFrom, to: doc.strategy.periodTo })}</p>
      <div className="history-commands">
        <button type="button" className="button" onClick={onRestore}>
          {t('backup.history.restore')}
        </button>
        <button type="button" className="button" onClick={onRestoreAsCopy}>
          {t('backup.history.restoreAsCopy')}
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('backup.history.closeView')}
        </button>
      </div>
      {plan ? (
        <>
          <p>
            <label htmlFor={selectId}>{t('backup.history.viewPlan')}</label>{' '}
            <select id={selectId} value={plan.id} onChange={(e) => setPlanId(e.target.value)}>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.year}
                </option>
              ))}
            </select>
          </p>
          {actions.length === 0 ? (
            <p className="muted">{t('backup.history.viewNoActions')}</p>
          ) : (
            <table className="data-table">
              <caption>{t('backup.history.viewCaption', { year: plan.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('backup.history.viewNumber')}</th>
                  <th scope="col">{t('backup.history.viewTitle')}</th>
                  <th scope="col">{t('backup.history.viewStatus')}</th>
                  <th scope="col">{t('backup.history.viewCost')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((a) => (
                  <tr key={a.id}>
                    <td>{a.number}</td>
                    <th scope="row">{a.title}</th>
                    <td>{t(`plan.actionStatus.${a.status}`)}</td>
                    <td>{f.kroner(a.cost)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {actions.length > shown.length ? <p className="muted">{t('backup.history.viewTruncated', { shown: f.number(shown.length), total: f.number(actions.length) })}</p> : null}
        </>
      ) : (
        <p className="muted">{t('backup.history.viewNoPlans')}</p>
      )}
    </section>
  );
}
