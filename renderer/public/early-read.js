// @ts-check
/*
 * Runs before the app's code has loaded (a plain script in index.html, from the app's own
 * origin as the Content-Security-Policy wants): on a reload onto a strategy
 * (#/strategy/<id>/…) it starts reading that strategy's stored rows from IndexedDB at once,
 * so the read — most of a reload's wait with 10 000 tiltak — overlaps the loading of the
 * app's code instead of following it (issue 13).
 *
 * It reads exactly what loadStoredDocument in renderer/src/db/repositories.ts reads, from the
 * tables Dexie keeps (renderer/src/db/database.ts, version 4), in one read-only
 * transaction, and changes nothing: it never creates or upgrades the database (no
 * database, or one without these tables, gives null) and closes its connection once the
 * transaction is done. renderer/src/app/boot-read.ts takes the rows; the app then checks
 * the «last written» stamp after taking the writer lock, as for any early read.
 */
(() => {
  const match = /^#\/?strategy\/([^/]+)/.exec(window.location.hash);
  if (!match || typeof indexedDB === 'undefined') return;
  let strategyId = match[1];
  try {
    strategyId = decodeURIComponent(strategyId);
  } catch {
    // As the app's router: a malformed escape is taken as written.
  }
  const id = strategyId;
  /** @type {Promise<Record<string, unknown> | null>} */
  const rows = new Promise((resolve) => {
    /** @type {IDBOpenDBRequest} */
    let request;
    try {
      request = indexedDB.open('handlingsrom');
    } catch {
      resolve(null);
      return;
    }
    // No database yet: create none (Dexie makes it with its schema).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      try {
        const tx = db.transaction(['strategies', 'plans', 'actionChunks', 'meta'], 'readonly');
        /** @type {Record<string, unknown>} */
        const out = {};
        /** @param {IDBRequest} req @param {string} key */
        const into = (req, key) => {
          req.onsuccess = () => {
            out[key] = req.result;
          };
        };
        into(tx.objectStore('meta').get(`touched:${id}`), 'touched');
        into(tx.objectStore('strategies').get(id), 'strategy');
        into(tx.objectStore('plans').index('strategyId').getAll(id), 'plans');
        into(tx.objectStore('actionChunks').index('strategyId').getAll(id), 'chunks');
        into(tx.objectStore('meta').get(`order:${id}`), 'order');
        tx.oncomplete = () => resolve(out);
        tx.onabort = () => resolve(null);
      } catch {
        resolve(null);
      }
      db.close();
    };
  });
  Object.defineProperty(window, '__handlingsromEarlyRead', { value: { strategyId: id, rows }, configurable: true });
})();
