/** Links to each year of the strategy period, with the status of that year's plan. */
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '@shared/domain';
import { strategyHref } from '../app/hash-route';

/** Props of PlanYearNav. */
export interface PlanYearNavProps {
  doc: PlanDocument;
  strategyId: string;
  year: number;
  /** Route path the links go to (handlingsplan or okonomi). */
  section: string;
}

/** The year picker. */
export function PlanYearNav({ doc, strategyId, year, section }: PlanYearNavProps) {
  const { t } = useTranslation();
  const years: number[] = [];
  for (let y = doc.strategy.periodFrom; y <= doc.strategy.periodTo; y++) years.push(y);
  return (
    <nav aria-label={t('plan.yearNav')} className="pl-years">
      <ul>
        {years.map((y) => {
          const plan = doc.plans.find((p) => p.year === y);
          return (
            <li key={y}>
              <a
                href={strategyHref(strategyId, section, String(y))}
                className="pl-year"
                aria-current={y === year ? 'page' : undefined}
              >
                <span className="pl-year-number">{y}</span>
                <span className="pl-year-status">{plan ? t(`plan.planStatus.${plan.status}`) : t('plan.yearNoPlan')}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
