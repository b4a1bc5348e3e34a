/**
 * The device's copies of feeds as the loader uses them: the IndexedDB store is a chunk of its own,
 * fetched only to read a copy back after a failed load, or to save one once the page is idle after
 * a good load (saving never competes with showing the list).
 */
import type { OfflineCopies } from './load-meetings.js';

export function deviceCopies(): OfflineCopies {
  const store = () => import('./offline-store.js');
  return {
    read: async (key) => (await store()).readCopy(key),
    save: (key, feed, format) => {
      const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 500));
      idle(() => void store().then((module) => module.saveCopy(key, feed, format)).catch(() => undefined));
    },
  };
}
