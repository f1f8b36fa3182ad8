/**
 * The built-in templates and the example plan. The cards need only the templates' names and
 * periods; their content (and the example's) loads when one is chosen (issue 13, first load).
 */
import { useTranslation } from 'react-i18next';
import { TEMPLATES } from '@shared/templates/infos';
import { useCreateStrategy } from './use-create-strategy';

/** Template cards: name, organisation, period, description and a start button. */
export function TemplateList() {
  const { t, i18n } = useTranslation();
  const { create, isBusy } = useCreateStrategy();
  const lang = i18n.language === 'en' ? 'en' : 'nb';
  return (
    <>
      <section className="start-section" aria-labelledby="start-templates">
        <h2 id="start-templates">{t('start.templates.heading')}</h2>
        <p className="muted">{t('start.templates.intro')}</p>
        <ul className="card-list">
          {TEMPLATES.map((tpl) => (
            <li key={tpl.id} className="card">
              <h3 className="card-title">{tpl.name}</h3>
              <p className="card-meta">
                {tpl.organisation} · {t('start.templates.period', { from: tpl.periodFrom, to: tpl.periodTo })}
              </p>
              <p>{tpl.description[lang]}</p>
              <button type="button" className="button button-primary" disabled={isBusy} onClick={() => void create(async () => (await import('@shared/templates')).createFromTemplate(tpl.id))}>
                {t('start.templates.use', { name: tpl.name })}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="start-section" aria-labelledby="start-example">
        <h2 id="start-example">{t('start.example.heading')}</h2>
        <div className="card">
          <h3 className="card-title">{t('start.example.name')}</h3>
          <p>{t('start.example.description')}</p>
          <button type="button" className="button" disabled={isBusy} onClick={() => void create(async () => (await import('@shared/templates')).createExampleDocument(), { keepExisting: true })}>
            {t('start.example.use')}
          </button>
        </div>
      </section>
    </>
  );
}
