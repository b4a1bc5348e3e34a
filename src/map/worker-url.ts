/**
 * Where MapLibre's worker is, when MapLibre's own guess will not do.
 *
 * From source and in the self-contained (CDN) build this is undefined: MapLibre finds
 * `maplibre-gl-worker.mjs` beside its own module, which the CDN build emits there. In the npm
 * build (dist/lib), an app's bundler (Vite, webpack) inlines MapLibre into its own chunks and
 * cannot see MapLibre's computed worker URL, so the map never loaded. rollup.config.js replaces
 * this module there with a literal `new URL('maplibre-gl/dist/maplibre-gl-worker.mjs',
 * import.meta.url)`, which bundlers resolve to the worker of the same maplibre-gl they bundled.
 */
export const workerUrl = (): string | undefined => undefined;
