import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, posix } from 'node:path';
import { transform } from 'esbuild';
import MagicString from 'magic-string';

const INLINE = '?inline';

/**
 * Our stylesheets are Lit `css` templates written to be read: explanatory comments and indentation.
 * Both are dropped from what ships (about 1.5 KB gzip of the first load). Only the static text of
 * `css` templates in src/ is touched, never a `${…}` expression, and whitespace only at line starts
 * (so a quoted string in a declaration keeps its spaces).
 */
const compactCss = () => ({
  name: 'compact-css',
  transform(code, id) {
    if (!id.includes('/src/') || !/\.ts$/.test(id) || !code.includes('css`')) return null;
    const compacted = code.replace(/\bcss`([^`]*)`/g, (_whole, body) => {
      // Split around `${…}` so expressions are kept as written.
      const parts = body.split(/(\$\{[^}]*\})/);
      const text = parts.map((part, i) => (i % 2 ? part : part.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\n\s+/g, '\n'))).join('');
      return `css\`${text}\``;
    });
    return compacted === code ? null : { code: compacted, map: null };
  },
});

/** `import css from 'x.css?inline'`: the CSS as a string, for a shadow root (see src/types/inline-css.d.ts). */
const inlineCss = () => ({
  name: 'inline-css',
  async resolveId(source, importer) {
    if (!source.endsWith('.css' + INLINE)) return null;
    const css = source.slice(0, -INLINE.length);
    const resolved = await this.resolve(css, importer, { skipSelf: true });
    // The npm build marks maplibre-gl external; its CSS is still inlined, so find the file itself.
    if (resolved?.external) return createRequire(importer).resolve(css) + INLINE;
    return resolved && resolved.id + INLINE;
  },
  load(id) {
    if (!id.endsWith('.css' + INLINE)) return null;
    const file = id.slice(0, -INLINE.length);
    this.addWatchFile(file);
    return `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`;
  },
});

const MAPLIBRE = '/maplibre-gl/dist/maplibre-gl.mjs';
const holdsMaplibre = (chunk) => Object.keys(chunk.modules).some((id) => id.endsWith(MAPLIBRE));

/**
 * Terser for our code. MapLibre comes minified and terser spends about a minute re-minifying its
 * megabyte for no gain, so the chunk holding it goes through esbuild's fast minifier instead.
 */
const minify = () => {
  const thorough = terser({ ecma: 2022, module: true, format: { comments: false } });
  return {
    name: 'minify',
    async renderChunk(code, chunk, outputOptions) {
      if (!holdsMaplibre(chunk)) return thorough.renderChunk.call(this, code, chunk, outputOptions);
      const result = await transform(code, { minify: true, format: 'esm', target: 'es2022', sourcemap: 'external', sourcefile: chunk.fileName });
      return { code: result.code, map: result.map };
    },
  };
};

/**
 * MapLibre starts its worker from `./maplibre-gl-worker.mjs` next to the code that holds MapLibre
 * (`import.meta.url`); bundled, that is the chunk MapLibre lands in, so the worker is emitted beside
 * it. Without it the map loads its style and never fires `load`.
 */
const maplibreWorker = () => ({
  name: 'maplibre-worker',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !holdsMaplibre(chunk)) continue;
      const file = createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl-worker.mjs');
      // Already minified; its source map is not shipped, so its comment would only cause a 404.
      const source = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
      const dir = dirname(chunk.fileName);
      this.emitFile({ type: 'asset', fileName: (dir === '.' ? '' : dir + '/') + 'maplibre-gl-worker.mjs', source });
    }
  },
});

/**
 * CDN build: a chunk's own imports are asked for with it, not after it. A browser learns what a chunk
 * imports only once the chunk has arrived and been parsed, so `import('./list-chunk.js')`, which
 * needs `meeting-item.js`, which needs `meeting-time.js`, is three round trips one after the other:
 * on a phone's slow connection (half a second each), more than the feed itself. Each dynamic import
 * is written as `Promise.all([import(chunk), import(dependency) …]).then(m => m[0])` over every chunk
 * it needs (transitively) that is not already loaded with the importer, so all are requested at
 * once. The modules still run in their order: a dependency imported early runs first, as it would.
 */
const flattenDynamicImports = () => ({
  name: 'flatten-dynamic-imports',
  renderChunk(code, chunk, _options, { chunks }) {
    const closure = (fileName, into = new Set()) => {
      for (const imported of chunks[fileName]?.imports ?? []) {
        if (!into.has(imported)) closure(imported, into.add(imported));
      }
      return into;
    };
    const loaded = closure(chunk.fileName, new Set([chunk.fileName]));
    const from = dirname(chunk.fileName);
    const path = (fileName) => {
      const relative = posix.relative(from, fileName);
      return relative.startsWith('.') ? relative : `./${relative}`;
    };
    const magic = new MagicString(code);
    let changed = false;
    for (const target of chunk.dynamicImports) {
      const needed = [...closure(target)].filter((fileName) => !loaded.has(fileName) && chunks[fileName]);
      if (needed.length === 0) continue;
      const quoted = new RegExp(`\\bimport\\((['"])${escapeRegExp(path(target))}\\1\\)`, 'g');
      for (const found of code.matchAll(quoted)) {
        magic.prependRight(found.index, 'Promise.all([');
        magic.appendLeft(found.index + found[0].length, `${needed.map((fileName) => `,import('${path(fileName)}')`).join('')}]).then((m) => m[0])`);
        changed = true;
      }
    }
    return changed ? { code: magic.toString(), map: magic.generateMap({ hires: true }) } : null;
  },
});
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * CDN build: the modules the finder's chunk imports go into it (unless the first load has them),
 * not into small chunks of their own shared with the list, the details, "still possible" … The
 * finder is always fetched before those (the feed is indexed with it), so they lose nothing, and
 * beside the feed there are five requests fewer for HTTP/1.1's six connections per host (with them
 * the list's chunk, which the first row needs, arrived ~40 ms later on the bench's page).
 */
const FINDER_PARTS = ['/src/ui/finder-chunk.ts', '/src/feeds/read-answers.ts'];
const finderChunkModules = () => {
  let finder;
  let firstLoad;
  const closure = (getModuleInfo, id, into = new Set([id])) => {
    for (const imported of getModuleInfo(id)?.importedIds ?? []) {
      if (!into.has(imported)) closure(getModuleInfo, imported, into.add(imported));
    }
    return into;
  };
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!finder) {
      const ids = [...getModuleIds()];
      const entry = ids.find((one) => getModuleInfo(one)?.isEntry);
      // The feed's reading (read-answers.ts) is asked for with the finder, and needed with it.
      const parts = ids.filter((one) => FINDER_PARTS.some((part) => one.endsWith(part)));
      firstLoad = entry ? closure(getModuleInfo, entry) : new Set();
      finder = new Set(parts.flatMap((part) => [...closure(getModuleInfo, part)]).filter((one) => !firstLoad.has(one)));
    }
    // What the first load has stays there: Rollup would move a manual chunk's shared dependencies in.
    if (firstLoad.has(id)) return 'meeting-locator';
    return finder.has(id) ? 'finder-chunk' : undefined;
  };
};

// The CDN build, in its own folder dist/cdn/ so that a package CDN's URL of it works as is
// (https://cdn.jsdelivr.net/npm/meeting-locator@VERSION/dist/cdn/meeting-locator.js) and everything
// it fetches later (chunks/, the map's worker) sits under that folder: self-contained ESM with code
// splitting (later features, such as the map, become chunks fetched only when used):
// - dist/cdn/meeting-locator.js, the file a page's <script type="module"> loads: it registers the
//   element and carries what the list needs in one file, so the browser has no waterfall of imports
//   before the first meeting shows;
// - dist/cdn/index.js, the side-effect-free API (the class and the data layer) with Lit inside, a
//   build of its own: a page that also loads meeting-locator.js gets a second copy of the class.
//   Not documented; the entry above exports the class too.
// Types are checked by `tsc --noEmit`, not here.
const plugins = () => [
  inlineCss(),
  compactCss(),
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  minify(),
  maplibreWorker(),
];

const output = {
  dir: 'dist/cdn',
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  sourcemap: true,
};

/** Packages an app installs once and shares with us: the npm build imports them by name. */
const PEERS = /^(lit|@lit\/task|@lit-labs\/virtualizer|maplibre-gl)(\/|$)/;
const external = (id) => PEERS.test(id) && !id.endsWith('.css' + INLINE);

/**
 * npm build only: ./map/worker-url.js becomes a literal `new URL('maplibre-gl/dist/…', import.meta.url)`.
 * Vite and webpack 5 resolve that name as they resolve `import 'maplibre-gl'` from the same folder,
 * and emit the file it names with no configuration: the worker always comes from the very
 * maplibre-gl the app's bundle holds. (A copy of the worker we built with, shipped beside this
 * module, would pair MapLibre 6.17's worker with whatever 6.x the app installed under `^6.17.0`.)
 */
const bundlerWorker = () => ({
  name: 'bundler-worker',
  transform(_code, id) {
    if (!id.endsWith('/src/map/worker-url.ts')) return null;
    return { code: "export const workerUrl = () => new URL('maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href;\n", map: null };
  },
});

export default [
  // 'allow-extension': the lazy chunks (details, map) import what they share with the entry from the
  // entry itself; otherwise Rollup moves the entry's code into a chunk behind a one-line facade, and
  // the first meeting waits for a second request.
  { input: { 'meeting-locator': 'src/meeting-locator.ts' }, output: { ...output, manualChunks: finderChunkModules() }, plugins: [...plugins(), flattenDynamicImports()], preserveEntrySignatures: 'allow-extension' },
  { input: { index: 'src/index.ts' }, output, plugins: [...plugins(), flattenDynamicImports()], preserveEntrySignatures: 'strict' },
  // The npm build (dist/lib, what `import 'meeting-locator'` gets): one module per source file, both
  // entries in one graph (so they share one class), Lit and MapLibre left as bare imports for the
  // app's bundler to share with its own copies, not minified (the app's bundler does that).
  {
    input: { index: 'src/index.ts', 'meeting-locator': 'src/meeting-locator.ts' },
    output: { dir: 'dist/lib', format: 'es', preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js', sourcemap: true },
    external,
    plugins: [inlineCss(), compactCss(), bundlerWorker(), nodeResolve({ exportConditions: ['production'] }), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' })],
    preserveEntrySignatures: 'strict',
  },
];
