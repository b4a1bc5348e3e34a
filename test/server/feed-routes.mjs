// Routes of the test server that answer like the feeds the element meets in the wild: broken ones
// (HTTP errors, HTML, invalid JSON, a request that never answers) and the real public feeds in
// ../shared/feeds, served in place so tests can read them without copying them into the repo.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { Readable } from 'node:stream';

const SHARED_FEEDS = resolve(process.cwd(), '..', 'shared', 'feeds');

const flakyKeysSeen = new Set();
/** `/test-feed/switch/<key>`: how each key answers now (see the route). */
const switches = new Map();

/** A small valid Meeting Guide feed (fictional). */
const VALID_FEED = [
  { slug: 'served-1', name: 'Served Tuesday Group', day: 2, time: '19:00', location: 'Fellowship Hall', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', types: ['O'] },
  { slug: 'served-2', name: 'Served Online Group', day: 4, time: '12:00', conference_url: 'https://zoom.us/j/5550100', types: ['ONL', 'C'] },
];

function json(ctx, data) {
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(data);
}

/** A small fictional BMLT server's answer: `{ meetings, formats }`, every value a string. */
const FICTIONAL_BMLT = {
  meetings: [
    { id_bigint: '501', weekday_tinyint: '3', venue_type: '1', start_time: '19:00:00', duration_time: '01:00:00', time_zone: '', formats: 'O,H,BT', format_shared_id_list: '1,2,3', service_body_bigint: '12', meeting_name: 'Served Tuesday Group', location_text: 'Fellowship Hall', location_street: '100 Union Ave', location_municipality: 'Memphis', location_province: 'TN', location_postal_code_1: '38103', latitude: '35.1400', longitude: '-90.0400', published: '1' },
    { id_bigint: '502', weekday_tinyint: '5', venue_type: '1', start_time: '20:00:00', duration_time: '01:30:00', time_zone: '', formats: 'C,H', format_shared_id_list: '4,2', service_body_bigint: '13', meeting_name: 'Midtown Basic Text', location_text: 'Church of Hope', location_street: '1500 Poplar Ave', location_municipality: 'Memphis', location_province: 'TN', location_postal_code_1: '38104', latitude: '35.1380', longitude: '-90.0100', published: '1' },
    { id_bigint: '503', weekday_tinyint: '7', venue_type: '2', start_time: '10:00:00', duration_time: '01:00:00', time_zone: '', formats: 'O,VM', format_shared_id_list: '1,5', service_body_bigint: '12', meeting_name: 'Saturday Online Recovery', virtual_meeting_link: 'https://zoom.us/j/5550100999', published: '1' },
  ],
  formats: [
    { id: '1', key_string: 'O', name_string: 'Open', description_string: 'Anyone may attend.', world_id: 'OPEN' },
    { id: '2', key_string: 'H', name_string: 'Handicapped accessible', description_string: 'Wheelchair access.', world_id: 'WCHR' },
    { id: '3', key_string: 'BT', name_string: 'Basic Text', description_string: 'Basic Text study.', world_id: 'BT' },
    { id: '4', key_string: 'C', name_string: 'Closed', description_string: 'For addicts only.', world_id: 'CLOSED' },
    { id: '5', key_string: 'VM', name_string: 'Virtual Meeting', description_string: 'Meets online.', world_id: 'VM' },
  ],
};

/**
 * The fictional server's service bodies (GetServiceBodies): a region with a helpline, an area with
 * its own (and a hostile site, refused), an area without one (served by the region's line).
 */
const FICTIONAL_SERVICE_BODIES = [
  { id: '1', parent_id: '0', name: 'Volunteer Region', type: 'RS', helpline: '1-800-555-0199', url: 'https://region.example.org/' },
  { id: '12', parent_id: '1', name: 'West Tennessee Area', type: 'AS', helpline: '(901) 555-0100', url: 'javascript:alert(document.domain)' },
  { id: '13', parent_id: '1', name: 'Mid-South Area', type: 'AS', helpline: '', url: '' },
];

/** The answers of the test's BMLT servers, by name; undefined when the data is absent. */
function bmltAnswer(name, query) {
  // Only the fictional server knows its service bodies: the others answer 404 (what costs only the helpline).
  if (query.get('switcher') === 'GetServiceBodies') return name === 'fictional' ? FICTIONAL_SERVICE_BODIES : undefined;
  const withFormats = query.get('get_used_formats') === '1';
  switch (name) {
    case 'fictional':
    case 'not-jsonp':
    case 'twice':
      return withFormats ? FICTIONAL_BMLT : FICTIONAL_BMLT.meetings;
    case 'echo':
      // Answers one meeting whose comments are the query the server received.
      return { meetings: [{ id_bigint: '1', weekday_tinyint: '2', venue_type: '1', start_time: '19:00:00', meeting_name: 'Echo', comments: query.toString(), published: '1' }], formats: [] };
    case 'berlin': {
      const meetings = readShared('bmlt/bread-tests_narcotics-anonymous-de_Berlin_GetSearchResults_108-meetings.json');
      const formats = readShared('bmlt/bread-tests_narcotics-anonymous-de_GetFormats-en_67-formats.json');
      if (!meetings || !formats) return undefined;
      return withFormats ? { meetings, formats } : meetings;
    }
    case 'tennessee':
      return readShared('bmlt/MyMeetingsApp-fixture_natennessee-Volunteer-Region_GetSearchResults-get_used_formats_3-meetings-11-formats.json');
  }
  return undefined;
}

function readShared(name) {
  const file = resolve(SHARED_FEEDS, name);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

/**
 * `/bmlt/NAME/main_server/client_interface/json/?…` and `…/jsonp/?…&callback=F`. No CORS header:
 * fetched from another origin (127.0.0.1 when the page is on localhost), JSON fails as it does
 * with a pre-3.0 BMLT server, and only JSONP works.
 */
function bmltRoute(ctx, path, query) {
  const match = /^\/bmlt\/([a-z-]+)\/main_server\/client_interface\/(json|jsonp)\/?$/.exec(path);
  if (!match) return false;
  const [, name, kind] = match;
  const answer = bmltAnswer(name, query);
  if (answer === undefined) {
    ctx.status = 404;
    ctx.body = 'no such server';
    return true;
  }
  if (kind === 'json') {
    json(ctx, answer);
    return true;
  }
  const callback = query.get('callback') ?? '';
  if (!/^[A-Za-z_$][\w$]*$/.test(callback)) {
    ctx.status = 400;
    ctx.body = 'bad callback';
    return true;
  }
  ctx.type = 'text/javascript';
  const call = `${callback}(${JSON.stringify(answer)});`;
  // `twice`: a misbehaving server that calls back two times.
  ctx.body = name === 'not-jsonp' ? '[]' : name === 'twice' ? call + call : call;
  return true;
}

/** Never answers (until the client gives up or the server closes): the element's timeout must fire. */
async function hang(ctx) {
  await new Promise((done) => {
    const timer = setTimeout(done, 60_000);
    ctx.req.on('close', () => { clearTimeout(timer); done(); });
  });
  ctx.status = 504;
  ctx.body = '';
}

/** Koa-style middleware for @web/dev-server. */
export async function feedRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://test');
  const path = url.pathname;
  if (bmltRoute(ctx, path, url.searchParams)) return;

  if (path.endsWith('/tsml-site/wp-admin/admin-ajax.php') && url.searchParams.get('action') === 'meetings') {
    // 12 Step Meeting List with sharing closed: 401 to a request without its key, and no CORS headers.
    if (url.searchParams.get('key') === 'open-sesame') return json(ctx, VALID_FEED);
    ctx.status = 401;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ error: 'sharing is not open' });
    return;
  }
  if (path.startsWith('/test-feed/status/')) {
    ctx.status = Number(path.split('/').pop()) || 500;
    ctx.type = 'text/plain';
    ctx.body = `status ${ctx.status}`;
    return;
  }
  if (path.startsWith('/test-feed/flaky/')) {
    // Fails the first time a key is asked for, then answers: what a retry button is for.
    const key = path.slice('/test-feed/flaky/'.length);
    if (!flakyKeysSeen.has(key)) {
      flakyKeysSeen.add(key);
      ctx.status = 503;
      ctx.body = 'try again';
      return;
    }
    return json(ctx, VALID_FEED);
  }
  if (path.startsWith('/test-feed/switch/')) {
    // A feed a test turns on and off: `?set=up` (the valid feed), `changed` (another feed), `down`
    // (the connection is cut: a real network error in every browser), `hang` (never answers),
    // `portal` (a Wi-Fi login page).
    const key = path.slice('/test-feed/switch/'.length);
    const set = url.searchParams.get('set');
    if (set) {
      switches.set(key, set);
      ctx.body = set;
      return;
    }
    const mode = switches.get(key) ?? 'up';
    if (mode === 'down') {
      ctx.respond = false;
      ctx.req.socket.destroy();
      return;
    }
    if (mode === 'hang') return hang(ctx);
    if (mode === 'portal') {
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Sign in to the Wi-Fi</title>';
      return;
    }
    return json(ctx, mode === 'changed' ? [{ ...VALID_FEED[0], slug: 'changed-1', name: 'Changed Feed Group' }] : VALID_FEED);
  }
  if (path.startsWith('/test-feed/trickle/')) {
    // A large feed of the given number of records (at most 5,000) on a slow connection: its first
    // half at once, the rest 1.5 s later.
    const count = Math.min(Number(path.split('/').pop()) || 0, 5000);
    const records = Array.from({ length: count }, (_, i) => ({ ...VALID_FEED[0], slug: `trickle-${i}`, name: `Trickle Group ${i}`, day: i % 7 }));
    const text = JSON.stringify(records);
    const half = text.length >> 1;
    ctx.type = 'application/json';
    ctx.body = Readable.from(
      (async function* () {
        yield text.slice(0, half);
        await new Promise((done) => setTimeout(done, 1500));
        yield text.slice(half);
      })(),
    );
    return;
  }
  if (path.startsWith('/test-feed/slow/')) {
    // Answers the valid feed after the given milliseconds (at most 5 s).
    await new Promise((done) => setTimeout(done, Math.min(Number(path.split('/').pop()) || 0, 5000)));
    return json(ctx, VALID_FEED);
  }
  switch (path) {
    case '/test-feed/valid':
      return json(ctx, VALID_FEED);
    case '/test-feed/html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Page not found</title><h1>Oops</h1>';
      return;
    case '/test-feed/invalid-json':
      ctx.type = 'application/json';
      ctx.body = '[{"name": "Broken", "day": 1,';
      return;
    case '/test-feed/empty':
      ctx.type = 'application/json';
      ctx.body = '[]';
      return;
    case '/test-feed/unknown-shape':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ status: 'ok', data: { items: 3 } });
      return;
    case '/test-feed/hang':
      return hang(ctx);
  }

  if (path.startsWith('/shared-feeds/')) {
    const file = resolve(SHARED_FEEDS, decodeURIComponent(path.slice('/shared-feeds/'.length)));
    if (!file.startsWith(SHARED_FEEDS + sep) || !existsSync(file) || !statSync(file).isFile()) {
      ctx.status = 404;
      ctx.body = 'not found';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = createReadStream(file);
    return;
  }
  return next();
}
