/**
 * The tiltak table's active filters as chips («Status: Pågår»): one per filter that is set
 * (the search box is not one: it stands in the toolbar), each with what clears it.
 */
import type { TFunction } from 'i18next';
import type { Strategy } from '@shared/domain';
import type { TableFilters } from './table-model';
import { NO_FILTERS } from './table-model';

/** One active filter. */
export interface FilterChip {
  key: keyof TableFilters;
  /** «Filter: value», in the UI language. */
  label: string;
  /** The patch that removes this filter. */
  clear: Partial<TableFilters>;
}

/** The active filters, in the order of the filter panel. */
export function activeFilterChips(strategy: Strategy, f: TableFilters, t: TFunction): FilterChip[] {
  const chips: FilterChip[] = [];
  const add = (key: keyof TableFilters, nameKey: string, value: string, clear: Partial<TableFilters> = { [key]: NO_FILTERS[key] }) =>
    chips.push({ key, label: `${t(`plan.toolbar.${nameKey}`)}: ${value}`, clear });
  if (f.focusAreaId !== '') {
    add('focusAreaId', 'focusArea', strategy.focusAreas.find((x) => x.id === f.focusAreaId)?.name ?? f.focusAreaId, { focusAreaId: '', initiativeId: '' });
  }
  if (f.initiativeId !== '') add('initiativeId', 'initiative', strategy.initiatives.find((x) => x.id === f.initiativeId)?.name ?? f.initiativeId);
  if (f.owner !== '') add('owner', 'owner', f.owner);
  if (f.partnerId !== '') add('partnerId', 'partner', strategy.actors.find((x) => x.id === f.partnerId)?.name ?? f.partnerId);
  if (f.status !== '') add('status', 'status', t(`plan.actionStatus.${f.status}`));
  if (f.priority !== 0) add('priority', 'priority', t(`plan.priority.${f.priority}`));
  if (f.financing !== 'all') add('financing', 'financing', t(`plan.financing.${f.financing}`));
  if (f.hasFindings) chips.push({ key: 'hasFindings', label: t('plan.toolbar.hasFindings'), clear: { hasFindings: false } });
  return chips;
}
