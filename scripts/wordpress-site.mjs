// A private, throwaway WordPress for the plugin's tests and screenshot: Debian's package copied into a temp
// dir with its own wp-config.php (nothing shared is written), a private MariaDB on its own socket, and
// `php -S` on 127.0.0.1:PORT. Users: admin, author, contributor, editor (password `pass-<login>`).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DEBIAN_WP = '/usr/share/wordpress';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Installs Debian's WordPress, PHP and MariaDB when missing; false (with a one-line reason) when it cannot. */
export function ensureWordPressPackages() {
  const need = [[`${DEBIAN_WP}/wp-load.php`, 'wordpress'], ['/usr/bin/php', 'php-cli'],
    ['/usr/sbin/mariadbd', 'mariadb-server'], [`${DEBIAN_WP}/wp-content/themes/twentytwentythree`, 'wordpress-theme-twentytwentythree']]
    .filter(([p]) => !existsSync(p)).map(([, pkg]) => pkg);
  let mysqli = false;
  try { mysqli = execFileSync('php', ['-m']).toString().includes('mysqli'); } catch {}
  if (!mysqli) need.push('php-mysql');
  if (need.length === 0) return true;
  if (process.getuid?.() !== 0) { console.log(`skipped: cannot install ${need.join(' ')} (not root)`); return false; }
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...new Set([...need, 'php-mysql'])], { stdio: 'inherit', env });
    return true;
  } catch { console.log('skipped: apt-get could not install the WordPress packages'); return false; }
}

/** Starts the site; `stop()` (also run on exit) ends its processes and removes its files. */
export async function startWordPress(port, source = DEBIAN_WP) {
  const HOST = `127.0.0.1:${port}`;
  const SITE = `http://${HOST}`;
  const dir = mkdtempSync(join(tmpdir(), 'ml-wp-'));
  const WP = join(dir, 'wp');
  const CONTENT = join(WP, 'wp-content');
  const sock = join(dir, 'mysql.sock');
  const LOG = join(dir, 'debug.log');
  const children = [];
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const c of children) { try { process.kill(-c.pid, 'SIGTERM'); } catch {} }
    // MariaDB writes its last files as it stops and removes its pid file when done (up to 20 s; this runs
    // in the exit handler, so the wait is synchronous).
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; i < 200 && existsSync(join(dir, 'db.pid')); i++) Atomics.wait(pause, 0, 0, 100);
    try { rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 250 }); } catch {}
  };
  process.on('exit', stop);
  process.on('SIGINT', () => process.exit(130));

  // Debian links some files to other packages with relative links: copy what they point at.
  cpSync(source, WP, { recursive: true, dereference: true });
  rmSync(join(WP, 'wp-config.php'), { force: true });
  mkdirSync(join(CONTENT, 'plugins'), { recursive: true });
  execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${dir}/db`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], { stdio: 'ignore' });
  // detached: each in its own process group (PHP's workers included), stopped as a group.
  children.push(spawn('mariadbd', ['--no-defaults', `--datadir=${dir}/db`, `--socket=${sock}`, '--skip-networking', '--user=root', `--pid-file=${dir}/db.pid`], { detached: true, stdio: 'ignore' }));
  for (let i = 0; i < 100 && !existsSync(sock); i++) await sleep(200);
  execFileSync('mariadb', ['--no-defaults', `--socket=${sock}`, '-uroot', '-e', "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'localhost';"]);
  writeFileSync(join(WP, 'wp-config.php'), `<?php
define('DB_NAME','wp'); define('DB_USER','wp'); define('DB_PASSWORD','wp'); define('DB_HOST','localhost:${sock}');
define('DB_CHARSET','utf8mb4'); define('DB_COLLATE','');
define('WP_HOME','${SITE}'); define('WP_SITEURL','${SITE}');
// Every notice goes to a log the tests read (displayed, it would break redirects).
define('WP_DEBUG', true); define('WP_DEBUG_DISPLAY', false); define('WP_DEBUG_LOG', '${LOG}');
define('FS_METHOD', 'direct'); define('CONCATENATE_SCRIPTS', false); define('AUTOMATIC_UPDATER_DISABLED', true); define('WP_AUTO_UPDATE_CORE', false);
// No cron spawn and no calls home: the site contacts nobody, and its pages do not vary with cron's timing.
define('DISABLE_WP_CRON', true); define('WP_HTTP_BLOCK_EXTERNAL', true);
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`);
  // The site sends no mail (there is no sendmail).
  mkdirSync(join(CONTENT, 'mu-plugins'), { recursive: true });
  writeFileSync(join(CONTENT, 'mu-plugins', 'no-mail.php'), "<?php add_filter( 'pre_wp_mail', '__return_false' );\n");
  mkdirSync(join(CONTENT, 'uploads'), { recursive: true });
  const install = join(dir, 'install.php');
  writeFileSync(install, `<?php
$_SERVER['HTTP_HOST'] = '${HOST}'; define( 'WP_INSTALLING', true );
require '${WP}/wp-load.php'; require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install( 'ML test', 'admin', 'admin@example.org', true, '', 'pass-admin' );
update_option( 'permalink_structure', '' );
foreach ( array( 'author', 'contributor', 'editor' ) as $role ) {
  wp_insert_user( array( 'user_login' => $role, 'user_pass' => 'pass-' . $role, 'role' => $role, 'user_email' => $role . '@example.org' ) );
}
`);
  execFileSync('php', [install], { stdio: ['ignore', 'ignore', 'inherit'] });
  const router = join(dir, 'router.php');
  writeFileSync(router, `<?php
$path = urldecode( parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( is_file( '${WP}' . $path ) || is_file( rtrim( '${WP}' . $path, '/' ) . '/index.php' ) ) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
require '${WP}/index.php';
`);
  children.push(spawn('php', ['-S', HOST, '-t', WP, router], { detached: true, stdio: 'ignore', env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } }));

  /** Runs PHP with WordPress loaded (as `user`, so kses applies as for that role); JSON in, JSON out. */
  const wpPhp = (body, input = {}, user = '') => {
    const file = join(dir, `run-${Math.random().toString(36).slice(2)}.php`);
    writeFileSync(file, `<?php
$_SERVER['HTTP_HOST'] = '${HOST}'; $_SERVER['REQUEST_URI'] = '/';
require '${WP}/wp-load.php';
${user ? `wp_set_current_user( get_user_by( 'login', '${user}' )->ID );` : ''}
$in = json_decode( file_get_contents( 'php://stdin' ), true );
$out = ( function ( $in ) { ${body} } )( $in );
echo "\\n" . json_encode( $out );
`);
    const text = execFileSync('php', [file], { input: JSON.stringify(input), stdio: ['pipe', 'pipe', 'pipe'] }).toString();
    return JSON.parse(text.trim().split('\n').pop());
  };
  const insertPost = (user, title, content, status = 'publish') =>
    wpPhp(`return wp_insert_post( wp_slash( array( 'post_title' => $in['t'], 'post_content' => $in['c'], 'post_status' => $in['s'] ) ) );`, { t: title, c: content, s: status }, user);
  const get = async (path) => {
    for (let i = 0; i < 50; i++) { try { return await (await fetch(`${SITE}${path}`)).text(); } catch { await sleep(200); } }
    throw new Error('server did not answer');
  };
  await get('/');
  return { SITE, WP, CONTENT, LOG, wpPhp, insertPost, get, stop };
}

/**
 * WordPress 6.5 from the npm registry (Playground's builds: the PHP in a zip, the static files beside it),
 * unpacked into a temp dir that is removed on exit; the SQLite database it ships is dropped (the site uses
 * MariaDB). Returns the directory, or a one-line reason why it could not be fetched.
 */
export function fetchWordPress65() {
  const dir = mkdtempSync(join(tmpdir(), 'ml-wp65-'));
  process.on('exit', () => { try { rmSync(dir, { recursive: true, force: true }); } catch {} });
  try {
    // Its own cache in the temp dir: the 158 MB tarball is not left in ~/.npm.
    execFileSync('npm', ['pack', '--silent', '--cache', join(dir, 'npm-cache'), '--pack-destination', dir, '@wp-playground/wordpress-builds@0.9.19'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300000 });
  } catch (e) { return { reason: `npm pack @wp-playground/wordpress-builds failed (${String(e.stderr ?? e.message).split('\n').find((l) => /ERR|error/i.test(l))?.trim() ?? 'no registry'})` }; }
  try {
    const tgz = join(dir, 'wp-playground-wordpress-builds-0.9.19.tgz');
    execFileSync('tar', ['xzf', tgz, '-C', dir, 'package/src/wordpress/wp-6.5.zip', 'package/public/wp-6.5']);
    rmSync(tgz); rmSync(join(dir, 'npm-cache'), { recursive: true, force: true });
    if (!existsSync('/usr/bin/unzip') && process.getuid?.() === 0) execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'unzip'], { stdio: 'inherit' });
    const wp = join(dir, 'wordpress');
    execFileSync('unzip', ['-q', join(dir, 'package/src/wordpress/wp-6.5.zip'), '-d', wp]);
    cpSync(join(dir, 'package/public/wp-6.5'), wp, { recursive: true });
    rmSync(join(dir, 'package'), { recursive: true, force: true });
    rmSync(join(wp, 'wp-content', 'database'), { recursive: true, force: true });
    rmSync(join(wp, 'wp-content', 'db.php'), { force: true });
    rmSync(join(wp, 'wordpress-remote-asset-paths'), { force: true });
    return { dir: wp };
  } catch (e) { return { reason: `could not unpack WordPress 6.5 (${String(e.message).split('\n')[0]})` }; }
}
