/**
 * Føringer, read-only: the whole strategy as headings and lists, in the order of the
 * source documents, so a screen reader can walk it as a tree. Parts the strategy does not
 * use are left out and named once at the end; «Skriv ut føringer» prints the view.
 */
import { useTranslation } from 'react-i18next';
import { ACTOR_CATEGORIES } from '@shared/domain';
import { useDocumentStore } from '../../state/document-context';
import { getDesktopApi } from '../../platform';
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

  const has = {
    vision: s.vision.trim() !== '',
    goal: s.overallGoal.trim() !== '',
    purpose: s.purpose.trim() !== '',
    mission: s.mission.trim() !== '',
    roles: s.roles.length > 0,
    values: s.values.length > 0,
    challenges: s.challenges.length > 0,
    guiding: s.guidingStrategies.length > 0,
    priority: priority.length > 0,
    support: support.length > 0,
    cross: s.crossCuttingProjects.length > 0,
    actors: actorsByCategory.length > 0,
    regions: s.partnerRegions.length > 0,
    notes: s.notes.trim() !== '',
  };
  const unused = [
    [has.vision, 'strategy.vision'],
    [has.goal, 'strategy.overallGoal'],
    [has.purpose, 'strategy.purpose'],
    [has.mission, 'strategy.mission'],
    [has.roles, 'strategy.roles'],
    [has.values, 'strategy.values'],
    [has.challenges, 'strategy.challenges'],
    [has.guiding, 'strategy.guidingStrategies'],
    [has.priority, 'strategy.priorityAreas'],
    [has.support, 'strategy.supportAreas'],
    [s.focusAreas.some((a) => a.subGoals.length > 0), 'strategy.subGoals'],
    [s.initiatives.length > 0, 'strategy.initiatives'],
    [has.cross, 'strategy.crossCuttingProjects'],
    [has.actors, 'strategy.actors'],
    [has.regions, 'strategy.partnerRegions'],
    [has.notes, 'strategy.notes'],
  ].flatMap(([isUsed, key]) => (isUsed === true ? [] : [t(String(key))]));
  const print = () => void getDesktopApi().printToPdf({ suggestedName: `${s.name}.pdf`, landscape: false });

  return (
    <article className="strategy-view" aria-labelledby="strategy-title">
      <div className="strategy-tools">
        <button type="button" className="button" onClick={print}>
          {t('strategy.print')}
        </button>
      </div>
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

      {has.vision ? (
<TextSection id="sv-vision" heading={t('strategy.vision')} text={s.vision} emptyText={t('strategy.empty.vision')} />
      ) : null}
      {has.goal ? (
<TextSection id="sv-goal" heading={t('strategy.overallGoal')} text={s.overallGoal} emptyText={t('strategy.empty.overallGoal')} />
      ) : null}
      {has.purpose ? (
<TextSection id="sv-purpose" heading={t('strategy.purpose')} text={s.purpose} emptyText={t('strategy.empty.purpose')} />
      ) : null}
      {has.mission ? (
<TextSection id="sv-mission" heading={t('strategy.mission')} text={s.mission} emptyText={t('strategy.empty.mission')} />
      ) : null}
      {has.roles ? (
<NamedItemsSection id="sv-roles" heading={t('strategy.roles')} items={s.roles} emptyText={t('strategy.empty.roles')} />
      ) : null}
      {has.values ? (
<NamedItemsSection id="sv-values" heading={t('strategy.values')} items={s.values} emptyText={t('strategy.empty.values')} />
      ) : null}
      {has.challenges ? (
<NamedItemsSection
        id="sv-challenges"
        heading={t('strategy.challenges')}
        items={s.challenges.map((c) => ({ id: c.id, name: c.text }))}
        emptyText={t('strategy.empty.challenges')}
      />
      ) : null}
      {has.guiding ? (
<NamedItemsSection
        id="sv-guiding"
        heading={t('strategy.guidingStrategies')}
        items={s.guidingStrategies.map((g) => ({ id: g.id, name: g.text }))}
        emptyText={t('strategy.empty.guidingStrategies')}
        isOrdered
      />
      ) : null}
      {has.priority ? (
<FocusAreaSection
        id="sv-priority"
        heading={t('strategy.priorityAreas')}
        emptyText={t('strategy.empty.priorityAreas')}
        areas={priority}
        initiatives={s.initiatives}
        guidingStrategies={s.guidingStrategies}
        usesSubGoals={s.focusAreas.some((a) => a.subGoals.length > 0)}
        usesInitiatives={s.initiatives.length > 0}
      />
      ) : null}
      {has.support ? (
<FocusAreaSection
        id="sv-support"
        heading={t('strategy.supportAreas')}
        emptyText={t('strategy.empty.supportAreas')}
        areas={support}
        initiatives={s.initiatives}
        guidingStrategies={s.guidingStrategies}
        usesSubGoals={s.focusAreas.some((a) => a.subGoals.length > 0)}
        usesInitiatives={s.initiatives.length > 0}
      />
      ) : null}
      {has.cross ? (
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
      ) : null}
      {!has.actors ? null : (
      <section className="strategy-section" aria-labelledby="sv-actors">
        <h2 id="sv-actors">{t('strategy.actors')}</h2>
        {actorsByCategory.map(({ category, actors }) => (
            <div key={category}>
              <h3>{t(`strategy.actorCategory.${category}`)}</h3>
              <ul className="item-list">
                {actors.map((a) => (
                  <li key={a.id}>{a.name}</li>
                ))}
              </ul>
            </div>
          ))}
      </section>
      )}
      {has.regions ? (
<NamedItemsSection id="sv-regions" heading={t('strategy.partnerRegions')} items={s.partnerRegions} emptyText={t('strategy.empty.partnerRegions')} />
      ) : null}
      {/* The templates keep what the source document says beyond the fields here (Osloregionen's
          målhierarki, Østfold's 5-faktormodell and geography) in the notes. */}
      {has.notes ? (
<TextSection id="sv-notes" heading={t('strategy.notes')} text={s.notes} emptyText={t('strategy.empty.notes')} />
      ) : null}
      {unused.length > 0 ? <p className="empty strategy-unused">{t('strategy.unused', { list: unused.join(', ') })}</p> : null}
    </article>
  );
}
