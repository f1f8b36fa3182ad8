/** KPI-er / resultatmål of one tiltak: indikator, målverdi and enhet per KPI; add and remove. */
import { useTranslation } from 'react-i18next';
import type { Action, PlanDocument } from '@shared/domain';
import { addKpi, removeKpi, updateKpi } from '@shared/edits';
import { parseNumber } from '@shared/input';
import { DraftField } from './DraftField';
import type { RunEdit } from './use-edit';
import { useFormat } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';

/** Props of KpiEditor. */
export interface KpiEditorProps {
  action: Action;
  isReadOnly: boolean;
  runEdit: RunEdit;
}

/** The KPI editor. */
export function KpiEditor({ action, isReadOnly, runEdit }: KpiEditorProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const renderMessage = useRenderMessage();
  const label = t('plan.undo.kpi', { number: action.number });
  const run = (fn: (d: PlanDocument) => PlanDocument) => runEdit(label, fn);
  return (
    <fieldset className="pl-subform">
      <legend>{t('plan.detail.kpis')}</legend>
      {action.kpis.length === 0 ? <p className="pl-muted">{t('plan.detail.noKpis')}</p> : null}
      <ol className="pl-lines">
        {action.kpis.map((kpi, i) => (
          <li key={kpi.id} className="pl-line">
            <fieldset className="pl-line-fields pl-kpi">
              <legend className="pl-visually-hidden">{t('plan.detail.kpiLine', { index: i + 1 })}</legend>
              <DraftField
                className="pl-grow"
                persistKey={`${kpi.id}:kpiIndicator`}
                label={t('plan.detail.kpiIndicator')}
                value={kpi.indicator}
                isReadOnly={isReadOnly}
                onCommit={(text) => run((d) => updateKpi(d, action.id, kpi.id, { indicator: text.trim() }))}
              />
              <DraftField
                className="pl-narrow"
                persistKey={`${kpi.id}:kpiTarget`}
                label={t('plan.detail.kpiTarget')}
                value={kpi.target === null ? '' : format.number(kpi.target)}
                inputMode="decimal"
                isReadOnly={isReadOnly}
                onCommit={(text) => {
                  // An empty målverdi is none.
                  if (text.trim() === '') return run((d) => updateKpi(d, action.id, kpi.id, { target: null }));
                  const parsed = parseNumber(text, { language: format.language });
                  if (!parsed.ok) return renderMessage(parsed.error);
                  return run((d) => updateKpi(d, action.id, kpi.id, { target: parsed.value }));
                }}
              />
              <DraftField
                className="pl-narrow"
                persistKey={`${kpi.id}:kpiUnit`}
                label={t('plan.detail.kpiUnit')}
                value={kpi.unit}
                isReadOnly={isReadOnly}
                onCommit={(text) => run((d) => updateKpi(d, action.id, kpi.id, { unit: text.trim() }))}
              />
              <button
                type="button"
                className="button button-quiet pl-remove"
                disabled={isReadOnly}
                aria-label={t('plan.detail.removeKpi', { index: i + 1 })}
                onClick={() => run((d) => removeKpi(d, action.id, kpi.id))}
              >
                ✕
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        disabled={isReadOnly}
        onClick={() => run((d) => addKpi(d, action.id, { indicator: t('plan.detail.newKpi'), target: null, unit: '' }))}
      >
        {t('plan.detail.addKpi')}
      </button>
    </fieldset>
  );
}
