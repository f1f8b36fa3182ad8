/** The 5-faktormodellen matrix: the whole plan and each innsatsområde against the five categories. */
import { useTranslation } from 'react-i18next';
import { ACTOR_CATEGORIES } from '@shared/domain';
import type { ActorCategory } from '@shared/domain';
import type { FiveFactorGroup } from '@shared/rules';

/** Props of CoverageTable. */
export interface CoverageTableProps {
  coverage: FiveFactorGroup;
  groups: readonly FiveFactorGroup[];
  expected: readonly ActorCategory[];
  category(c: ActorCategory): string;
  groupName(g: FiveFactorGroup): string;
}

/** The matrix: rows = the whole plan and each innsatsområde, columns = the five categories. */
export function CoverageTable({ coverage, groups, expected, category, groupName }: CoverageTableProps) {
  const { t } = useTranslation();
  const cell = (g: FiveFactorGroup, c: ActorCategory) => {
    const isMissing = g.actionCount > 0 && expected.includes(c) && g.categories[c] === 0;
    return (
      <td key={c} className={isMissing ? 'is-numeric ff-missing' : 'is-numeric'}>
        {isMissing ? t('board.fiveFactor.missingCell', { count: 0 }) : String(g.categories[c])}
      </td>
    );
  };
  const rows = [{ group: coverage, name: t('board.fiveFactor.wholePlan'), key: 'plan' }, ...groups.map((g) => ({ group: g, name: groupName(g), key: g.focusAreaId ?? 'none' }))];
  return (
    <div className="ff-table-wrap" role="region" aria-label={t('board.fiveFactor.tableCaption')} tabIndex={0}>
      <table className="chart-table ff-table">
        <caption>{t('board.fiveFactor.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.fiveFactor.group')}</th>
            <th scope="col" className="is-numeric">
              {t('board.fiveFactor.actions')}
            </th>
            {ACTOR_CATEGORIES.map((c) => (
              <th key={c} scope="col" className="is-numeric">
                {category(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ group, name, key }) => (
            <tr key={key} className={key === 'plan' ? 'ff-total' : undefined}>
              <th scope="row">{name}</th>
              <td className="is-numeric">{group.actionCount}</td>
              {ACTOR_CATEGORIES.map((c) => cell(group, c))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
