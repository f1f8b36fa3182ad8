/** «Trenger oppmerksomhet»: each entry a link to the tiltak's row in the Oppfølging table. */
import { useTranslation } from 'react-i18next';
import type { Action } from '@shared/domain';
import type { AttentionEntry } from '@shared/domain/follow-up';
import { attentionMessage } from '@shared/rules/attention';
import { useRenderMessage } from '../../ui/messages';

/** Props of AttentionList. */
export interface AttentionListProps {
  entries: readonly AttentionEntry[];
  actions: readonly Action[];
  /** The link to a tiltak (focused in the table). */
  hrefFor(actionId: string): string;
}

/** The attention list. */
export function AttentionList({ entries, actions, hrefFor }: AttentionListProps) {
  const { t } = useTranslation();
  const render = useRenderMessage();
  const titles = new Map(actions.map((a) => [a.id, a.title]));
  return (
    <section className="fu-section" aria-labelledby="fu-attention-heading">
      <h2 id="fu-attention-heading">{t('followUpScreen.attention.heading')}</h2>
      {entries.length === 0 ? (
        <p className="pl-muted">{t('followUpScreen.attention.empty')}</p>
      ) : (
        <ul className="fu-attention">
          {entries.map((e, i) => {
            const m = attentionMessage(e);
            return (
              <li key={`${e.code}-${e.actionId}-${i}`}>
                <a href={hrefFor(e.actionId)}>{render({ ...m, params: { title: titles.get(e.actionId) ?? '', ...m.params } })}</a>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
