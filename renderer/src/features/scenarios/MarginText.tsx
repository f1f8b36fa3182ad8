/** Margin against the frame for own funds: «123 kr (5 %)» inside, «over med 123 kr (5 %)» outside. */
import { useTranslation } from 'react-i18next';
import { formatKroner } from '@shared/money/kroner';
import type { PlanTotals } from '@shared/rules';
import { formatPercent } from '../../ui/format-percent';

/** Props of MarginText. */
export interface MarginTextProps {
  totals: Pick<PlanTotals, 'margin' | 'marginPercent' | 'frameOwnFunds'>;
}

/** The margin. */
export function MarginText({ totals }: MarginTextProps) {
  const { t } = useTranslation();
  if (totals.frameOwnFunds === 0 && totals.margin <= 0) return <>{t('scenarios.figures.noFrame')}</>;
  const percent = totals.marginPercent === null ? '–' : formatPercent(Math.abs(totals.marginPercent));
  return totals.margin < 0 ? (
    <span className="sc-over">{t('scenarios.figures.marginOver', { amount: formatKroner(-totals.margin), percent })}</span>
  ) : (
    <>{t('scenarios.figures.marginOk', { amount: formatKroner(totals.margin), percent })}</>
  );
}
