// @ts-check
/*
 * Runs before the app's code has loaded (a plain script at the end of index.html's <head>,
 * put there by scripts/reload-code-plugin.ts, from the app's own origin as the
 * Content-Security-Policy wants): on a reload onto a strategy (#/strategy/<id>/<section>/…)
 * it starts reading that strategy's stored rows from IndexedDB at once, and preloads the
 * code of the workspace and of that screen, so the read — most of a reload's wait with
 * 10 000 tiltak — and that code overlap the loading of the first load's code instead of
 * following it (issue 13).
 *
 * It reads exactly what loadStoredDocument in renderer/src/db/repositories.ts reads, from the
 * tables Dexie keeps (renderer/src/db/database.ts, version 4), in one read-only
 * transaction, and changes nothing: it never creates or upgrades the database (no
 * database, or one without these tables, gives null) and closes its connection once the
 * transaction is done. renderer/src/app/boot-read.ts takes the rows; the app then checks
 * the «last written» stamp after taking the writer lock, as for any early read.
 */
(() => {
  const match = /^#\/?strategy\/([^/]+)(?:\/+([^/]+))?/.exec(window.location.hash);
  if (!match) return;
  /** @param {string} part */
  const decode = (part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      // As the app's router: a malformed escape is taken as written.
      return part;
    }
  };
  preloadCode(match[2] === undefined ? null : decode(match[2]));
  if (typeof indexedDB === 'undefined') return;
  const id = decode(match[1] ?? '');
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

  /**
   * Preloads the workspace code and the code of the screen in the URL (listed by
   * scripts/reload-code-plugin.ts in the data block above this script; the dev server has
   * none), so they arrive beside the first load instead of after it. The app's own imports
   * then find them (the same URLs, fetched as module scripts are).
   * @param {string | null} section
   */
  function preloadCode(section) {
    const block = document.getElementById('handlingsrom-reload-code');
    if (!block) return;
    /** @type {{ defaultSection?: string, workspace?: string[], screens?: Record<string, string[]>, catalogues?: Record<string, string[]> }} */
    let code;
    try {
      code = JSON.parse(block.textContent ?? '');
    } catch {
      return;
    }
    const screen = code.screens?.[section ?? code.defaultSection ?? ''] ?? [];
    // The catalogue of the settings' language, which the app loads as soon as it has them:
    // asked for first where the settings are at hand (the web build), since nothing is
    // rendered before it is there, and the browser fetches only a few files at a time.
    /** @param {unknown} settings */
    const catalogue = (settings) => {
      const language = settings !== null && typeof settings === 'object' && 'language' in settings ? settings.language : 'nb';
      preload(code.catalogues?.[language === 'en' ? 'en' : 'nb'] ?? []);
    };
    const desktop = /** @type {{ desktop?: { getSettings(): Promise<{ ok: boolean, value?: unknown }> } }} */ (/** @type {unknown} */ (window)).desktop;
    if (desktop) {
      desktop.getSettings().then(
        (res) => catalogue(res.ok ? res.value : null),
        () => undefined,
      );
    } else {
      try {
        catalogue(JSON.parse(localStorage.getItem('handlingsrom.settings') ?? 'null'));
      } catch {
        catalogue(null);
      }
    }
    preload([...(code.workspace ?? []), ...screen]);
  }

  /** @param {string[]} files */
  function preload(files) {
    for (const file of new Set(files)) {
      const link = document.createElement('link');
      if (file.endsWith('.css')) {
        link.rel = 'preload';
        link.as = 'style';
      } else link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = file;
      document.head.appendChild(link);
    }
  }
})();
