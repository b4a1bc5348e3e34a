// Routes of the test server that answer like the feeds the element meets in the wild: broken ones
// (HTTP errors, HTML, invalid JSON, a request that never answers) and the real public feeds in
// ../shared/feeds, served in place so tests can read them without copying them into the repo.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';

const SHARED_FEEDS = resolve(process.cwd(), '..', 'shared', 'feeds');

const flakyKeysSeen = new Set();

/** A small valid Meeting Guide feed (fictional). */
const VALID_FEED = [
  { slug: 'served-1', name: 'Served Tuesday Group', day: 2, time: '19:00', location: 'Fellowship Hall', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', types: ['O'] },
  { slug: 'served-2', name: 'Served Online Group', day: 4, time: '12:00', conference_url: 'https://zoom.us/j/5550100', types: ['ONL', 'C'] },
];

function json(ctx, data) {
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(data);
}

/** Koa-style middleware for @web/dev-server. */
export async function feedRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://test');
  const path = url.pathname;

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
      // Never answers (until the client gives up or the server closes): the element's timeout must fire.
      await new Promise((done) => {
        const timer = setTimeout(done, 60_000);
        ctx.req.on('close', () => { clearTimeout(timer); done(); });
      });
      ctx.status = 504;
      ctx.body = '';
      return;
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
