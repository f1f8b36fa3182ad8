/**
 * Føringer, read-only: the whole strategy as headings and lists, in the order of the
 * source documents, so a screen reader can walk it as a tree. Empty parts say so.
 */
import { useTranslation } from 'react-i18next';
import { ACTOR_CATEGORIES } from '@shared/domain';
import { useDocumentStore } from '../../state/document-context';
import { FocusAreaSection } from './FocusAreaSection';
import { NamedItemsSection } from './NamedItemsSection';
import { TextSection } from './TextSection';

/** The hierarchy view of the open strategy. */
export function StrategyView() {
  const { t } = useTranslation();
  const { strategy: s } = useDocumentStore().doc;
  const areaNames = new Map(s.focusAreas.map((a) => [a.id, a.name]));
  const priority = s.focusAreas.filter((a) => a.kind === 'priority');
  const support = s.focusAreas.filter((a) => a.kind === 'support');
  const actorsByCategory = ACTOR_CATEGORIES.map((category) => ({ category, actors: s.actors.filter((a) => a.category === category) })).filter(
    (g) => g.actors.length > 0,
  );

  return (
    <article className="strategy-view" aria-labelledby="strategy-title">
      <p className="eyebrow">{t('strategy.heading')}</p>
      <h1 id="strategy-title">{s.name}</h1>
      <dl className="facts">
        <div>
          <dt>{t('strategy.organisation')}</dt>
          <dd>{s.organisation}</dd>
        </div>
        <div>
          <dt>{t('strategy.period')}</dt>
          <dd>{t('strategy.periodValue', { from: s.periodFrom, to: s.periodTo })}</dd>
        </div>
      </dl>

      <TextSection id="sv-vision" heading={t('strategy.vision')} text={s.vision} emptyText={t('strategy.empty.vision')} />
      <TextSection id="sv-goal" heading={t('strategy.overallGoal')} text={s.overallGoal} emptyText={t('strategy.empty.overallGoal')} />
      <TextSection id="sv-purpose" heading={t('strategy.purpose')} text={s.purpose} emptyText={t('strategy.empty.purpose')} />
      <TextSection id="sv-mission" heading={t('strategy.mission')} text={s.mission} emptyText={t('strategy.empty.mission')} />
      <NamedItemsSection id="sv-roles" heading={t('strategy.roles')} items={s.roles} emptyText={t('strategy.empty.roles')} />
      <NamedItemsSection id="sv-values" heading={t('strategy.values')} items={s.values} emptyText={t('strategy.empty.values')} />
      <NamedItemsSection
        id="sv-challenges"
        heading={t('strategy.challenges')}
        items={s.challenges.map((c) => ({ id: c.id, name: c.text }))}
        emptyText={t('strategy.empty.challenges')}
      />
      <NamedItemsSection
        id="sv-guiding"
        heading={t('strategy.guidingStrategies')}
        items={s.guidingStrategies.map((g) => ({ id: g.id, name: g.text }))}
        emptyText={t('strategy.empty.guidingStrategies')}
        isOrdered
      />
      <FocusAreaSection
        id="sv-priority"
        heading={t('strategy.priorityAreas')}
        emptyText={t('strategy.empty.priorityAreas')}
        areas={priority}
        initiatives={s.initiatives}
        guidingStrategies={s.guidingStrategies}
      />
      <FocusAreaSection
        id="sv-support"
        heading={t('strategy.supportAreas')}
        emptyText={t('strategy.empty.supportAreas')}
        areas={support}
        initiatives={s.initiatives}
        guidingStrategies={s.guidingStrategies}
      />
      <NamedItemsSection
        id="sv-cross"
        heading={t('strategy.crossCuttingProjects')}
        items={s.crossCuttingProjects.map((p) => {
          const spans = p.focusAreaIds.flatMap((id) => areaNames.get(id) ?? []);
          const parts = [p.description.trim(), spans.length > 0 ? `${t('strategy.spans')}: ${spans.join(', ')}` : ''].filter(Boolean);
          return { id: p.id, name: p.name, description: parts.join(' — ') };
        })}
        emptyText={t('strategy.empty.crossCuttingProjects')}
      />
      <section className="strategy-section" aria-labelledby="sv-actors">
        <h2 id="sv-actors">{t('strategy.actors')}</h2>
        {actorsByCategory.length === 0 ? (
          <p className="empty">{t('strategy.empty.actors')}</p>
        ) : (
          actorsByCategory.map(({ category, actors }) => (
            <div key={category}>
              <h3>{t(`strategy.actorCategory.${category}`)}</h3>
              <ul className="item-list">
                {actors.map((a) => (
                  <li key={a.id}>{a.name}</li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
      <NamedItemsSection id="sv-regions" heading={t('strategy.partnerRegions')} items={s.partnerRegions} emptyText={t('strategy.empty.partnerRegions')} />
      {/* The templates keep what the source document says beyond the fields here (Osloregionen's
          målhierarki, Østfold's 5-faktormodell and geography) in the notes. */}
      <TextSection id="sv-notes" heading={t('strategy.notes')} text={s.notes} emptyText={t('strategy.empty.notes')} />
    </article>
  );
}
