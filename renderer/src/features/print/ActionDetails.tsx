/**
 * A tiltak's details in the printed plan: samarbeidspartnere, finansiering line by line
 * (source, actor, amount, status) and KPI with target — what the board adopts.
 */
import { useTranslation } from 'react-i18next';
import type { Action } from '@shared/domain';
import { useFormat } from '../../ui/format';

/** Props of ActionDetails. */
export interface ActionDetailsProps {
  action: Action;
  /** Actor names by id (aktørregisteret). */
  actorNames: ReadonlyMap<string, string>;
}

/** The details list. */
export function ActionDetails({ action, actorNames }: ActionDetailsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const missing = t('print.doc.none');
  const partners = action.partnerIds.map((id) => actorNames.get(id)).filter((n) => n !== undefined);
  const funding = action.funding.map((l) =>
    t('print.doc.fundingLine', {
      source: t(`plan.fundingSource.${l.source}`),
      actor: l.actorId === null ? '' : ` – ${actorNames.get(l.actorId) ?? ''}`,
      amount: format.kroner(l.amount),
      status: t(`plan.fundingStatus.${l.status}`).toLocaleLowerCase(),
    }),
  );
  const kpis = action.kpis.map((k) =>
    k.target === null ? k.indicator : t('print.doc.kpiLine', { indicator: k.indicator, target: format.number(k.target), unit: k.unit }).trim(),
  );
  return (
    <dl className="pt-details">
      <div>
        <dt>{t('print.doc.partners')}</dt>
        <dd>{partners.length > 0 ? partners.join(', ') : missing}</dd>
      </div>
      <div>
        <dt>{t('print.doc.funding')}</dt>
        <dd>{funding.length > 0 ? funding.join('; ') : missing}</dd>
      </div>
      <div>
        <dt>{t('print.doc.kpi')}</dt>
        <dd>{kpis.length > 0 ? kpis.join('; ') : missing}</dd>
      </div>
    </dl>
  );
}
