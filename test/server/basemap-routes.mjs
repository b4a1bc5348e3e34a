// The offline basemap for the tests' maps, at /basemap/style.json and /basemap/tiles/: the same style
// and tiles `npm start` writes for the demo (scripts/offline-basemap.mjs), built in memory from
// node_modules on first request, so no test map ever asks the network for a tile.
import { offlineBasemap } from '../../scripts/offline-basemap.mjs';

export async function basemapRoutes(ctx, next) {
  // A style host that is down, for the map's failure path.
  if (ctx.path === '/basemap/unavailable.json') {
    ctx.status = 503;
    ctx.body = 'Service unavailable';
    return;
  }
  const found = offlineBasemap(ctx.path, ctx.origin);
  if (!found) return next();
  ctx.type = found.type;
  ctx.body = found.body;
}
