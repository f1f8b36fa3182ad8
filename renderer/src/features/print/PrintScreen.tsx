/**
 * Utskrift og PDF: the handlingsplan as a printable A4 document (`utskrift/<år>`) or the
 * presentation's slides, one per landscape page (`utskrift/<år>/lysbilder[/<scenario>]`),
 * or the tertialrapport / årsrapport of a period (`utskrift/<år>/rapport/<periode>`, A4).
 * Rendered without the app's chrome; a print stylesheet sets the pages, and the page
 * numbers come from CSS page counters (Chromium prints them in the page margin).
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { strategyHref } from '../../app/hash-route';
import { useDocumentStore } from '../../state/document-context';
import { defaultYear, parseYearParam, usePlanData } from '../../ui/use-plan-data';
import { BASIS_CHOICE, presentationModel } from '../../slides/presentation-model';
import { messageLanguage } from '../../ui/message-language';
import { PlanDocumentPrint } from './PlanDocumentPrint';
import { PrintToolbar } from './PrintToolbar';
import { SlidesPrint } from './SlidesPrint';
import { printGroups } from './print-model';
import { FOLLOW_UP_SECTION, PLAN_SECTION, PRINT_REPORT_PARAM, PRINT_SLIDES_PARAM } from '../../app/sections';
import { reportContent } from '@shared/report/report-content';
import { useFormat } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';
import { todayIso } from '../../ui/today';
import { ReportPrint } from './ReportPrint';
import './print.css';

/** Props of PrintScreen. */
export interface PrintScreenProps {
  strategyId: string;
  params: string[];
}

/** Characters a file name should not have on any system (control characters are dropped separately). */
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|]+/g;

/** A file name for the PDF from the document's title. */
function pdfFileName(title: string): string {
  const printable = [...title].filter((c) => c.charCodeAt(0) >= 0x20).join('');
  return `${printable.replace(UNSAFE_FILE_CHARS, ' ').trim().slice(0, 200)}.pdf`;
}

/** The print screen. */
export function PrintScreen({ strategyId, params }: PrintScreenProps) {
  const { t, i18n } = useTranslation();
  const { doc } = useDocumentStore();
  const year = parseYearParam(doc, params[0]) ?? defaultYear(doc);
  const isSlides = params[1] === PRINT_SLIDES_PARAM;
  const isReport = params[1] === PRINT_REPORT_PARAM;
  const reportPeriod = isReport ? (params[2] ?? '') : '';
  const data = usePlanData(doc, year);
  const language = messageLanguage(i18n.language);
  const format = useFormat();
  const render = useRenderMessage();
  const printedOn = todayIso();
  // The tertialrapport / årsrapport: the same content the .docx is made from.
  const report = useMemo(
    () => (isReport ? reportContent(doc, { year, period: reportPeriod, language, date: printedOn }) : null),
    [isReport, doc, year, reportPeriod, language, printedOn],
  );
  const basisName = t('presentation.basis');
  const model = useMemo(
    () => (isSlides ? presentationModel(doc, year, params[2] ?? BASIS_CHOICE, basisName, language) : null),
    [isSlides, doc, year, params, basisName, language],
  );
  const groups = useMemo(() => (data ? printGroups(doc.strategy, data.actions, data.kontroll.byFocusArea, { projects: t('print.doc.projects'), unlinked: t('plan.table.groupUnlinked') }) : []), [doc.strategy, data, t]);
  const title = report?.ok
    ? t('print.report.documentTitle', { title: report.content.title, organisation: report.content.organisation })
    : isSlides
      ? t('print.slides.documentTitle', { year, name: model?.scenarioName ?? basisName, organisation: doc.strategy.organisation })
      : t('print.doc.documentTitle', { year, organisation: doc.strategy.organisation });

  // The PDF's title is the page title. The workspace sets its own title after this effect
  // (parents' effects run last), so ours is set a microtask later and the workspace's
  // title (as WorkspaceLayout writes it) comes back on leaving.
  const workspaceTitle = `${doc.strategy.name} – ${t('common.appName')}`;
  useEffect(() => {
    let isCurrent = true;
    queueMicrotask(() => {
      if (isCurrent) document.title = title;
    });
    return () => {
      isCurrent = false;
      document.title = workspaceTitle;
    };
  }, [title, workspaceTitle]);

  if (!data) {
    return (
      <div className="pt-root">
        <h1>{t('print.noPlanTitle', { year })}</h1>
        <p>{t('print.noPlan', { year })}</p>
        <a className="button" href={strategyHref(strategyId, PLAN_SECTION, String(year))}>
          {t('print.createPlanLink', { year })}
        </a>
      </div>
    );
  }

  const fileName = pdfFileName(title);
  return (
    <div className={`pt-root${isSlides ? ' pt-root-slides' : ''}`}>
      <PrintToolbar
        strategyId={strategyId}
        year={year}
        isSlides={isSlides}
        choices={model?.choices ?? []}
        scenarioKey={model?.scenarioKey ?? BASIS_CHOICE}
        fileName={fileName}
        report={isReport ? { backHref: strategyHref(strategyId, FOLLOW_UP_SECTION, String(year), reportPeriod), backLabel: t('print.report.back', { year }) } : undefined}
      />
      {report ? (
        report.ok ? (
          <ReportPrint
            content={report.content}
            footer={t('print.report.pageFooter', { title: report.content.title, name: doc.strategy.name, date: format.date(printedOn) })}
          />
        ) : (
          <p role="alert" className="pl-error">
            {render(report.error)}
          </p>
        )
      ) : isSlides && model ? (
        <SlidesPrint strategy={doc.strategy} plan={data.plan} model={model} />
      ) : (
        <PlanDocumentPrint strategy={doc.strategy} plan={data.plan} groups={groups} totals={data.kontroll.totals} />
      )}
    </div>
  );
}
