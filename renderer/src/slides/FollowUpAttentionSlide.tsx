/** «Trenger oppmerksomhet» for the board: the first entries of the attention list, and how many more there are. */
import { useTranslation } from 'react-i18next';
import { attentionMessage } from '@shared/rules/attention';
import { useRenderMessage } from '../ui/messages';
import type { SlideProps } from './slide-props';

const MAX_ENTRIES = 7;

/** The follow-up attention slide. */
export function FollowUpAttentionSlide({ plan, model, headingId }: SlideProps) {
  const { t } = useTranslation();
  const render = useRenderMessage();
  const followUp = model.followUp;
  if (!followUp) return null;
  const { period, rollUp } = followUp;
  const titles = new Map(model.input.actions.map((a) => [a.id, a.title]));
  const shown = rollUp.attention.slice(0, MAX_ENTRIES);
  const rest = rollUp.attention.length - shown.length;
  return (
    <div className="pr-findings">
      <h2 id={headingId}>{t('followUpScreen.slides.attentionTitle', { period: period.shortName, year: plan.year })}</h2>
      {shown.length === 0 ? (
        <p className="pr-verdict">{t('followUpScreen.attention.empty')}</p>
      ) : (
        <ul className="pr-finding-list">
          {shown.map((e, i) => {
            const m = attentionMessage(e);
            return (
              <li key={`${e.code}-${e.actionId}-${i}`} className="pr-finding is-warning">
                <span>{render({ ...m, params: { title: titles.get(e.actionId) ?? '', ...m.params } })}</span>
              </li>
            );
          })}
        </ul>
      )}
      {rest > 0 ? <p className="pr-note">{t('presentation.findings.more', { count: rest })}</p> : null}
    </div>
  );
}
