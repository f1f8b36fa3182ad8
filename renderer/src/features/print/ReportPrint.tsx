/**
 * Tertialrapport / årsrapport til utskrift og PDF (issue 12, point 6): the same
 * `ReportContent` the .docx is laid out from (shared/report/report-content — one model,
 * two outputs): title and title-page facts, the summary (counts per status, KPI, forbruk),
 * innsatsområde by innsatsområde with satsinger / delmål and a table of tiltak (status in
 * words, comment, KPI actual vs target, kostnad, forbruk), tverrgående prosjekter and
 * «Uten kobling» where present, the economy and «Trenger oppmerksomhet». A4 portrait with
 * the report's title, the plan name and the date in every page's margin and page numbers
 * (print.css, named page `report-document`). Headings mirror the .docx: Title → h1,
 * Heading 1 → h2, Heading 2 → h3, Heading 3 → h4.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportActionGroup, ReportContent, ReportTable } from '@shared/report/report-content';
import { reportFooterCss } from './print-model';

/** Props of ReportPrint. */
export interface ReportPrintProps {
  content: ReportContent;
  /** The running footer: report, plan name and date. */
  footer: string;
}

/** A table of texts; `numeric` are the columns that hold amounts or counts. */
function TextTable({ table, caption, numeric }: { table: ReportTable; caption: string; numeric: readonly number[] }) {
  const cls = (i: number) => (numeric.includes(i) ? 'is-numeric' : undefined);
  return (
    <table className="pt-table pt-report-table">
      <caption className="pt-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {table.header.map((h, i) => (
            <th key={i} scope="col" className={cls(i)}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((c, i) =>
              i === 0 ? (
                <th key={i} scope="row">
                  {c}
                </th>
              ) : (
                <td key={i} className={cls(i)}>
                  {c}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ActionTable({ content, group, caption }: { content: ReportContent; group: ReportActionGroup; caption: string }) {
  const { t } = useTranslation();
  const [number, action, status, kpi, cost, spent] = content.actionHeader;
  if (group.actions.length === 0) return <p className="pt-note">{t('print.report.noActions')}</p>;
  return (
    <table className="pt-table pt-actions pt-report-actions">
      <caption className="pt-visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{number}</th>
          <th scope="col">{action}</th>
          <th scope="col">{status}</th>
          <th scope="col">{kpi}</th>
          <th scope="col" className="is-numeric">
            {cost}
          </th>
          <th scope="col" className="is-numeric">
            {spent}
          </th>
        </tr>
      </thead>
      {/* One tbody per tiltak: it never splits across pages. */}
      {group.actions.map((a) => (
        <tbody key={a.actionId} className="pt-action">
          <tr>
            <td>{a.number}</td>
            <th scope="row">
              {a.title}
              {a.comment === null ? null : <span className="pt-lines">{a.comment}</span>}
            </th>
            <td>
              <span className={`pt-status pt-status-${a.status}`}>{a.statusText}</span>
              {a.statusFrom === null ? null : <span className="pt-lines">{a.statusFrom}</span>}
            </td>
            <td>
              {a.kpis.map((line, i) => (
                <span key={i} className="pt-kpi">
                  {line}
                </span>
              ))}
            </td>
            <td className="is-numeric">{a.cost}</td>
            <td className="is-numeric">{a.spent}</td>
          </tr>
        </tbody>
      ))}
    </table>
  );
}

/** The report for print. */
export function ReportPrint({ content, footer }: ReportPrintProps) {
  const { t } = useTranslation();
  const id = useId();
  const titleId = `${id}-title`;
  return (
    <article className="pt-doc pt-report" aria-labelledby={titleId} lang={content.languageTag}>
      <style>{reportFooterCss(footer)}</style>
      <header className="pt-doc-head">
        <p className="pt-eyebrow">{content.organisation}</p>
        <h1 id={titleId}>{content.title}</h1>
        <ul className="pt-report-facts">
          {content.titlePage.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      </header>

      <section aria-labelledby={`${id}-summary`}>
        <h2 id={`${id}-summary`}>{content.summary.heading}</h2>
        <h3>{content.summary.countsHeading}</h3>
        <TextTable table={content.summary.counts} caption={t('print.report.countsCaption')} numeric={[1]} />
        {content.summary.lines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </section>

      {content.sections.map((section, s) => (
        <section key={s} aria-labelledby={`${id}-s${s}`}>
          <h2 id={`${id}-s${s}`}>{section.heading}</h2>
          {section.intro === null ? null : <p>{section.intro}</p>}
          {section.areas.map((area, a) => (
            <section key={a} className="pt-group" aria-labelledby={`${id}-s${s}a${a}`}>
              <h3 id={`${id}-s${s}a${a}`}>
                {area.kindText === null ? null : <span className="pt-kind">{area.kindText}</span>} {area.heading}
              </h3>
              <p className="pt-note">{area.counts}</p>
              <p className="pt-note">{area.figures}</p>
              {area.groups.map((group, g) => (
                <div key={g} className="pt-report-group">
                  {group.heading === null ? null : <h4>{group.heading}</h4>}
                  <ActionTable
                    content={content}
                    group={group}
                    caption={t('print.report.actionsCaption', { name: group.heading === null ? area.heading : `${area.heading} – ${group.heading}` })}
                  />
                </div>
              ))}
            </section>
          ))}
        </section>
      ))}

      <section aria-labelledby={`${id}-economy`}>
        <h2 id={`${id}-economy`}>{content.economy.heading}</h2>
        <TextTable table={content.economy.table} caption={t('print.report.economyCaption')} numeric={[1]} />
        <h3>{content.economy.fundingHeading}</h3>
        <TextTable table={content.economy.funding} caption={content.economy.fundingHeading} numeric={[1, 2, 3, 4]} />
      </section>

      <section aria-labelledby={`${id}-attention`}>
        <h2 id={`${id}-attention`}>{content.attention.heading}</h2>
        <p>{content.attention.intro}</p>
        {content.attention.items.length > 0 ? (
          <ul className="pt-attention">
            {content.attention.items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        ) : null}
      </section>
    </article>
  );
}
