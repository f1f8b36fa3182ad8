/** Margin against the frame for own funds: «123 kr (5 %)» inside, «over med 123 kr (5 %)» outside. */
import { useTranslation } from 'react-i18next';
import type { PlanTotals } from '@shared/rules';
import { useFormat } from '../../ui/format';

/** Props of MarginText. */
export interface MarginTextProps {
  totals: Pick<PlanTotals, 'margin' | 'marginPercent' | 'frameOwnFunds'>;
}

/** The margin. */
export function MarginText({ totals }: MarginTextProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (totals.frameOwnFunds === 0 && totals.margin <= 0) return <>{t('scenarios.figures.noFrame')}</>;
  const percent = totals.marginPercent === null ? '–' : format.percentNumber(Math.abs(totals.marginPercent));
  return totals.margin < 0 ? (
    <span className="sc-over">{t('scenarios.figures.marginOver', { amount: format.kroner(-totals.margin), percent })}</span>
  ) : (
    <>{t('scenarios.figures.marginOk', { amount: format.kroner(totals.margin), percent })}</>
  );
}
