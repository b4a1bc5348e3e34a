// The offline basemap for the tests' maps, at /basemap/style.json: the same style `npm start` writes
// for the demo (scripts/offline-basemap.mjs), built in memory from node_modules on first request, so
// no test map ever asks the network for a tile.
import { buildOfflineStyle } from '../../scripts/offline-basemap.mjs';

let style;

export async function basemapRoutes(ctx, next) {
  // A style host that is down, for the map's failure path.
  if (ctx.path === '/basemap/unavailable.json') {
    ctx.status = 503;
    ctx.body = 'Service unavailable';
    return;
  }
  if (ctx.path !== '/basemap/style.json') return next();
  style ??= JSON.stringify(buildOfflineStyle());
  ctx.type = 'application/json';
  ctx.body = style;
}
