/**
 * One innsatsområde (or støtteområde, or the tverrgående prosjekter): its satsinger with
 * the number of active tiltak, cost and own funds in the chosen scenario, and the area's
 * total, share of the plan's cost and target share.
 */
import { useTranslation } from 'react-i18next';
import { UNLINKED_GROUP_KEY, lineBudgets } from '@shared/rules';
import type { SlideProps } from './slide-props';
import { useFormat } from '../ui/format';

/** Props of FocusAreaSlide. */
export interface FocusAreaSlideProps extends SlideProps {
  focusAreaId: string | null;
  /** The kontroll's group key (`area:<id>`, `projects`, `unlinked`). */
  groupKey: string;
}

const MAX_LINES = 8;

/** The focus area slide. */
export function FocusAreaSlide({ strategy, model, focusAreaId, groupKey, headingId }: FocusAreaSlideProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const area = focusAreaId === null ? null : strategy.focusAreas.find((f) => f.id === focusAreaId);
  const totals = model.kontroll.byFocusArea.find((g) => g.key === groupKey);
  // «Uten kobling» has no lines; «Tverrgående prosjekter» lists every prosjekt with all its tiltak.
  const lines = groupKey === UNLINKED_GROUP_KEY ? [] : lineBudgets(model.kontroll.byLine, focusAreaId);
  const shown = lines.slice(0, MAX_LINES);
  const name = area ? area.name : groupKey === UNLINKED_GROUP_KEY ? t('plan.table.groupUnlinked') : t('presentation.focus.projects');
  const eyebrow = area ? t(`presentation.focus.kind.${area.kind}`) : t('presentation.focus.crossCutting');
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : format.percent(v));
  return (
    <div className="pr-focus">
      <p className="pr-eyebrow">{eyebrow}</p>
      <h2 id={headingId}>{name}</h2>
      <div className="pr-columns">
        <div className="pr-main-col">
          {shown.length === 0 ? (
            <p className="pr-empty">{t('presentation.focus.noInitiatives')}</p>
          ) : (
            <table className="pr-table">
              <caption className="pr-visually-hidden">{t('presentation.focus.caption', { name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{area ? t('presentation.focus.initiative') : t('presentation.focus.project')}</th>
                  <th scope="col" className="is-numeric">
                    {t('presentation.focus.actions')}
                  </th>
                  <th scope="col" className="is-numeric">
                    {t('presentation.figures.cost')}
                  </th>
                  <th scope="col" className="is-numeric">
                    {t('presentation.figures.ownFunds')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((l) => (
                  <tr key={l.id} className={l.actionCount === 0 ? 'is-empty' : undefined}>
                    <th scope="row">{l.name}</th>
                    <td className="is-numeric">{l.actionCount === 0 ? t('presentation.focus.none') : format.number(l.actionCount)}</td>
                    <td className="is-numeric">{format.kroner(l.cost)}</td>
                    <td className="is-numeric">{format.kroner(l.ownFunds)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {lines.length > shown.length ? <p className="pr-note">{t('presentation.focus.more', { count: lines.length - shown.length })}</p> : null}
        </div>
        <dl className="pr-figures">
          <div>
            <dt>{t('presentation.focus.activeActions')}</dt>
            <dd>{format.number(totals?.actionCount ?? 0)}</dd>
          </div>
          <div>
            <dt>{t('presentation.figures.cost')}</dt>
            <dd>{format.kroner(totals?.cost ?? 0)}</dd>
          </div>
          <div>
            <dt>{t('presentation.figures.ownFunds')}</dt>
            <dd>{format.kroner(totals?.ownFunds ?? 0)}</dd>
          </div>
          <div>
            <dt>{t('presentation.focus.share')}</dt>
            <dd>
              {pct(totals?.share)}
              {totals?.targetShare != null ? <span className="pr-sub">{t('presentation.focus.target', { target: pct(totals.targetShare) })}</span> : null}
            </dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
