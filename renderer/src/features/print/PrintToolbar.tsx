/**
 * The bar above a printable document (never printed): back where it was opened from
 * (print-return.ts; after a reload: the year's scenarios), switch
 * between the plan and the slides (and the slides' scenario), and «Lagre som PDF» through
 * DesktopApi.printToPdf (desktop: a PDF file; web: the browser's print dialog).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, strategyHref } from '../../app/hash-route';
import { getDesktopApi } from '../../platform';
import type { ScenarioChoice } from '../../slides/presentation-model';
import { BASIS_CHOICE } from '../../slides/presentation-model';
import { PRINT_SECTION, PRINT_SLIDES_PARAM, SCENARIOS_SECTION } from '../../app/sections';
import { printOrigin } from '../../app/print-return';

/** Props of PrintToolbar. */
export interface PrintToolbarProps {
  strategyId: string;
  year: number;
  isSlides: boolean;
  choices: readonly ScenarioChoice[];
  scenarioKey: string;
  /** File name offered when saving the PDF. */
  fileName: string;
  /** The tertialrapport / årsrapport: no plan/slides switch; back (after a reload) to this link. */
  report?: { backHref: string; backLabel: string };
}

/** The toolbar. */
export function PrintToolbar({ strategyId, year, isSlides, choices, scenarioKey, fileName, report }: PrintToolbarProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const origin = printOrigin();
  const screenKey = `shell.nav.${origin?.section ?? ''}`;
  let backLabel = report ? report.backLabel : t('print.toolbar.back', { year });
  if (origin && !report) backLabel = i18n.exists(screenKey) ? t('print.toolbar.backTo', { screen: t(screenKey).toLocaleLowerCase(i18n.language) }) : t('print.toolbar.backPlain');
  const slidesHref = (key: string) =>
    key === BASIS_CHOICE
      ? strategyHref(strategyId, PRINT_SECTION, String(year), PRINT_SLIDES_PARAM)
      : strategyHref(strategyId, PRINT_SECTION, String(year), PRINT_SLIDES_PARAM, key);

  const save = async () => {
    setMessage(null);
    const res = await getDesktopApi().printToPdf({ suggestedName: fileName, landscape: isSlides });
    if (!res.ok) {
      if (res.error.code !== 'cancelled') setMessage({ kind: 'error', text: t('print.toolbar.failed', { message: res.error.message }) });
      return;
    }
    if (res.value) setMessage({ kind: 'ok', text: t('print.toolbar.saved', { name: res.value.name }) });
  };

  return (
    <div className="pt-toolbar">
      <div className="pt-toolbar-row">
        <a
          className="button"
          href={origin?.hash ?? report?.backHref ?? strategyHref(strategyId, SCENARIOS_SECTION, String(year))}
          onClick={(e) => {
            // Straight from there: back in history, so Back and Forward stay in order.
            if (origin?.depth !== 1) return;
            e.preventDefault();
            window.history.back();
          }}
        >
          {backLabel}
        </a>
        {report ? null : (
          <nav aria-label={t('print.toolbar.documents')} className="pt-switch">
            <a className="button" href={strategyHref(strategyId, PRINT_SECTION, String(year))} aria-current={isSlides ? undefined : 'page'}>
              {t('print.toolbar.plan')}
            </a>
            <a className="button" href={slidesHref(scenarioKey)} aria-current={isSlides ? 'page' : undefined}>
              {t('print.toolbar.slides')}
            </a>
          </nav>
        )}
        {isSlides && choices.length > 1 ? (
          <span className="pt-scenario">
            <label htmlFor={id}>{t('print.toolbar.scenario')}</label>
            <select id={id} value={scenarioKey} onChange={(e) => navigate(slidesHref(e.target.value))}>
              {choices.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.name}
                </option>
              ))}
            </select>
          </span>
        ) : null}
        <button type="button" className="button button-primary" onClick={() => void save()}>
          {t('print.toolbar.save')}
        </button>
      </div>
      <p className="pt-hint">{report ? t('print.toolbar.hintReport') : isSlides ? t('print.toolbar.hintSlides') : t('print.toolbar.hintPlan')}</p>
      {message ? (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'pl-error' : 'pt-hint'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
