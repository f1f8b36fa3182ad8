/** One innsatsområde or støtteområde: description, delmål and satsinger. */
import { useTranslation } from 'react-i18next';
import type { FocusArea, GuidingStrategy, Initiative } from '@shared/domain';

/** Props of FocusAreaItem. */
export interface FocusAreaItemProps {
  area: FocusArea;
  initiatives: readonly Initiative[];
  guidingStrategies: ReadonlyMap<string, GuidingStrategy>;
  /** The strategy uses delmål (some area has one); otherwise the sub-heading is left out. */
  usesSubGoals?: boolean;
  /** The strategy uses satsinger; otherwise the sub-heading is left out. */
  usesInitiatives?: boolean;
}

/** A focus area as a subtree (h3 with h4 sub-sections). */
export function FocusAreaItem({ area, initiatives, guidingStrategies, usesSubGoals = true, usesInitiatives = true }: FocusAreaItemProps) {
  const { t } = useTranslation();
  const headingId = `area-${area.id}`;
  return (
    <li className="focus-area">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{area.name}</h3>
        {area.description.trim() ? <p className="prose">{area.description}</p> : null}
        {!usesSubGoals ? null : <h4>{t('strategy.subGoals')}</h4>}
        {!usesSubGoals ? null : area.subGoals.length === 0 ? (
          <p className="empty">{t('strategy.empty.subGoals')}</p>
        ) : (
          <ul className="item-list">
            {area.subGoals.map((g) => (
              <li key={g.id}>{g.text}</li>
            ))}
          </ul>
        )}
        {!usesInitiatives ? null : <h4>{t('strategy.initiatives')}</h4>}
        {!usesInitiatives ? null : initiatives.length === 0 ? (
          <p className="empty">{t('strategy.empty.initiatives')}</p>
        ) : (
          <ul className="item-list">
            {initiatives.map((ini) => {
              const serves = ini.guidingStrategyIds.flatMap((id) => {
                const gs = guidingStrategies.get(id);
                return gs ? [gs.text] : [];
              });
              return (
                <li key={ini.id}>
                  <strong>{ini.name}</strong>
                  {ini.description.trim() ? <span className="item-description">{ini.description}</span> : null}
                  {serves.length > 0 ? (
                    <span className="item-meta">
                      {t('strategy.serves')}: {serves.join('; ')}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </article>
    </li>
  );
}
