/**
 * The tiltak's detail panel: every field of the Action — satsinger (several) or a
 * tverrgående prosjekt, overordnede strategier, ansvarlig, samarbeidspartnere, kostnad,
 * finansieringslinjer with live udekket, timeverk, start and frist (warned outside the
 * plan year), KPI-er, prioritet, status, notater — plus the tiltak's funn and its
 * history across years. Every control is labelled; every change is one undo step.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yearOf } from '@shared/domain';
import type { Action, ActionPlan, Finding, PlanDocument } from '@shared/domain';
import type { ActionPatch } from '@shared/edits';
import { deleteActions, updateAction } from '@shared/edits';
import { parseDate, parseHours, parseKroner } from '@shared/input';
import { renderFinding } from '@shared/rules';
import { ActionHistory } from './ActionHistory';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { DraftField } from '../../ui/DraftField';
import { FundingLinesEditor } from './FundingLinesEditor';
import { KpiEditor } from './KpiEditor';
import { ACTION_STATUSES_UI, PRIORITIES_UI } from '../../ui/options';
import { distinctOwners } from './table-model';
import type { RunEdit } from '../../ui/use-edit';
import { ErrorText } from '../../ui/ErrorText';
import { useFormat } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';
import { ActionPresence } from '../../sync/ActionPresence';
import { FieldConflict } from '../../sync/FieldConflict';

/** Props of ActionDetailPanel. */
export interface ActionDetailPanelProps {
  doc: PlanDocument;
  plan: ActionPlan;
  action: Action;
  findings: readonly Finding[];
  strategyId: string;
  section: string;
  runEdit: RunEdit;
  onClose(): void;
}

/** The detail panel. */
export function ActionDetailPanel({ doc, plan, action, findings, strategyId, section, runEdit, onClose }: ActionDetailPanelProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const renderMessage = useRenderMessage();
  const { language } = format;
  const id = useId();
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { strategy } = doc;
  const isReadOnly = plan.status === 'adopted';
  const a = action;

  const update = (field: string, patch: ActionPatch) =>
    runEdit(t('plan.undo.editField', { field: field.toLocaleLowerCase('nb'), number: a.number }), (d) => updateAction(d, a.id, patch));
  const updateNow = (field: string, patch: ActionPatch) => setMessage(update(field, patch));

  const dateField = (key: 'start' | 'deadline') => {
    const value = a[key];
    const label = t(`plan.detail.${key}`);
    return (
      <DraftField
        persistKey={`${a.id}:${key}`}
        label={label}
        value={value ? format.date(value) : ''}
        hint={t('plan.detail.dateHint')}
        isReadOnly={isReadOnly}
        warning={value && yearOf(value) !== plan.year ? t('plan.detail.outsideYear', { date: format.date(value), year: plan.year }) : undefined}
        onCommit={(text) => {
          if (text.trim() === '') return update(label, { [key]: null });
          const r = parseDate(text, { language });
          return r.ok ? update(label, { [key]: r.value }) : renderMessage(r.error);
        }}
      />
    );
  };

  const toggle = (list: readonly string[], item: string, isOn: boolean) => (isOn ? [...list, item] : list.filter((x) => x !== item));
  const lang = i18n.language === 'en' ? 'en' : 'nb';
  const ownersId = `${id}-owners`;

  return (
    <aside
      className="pl-panel"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !isConfirmingDelete) onClose();
      }}
    >
      <div className="pl-panel-head">
        <h2 id={`${id}-title`} className="pl-panel-title">
          {t('plan.detail.label', { number: a.number })}
          <span className="pl-panel-subtitle">{a.title}</span>
        </h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {t('plan.detail.close')}
        </button>
      </div>
      {isReadOnly ? <p className="pl-status-adopted">{t('plan.detail.readOnly')}</p> : null}
      <ActionPresence actionId={a.id} isOpenHere />
      <ErrorText>{message}</ErrorText>

      <div className="pl-row-fields">
        <DraftField className="pl-narrow" persistKey={`${a.id}:number`} label={t('plan.detail.number')} value={a.number} isReadOnly={isReadOnly} onCommit={(text) => update(t('plan.detail.number'), { number: text.trim() })} />
        <DraftField
          className="pl-grow"
          persistKey={`${a.id}:title`}
          label={t('plan.detail.titleColumn')}
          value={a.title}
          isReadOnly={isReadOnly}
          onCommit={(text) => (text.trim() === '' ? t('plan.cellErrors.titleRequired') : update(t('plan.detail.titleColumn'), { title: text.trim() }))}
        />
      </div>
      <FieldConflict entityId={a.id} field={['number', 'title']} />
      <DraftField persistKey={`${a.id}:description`} label={t('plan.detail.description')} value={a.description} isMultiline isReadOnly={isReadOnly} onCommit={(text) => update(t('plan.detail.description'), { description: text })} />
      <FieldConflict entityId={a.id} field="description" />

      <section className="pl-panel-section" aria-labelledby={`${id}-link`}>
        <h3 id={`${id}-link`}>{t('plan.detail.linkSection')}</h3>
        {strategy.focusAreas.length > 0 ? (
          <CheckboxGroup
            legend={t('plan.detail.focusAreas')}
            options={strategy.focusAreas.map((f) => ({ id: f.id, label: f.name }))}
            checked={a.focusAreaIds}
            isReadOnly={isReadOnly}
            onToggle={(faId, on) => updateNow(t('plan.detail.focusAreas'), { focusAreaIds: toggle(a.focusAreaIds, faId, on) })}
          />
        ) : null}
        <FieldConflict entityId={a.id} field="focusAreaIds" />
        {strategy.focusAreas.some((f) => f.subGoals.length > 0) ? (
          <fieldset className="pl-checks">
            <legend>{t('plan.detail.subGoals')}</legend>
            {strategy.focusAreas
              .filter((f) => f.subGoals.length > 0)
              .map((f) => (
                <CheckboxGroup
                  key={f.id}
                  className="pl-checks-nested"
                  legend={f.name}
                  options={f.subGoals.map((g) => ({ id: g.id, label: g.text }))}
                  checked={a.subGoalIds}
                  isReadOnly={isReadOnly}
                  onToggle={(sgId, on) => updateNow(t('plan.detail.subGoals'), { subGoalIds: toggle(a.subGoalIds, sgId, on) })}
                />
              ))}
          </fieldset>
        ) : null}
        <FieldConflict entityId={a.id} field="subGoalIds" />
        {strategy.initiatives.length === 0 ? <p className="pl-muted">{t('plan.detail.noInitiatives')}</p> : null}
        <fieldset className="pl-checks">
          <legend>{t('plan.detail.initiatives')}</legend>
          {strategy.focusAreas
            .filter((f) => strategy.initiatives.some((i) => i.focusAreaId === f.id))
            .map((f) => (
              <CheckboxGroup
                key={f.id}
                className="pl-checks-nested"
                legend={f.name}
                options={strategy.initiatives.filter((i) => i.focusAreaId === f.id).map((i) => ({ id: i.id, label: i.name }))}
                checked={a.initiativeIds}
                isReadOnly={isReadOnly}
                onToggle={(iniId, on) => updateNow(t('plan.detail.initiatives'), { initiativeIds: toggle(a.initiativeIds, iniId, on) })}
              />
            ))}
        </fieldset>
        <FieldConflict entityId={a.id} field="initiativeIds" />
        <div className="pl-field">
          <label htmlFor={`${id}-prj`}>{t('plan.detail.project')}</label>
          <select
            id={`${id}-prj`}
            value={a.crossCuttingProjectId ?? ''}
            disabled={isReadOnly}
            onChange={(e) => updateNow(t('plan.detail.project'), { crossCuttingProjectId: e.target.value || null })}
          >
            <option value="">{t('plan.detail.noProject')}</option>
            {strategy.crossCuttingProjects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <FieldConflict entityId={a.id} field="crossCuttingProjectId" />
        <CheckboxGroup
          legend={t('plan.detail.guidingStrategies')}
          options={strategy.guidingStrategies.map((g) => ({ id: g.id, label: g.text }))}
          checked={a.guidingStrategyIds}
          isReadOnly={isReadOnly}
          onToggle={(gsId, on) => updateNow(t('plan.detail.guidingStrategies'), { guidingStrategyIds: toggle(a.guidingStrategyIds, gsId, on) })}
        />
        <FieldConflict entityId={a.id} field="guidingStrategyIds" />
      </section>

      <section className="pl-panel-section" aria-labelledby={`${id}-resp`}>
        <h3 id={`${id}-resp`}>{t('plan.detail.responsibility')}</h3>
        <DraftField persistKey={`${a.id}:owner`} label={t('plan.detail.owner')} value={a.owner} list={ownersId} isReadOnly={isReadOnly} onCommit={(text) => update(t('plan.detail.owner'), { owner: text.trim() })} />
        <FieldConflict entityId={a.id} field="owner" />
        <datalist id={ownersId}>
          {distinctOwners(doc.actions).map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
        <CheckboxGroup
          className="pl-checks-scroll"
          legend={t('plan.detail.partners')}
          options={strategy.actors.map((x) => ({ id: x.id, label: x.name, detail: t(`strategy.actorCategory.${x.category}`) }))}
          checked={a.partnerIds}
          isReadOnly={isReadOnly}
          emptyText={t('plan.detail.noActors')}
          onToggle={(actorId, on) => updateNow(t('plan.detail.partners'), { partnerIds: toggle(a.partnerIds, actorId, on) })}
        />
        <FieldConflict entityId={a.id} field="partnerIds" />
      </section>

      <section className="pl-panel-section" aria-labelledby={`${id}-eco`}>
        <h3 id={`${id}-eco`}>{t('plan.detail.economy')}</h3>
        <div className="pl-row-fields">
          <DraftField
            persistKey={`${a.id}:cost`}
            label={t('plan.detail.cost')}
            value={format.number(a.cost)}
            inputMode="numeric"
            isReadOnly={isReadOnly}
            onCommit={(text) => {
              const r = parseKroner(text, { language });
              return r.ok ? update(t('plan.detail.cost'), { cost: r.value }) : renderMessage(r.error);
            }}
          />
          <DraftField
            persistKey={`${a.id}:hours`}
            label={t('plan.detail.hours')}
            value={format.hours(a.hours)}
            inputMode="numeric"
            isReadOnly={isReadOnly}
            onCommit={(text) => {
              // An empty field is no hours.
              const r = text.trim() === '' ? { ok: true as const, value: 0 } : parseHours(text, { language, max: 1_000_000 });
              return r.ok ? update(t('plan.detail.hours'), { hours: r.value }) : renderMessage(r.error);
            }}
          />
        </div>
        <FieldConflict entityId={a.id} field={['cost', 'hours']} />
        <div className="pl-row-fields">
          {dateField('start')}
          {dateField('deadline')}
        </div>
        <FieldConflict entityId={a.id} field={['start', 'deadline']} />
        <FundingLinesEditor action={a} actors={strategy.actors} isReadOnly={isReadOnly} runEdit={runEdit} />
        <FieldConflict entityId={a.id} field="funding" />
      </section>

      <KpiEditor action={a} isReadOnly={isReadOnly} runEdit={runEdit} />
      <FieldConflict entityId={a.id} field="kpis" />

      <section className="pl-panel-section" aria-labelledby={`${id}-ps`}>
        <h3 id={`${id}-ps`}>{t('plan.detail.priorityStatus')}</h3>
        <div className="pl-row-fields">
          <div className="pl-field">
            <label htmlFor={`${id}-pri`}>{t('plan.detail.priority')}</label>
            <select
              id={`${id}-pri`}
              value={a.priority}
              disabled={isReadOnly}
              onChange={(e) => {
                const priority = PRIORITIES_UI.find((p) => p === Number(e.target.value));
                if (priority) updateNow(t('plan.detail.priority'), { priority });
              }}
            >
              {PRIORITIES_UI.map((p) => (
                <option key={p} value={p}>
                  {t(`plan.priority.${p}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="pl-field">
            <label htmlFor={`${id}-st`}>{t('plan.detail.status')}</label>
            <select
              id={`${id}-st`}
              value={a.status}
              disabled={isReadOnly}
              onChange={(e) => {
                const status = ACTION_STATUSES_UI.find((s) => s === e.target.value);
                if (status) updateNow(t('plan.detail.status'), { status });
              }}
            >
              {ACTION_STATUSES_UI.map((s) => (
                <option key={s} value={s}>
                  {t(`plan.actionStatus.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <FieldConflict entityId={a.id} field={['priority', 'status']} />
        <DraftField persistKey={`${a.id}:notes`} label={t('plan.detail.notes')} value={a.notes} isMultiline isReadOnly={isReadOnly} onCommit={(text) => update(t('plan.detail.notes'), { notes: text })} />
        <FieldConflict entityId={a.id} field="notes" />
      </section>

      <section className="pl-panel-section" aria-labelledby={`${id}-fnd`}>
        <h3 id={`${id}-fnd`}>{t('plan.detail.findings')}</h3>
        {findings.length === 0 ? (
          <p className="pl-muted">{t('plan.detail.noFindings')}</p>
        ) : (
          <ul className="pl-finding-list">
            {findings.map((f, i) => (
              <li key={`${f.code}-${i}`} className={`pl-finding pl-finding-${f.severity}`}>
                {renderFinding(f, lang)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="pl-panel-section" aria-labelledby={`${id}-hist`}>
        <h3 id={`${id}-hist`}>{t('plan.detail.history')}</h3>
        <ActionHistory doc={doc} action={a} strategyId={strategyId} section={section} />
      </section>

      <div className="pl-panel-foot">
        <button type="button" className="button" disabled={isReadOnly} onClick={() => setIsConfirmingDelete(true)}>
          {t('plan.detail.delete')}
        </button>
      </div>
      {isConfirmingDelete ? (
        <ConfirmDialog
          title={t('plan.bulk.deleteTitle', { count: 1 })}
          body={<p>{t('plan.bulk.deleteBody', { year: plan.year })}</p>}
          confirmLabel={t('plan.bulk.deleteConfirm')}
          isDanger
          onCancel={() => setIsConfirmingDelete(false)}
          onConfirm={() => {
            const refused = runEdit(t('plan.undo.deleteActions', { count: 1 }), (d) => deleteActions(d, [a.id]));
            setIsConfirmingDelete(false);
            setMessage(refused);
            if (!refused) onClose();
          }}
        />
      ) : null}
    </aside>
  );
}
