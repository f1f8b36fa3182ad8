/**
 * The body of the Oppfølging screen for one plan and period: the period bar (period,
 * periodeinndeling, vekting, lukk/gjenåpne with the log), the status table with its
 * keyboard update flow, «Trenger oppmerksomhet» and the roll-up. Edits go through the
 * given `runEdit` (the app passes `useEdit()`, so undo works and refusals come back as
 * text). A closed period shows its snapshot; updating it is refused with the message.
 * In a team strategy, a conflict on a follow-up record (two planners changed the same
 * field offline) shows where that record is: a status update's in its tiltak's row, the
 * periodeinndeling's and vekting's under the bar, a closure's in the log — and a new one is
 * announced politely (ConflictAnnouncer, as the plan screen's detail panel does).
 */
import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, ActionPlan, PlanDocument } from '@shared/domain';
import type { KpiWeighting, PeriodScheme, StatusUpdate } from '@shared/domain/follow-up';
import { reportingPeriods } from '@shared/domain/follow-up';
import { addStatusUpdate, closePeriod, reopenPeriod, setKpiWeighting, setPeriodScheme } from '@shared/edits/follow-up';
import { FOLLOW_UP_CLOSURES_MAP, FOLLOW_UP_SETTINGS_MAP, FOLLOW_UP_UPDATES_MAP } from '@shared/sync';
import { ConflictAnnouncer } from '../../sync/ConflictAnnouncer';
import { FieldConflict } from '../../sync/FieldConflict';
import { useTeamSync } from '../../sync/team-context';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorText } from '../../ui/ErrorText';
import { useFormat } from '../../ui/format';
import { todayIso } from '../../ui/today';
import type { RunEdit } from '../../ui/use-edit';
import { AttentionList } from './AttentionList';
import { defaultUpdateDate, periodName, rememberedAuthor, shownRollUp } from './follow-up-model';
import { PeriodsDialog } from './PeriodsDialog';
import { ReopenDialog } from './ReopenDialog';
import { RollUpSection } from './RollUpSection';
import { StatusTable } from './StatusTable';
import { UpdateDialog } from './UpdateDialog';

/** Props of FollowUpPanel. */
export interface FollowUpPanelProps {
  doc: PlanDocument;
  plan: ActionPlan;
  /** The plan's tiltak. */
  actions: readonly Action[];
  periodId: string;
  /** The tiltak to focus in the table (from a link), if any. */
  focusActionId: string | null;
  runEdit: RunEdit;
  /** Shows another period. */
  onPeriodChange(periodId: string): void;
  /** The link to a tiltak's row in a period. */
  hrefFor(periodId: string, actionId: string): string;
  /** The report tools for the period (docx report, status workbook), supplied by the route. */
  renderReports?(year: number, periodId: string): ReactNode;
  /**
   * Opens «Egne perioder» where the screen keeps it (outside this panel, which remounts when
   * the period shown changes); without it the panel opens the dialog itself.
   */
  onEditPeriods?(): void;
  /** Today (tests pin it). */
  today?: string;
}

type Dialogs = { kind: 'none' } | { kind: 'update'; actionId: string } | { kind: 'close' } | { kind: 'reopen' } | { kind: 'periods' };

/** The Oppfølging panel. */
export function FollowUpPanel(props: FollowUpPanelProps) {
  const { doc, plan, actions, periodId, runEdit, onPeriodChange, hrefFor, renderReports } = props;
  const { t } = useTranslation();
  const format = useFormat();
  const today = props.today ?? todayIso();
  const periods = reportingPeriods(plan);
  const period = periods.find((p) => p.id === periodId) ?? periods[0];
  const [dialog, setDialog] = useState<Dialogs>({ kind: 'none' });
  const [focus, setFocus] = useState<{ id: string | null; n: number }>({ id: props.focusActionId, n: 0 });
  const [notice, setNotice] = useState('');
  const [barError, setBarError] = useState<string | null>(null);
  const shown = useMemo(() => (period ? shownRollUp(doc, plan, actions, period.id) : null), [doc, plan, actions, period]);
  const { config: team, conflicts } = useTeamSync();
  if (!period || !shown) return null;
  const { rollUp, closure } = shown;
  const label = periodName(t, period);
  const updates = closure ? closure.snapshot.updates : plan.followUp.updates;
  const focusRow = (id: string | null) => setFocus((f) => ({ id, n: f.n + 1 }));
  // The period's status updates with an open conflict, by tiltak (each shown in its tiltak's row).
  const conflictUpdates = new Map<string, string[]>();
  for (const c of conflicts) {
    if (c.collection !== FOLLOW_UP_UPDATES_MAP || c.planId !== plan.id) continue;
    const u = plan.followUp.updates.find((x) => x.id === c.entityId);
    if (!u || u.periodId !== period.id) continue;
    const ids = conflictUpdates.get(u.actionId) ?? [];
    if (!ids.includes(u.id)) conflictUpdates.set(u.actionId, [...ids, u.id]);
  }

  const save = (update: StatusUpdate, goNext: boolean): string | null => {
    const action = actions.find((a) => a.id === update.actionId);
    const refusal = runEdit(t('followUpScreen.update.label'), (d) => addStatusUpdate(d, plan.id, update));
    if (refusal) return refusal;
    setNotice(t('followUpScreen.update.saved', { number: action?.number ?? '' }));
    const i = rollUp.actions.findIndex((f) => f.actionId === update.actionId);
    const next = rollUp.actions[i + 1];
    if (goNext && next) setDialog({ kind: 'update', actionId: next.actionId });
    else {
      setDialog({ kind: 'none' });
      focusRow(update.actionId);
    }
    return null;
  };

  const changeScheme = (kind: string) => {
    if (kind !== 'tertials' && kind !== 'quarters' && kind !== 'custom') return;
    // Own periods start as the current periods (same ids and dates), so no update or closure is lost; then the planner edits them.
    const scheme: PeriodScheme =
      kind === 'custom' ? { kind, periods: periods.map((p) => ({ id: p.id, shortName: p.shortName, name: periodName(t, p), from: p.from, to: p.to })) } : { kind };
    const refusal = runEdit(t('followUpScreen.update.schemeLabel'), (d) => setPeriodScheme(d, plan.id, scheme));
    setBarError(refusal);
    if (!refusal && kind === 'custom') setNotice(t('followUpScreen.periods.switched', { count: periods.length }));
  };
  const changeWeighting = (value: string) => {
    const weighting: KpiWeighting = value === 'cost' ? 'cost' : 'equal';
    setBarError(runEdit(t('followUpScreen.update.weightingLabel'), (d) => setKpiWeighting(d, plan.id, weighting)));
  };

  const openAction = dialog.kind === 'update' ? actions.find((a) => a.id === dialog.actionId) : undefined;
  const openFigures = openAction ? rollUp.actions.find((f) => f.actionId === openAction.id) : undefined;
  const closures = plan.followUp.closures;

  return (
    <>
      <div className="fu-bar">
        <label className="pl-field">
          <span>{t('followUpScreen.period')}</span>
          <select value={period.id} onChange={(e) => onPeriodChange(e.target.value)}>
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {periodName(t, p)}
              </option>
            ))}
          </select>
        </label>
        <label className="pl-field">
          <span>{t('followUpScreen.scheme')}</span>
          <select value={plan.followUp.scheme.kind} onChange={(e) => changeScheme(e.target.value)}>
            <option value="tertials">{t('followUp.scheme.tertials')}</option>
            <option value="quarters">{t('followUp.scheme.quarters')}</option>
            <option value="custom">{t('followUp.scheme.custom')}</option>
          </select>
        </label>
        {plan.followUp.scheme.kind === 'custom' ? (
          <button type="button" className="button" onClick={() => (props.onEditPeriods ? props.onEditPeriods() : setDialog({ kind: 'periods' }))}>
            {t('followUpScreen.periods.open')}
          </button>
        ) : null}
        <label className="pl-field">
          <span>{t('followUpScreen.weighting')}</span>
          <select value={plan.followUp.kpiWeighting} onChange={(e) => changeWeighting(e.target.value)}>
            <option value="equal">{t('followUpScreen.weightingEqual')}</option>
            <option value="cost">{t('followUpScreen.weightingCost')}</option>
          </select>
        </label>
        <div className="fu-bar-tools">
          {closure ? (
            <button type="button" className="button" onClick={() => setDialog({ kind: 'reopen' })}>
              {t('followUpScreen.reopenPeriod')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => setDialog({ kind: 'close' })}>
              {t('followUpScreen.closePeriod')}
            </button>
          )}
          {renderReports?.(plan.year, period.id)}
        </div>
      </div>
      {team !== null ? <ConflictAnnouncer planId={plan.id} /> : null}
      <FieldConflict collection={FOLLOW_UP_SETTINGS_MAP} entityId={plan.id} field={['scheme', 'kpiWeighting']} />
      <ErrorText>{barError}</ErrorText>
      <p className={closure ? 'fu-closed' : undefined}>
        {closure
          ? t('followUpScreen.closed', { period: label, date: format.date(closure.date), by: closure.by || '–' })
          : t('followUpScreen.open', { period: label })}
      </p>
      <p role="status" className="fu-notice">
        {notice}
      </p>
      <section className="fu-section">
        <h2 id="fu-table-heading">{t('followUpScreen.tableHeading')}</h2>
        <StatusTable
          key={focus.n}
          actions={actions}
          figures={rollUp.actions}
          period={period}
          periods={periods}
          periodLabel={label}
          focusActionId={focus.id}
          onOpen={(actionId) => setDialog({ kind: 'update', actionId })}
          renderConflicts={(actionId) => conflictUpdates.get(actionId)?.map((id) => <FieldConflict key={id} collection={FOLLOW_UP_UPDATES_MAP} entityId={id} />)}
        />
      </section>
      <AttentionList entries={rollUp.attention} actions={actions} hrefFor={(actionId) => hrefFor(period.id, actionId)} />
      <RollUpSection doc={doc} rollUp={rollUp} />
      <section className="fu-section" aria-labelledby="fu-log-heading">
        <h2 id="fu-log-heading">{t('followUpScreen.log')}</h2>
        {closures.length === 0 ? (
          <p className="pl-muted">{t('followUpScreen.logEmpty')}</p>
        ) : (
          <ul>
            {closures.map((c) => {
              const p = periods.find((x) => x.id === c.periodId);
              const name = p ? periodName(t, p) : c.periodId;
              return (
                <li key={c.id}>
                  {name}: {t('followUpScreen.logClosed', { date: format.date(c.date), by: c.by || '–' })}
                  {c.reopened ? <>; {t('followUpScreen.logReopened', { date: format.date(c.reopened.date), by: c.reopened.by || '–', reason: c.reopened.reason })}</> : null}
                  <FieldConflict collection={FOLLOW_UP_CLOSURES_MAP} entityId={c.id} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {openAction ? (
        <UpdateDialog
          key={openAction.id}
          doc={doc}
          action={openAction}
          period={period}
          latest={openFigures?.updateId ? updates.find((u) => u.id === openFigures.updateId) ?? plan.followUp.updates.find((u) => u.id === openFigures.updateId) : undefined}
          defaultDate={defaultUpdateDate(period, today)}
          defaultAuthor={rememberedAuthor()}
          onSave={save}
          onClose={() => {
            setDialog({ kind: 'none' });
            focusRow(openAction.id);
          }}
        />
      ) : null}
      {dialog.kind === 'periods' ? <PeriodsDialog plan={plan} runEdit={runEdit} onClose={() => setDialog({ kind: 'none' })} /> : null}
      {dialog.kind === 'close' ? (
        <ConfirmDialog
          title={t('followUpScreen.closeTitle', { period: label })}
          body={t('followUpScreen.closeBody')}
          confirmLabel={t('followUpScreen.closeConfirm')}
          onCancel={() => setDialog({ kind: 'none' })}
          onConfirm={() => {
            setBarError(runEdit(t('followUpScreen.update.closeLabel'), (d) => closePeriod(d, plan.id, period.id, { date: today, by: rememberedAuthor() })));
            setDialog({ kind: 'none' });
          }}
        />
      ) : null}
      {dialog.kind === 'reopen' ? (
        <ReopenDialog
          periodLabel={label}
          onCancel={() => setDialog({ kind: 'none' })}
          onReopen={(reason) => {
            const refusal = runEdit(t('followUpScreen.update.reopenLabel'), (d) => reopenPeriod(d, plan.id, period.id, { date: today, by: rememberedAuthor(), reason }));
            if (!refusal) setDialog({ kind: 'none' });
            return refusal;
          }}
        />
      ) : null}
    </>
  );
}
