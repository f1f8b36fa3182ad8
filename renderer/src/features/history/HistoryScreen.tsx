/**
 * Versjonshistorikk: the strategy's backups with time, reason, plans and tiltak; open one
 * read-only (its plans and tiltak, with «Gjenopprett» and «Gjenopprett som kopi»), compare
 * one with now, restore it as the current version (the version now is backed up first
 * and the restore is one undo step), restore it as a copy, or download it.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareDocuments, copyWithNewIds } from '@shared/backup';
import type { PlanDocument } from '@shared/domain';
import type { DocumentComparison, SnapshotInfo } from '@shared/backup';
import { newId } from '@shared/domain';
import { getDesktopApi } from '../../platform';
import { saveDocument } from '../../db/repositories';
import { useDocumentStore } from '../../state/document-context';
import { useBackups } from '../../state/backup-context';
import { useConfirm } from '../../ui/use-confirm';
import { formatTimestamp } from '../../ui/format-timestamp';
import { readSnapshot, useSnapshots } from './use-snapshots';
import { SnapshotComparison } from './SnapshotComparison';
import { SnapshotView } from './SnapshotView';

/** The version history of the open strategy. */
export function HistoryScreen({ strategyId }: { strategyId: string }) {
  const { t, i18n } = useTranslation();
  const store = useDocumentStore();
  const { backupNow } = useBackups();
  const askToConfirm = useConfirm();
  const { snapshots, error, reload } = useSnapshots(strategyId);
  const [status, setStatus] = useState('');
  const [compared, setCompared] = useState<{ time: string; comparison: DocumentComparison } | null>(null);
  const [viewed, setViewed] = useState<{ snapshot: SnapshotInfo; time: string; doc: PlanDocument } | null>(null);
  const compareRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const when = useCallback((s: SnapshotInfo) => formatTimestamp(s.createdAt, i18n.language), [i18n.language]);

  useEffect(() => {
    if (compared) compareRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [compared]);

  useEffect(() => {
    if (viewed) viewRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [viewed]);

  const view = async (s: SnapshotInfo) => {
    const read = await readSnapshot(s);
    if (!read.ok) return setStatus(t('backup.history.readFailed', { message: read.message }));
    setCompared(null);
    setViewed({ snapshot: s, time: when(s), doc: read.doc });
  };

  const compare = async (s: SnapshotInfo) => {
    const read = await readSnapshot(s);
    if (!read.ok) return setStatus(t('backup.history.readFailed', { message: read.message }));
    setViewed(null);
    setCompared({ time: when(s), comparison: compareDocuments(read.doc, store.doc) });
  };

  const restore = async (s: SnapshotInfo) => {
    const time = when(s);
    const isConfirmed = await askToConfirm({
      title: t('backup.history.restoreTitle'),
      body: t('backup.history.restoreBody', { time }),
      confirmLabel: t('backup.history.restoreButton'),
    });
    if (!isConfirmed) return;
    const read = await readSnapshot(s);
    if (!read.ok) return setStatus(t('backup.history.readFailed', { message: read.message }));
    // The version now becomes a snapshot itself before it is replaced.
    const saved = await backupNow('restore');
    if (!saved.ok) return setStatus(t('backup.settings.backupFailed', { message: saved.error.message }));
    const restored = read.doc;
    store.apply(t('backup.history.restore'), () => restored);
    setCompared(null);
    setViewed(null);
    setStatus(t('backup.history.restored', { time }));
    reload();
  };

  const restoreAsCopy = async (s: SnapshotInfo) => {
    const read = await readSnapshot(s);
    if (!read.ok) return setStatus(t('backup.history.readFailed', { message: read.message }));
    const name = t('backup.history.copyName', { name: read.doc.strategy.name, time: when(s) }).slice(0, 200);
    await saveDocument(copyWithNewIds(read.doc, name, newId));
    setStatus(t('backup.history.copied', { name }));
  };

  const download = async (s: SnapshotInfo) => {
    const read = await readSnapshot(s);
    if (!read.ok) return setStatus(t('backup.history.readFailed', { message: read.message }));
    const r = await getDesktopApi().savePlanFile({ text: read.text, fileId: null, suggestedName: `${store.doc.strategy.name.slice(0, 100)} ${s.id}` });
    if (!r.ok && r.error.code !== 'cancelled') setStatus(r.error.message);
  };

  return (
    <article className="history-screen" aria-labelledby="history-title">
      <h1 id="history-title">{t('backup.history.title')}</h1>
      <p>{t('backup.history.intro')}</p>
      {error ? <p role="alert">{error}</p> : null}
      {snapshots === null ? (
        <p className="muted">{t('backup.history.loading')}</p>
      ) : snapshots.length === 0 ? (
        <p className="muted">{t('backup.history.empty')}</p>
      ) : (
        <table className="data-table history-table">
          <caption>{t('backup.history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backup.history.time')}</th>
              <th scope="col">{t('backup.history.reason')}</th>
              <th scope="col">{t('backup.history.plans')}</th>
              <th scope="col">{t('backup.history.actions')}</th>
              <th scope="col">{t('backup.history.commands')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.id} data-testid="history-row">
                <th scope="row">{when(s)}</th>
                <td>{t(`backup.history.reasons.${s.reason}`)}</td>
                <td>{s.planCount}</td>
                <td>{s.actionCount}</td>
                <td className="history-commands">
                  <button type="button" className="button" aria-label={t('backup.history.viewLabel', { time: when(s) })} onClick={() => void view(s)}>
                    {t('backup.history.view')}
                  </button>
                  <button type="button" className="button" aria-label={t('backup.history.compareLabel', { time: when(s) })} onClick={() => void compare(s)}>
                    {t('backup.history.compare')}
                  </button>
                  <button type="button" className="button" aria-label={t('backup.history.restoreLabel', { time: when(s) })} onClick={() => void restore(s)}>
                    {t('backup.history.restore')}
                  </button>
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={t('backup.history.restoreCopyLabel', { time: when(s) })}
                    onClick={() => void restoreAsCopy(s)}
                  >
                    {t('backup.history.restoreCopy')}
                  </button>
                  <button type="button" className="button button-quiet" aria-label={t('backup.history.downloadLabel', { time: when(s) })} onClick={() => void download(s)}>
                    {t('backup.history.download')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status">{status}</p>
      <div ref={viewRef}>
        {viewed ? (
          <SnapshotView
            doc={viewed.doc}
            time={viewed.time}
            onRestore={() => void restore(viewed.snapshot)}
            onRestoreAsCopy={() => void restoreAsCopy(viewed.snapshot)}
            onClose={() => setViewed(null)}
          />
        ) : null}
      </div>
      <div ref={compareRef}>
        {compared ? <SnapshotComparison comparison={compared.comparison} time={compared.time} onClose={() => setCompared(null)} /> : null}
      </div>
    </article>
  );
}
