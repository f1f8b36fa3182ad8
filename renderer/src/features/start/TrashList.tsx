/** Papirkurv on the start screen: strategies deleted in the last 30 days, each restorable. */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { listTrash, purgeTrash, restoreFromTrash } from '../../db/trash';
import { formatTimestamp } from '../../ui/format-timestamp';

/** The papirkurv section. */
export function TrashList() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const [revision, setRevision] = useState(0);
  const rows = useLiveQuery(() => listTrash(), [revision]);
  useEffect(() => {
    void purgeTrash().catch((e: unknown) => console.error('Papirkurven kunne ikke tømmes', e));
  }, []);

  const restore = async (strategyId: string, name: string) => {
    const outcome = await restoreFromTrash(strategyId);
    setStatus(outcome === 'exists' ? t('backup.trash.exists', { name }) : t('backup.trash.restored', { name }));
    setRevision((n) => n + 1);
  };

  return (
    <section className="start-section" aria-labelledby="start-trash">
      <h2 id="start-trash">{t('backup.trash.heading')}</h2>
      <p className="muted">{t('backup.trash.intro')}</p>
      {rows === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('backup.trash.empty')}</p>
      ) : (
        <ul className="row-list">
          {rows.map((row) => (
            <li key={row.strategyId} className="row">
              <div className="row-main">
                <span>{row.name}</span>
                <span className="muted">{t('backup.trash.deletedAt', { date: formatTimestamp(row.deletedAt, i18n.language) })}</span>
              </div>
              <button type="button" className="button button-quiet" onClick={() => void restore(row.strategyId, row.name)}>
                {t('backup.trash.restore', { name: row.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{status}</p>
    </section>
  );
}
