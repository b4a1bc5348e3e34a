// Copies the element's built files into the WordPress plugin and zips it, so a site serves the element
// itself (no CDN: a reader's visit contacts nobody new). Run after `npm run build`.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { CDN_DIR, CDN_ENTRY, cdnFiles } from './cdn-files.mjs';
import { pluginVersion } from './plugin-version.mjs';
import { zipDirectory } from './zip.mjs';

const plugin = 'wordpress/meeting-locator';
// The element's files under assets/VERSION/: the version in the path rather than in a ?ver= query,
// which the chunks' imports of the entry would not carry (includes/assets.php says why).
const assets = join(plugin, 'assets');
const versioned = join(assets, pluginVersion());
// The CDN build (dist/cdn/): self-contained, it fetches its chunks and the map's worker from beside itself.
if (!existsSync(CDN_ENTRY)) throw new Error(`${CDN_ENTRY} missing: run npm run build first`);
rmSync(assets, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });
// The entry and what it fetches at run time (feeds, views, languages, map, its worker), in the same
// layout; not the CDN folder's loader.js, index.js and index's chunks, the npm build, the types or
// the source maps.
for (const path of cdnFiles('.')) {
  if (!path.startsWith(CDN_DIR + '/') || !existsSync(path)) throw new Error(`${CDN_ENTRY} fetches ${path}, which is not in ${CDN_DIR}/`);
  const target = join(versioned, relative(CDN_DIR, path));
  mkdirSync(dirname(target), { recursive: true });
  cpSync(path, target);
}
mkdirSync('dist-wordpress', { recursive: true });
const zip = join(process.cwd(), 'dist-wordpress', 'meeting-locator.zip');
rmSync(zip, { force: true });
zipDirectory(plugin, 'meeting-locator', zip);
console.log(`WordPress plugin: ${zip}`);
