// The files the CDN build's entry can fetch, as paths inside a package folder: its static and dynamic
// imports and re-exports, followed through every chunk, and MapLibre's worker beside the chunk that names it
// (MapLibre builds the worker's URL from `import.meta.url`, so no import names it). Used by the
// package suite (all of them must be published under dist/cdn/) and by the WordPress build (it ships
// these and nothing else: dist/cdn/chunks/ also holds the chunks of dist/cdn/index.js).
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

export const CDN_DIR = 'dist/cdn';
export const CDN_ENTRY = `${CDN_DIR}/meeting-locator.js`;

/** Paths relative to `root`; a path that leaves dist/cdn/ or names a missing file is kept, for a check to see. */
export function cdnFiles(root, entry = CDN_ENTRY) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const file = join(root, path);
    if (!existsSync(file) || !/\.m?js$/.test(path)) return;
    const code = readFileSync(file, 'utf8');
    const dir = posix.dirname(path);
    // `import(…)`, `import … from`, bare `import "…"` and `export … from`.
    for (const match of code.matchAll(/(?:\bimport\s*\(\s*|(?:^|[;}\s])(?:import|export)\s*(?:[^"'()]*?from\s*)?)["'](\.{1,2}\/[^"']+)["']/g)) visit(posix.normalize(posix.join(dir, match[1])));
    if (code.includes('"maplibre-gl-worker.mjs"')) visit(posix.join(dir, 'maplibre-gl-worker.mjs'));
  };
  visit(entry);
  return [...seen];
}
