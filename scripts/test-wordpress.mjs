// A real WordPress (Debian's package) with a private MariaDB and `php -S` on 127.0.0.1:8850: installs the
// site, activates the plugin, writes posts as an Author and checks the served HTML.
// Ends with `N passed, N failed` (or a one-line skip when packages cannot be installed).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, symlinkSync, rmSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PORT = 8850;
const HOST = `127.0.0.1:${PORT}`;
const WP = '/usr/share/wordpress';
const PLUGIN_LINK = '/var/lib/wordpress/wp-content/plugins/meeting-locator';
let passed = 0, failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : ` — ${detail}`}`);
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function ensurePackages() {
  const need = [['/usr/share/wordpress/wp-load.php', 'wordpress'], ['/usr/bin/php', 'php-cli'],
    ['/usr/sbin/mariadbd', 'mariadb-server'], ['/usr/share/wordpress/wp-content/themes/twentytwentythree', 'wordpress-theme-twentytwentythree']]
    .filter(([p]) => !existsSync(p)).map(([, pkg]) => pkg);
  if (need.length === 0) return true;
  if (process.getuid?.() !== 0) { console.log(`skipped: cannot install ${need.join(' ')} (not root)`); return false; }
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...need, 'php-mysql'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return true;
  } catch { console.log('skipped: apt-get could not install the WordPress packages'); return false; }
}

if (!ensurePackages()) { console.log('0 passed, 0 failed, 1 skipped'); process.exit(0); }
if (!existsSync('wordpress/meeting-locator/assets/meeting-locator.js')) execFileSync('npm', ['run', 'build:wordpress'], { stdio: 'inherit' });

const dir = mkdtempSync(join(tmpdir(), 'ml-wp-'));
const sock = join(dir, 'mysql.sock');
const children = [];
const cleanup = () => {
  for (const c of children) { try { process.kill(-c.pid, 'SIGTERM'); } catch {} }
  try { if (lstatSync(PLUGIN_LINK).isSymbolicLink()) rmSync(PLUGIN_LINK); } catch {}
  rmSync(`/etc/wordpress/config-127.0.0.1.php`, { force: true });
};
process.on('exit', cleanup);
try {
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/db`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
  children.push(spawn('mariadbd', ['--no-defaults', `--datadir=${dir}/db`, `--socket=${sock}`, '--skip-networking', '--user=root', `--pid-file=${dir}/db.pid`], { detached: true, stdio: 'ignore' }));
  for (let i = 0; i < 100 && !existsSync(sock); i++) await sleep(200);
  execFileSync('mariadb', ['--no-defaults', `--socket=${sock}`, '-uroot', '-e', "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';"]);
  writeFileSync('/etc/wordpress/config-127.0.0.1.php', `<?php
define('DB_NAME','wp'); define('DB_USER','wp'); define('DB_PASSWORD','wp'); define('DB_HOST','localhost:${sock}');
define('WP_CONTENT_DIR','/var/lib/wordpress/wp-content'); define('WP_HOME','http://${HOST}'); define('WP_SITEURL','http://${HOST}');
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', true); $table_prefix='wp_';
// No cron spawn and no calls home: the test site contacts nobody, and its pages do not vary with cron's timing.
define('DISABLE_WP_CRON', true); define('WP_HTTP_BLOCK_EXTERNAL', true);
`);
  try { rmSync(PLUGIN_LINK, { recursive: false, force: true }); } catch {}
  symlinkSync(resolve('wordpress/meeting-locator'), PLUGIN_LINK);
  const setup = join(dir, 'setup.php');
  writeFileSync(setup, `<?php
$_SERVER['HTTP_HOST']='${HOST}';
define('WP_INSTALLING', true);
require '${WP}/wp-load.php'; require_once ABSPATH.'wp-admin/includes/upgrade.php'; require_once ABSPATH.'wp-admin/includes/plugin.php';
wp_install('ML test','admin','a@example.org',true,'','admin-pass');
$r = activate_plugin('meeting-locator/meeting-locator.php'); if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message()); exit(1); }
update_option('permalink_structure','');
$author = wp_insert_user(array('user_login'=>'author','user_pass'=>'x','role'=>'author'));
wp_set_current_user($author);
$posts = json_decode(file_get_contents('php://stdin'), true); $ids = array();
foreach ($posts as $k => $c) { $ids[$k] = wp_insert_post(wp_slash(array('post_title'=>$k,'post_content'=>$c,'post_status'=>'publish','post_author'=>$author))); }
echo json_encode($ids);
`);
  const posts = {
    shortcode: `Intro paragraph.\n\n[meeting_locator src="https://example.org/feed.json?a=1&b=2" timezone="America/New_York" view="list" radius="25" distance-unit="km" no-jsonp]\n\n[meeting_locator_faq]<h3>What is a meeting?</h3>\n\nPeople meeting.<script>alert(1)</script>[/meeting_locator_faq]\n\n[meeting_locator_info]Call us.[/meeting_locator_info]\n\n[/meeting_locator]\n\nAfter.`,
    hostile: `[meeting_locator src="javascript:alert(1)" view="list&quot; onmouseover=&quot;alert(1)" onclick="x" bogus="1" radius="far"]`,
    plain: 'No finder here.',
  };
  const ids = JSON.parse(execFileSync('php', [setup], { input: JSON.stringify(posts), stdio: ['pipe', 'pipe', 'ignore'] }).toString().trim().split('\n').pop());
  const router = join(dir, 'router.php');
  writeFileSync(router, `<?php
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (strpos($path, '/wp-content/') === 0) { $f = '/var/lib/wordpress'.$path; if (is_file($f)) { $t = array('js'=>'text/javascript','css'=>'text/css'); $e = pathinfo($f, PATHINFO_EXTENSION); header('Content-Type: '.($t[$e] ?? 'application/octet-stream')); readfile($f); return true; } }
if (is_file('${WP}'.$path)) return false;
require '${WP}/index.php';
`);
  children.push(spawn('setsid', ['php', '-S', HOST, '-t', WP, router], { detached: true, stdio: 'ignore' }));
  const get = async (id) => { for (let i = 0; i < 50; i++) { try { return await (await fetch(`http://${HOST}/?p=${id}`)).text(); } catch { await sleep(200); } } throw new Error('server did not answer'); };

  const html = await get(ids.shortcode);
  if (process.env.ML_WP_DUMP) writeFileSync(process.env.ML_WP_DUMP, html);
  const el = html.match(/<meeting-locator[^>]*>[\s\S]*?<\/meeting-locator>/)?.[0] ?? '';
  check('shortcode renders the element', el !== '');
  check('src kept, & decoded then escaped', el.includes('src="https://example.org/feed.json?a=1&amp;b=2"'), el.slice(0, 200));
  check('timezone, view, radius, distance-unit, no-jsonp kept', /timezone="America\/New_York"/.test(el) && /view="list"/.test(el) && /radius="25"/.test(el) && /distance-unit="km"/.test(el) && / no-jsonp[ >]/.test(el), el.slice(0, 300));
  check('faq slot inside the element', /<div slot="faq">[\s\S]*What is a meeting\?/.test(el), el);
  check('info slot inside the element', /<div slot="info">[\s\S]*Call us\./.test(el), el);
  check('no <script> from the panel', !/alert\(1\)<\/script>|<script>alert/.test(html));
  check('no <p> around or inside the element', !/<p>\s*<meeting-locator/.test(html) && !/<meeting-locator[^>]*>\s*<\/p>/.test(html) && !/<\/meeting-locator>\s*<\/p>/.test(html));
  check('element script enqueued as a module', /<script type="module" [^>]*src=['"][^'"]*meeting-locator\/assets\/meeting-locator\.js/.test(html));
  // Only the plugin's own notices count: WordPress 6.1's bundled Requests library prints PHP 8.1
  // deprecations of its own whenever something (cron, an update check) loads it.
  const notices = [...html.matchAll(/(?:Notice|Warning|Deprecated|Fatal error)<\/b>:[^\n]*/g)].map((m) => m[0].replace(/<[^>]+>/g, ''));
  const ours = notices.filter((n) => n.includes('meeting-locator'));
  check('no PHP notice or warning from the plugin', ours.length === 0, ours.join(' | ').slice(0, 400));
  const bad = await get(ids.hostile);
  const badEl = bad.match(/<meeting-locator[^>]*>/)?.[0] ?? '';
  check('hostile: element still renders', badEl !== '');
  check('hostile: javascript: src, onmouseover, onclick, unknown and non-numeric dropped', !/javascript:|onmouseover|onclick|bogus|radius|view=/.test(badEl), badEl);
  const plain = await get(ids.plain);
  check('a post without the shortcode loads no plugin script', plain.includes('No finder here.') && !plain.includes('meeting-locator/assets'));
  const asset = await fetch(`http://${HOST}/wp-content/plugins/meeting-locator/assets/meeting-locator.js`);
  check('the element\'s script is served from the plugin', asset.ok && (await asset.text()).length > 1000);
} catch (e) {
  check('WordPress run', false, String(e?.stack ?? e));
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
