/**
 * The kontroll's findings, errors first, each with a link to where to fix it: a tiltak
 * opens the plan screen with that tiltak selected; an innsatsområde or satsing with no tiltak
 * opens the plan at its group (to add one there); another finding about an innsatsområde,
 * satsing or overordnet strategi opens the føringer editor there; a finding about the plan moves to the frame.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding, Severity } from '@shared/domain';
import { renderFinding } from '@shared/rules';
import { strategyHref } from '../../app/hash-route';
import { planGroupTarget } from '../../app/plan-links';
import { EDITOR_SECTION } from '../../app/sections';
import { FRAME_SECTION_ID } from './FrameEditor';

/** Props of FindingsList. */
export interface FindingsListProps {
  findings: readonly Finding[];
  strategyId: string;
  year: number;
  planSection: string;
}

const PAGE = 200;

/** The findings list. */
export function FindingsList({ findings, strategyId, year, planSection }: FindingsListProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const lang = i18n.language === 'en' ? 'en' : 'nb';
  const shown = severity ? findings.filter((f) => f.severity === severity) : findings;

  const link = (f: Finding) => {
    const e = f.entity;
    if (e.kind === 'action') {
      return (
        <a className="ec-finding-link" href={strategyHref(strategyId, planSection, String(year), e.id)}>
          {t('economy.findings.goToAction', { number: e.number })}
        </a>
      );
    }
    if (e.kind === 'plan') {
      return (
        <button
          type="button"
          className="link-button ec-finding-link"
          onClick={() => {
            const section = document.getElementById(FRAME_SECTION_ID);
            section?.scrollIntoView({ block: 'start' });
            section?.querySelector<HTMLElement>('input')?.focus();
          }}
        >
          {t('economy.findings.goToFrame')}
        </button>
      );
    }
    // An area or satsing with no tiltak: to the plan, at its group, to add one there.
    if ((e.kind === 'focusArea' && f.code === 'focus-area-uncovered') || (e.kind === 'initiative' && f.code === 'initiative-uncovered')) {
      return (
        <a className="ec-finding-link" href={strategyHref(strategyId, planSection, String(year), planGroupTarget(e.kind, e.id))}>
          {t('economy.findings.goToPlanGroup')}
        </a>
      );
    }
    return (
      <a className="ec-finding-link" href={strategyHref(strategyId, EDITOR_SECTION, e.id)}>
        {t('economy.findings.goToStrategy')}
      </a>
    );
  };

  return (
    <section className="ec-card" aria-labelledby={`${id}-h`}>
      <div className="ec-card-head">
        <h2 id={`${id}-h`}>{t('economy.findings.heading', { count: findings.length })}</h2>
        <span className="pl-filter">
          <label htmlFor={`${id}-sev`}>{t('economy.findings.filter')}</label>
          <select id={`${id}-sev`} value={severity} onChange={(e) => setSeverity((['error', 'warning', 'info'] as const).find((s) => s === e.target.value) ?? '')}>
            <option value="">{t('economy.findings.all')}</option>
            {(['error', 'warning', 'info'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`economy.findings.severity.${s}`)} ({findings.filter((f) => f.severity === s).length})
              </option>
            ))}
          </select>
        </span>
      </div>
      {shown.length === 0 ? <p className="pl-muted">{t('economy.findings.none')}</p> : null}
      <ul className="ec-findings">
        {shown.slice(0, limit).map((f, i) => (
          <li key={`${f.code}-${f.entity.id}-${i}`} className={`ec-finding is-${f.severity}`}>
            <span className="ec-severity">{t(`economy.findings.severity.${f.severity}`)}</span>
            <span className="ec-finding-text">{renderFinding(f, lang)}</span>
            {link(f)}
          </li>
        ))}
      </ul>
      {shown.length > limit ? (
        <button type="button" className="button" onClick={() => setLimit((n) => n + PAGE)}>
          {t('economy.findings.more', { count: shown.length - limit })}
        </button>
      ) : null}
    </section>
  );
}
