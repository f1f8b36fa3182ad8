/** A snapshot compared with the document now: tiltak added, removed and changed, and totals per plan. */
import { useTranslation } from 'react-i18next';
import type { DocumentComparison } from '@shared/backup';
import { useFormat } from '../../ui/format';
import { ComparedActionList as ActionList } from './ComparedActionList';

/** Props of SnapshotComparison. */
export interface SnapshotComparisonProps {
  comparison: DocumentComparison;
  /** The snapshot's time, formatted. */
  time: string;
  onClose(): void;
}

/** The comparison panel of the version history. */
export function SnapshotComparison({ comparison: c, time, onClose }: SnapshotComparisonProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const none = t('backup.history.missing');
  const hasActionChanges = c.added.length + c.removed.length + c.changed.length > 0;
  return (
    <section className="history-compare" aria-labelledby="history-compare-title" data-testid="history-compare">
      <h2 id="history-compare-title" tabIndex={-1}>
        {t('backup.history.compareHeading', { time })}
      </h2>
      {c.strategyChanged ? <p>{t('backup.history.strategyChanged')}</p> : null}
      {hasActionChanges ? null : <p>{t('backup.history.noActionChanges')}</p>}
      <ActionList heading={t('backup.history.added')} actions={c.added} />
      <ActionList heading={t('backup.history.removed')} actions={c.removed} />
      <ActionList heading={t('backup.history.changed')} actions={c.changed.map((x) => x.action)} />
      <table className="data-table">
        <caption>{t('backup.history.totalsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('backup.history.year')}</th>
            <th scope="col">{t('backup.history.costThen')}</th>
            <th scope="col">{t('backup.history.costNow')}</th>
            <th scope="col">{t('backup.history.ownThen')}</th>
            <th scope="col">{t('backup.history.ownNow')}</th>
            <th scope="col">{t('backup.history.activeThen')}</th>
            <th scope="col">{t('backup.history.activeNow')}</th>
          </tr>
        </thead>
        <tbody>
          {c.plans.map((p) => (
            <tr key={p.planId}>
              <th scope="row">{p.year}</th>
              <td>{p.before ? f.kroner(p.before.cost) : none}</td>
              <td>{p.after ? f.kroner(p.after.cost) : none}</td>
              <td>{p.before ? f.kroner(p.before.ownFunds) : none}</td>
              <td>{p.after ? f.kroner(p.after.ownFunds) : none}</td>
              <td>{p.before ? f.number(p.before.activeActions) : none}</td>
              <td>{p.after ? f.number(p.after.activeActions) : none}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button" onClick={onClose}>
        {t('backup.history.close')}
      </button>
    </section>
  );
}
