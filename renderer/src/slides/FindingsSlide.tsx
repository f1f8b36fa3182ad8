/** Dette bør styret merke seg: the kontroll's errors and largest warnings for the chosen scenario. */
import { useTranslation } from 'react-i18next';
import { renderFinding } from '@shared/rules';
import { messageLanguage } from '../ui/message-language';
import { boardFindings } from './slide-model';
import type { SlideProps } from './slide-props';

const MAX_FINDINGS = 6;

/** The findings slide. */
export function FindingsSlide({ model, headingId }: SlideProps) {
  const { t, i18n } = useTranslation();
  const language = messageLanguage(i18n.language);
  const { shown, rest } = boardFindings(model.kontroll.findings, MAX_FINDINGS);
  return (
    <div className="pr-findings">
      <h2 id={headingId}>{t('presentation.findings.heading')}</h2>
      {shown.length === 0 ? (
        <p className="pr-verdict">{t('presentation.findings.none')}</p>
      ) : (
        <ul className="pr-finding-list">
          {shown.map((f, i) => (
            <li key={`${f.code}-${f.entity.id}-${i}`} className={`pr-finding is-${f.severity}`}>
              <span className="pr-severity">{t(`presentation.findings.severity.${f.severity}`)}</span>
              <span>{renderFinding(f, language)}</span>
            </li>
          ))}
        </ul>
      )}
      {rest > 0 ? <p className="pr-note">{t('presentation.findings.more', { count: rest })}</p> : null}
    </div>
  );
}
