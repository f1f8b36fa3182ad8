/**
 * One line above the tiltak table: «Nytt tiltak», search, «Filtre (n)» (opens the filters;
 * the active ones stand below as chips that remove themselves), the view settings and the
 * count.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Strategy } from '@shared/domain';
import { ACTION_STATUSES_UI, PRIORITIES_UI } from '../../ui/options';
import type { FinancingFilter, TableFilters } from './table-model';
import { NO_FILTERS } from './table-model';
import { useFormat } from '../../ui/format';
import type { TableDensity } from './use-table-view';
import { activeFilterChips } from './filter-chips';
import { ColumnChooser } from './ColumnChooser';
import type { ColumnId } from './table-model';

const FINANCING: readonly FinancingFilter[] = ['all', 'none', 'uncovered', 'risk', 'covered'];

/** Props of ActionTableToolbar. */
export interface ActionTableToolbarProps {
  strategy: Strategy;
  owners: readonly string[];
  filters: TableFilters;
  onFiltersChange(filters: TableFilters): void;
  shown: number;
  total: number;
  isReadOnly: boolean;
  onAdd(): void;
  density: TableDensity;
  onDensityChange(density: TableDensity): void;
  hiddenColumns: readonly ColumnId[];
  onColumnShownChange(column: ColumnId, isShown: boolean): void;
}

/** The toolbar. */
export function ActionTableToolbar({ strategy, owners, filters, onFiltersChange, shown, total, isReadOnly, onAdd, density, onDensityChange, hiddenColumns, onColumnShownChange }: ActionTableToolbarProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const set = (patch: Partial<TableFilters>) => onFiltersChange({ ...filters, ...patch });
  const initiatives = filters.focusAreaId
    ? strategy.initiatives.filter((i) => i.focusAreaId === filters.focusAreaId)
    : strategy.initiatives;
  const all = t('plan.toolbar.all');
  const [isFiltersOpen, setFiltersOpen] = useState(false);
  const chips = activeFilterChips(strategy, filters, t);

  return (
    <div className="pl-toolbar" role="search" aria-label={t('plan.toolbar.label')}>
      <div className="pl-toolbar-row">
        <button type="button" className="button button-primary" onClick={onAdd} disabled={isReadOnly}>
          {t('plan.toolbar.addAction')}
        </button>
        <label htmlFor={`${id}-q`} className="pl-inline-label">
          {t('plan.toolbar.search')}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          className="pl-search"
          placeholder={t('plan.toolbar.searchPlaceholder')}
          value={filters.query}
          onChange={(e) => set({ query: e.target.value })}
        />
        <button
          type="button"
          className="button"
          aria-expanded={isFiltersOpen}
          aria-controls={`${id}-filters`}
          onClick={() => setFiltersOpen((o) => !o)}
        >
          {t('plan.toolbar.filtersButton', { count: chips.length })}
        </button>
        <span className="pl-filter pl-filter-inline">
          <label htmlFor={`${id}-dens`}>{t('plan.toolbar.density')}</label>
          <select id={`${id}-dens`} value={density} onChange={(e) => onDensityChange(e.target.value === 'normal' ? 'normal' : 'compact')}>
            <option value="compact">{t('plan.toolbar.densityCompact')}</option>
            <option value="normal">{t('plan.toolbar.densityNormal')}</option>
          </select>
        </span>
        <ColumnChooser hidden={hiddenColumns} onShownChange={onColumnShownChange} />
        <span className="pl-count" role="status">
          {t('plan.toolbar.shown', { shown: format.number(shown), total: format.number(total) })}
        </span>
      </div>
      {chips.length > 0 ? (
        <ul className="pl-filter-chips" aria-label={t('plan.toolbar.activeFilters')}>
          {chips.map((chip) => (
            <li key={chip.key}>
              <button
                type="button"
                className="pl-filter-chip"
                aria-label={t('plan.toolbar.removeFilter', { label: chip.label })}
                onClick={() => onFiltersChange({ ...filters, ...chip.clear })}
              >
                {chip.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="button button-quiet" onClick={() => onFiltersChange({ ...NO_FILTERS, query: filters.query })}>
              {t('plan.toolbar.clearFilters')}
            </button>
          </li>
        </ul>
      ) : null}
      <fieldset id={`${id}-filters`} className="pl-filters" hidden={!isFiltersOpen}>
        <legend>{t('plan.toolbar.filters')}</legend>
        <span className="pl-filter">
          <label htmlFor={`${id}-fa`}>{t('plan.toolbar.focusArea')}</label>
          <select id={`${id}-fa`} value={filters.focusAreaId} onChange={(e) => set({ focusAreaId: e.target.value, initiativeId: '' })}>
            <option value="">{all}</option>
            {strategy.focusAreas.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </span>
        <span className="pl-filter">
          <label htmlFor={`${id}-ini`}>{t('plan.toolbar.initiative')}</label>
          <select id={`${id}-ini`} value={filters.initiativeId} onChange={(e) => set({ initiativeId: e.target.value })}>
            <option value="">{all}</option>
            {initiatives.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        </span>
        <span className="pl-filter">
          <label htmlFor={`${id}-own`}>{t('plan.toolbar.owner')}</label>
          <select id={`${id}-own`} value={filters.owner} onChange={(e) => set({ owner: e.target.value })}>
            <option value="">{all}</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </span>
        <span className="pl-filter">
          <label htmlFor={`${id}-par`}>{t('plan.toolbar.partner')}</label>
          <select id={`${id}-par`} value={filters.partnerId} onChange={(e) => set({ partnerId: e.target.value })}>
            <option value="">{all}</option>
            {strategy.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </span>
        <span className="pl-filter">
          <label htmlFor={`${id}-st`}>{t('plan.toolbar.status')}</label>
          <select
            id={`${id}-st`}
            value={filters.status}
            onChange={(e) => set({ status: ACTION_STATUSES_UI.find((s) => s === e.target.value) ?? '' })}
          >
            <option value="">{all}</option>
            {ACTION_STATUSES_UI.map((s) => (
              <option key={s} value={s}>
                {t(`plan.actionStatus.${s}`)}
              </option>
            ))}
          </select>
        </span>
        <span className="pl-filter">
          <label htmlFor={`${id}-pri`}>{t('plan.toolbar.priority')}</label>
          <select
            id={`${id}-pri`}
            value={filters.priority}
            onChange={(e) => set({ priority: PRIORITIES_UI.find((p) => p === Number(e.target.value)) ?? 0 })}
          >
            <option value={0}>{all}</option>
            {PRIORITIES_UI.map((p) => (
              <option key={p} value={p}>
                {t(`plan.priority.${p}`)}
              </option>
            ))}
          </select>
        </span>
        <span className="pl-filter">
          <label htmlFor={`${id}-fin`}>{t('plan.toolbar.financing')}</label>
          <select
            id={`${id}-fin`}
            value={filters.financing}
            onChange={(e) => set({ financing: FINANCING.find((f) => f === e.target.value) ?? 'all' })}
          >
            {FINANCING.map((f) => (
              <option key={f} value={f}>
                {t(`plan.financing.${f}`)}
              </option>
            ))}
          </select>
        </span>
        <span className="pl-filter pl-filter-check">
          <input
            id={`${id}-fnd`}
            type="checkbox"
            checked={filters.hasFindings}
            onChange={(e) => set({ hasFindings: e.target.checked })}
          />
          <label htmlFor={`${id}-fnd`}>{t('plan.toolbar.hasFindings')}</label>
        </span>
      </fieldset>
    </div>
  );
}
