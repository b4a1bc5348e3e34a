// An offline basemap for the demo and the tests, so nothing leaves the machine: Natural Earth land,
// country and US state borders (the `world-atlas` and `us-atlas` npm packages, TopoJSON), drawn by
// MapLibre as a background, a land fill and border lines over inline GeoJSON sources. No glyphs,
// sprite or remote URL: the style works with no network at all. Real deployments use a hosted style.
//
// Usage: node scripts/offline-basemap.mjs [out-dir]   (default demo/basemap; writes style.json)
// Import: buildOfflineStyle() → the style object (the test server serves it at /basemap/style.json).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
// topojson-client's Node entry is CommonJS (UMD): required, not imported.
const { feature, mesh } = require('topojson-client');

const readJson = (specifier) => JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));

// About 100 m: finer than any of these datasets needs at the zooms where they are the only detail,
// and it keeps the 10m states small.
const DECIMALS = 3;

/** A GeoJSON object with coordinates rounded to DECIMALS and degenerate repeats dropped. */
function rounded(geojson) {
  const factor = 10 ** DECIMALS;
  const point = ([x, y]) => [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
  const line = (points) => points.map(point).filter((p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]);
  const geometry = (g) => {
    switch (g.type) {
      case 'LineString':
        return { type: g.type, coordinates: line(g.coordinates) };
      case 'MultiLineString':
      case 'Polygon':
        return { type: g.type, coordinates: g.coordinates.map(line).filter((ring) => ring.length >= (g.type === 'Polygon' ? 4 : 2)) };
      case 'MultiPolygon':
        return { type: g.type, coordinates: g.coordinates.map((polygon) => polygon.map(line).filter((ring) => ring.length >= 4)).filter((polygon) => polygon.length > 0) };
      default:
        return g;
    }
  };
  if (geojson.type === 'FeatureCollection') {
    return { type: 'FeatureCollection', features: geojson.features.map((f) => ({ type: 'Feature', properties: {}, geometry: geometry(f.geometry) })) };
  }
  if (geojson.type === 'Feature') return { type: 'Feature', properties: {}, geometry: geometry(geojson.geometry) };
  return geometry(geojson);
}

/** The basemap's data: land polygons and border lines (each shared border drawn once, via `mesh`). */
export function basemapData() {
  const land = readJson('world-atlas/land-110m.json');
  const countries = readJson('world-atlas/countries-110m.json');
  const us = readJson('us-atlas/states-10m.json');
  return {
    land: rounded(feature(land, land.objects.land)),
    countries: rounded(mesh(countries, countries.objects.countries, (a, b) => a !== b)),
    states: rounded(mesh(us, us.objects.states, (a, b) => a !== b)),
  };
}

const ATTRIBUTION = '<a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>';

/** The MapLibre style (version 8) with its data inline. */
export function buildOfflineStyle() {
  const data = basemapData();
  const source = (geojson) => ({ type: 'geojson', data: geojson, attribution: ATTRIBUTION });
  return {
    version: 8,
    name: 'Offline Natural Earth',
    sources: {
      land: source(data.land),
      countries: source(data.countries),
      states: source(data.states),
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': '#cfe0ee' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#f3f1eb' } },
      { id: 'state-borders', type: 'line', source: 'states', paint: { 'line-color': '#b9b4aa', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 10, 1.5] } },
      { id: 'country-borders', type: 'line', source: 'countries', paint: { 'line-color': '#8f8a80', 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 10, 2] } },
    ],
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outDir = resolve(root, process.argv[2] ?? 'demo/basemap');
  mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify(buildOfflineStyle());
  writeFileSync(join(outDir, 'style.json'), json);
  console.log(`Offline basemap: ${join(outDir, 'style.json')} (${(json.length / 1024).toFixed(0)} KB)`);
}
