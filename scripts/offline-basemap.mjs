// An offline basemap for the demo and the tests, so nothing leaves the machine: Natural Earth land,
// country and US state borders (the `world-atlas` and `us-atlas` npm packages, TopoJSON), drawn by
// MapLibre as a background, a land fill and border lines. No glyphs, sprite or remote URL: the style
// works with no network at all. Real deployments use a hosted style.
//
// The data is served as static vector tiles (z0..TILE_MAX_ZOOM, cut here with geojson-vt and encoded
// with vt-pbf), as a hosted style serves its own: MapLibre's worker then decodes only the tiles in
// view. Inline GeoJSON sources made it index the whole world on every map's start (part of the map's
// time to its first `idle`), which no real deployment pays, so the bench measured the wrong thing.
//
// Usage: node scripts/offline-basemap.mjs [out-dir]   (default demo/basemap; writes style.json and
//        tiles/z/x/y.pbf)
// Import: offlineBasemap(pathname, origin) → the response for /basemap/style.json or a tile, for the
//         test, bench and package servers; buildOfflineStyle(tileUrl) → the style object.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import GeoJSONVT from 'geojson-vt';

const require = createRequire(import.meta.url);
// vt-pbf is CommonJS too.
const { fromGeojsonVt } = require('vt-pbf');
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

/**
 * The deepest zoom with tiles of its own; MapLibre draws deeper zooms from these (overzooming). The
 * data is 1:110m (land, countries) and 1:10m (states): z6 is finer than either needs.
 */
export const TILE_MAX_ZOOM = 6;
/** Where the tiles are, relative to the style (tile URLs in a style must be absolute: see styleFor). */
const TILE_PATH = 'tiles/{z}/{x}/{y}.pbf';

/** Every non-empty tile, z0..TILE_MAX_ZOOM, keyed "z/x/y", each one layer per dataset. */
export function buildOfflineTiles() {
  const options = { maxZoom: TILE_MAX_ZOOM, indexMaxZoom: TILE_MAX_ZOOM, indexMaxPoints: 0, tolerance: 3, buffer: 64 };
  const indexes = Object.entries(basemapData()).map(([name, geojson]) => [name, new GeoJSONVT(geojson, options)]);
  const tiles = new Map();
  for (let z = 0; z <= TILE_MAX_ZOOM; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) {
        const layers = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) layers[name] = tile;
        }
        if (Object.keys(layers).length > 0) tiles.set(`${z}/${x}/${y}`, Buffer.from(fromGeojsonVt(layers, { version: 2 })));
      }
    }
  }
  return tiles;
}

/** The MapLibre style (version 8), its one vector source's tiles at `tileUrl` ({z}/{x}/{y} template). */
export function buildOfflineStyle(tileUrl = TILE_PATH) {
  const layer = (id, type, sourceLayer, paint) => ({ id, type, source: 'basemap', 'source-layer': sourceLayer, paint });
  return {
    version: 8,
    name: 'Offline Natural Earth',
    sources: {
      basemap: { type: 'vector', tiles: [tileUrl], minzoom: 0, maxzoom: TILE_MAX_ZOOM, attribution: ATTRIBUTION },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': '#cfe0ee' } },
      layer('land', 'fill', 'land', { 'fill-color': '#f3f1eb' }),
      layer('state-borders', 'line', 'states', { 'line-color': '#b9b4aa', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 10, 1.5] }),
      layer('country-borders', 'line', 'countries', { 'line-color': '#8f8a80', 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.6, 10, 2] }),
    ],
  };
}

/**
 * The style as served from `styleUrl`, its relative tile URLs made absolute against it: MapLibre
 * fetches tiles from its worker, where a relative URL has no page to resolve against, so a server
 * writes the origin in from the request (http://localhost:8000 and http://127.0.0.1:8000 both work).
 */
export function styleFor(style, styleUrl) {
  const sources = Object.fromEntries(Object.entries(style.sources).map(([id, source]) => [id, source.tiles ? { ...source, tiles: source.tiles.map((tile) => decodeURI(new URL(tile, styleUrl).href)) } : source]));
  return JSON.stringify({ ...style, sources });
}

const EMPTY = Buffer.alloc(0);
const TILE = /^\/basemap\/tiles\/(\d+)\/(\d+)\/(\d+)\.pbf$/;
let style;
let tiles;

/**
 * The response for a request under /basemap/ (the style, or a tile), or undefined for any other path:
 * one route for the test, bench and package servers. `origin` is the request's, e.g.
 * `http://${request.headers.host}`. A tile with no land or border (open sea) is an empty 200: MapLibre 6
 * would draw a 404 the same, but the console would list every sea tile as a failed request.
 */
export function offlineBasemap(pathname, origin) {
  if (pathname === '/basemap/style.json') {
    style ??= buildOfflineStyle();
    return { type: 'application/json', body: styleFor(style, `${origin}/basemap/style.json`) };
  }
  const match = TILE.exec(pathname);
  if (!match) return undefined;
  const [z, x, y] = match.slice(1).map(Number);
  if (z > TILE_MAX_ZOOM || x >= 2 ** z || y >= 2 ** z) return undefined;
  tiles ??= buildOfflineTiles();
  return { type: 'application/x-protobuf', body: tiles.get(`${z}/${x}/${y}`) ?? EMPTY };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outDir = resolve(root, process.argv[2] ?? 'demo/basemap');
  mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify(buildOfflineStyle());
  writeFileSync(join(outDir, 'style.json'), json);
  rmSync(join(outDir, 'tiles'), { recursive: true, force: true });
  let bytes = 0;
  const all = buildOfflineTiles();
  for (const [key, tile] of all) {
    const file = join(outDir, 'tiles', `${key}.pbf`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, tile);
    bytes += tile.length;
  }
  console.log(`Offline basemap: ${join(outDir, 'style.json')}, ${all.size} tiles (${(bytes / 1024).toFixed(0)} KB)`);
}
