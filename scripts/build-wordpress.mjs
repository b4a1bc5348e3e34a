// Copies the element's built files into the WordPress plugin and zips it, so a site serves the element
// itself (no CDN: a reader's visit contacts nobody new). Run after `npm run build`.
import { cpSync, existsSync, mkdirSync, rmSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const plugin = 'wordpress/meeting-locator';
const assets = join(plugin, 'assets');
if (!existsSync('dist/meeting-locator.js')) throw new Error('dist/meeting-locator.js missing: run npm run build first');
rmSync(assets, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });
// Everything the entry imports at run time (chunks, worker, styles), not the type declarations or maps.
for (const name of readdirSync('dist')) {
  if (name === 'types' || name.endsWith('.map')) continue;
  cpSync(join('dist', name), join(assets, name), {
    recursive: true,
    filter: (src) => statSync(src).isDirectory() || !src.endsWith('.map'),
  });
}
mkdirSync('dist-wordpress', { recursive: true });
const zip = join(process.cwd(), 'dist-wordpress', 'meeting-locator.zip');
rmSync(zip, { force: true });
execFileSync('zip', ['-qr', zip, 'meeting-locator', '-x', '*.DS_Store'], { cwd: 'wordpress', stdio: 'inherit' });
console.log(`WordPress plugin: ${zip}`);
