/** Innsatsområder or støtteområder, each with its delmål and satsinger. */
import { useMemo } from 'react';
import type { FocusArea, GuidingStrategy, Initiative } from '@shared/domain';
import { FocusAreaItem } from './FocusAreaItem';

/** Props of FocusAreaSection. */
export interface FocusAreaSectionProps {
  id: string;
  heading: string;
  emptyText: string;
  areas: readonly FocusArea[];
  initiatives: readonly Initiative[];
  guidingStrategies: readonly GuidingStrategy[];
  /** The strategy uses delmål / satsinger at all (see FocusAreaItem). */
  usesSubGoals?: boolean;
  usesInitiatives?: boolean;
}

/** One kind of focus areas. */
export function FocusAreaSection({ id, heading, emptyText, areas, initiatives, guidingStrategies, usesSubGoals, usesInitiatives }: FocusAreaSectionProps) {
  const byArea = useMemo(() => {
    const map = new Map<string, Initiative[]>();
    for (const ini of initiatives) map.set(ini.focusAreaId, [...(map.get(ini.focusAreaId) ?? []), ini]);
    return map;
  }, [initiatives]);
  const strategies = useMemo(() => new Map(guidingStrategies.map((g) => [g.id, g])), [guidingStrategies]);
  return (
    <section className="strategy-section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {areas.length === 0 ? (
        <p className="empty">{emptyText}</p>
      ) : (
        <ul className="focus-area-list">
          {areas.map((area) => (
            <FocusAreaItem
              key={area.id}
              area={area}
              initiatives={byArea.get(area.id) ?? []}
              guidingStrategies={strategies}
              usesSubGoals={usesSubGoals}
              usesInitiatives={usesInitiatives}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
