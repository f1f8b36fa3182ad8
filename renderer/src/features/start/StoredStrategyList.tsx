/** The strategies already in the app's store: continue where you left off, or delete. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { strategyHref } from '../../app/hash-route';
import { DEFAULT_SECTION } from '../../app/sections';
import { listStrategies } from '../../db/repositories';
import { moveToTrash } from '../../db/trash';
import { useConfirm } from '../../ui/use-confirm';
import { formatTimestamp } from '../../ui/format-timestamp';

/** The list of stored strategies. */
export function StoredStrategyList() {
  const { t, i18n } = useTranslation();
  const stored = useLiveQuery(() => listStrategies(), []);
  const askToConfirm = useConfirm();
  const onDelete = async (id: string, name: string) => {
    const isConfirmed = await askToConfirm({
      title: t('start.stored.deleteTitle'),
      body: t('start.stored.deleteConfirm', { name }),
      confirmLabel: t('start.stored.deleteButton'),
      isDanger: true,
    });
    if (isConfirmed) await moveToTrash(id);
  };
  return (
    <section className="start-section" aria-labelledby="start-stored">
      <h2 id="start-stored">{t('start.stored.heading')}</h2>
      {stored === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : stored.length === 0 ? (
        <p className="muted">{t('start.stored.empty')}</p>
      ) : (
        <ul className="row-list">
          {stored.map(({ strategy, updatedAt, planCount }) => (
            <li key={strategy.id} className="row">
              <div className="row-main">
                <a className="row-link" href={strategyHref(strategy.id, DEFAULT_SECTION)} aria-label={t('start.stored.continue', { name: strategy.name })}>
                  {strategy.name}
                </a>
                <span className="muted">
                  {strategy.organisation} · {strategy.periodFrom}–{strategy.periodTo} · {t('start.stored.plans', { count: planCount })}
                  {updatedAt ? ` · ${t('start.stored.changed', { date: formatTimestamp(updatedAt, i18n.language) })}` : ''}
                </span>
              </div>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => void onDelete(strategy.id, strategy.name)}
              >
                {t('start.stored.delete', { name: strategy.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
