/**
 * The active tiltak with this period's status, KPI actual vs target, forbruk vs kostnad and
 * the expected frist. Keyboard first: each row's title is a button (Enter opens the update
 * form), ↑/↓ move between rows. The table scrolls inside its own region.
 */
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action } from '@shared/domain';
import type { ActionFollowUp, ReportingPeriod } from '@shared/domain/follow-up';
import { useFormat } from '../../ui/format';
import { StatusBadge } from './StatusBadge';

/** Props of StatusTable. */
export interface StatusTableProps {
  actions: readonly Action[];
  figures: readonly ActionFollowUp[];
  period: ReportingPeriod;
  periods: readonly ReportingPeriod[];
  periodLabel: string;
  /** The tiltak whose row gets focus when shown (from a link or after «Lagre og neste»). */
  focusActionId: string | null;
  onOpen(actionId: string): void;
  /** A team strategy's open conflicts on the tiltak's status updates in the period (shown under its status), if any. */
  renderConflicts?(actionId: string): ReactNode;
}

/** The status table. */
export function StatusTable({ actions, figures, period, periods, periodLabel, focusActionId, onOpen, renderConflicts }: StatusTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const body = useRef<HTMLTableSectionElement>(null);
  const byId = new Map(actions.map((a) => [a.id, a]));

  useEffect(() => {
    if (focusActionId === null) return;
    const buttons = Array.from(body.current?.querySelectorAll<HTMLButtonElement>('button[data-action-id]') ?? []);
    const button = buttons.find((b) => b.dataset.actionId === focusActionId);
    button?.focus();
    button?.scrollIntoView?.({ block: 'nearest' });
  }, [focusActionId]);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = Array.from(body.current?.querySelectorAll<HTMLButtonElement>('button[data-action-id]') ?? []);
    const i = buttons.indexOf(e.currentTarget);
    const next = buttons[e.key === 'ArrowDown' ? i + 1 : i - 1];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  if (figures.length === 0) return <p className="pl-muted">{t('followUpScreen.noActions')}</p>;
  return (
    <div className="fu-scroll" role="region" aria-label={t('followUpScreen.tableHeading')} tabIndex={0}>
      <table className="fu-table">
        <caption>{t('followUpScreen.tableCaption', { period: periodLabel })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('followUpScreen.col.number')}</th>
            <th scope="col">{t('followUpScreen.col.title')}</th>
            <th scope="col">{t('followUpScreen.col.status')}</th>
            <th scope="col">{t('followUpScreen.col.kpi')}</th>
            <th scope="col">{t('followUpScreen.col.spending')}</th>
            <th scope="col">{t('followUpScreen.col.deadline')}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {figures.map((f) => {
            const action = byId.get(f.actionId);
            const from = f.updatePeriodId !== null && f.updatePeriodId !== period.id ? periods.find((p) => p.id === f.updatePeriodId) : undefined;
            return (
              <tr key={f.actionId} className={focusActionId === f.actionId ? 'fu-row-focus' : undefined}>
                <td>{f.number}</td>
                <th scope="row">
                  <button type="button" className="link-button fu-open" data-action-id={f.actionId} onClick={() => onOpen(f.actionId)} onKeyDown={onKeyDown}>
                    {action?.title ?? f.actionId}
                  </button>
                </th>
                <td>
                  <StatusBadge status={f.status} />
                  {from ? <span className="pl-muted"> {t('followUpScreen.fromEarlier', { period: from.shortName })}</span> : null}
                  {renderConflicts?.(f.actionId)}
                </td>
                <td>
                  {f.kpis.length === 0
                    ? '–'
                    : f.kpis.map((k) => {
                        const kpi = action?.kpis.find((x) => x.id === k.kpiId);
                        return (
                          <div key={k.kpiId}>
                            {k.actual === null ? '–' : format.number(k.actual)} / {k.target === null ? '–' : format.number(k.target)} {kpi?.unit ?? ''}
                          </div>
                        );
                      })}
                </td>
                <td className="fu-num">
                  {format.kroner(f.spending.total)} / {format.kroner(f.cost)}
                </td>
                <td>{f.deadline === null ? '–' : format.date(f.deadline)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
