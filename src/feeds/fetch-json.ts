/**
 * Fetches a feed as JSON, with a timeout that covers the whole answer (a server that sends headers
 * and then stalls is as hung as one that never answers), and a clear FeedError for every failure.
 */
import { FeedError } from './feed-error.js';
import type { JsonStream } from './json-stream.js';

export interface FetchJsonOptions {
  signal?: AbortSignal;
  /** Milliseconds before giving up. */
  timeout: number;
  /** Ask the server again rather than trust the browser's cache (a person pressed "Try again"). */
  fresh?: boolean;
  /** Called once, as soon as the answer is known to be large (see `LARGE_ANSWER`). */
  onLarge?: () => void;
}

/**
 * Bytes after which an answer counts as large (a thousand meetings or more, in most feeds): by the
 * header that gives its size, or while it downloads. What a large feed needs next can be fetched
 * then, while the rest of it comes.
 */
export const LARGE_ANSWER = 128 * 1024;

export async function fetchJson(url: string, { signal, timeout, fresh = false, onLarge }: FetchJsonOptions): Promise<unknown> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  if (signal?.aborted) forwardAbort();

  // A fetch the page's Content-Security-Policy refuses fails like a network error; the browser
  // tells which request it refused in a `securitypolicyviolation` event, which says why instead.
  let refusedByPolicy = false;
  const target = new URL(url, document.baseURI).href;
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    const blocked = event.blockedURI.replace(/\/$/, '');
    // The whole URL, or only its origin (cross-origin reports), depending on the browser.
    if (blocked && (target === event.blockedURI || target === blocked || target.startsWith(`${blocked}/`))) refusedByPolicy = true;
  };
  document.addEventListener('securitypolicyviolation', onViolation);

  const answer = fetch(url, {
    signal: controller.signal,
    headers: { accept: 'application/json' },
    // Anonymity: the feed's host need not learn which page (article, clinic) the reader is on.
    referrerPolicy: 'no-referrer',
    credentials: 'same-origin',
    cache: fresh ? 'no-cache' : 'default',
  });
  // The parser that reads the answer as it downloads, a chunk asked for just after the request (the
  // feed first: over HTTP/1.1 a browser opens six connections to a host, and chunks queued ahead
  // would hold the feed back): it is here long before the answer's body. Not to be had (the
  // connection dropped just then): read whole.
  const parser = import('./json-stream.js').catch(() => undefined);
  let stream: JsonStream | undefined;
  let head = '';
  const notJson = () =>
    new FeedError('not-json', url, `${url} did not answer JSON${/^\s*</.test(stream?.head ?? head) ? ' (it looks like an HTML page)' : ''}.`);
  try {
    let response: Response;
    try {
      response = await answer;
      if (!response.ok) {
        throw new FeedError('http', url, `${url} answered HTTP ${response.status}.`, response.status);
      }
      let large = onLarge;
      const sized = (bytes: number) => {
        if (!large || bytes < LARGE_ANSWER) return;
        large();
        large = undefined;
      };
      sized(Number(response.headers.get('content-length')) || 0);
      const streaming = await parser;
      if (!streaming) {
        const text = await response.text();
        head = text.slice(0, 64);
        return JSON.parse(text) as unknown;
      }
      // Parsed while it downloads: a large feed is ready soon after its last byte.
      stream = new streaming.JsonStream();
      return await streaming.readJsonBody(response, stream, large && sized);
    } catch (error) {
      if (error instanceof FeedError) throw error;
      if (error instanceof SyntaxError) throw notJson();
      if (signal?.aborted) throw signal.reason ?? error;
      if (timedOut) throw new FeedError('timeout', url, `${url} did not answer within ${Math.round(timeout / 1000)} s.`);
      // The violation event may come just after the failed fetch settles (later in Firefox).
      for (let wait = 0; !refusedByPolicy && wait < 5; wait++) await new Promise((resolve) => setTimeout(resolve, 20));
      if (refusedByPolicy) throw new FeedError('blocked', url, `The page's Content-Security-Policy (connect-src) refused fetching ${url}.`);
      throw new FeedError('network', url, `${url} could not be reached (offline, blocked, or no CORS header).`);
    }
  } finally {
    document.removeEventListener('securitypolicyviolation', onViolation);
    clearTimeout(timer);
    signal?.removeEventListener('abort', forwardAbort);
  }
}
