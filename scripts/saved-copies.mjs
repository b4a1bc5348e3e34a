// Run inside a page (puppeteer's `page.waitForFunction`): the sizes in bytes of the element's saved
// copies of these feeds (by the URL fetched), or false while any is missing. Reads the element's
// IndexedDB store without creating it (an empty database made first would lack the element's
// stores). Self-contained, as code sent into a page must be. Used by bench/offline.mjs and
// scripts/docs-screenshots.mjs.
export function savedCopies(keys) {
  return new Promise((resolve) => {
    const open = indexedDB.open('meeting-locator');
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('feed-heads')) return db.close(), resolve(false);
      const store = db.transaction('feed-heads').objectStore('feed-heads');
      const heads = keys.map((key) => store.get(key));
      store.transaction.oncomplete = () => {
        db.close();
        const bytes = heads.map((request) => request.result?.bytes);
        resolve(bytes.every((size) => typeof size === 'number') ? bytes : false);
      };
      store.transaction.onerror = () => (db.close(), resolve(false));
    };
  });
}
