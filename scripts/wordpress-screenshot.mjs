// docs/wordpress.png: a post with the Meeting Locator block in Twenty Twenty-Three (the demo's fictional
// feed), on a phone and on a desktop side by side, in a throwaway WordPress (scripts/wordpress-site.mjs).
//   node scripts/wordpress-screenshot.mjs [out.png]      (port ML_WP_PORT, default 8851)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROME_FLAGS, ensureChrome } from './find-chrome.mjs';
import { generateSampleFeed } from './sample-feed.mjs';
import { ensureWordPressPackages, startWordPress } from './wordpress-site.mjs';

const out = process.argv[2] ?? 'docs/wordpress.png';
if (!ensureWordPressPackages()) process.exit(1);
if (!existsSync('dist/cdn/meeting-locator.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
execFileSync('node', ['scripts/build-wordpress.mjs'], { stdio: 'inherit' });
const { SITE, CONTENT, wpPhp, insertPost } = await startWordPress(Number(process.env.ML_WP_PORT || 8851));
cpSync(resolve('wordpress/meeting-locator'), join(CONTENT, 'plugins', 'meeting-locator'), { recursive: true });
wpPhp(`require_once ABSPATH . 'wp-admin/includes/plugin.php'; activate_plugin( 'meeting-locator/meeting-locator.php' ); update_option( 'blogname', 'Memphis Area NA (sample)' ); return true;`);
mkdirSync(join(CONTENT, 'uploads', 'ml'), { recursive: true });
writeFileSync(join(CONTENT, 'uploads', 'ml', 'sample.json'), JSON.stringify(generateSampleFeed()));
const id = insertPost('author', 'Find a meeting', `<!-- wp:paragraph --><p>Narcotics Anonymous meets every day in and around Memphis, in person and online. Search by name, place or time; the list starts with what is coming up next.</p><!-- /wp:paragraph -->\n\n`
  + `<!-- wp:meeting-locator/finder {"src":"${SITE}/wp-content/uploads/ml/sample.json","timezone":"America/Chicago","view":"list"} -->\n`
  + '<!-- wp:meeting-locator/faq --><!-- wp:heading {"level":3} --><h3>What happens at a meeting?</h3><!-- /wp:heading --><!-- wp:paragraph --><p>People share their experience of recovery. Newcomers are welcome and need not speak.</p><!-- /wp:paragraph --><!-- /wp:meeting-locator/faq -->\n'
  + '<!-- wp:meeting-locator/info --><!-- wp:paragraph --><p>Helpline: (901) 555-0100, every day.</p><!-- /wp:paragraph --><!-- /wp:meeting-locator/info -->\n<!-- /wp:meeting-locator/finder -->');

const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_FLAGS });
try {
  const page = await browser.newPage();
  // The reader in the meetings' own time zone: no "your time" lines.
  await page.emulateTimezone('America/Chicago');
  const shots = [];
  for (const [width, height, mobile] of [[390, 1300, true], [1280, 1300, false]]) {
    await page.setViewport({ width, height, isMobile: mobile, hasTouch: mobile, deviceScaleFactor: 1 });
    await page.goto(`${SITE}/?p=${id}`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('meeting-locator')?.status === 'ready');
    await new Promise((r) => setTimeout(r, 500));
    shots.push(`data:image/png;base64,${await page.screenshot({ encoding: 'base64' })}`);
  }
  await page.setViewport({ width: 1750, height: 1340, deviceScaleFactor: 1 });
  await page.setContent(`<body style="margin:0;background:#d9dce1;display:flex;gap:20px;padding:20px;align-items:flex-start">${shots.map((src) => `<img src="${src}" style="box-shadow:0 1px 6px #0004">`).join('')}</body>`);
  await page.screenshot({ path: out });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
}
process.exit(0);
