/**
 * Handlingsplanen som dokument (for protokollen): plan name, year, status and date, the
 * totals against the frame, and per innsatsområde a table of its tiltak with ansvarlig,
 * start, frist, prioritet, status and the amounts, and under each tiltak its
 * samarbeidspartnere, finansiering by source and status, and KPI (the elements of the
 * Osloregionen målhierarki), with a sum row. Laid out for A4 with a print stylesheet that
 * keeps a group heading with its table's first tiltak.
 */
import { useTranslation } from 'react-i18next';
import type { Action, ActionPlan, Strategy } from '@shared/domain';
import type { PlanTotals } from '@shared/rules';
import { todayIso } from '../../ui/today';
import type { PrintAmounts, PrintGroup } from './print-model';
import { planFooterCss } from './print-model';
import { useFormat } from '../../ui/format';
import { ActionDetails } from './ActionDetails';

/** Props of PlanDocumentPrint. */
export interface PlanDocumentPrintProps {
  strategy: Strategy;
  plan: ActionPlan;
  groups: readonly PrintGroup[];
  totals: PlanTotals;
}

/** The plan document. */
export function PlanDocumentPrint({ strategy, plan, groups, totals }: PlanDocumentPrintProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const isOver = totals.margin < 0;
  const percent = totals.marginPercent === null ? '–' : format.percentNumber(Math.abs(totals.marginPercent));
  const amountCells = (a: PrintAmounts) => (
    <>
      <td className="is-numeric">{format.kroner(a.cost)}</td>
      <td className="is-numeric">{format.kroner(a.own)}</td>
      <td className="is-numeric">{format.kroner(a.partner)}</td>
      <td className="is-numeric">{format.kroner(a.external)}</td>
      <td className="is-numeric">{format.kroner(a.uncovered)}</td>
    </>
  );
  const statusOf = (a: Action) => t(`plan.actionStatus.${a.status}`);
  const printedOn = format.date(todayIso());
  const actorNames = new Map(strategy.actors.map((a) => [a.id, a.name]));
  return (
    <article className="pt-doc" aria-labelledby="pt-doc-title">
      {/* Plan name and date in every page's bottom margin (the page number is on the right, print.css). */}
      <style>{planFooterCss(t('print.doc.pageFooter', { year: plan.year, name: strategy.name, date: printedOn }))}</style>
      <header className="pt-doc-head">
        <p className="pt-eyebrow">{strategy.organisation}</p>
        <h1 id="pt-doc-title">{t('print.doc.title', { year: plan.year })}</h1>
        <p className="pt-subtitle">{strategy.name}</p>
        <dl className="pt-facts">
          <div>
            <dt>{t('print.doc.status')}</dt>
            <dd>{t(`plan.planStatus.${plan.status}`)}</dd>
          </div>
          {plan.adoptedDate ? (
            <div>
              <dt>{t('print.doc.adopted')}</dt>
              <dd>{format.date(plan.adoptedDate)}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('print.doc.period')}</dt>
            <dd>
              {strategy.periodFrom}–{strategy.periodTo}
            </dd>
          </div>
          <div>
            <dt>{t('print.doc.printed')}</dt>
            <dd>{printedOn}</dd>
          </div>
        </dl>
      </header>

      <section className="pt-summary" aria-labelledby="pt-summary-h">
        <h2 id="pt-summary-h">{t('print.doc.summary')}</h2>
        <p className={`pt-verdict${isOver ? ' is-over' : ''}`}>
          {totals.frameOwnFunds === 0
            ? t('print.doc.noFrame')
            : isOver
              ? t('print.doc.over', { amount: format.kroner(-totals.margin), percent })
              : t('print.doc.within', { amount: format.kroner(totals.margin), percent })}
        </p>
        <table className="pt-table pt-summary-table">
          <caption className="pt-visually-hidden">{t('print.doc.summary')}</caption>
          <tbody>
            <tr>
              <th scope="row">{t('print.doc.frame')}</th>
              <td className="is-numeric">{format.kroner(totals.frameOwnFunds)}</td>
              <th scope="row">{t('print.doc.capacity')}</th>
              <td className="is-numeric">{t('print.doc.hoursValue', { hours: format.hours(totals.capacityHours) })}</td>
            </tr>
            <tr>
              <th scope="row">{t('print.doc.ownFunds')}</th>
              <td className="is-numeric">{format.kroner(totals.ownFunds)}</td>
              <th scope="row">{t('print.doc.hours')}</th>
              <td className="is-numeric">{t('print.doc.hoursValue', { hours: format.hours(totals.hours) })}</td>
            </tr>
            <tr>
              <th scope="row">{t('print.doc.cost')}</th>
              <td className="is-numeric">{format.kroner(totals.cost)}</td>
              <th scope="row">{t('print.doc.activeActions')}</th>
              <td className="is-numeric">{format.number(totals.activeActions)}</td>
            </tr>
            <tr>
              <th scope="row">{t('print.doc.partnerExternal')}</th>
              <td className="is-numeric">
                {format.kroner(totals.partnerFunds)} / {format.kroner(totals.externalFunds)}
              </td>
              <th scope="row">{t('print.doc.uncovered')}</th>
              <td className="is-numeric">{format.kroner(totals.uncovered)}</td>
            </tr>
          </tbody>
        </table>
        <p className="pt-note">{t('print.doc.activeNote')}</p>
      </section>

      {groups.map((g) => (
        <section key={g.key} className="pt-group" aria-labelledby={`pt-g-${g.key}`}>
          <h2 id={`pt-g-${g.key}`}>
            <span className="pt-kind">{t(`print.doc.kind.${g.kind}`)}</span> {g.name}
          </h2>
          {g.rows.length === 0 ? (
            <p className="pt-note">{t('print.doc.noActions')}</p>
          ) : (
            <table className="pt-table pt-actions">
              <caption className="pt-visually-hidden">{t('print.doc.groupCaption', { name: g.name, year: plan.year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('print.doc.number')}</th>
                  <th scope="col">{t('print.doc.action')}</th>
                  <th scope="col">{t('print.doc.owner')}</th>
                  <th scope="col">{t('print.doc.start')}</th>
                  <th scope="col">{t('print.doc.deadline')}</th>
                  <th scope="col">{t('print.doc.priority')}</th>
                  <th scope="col">{t('print.doc.statusCol')}</th>
                  <th scope="col" className="is-numeric">
                    {t('print.doc.cost')}
                  </th>
                  <th scope="col" className="is-numeric">
                    {t('print.doc.ownFundsShort')}
                  </th>
                  <th scope="col" className="is-numeric">
                    {t('print.doc.partnerShort')}
                  </th>
                  <th scope="col" className="is-numeric">
                    {t('print.doc.externalShort')}
                  </th>
                  <th scope="col" className="is-numeric">
                    {t('print.doc.uncoveredShort')}
                  </th>
                </tr>
              </thead>
              {/* One tbody per tiltak: its row and its details stay on one page together. */}
              {g.rows.map((r) => (
                <tbody key={r.action.id} className={r.isActive ? 'pt-action' : 'pt-action is-inactive'}>
                  <tr>
                    <td>{r.action.number}</td>
                    <th scope="row">
                      {r.action.title}
                      {r.lines.length > 0 ? <span className="pt-lines">{r.lines.join(' · ')}</span> : null}
                    </th>
                    <td>{r.action.owner || t('print.doc.missing')}</td>
                    <td>{r.action.start ? format.date(r.action.start) : t('print.doc.missing')}</td>
                    <td>{r.action.deadline ? format.date(r.action.deadline) : t('print.doc.missing')}</td>
                    <td>{t(`plan.priorityShort.${r.action.priority}`)}</td>
                    <td>{statusOf(r.action)}</td>
                    {amountCells(r.amounts)}
                  </tr>
                  <tr className="pt-detail">
                    <td />
                    <td colSpan={11}>
                      <ActionDetails action={r.action} actorNames={actorNames} />
                    </td>
                  </tr>
                </tbody>
              ))}
              {/* The sum as a row group, not a footer: a footer repeats at every page break. */}
              <tbody className="pt-sum">
                <tr>
                  <th scope="row" colSpan={7}>
                    {t('print.doc.groupSum', { name: g.name })}
                    <span className="pt-lines">{t('print.doc.groupSumCount', { count: g.activeCount })}</span>
                  </th>
                  {amountCells(g.sum)}
                </tr>
              </tbody>
            </table>
          )}
        </section>
      ))}
    </article>
  );
}
