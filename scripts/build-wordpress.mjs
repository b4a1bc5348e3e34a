// Copies the element's built files into the WordPress plugin and zips it, so a site serves the element
// itself (no CDN: a reader's visit contacts nobody new). Run after `npm run build`.
import { cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { zipDirectory } from './zip.mjs';
import { join } from 'node:path';

const plugin = 'wordpress/meeting-locator';
const assets = join(plugin, 'assets');
// The CDN build (dist/cdn/): self-contained, it fetches its chunks and the map's worker from beside itself.
const cdn = 'dist/cdn';
if (!existsSync(join(cdn, 'meeting-locator.js'))) throw new Error(`${cdn}/meeting-locator.js missing: run npm run build first`);
rmSync(assets, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });
// The entry and the chunks it imports at run time (feeds, views, map, its worker); not the CDN folder's
// loader.js or index.js, the npm package's lib/, the type declarations or the source maps.
cpSync(join(cdn, 'meeting-locator.js'), join(assets, 'meeting-locator.js'));
cpSync(join(cdn, 'chunks'), join(assets, 'chunks'), { recursive: true, filter: (src) => statSync(src).isDirectory() || !src.endsWith('.map') });
mkdirSync('dist-wordpress', { recursive: true });
const zip = join(process.cwd(), 'dist-wordpress', 'meeting-locator.zip');
rmSync(zip, { force: true });
zipDirectory(plugin, 'meeting-locator', zip);
console.log(`WordPress plugin: ${zip}`);
