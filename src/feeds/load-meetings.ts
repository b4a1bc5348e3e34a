/**
 * Loads every source of the element in parallel — feed URLs (Meeting Guide or BMLT, a BMLT root
 * server's URL, with a JSONP fallback for old BMLT servers) and inline data — and merges them into
 * one list in reading order. One failing source does not hide the others: it is reported with its
 * reason, and only when every source fails does loading fail.
 */
import type { Diagnostic, NormalizedFeed } from '../model/meeting.js';
import { bmltSearchUrl, isBmltRootUrl, isBmltSemanticUrl, withUsedFormats, type BmltQuery } from './bmlt-url.js';
import type { FeedFormat } from './detect-format.js';
import { FeedError } from './feed-error.js';
import { fetchJson } from './fetch-json.js';
import type { BmltSteps, MeetingGuideSteps } from './read-feed.js';
import type { ContactReader } from './adapter-common.js';
import type { StoredCopy } from './stored-feed.js';
import type { shareRepeatedValues } from '../model/shared-values.js';
import type { Readers, SourceResult } from './read-answers.js';

export type SourceSpec =
  /** A feed URL as written in `src` (relative URLs resolve against the page). */
  | { kind: 'url'; url: string }
  /** Data given directly: parsed records, or the text of a `<script type="application/json">`. */
  | { kind: 'inline'; name: string; data: unknown; format?: FeedFormat };

export interface LoadRequest {
  sources: readonly SourceSpec[];
  timezone?: string | undefined;
  /** Skip format detection for every URL source. */
  format?: FeedFormat | undefined;
  /** How to ask a BMLT root server: service bodies, or a circle around a point. */
  bmlt?: BmltQuery;
  /** Fall back to JSONP when a BMLT server cannot be fetched (no CORS header). */
  jsonp?: boolean;
  timeout: number;
  signal?: AbortSignal;
  /** Bypass the browser's cache (a retry). */
  fresh?: boolean;
  /**
   * Called with a source's parsed answer before it is normalized (only when there is one source),
   * so a first screen can be shown early; loading waits for the promise it returns.
   */
  onParsed?: (data: unknown, source: string) => Promise<void> | void;
  /** Called once when a source's answer is large while it downloads (only when there is one source). */
  onLarge?: () => void;
  /** The device's copies of feeds: read when a feed cannot be had, saved when it could. */
  offline?: OfflineCopies | undefined;
}

/** The device's last lists of feeds, by the URL fetched (see `offline-store.ts`). */
export interface OfflineCopies {
  read(key: string): Promise<StoredCopy | { dropped: string } | undefined>;
  /** Saves in the background; never fails the load. */
  save(key: string, feed: NormalizedFeed, format: FeedFormat | undefined): void;
}

/**
 * Failures where the device's copy is shown instead: no connection, no answer in time, a server
 * error, or something that is not the feed (a Wi-Fi login page). Not a feed that answered with
 * nothing or something unreadable as meetings: that is what the feed says now.
 */
const USE_COPY_ON: ReadonlySet<string> = new Set(['network', 'timeout', 'http', 'not-json']);

/** How one source fared. */
export interface SourceReport {
  /** The source's URL (resolved), or the inline data's name. Meetings' `source` is the same. */
  source: string;
  format?: FeedFormat;
  records: number;
  meetings: number;
  error?: FeedError;
  /**
   * The feed failed (`error` says why) and its meetings are the copy saved on this device at this
   * time (ms since the epoch).
   */
  savedAt?: number;
}

export interface LoadedMeetings extends NormalizedFeed {
  sources: SourceReport[];
}

export const INLINE_SOURCE = 'inline';

/** `src` as written: URLs separated by white space (a URL may contain commas, never spaces). */
export function splitSrc(src: string | undefined): string[] {
  return (src ?? '').split(/\s+/).filter(Boolean);
}

export async function loadMeetings(request: LoadRequest): Promise<LoadedMeetings> {
  if (request.sources.length === 0) {
    throw new FeedError('no-source', '', 'No meetings: set the src attribute to a feed URL, or the meetings property.');
  }
  const results = await Promise.all(request.sources.map((spec) => loadSource(spec, request)));
  // Records of sources that failed whole (none could be read) are still explained, beside the others.
  const failedDiagnostics = results.flatMap((result) => (result.feed ? [] : ((result.report.error as { diagnostics?: Diagnostic[] } | undefined)?.diagnostics ?? [])));
  const loaded = results.filter((result) => result.feed);
  if (loaded.length === 0) {
    // Every source failed: the first failure speaks for the load; all of them are in `sources`.
    const first = results[0]!.report.error!;
    throw Object.assign(first, {
      sources: results.map((result) => result.report),
      diagnostics: failedDiagnostics,
    });
  }
  const { mergeResults } = await fetchReading(loaded[0]!.report.source);
  return mergeResults(results, failedDiagnostics, request.signal);
}

async function loadSource(spec: SourceSpec, request: LoadRequest): Promise<SourceResult> {
  let source = spec.kind === 'url' ? spec.url : spec.name;
  try {
    if (spec.kind === 'url') source = feedUrl(spec.url);
    const target = spec.kind === 'url' ? fetchTarget(source, request) : undefined;
    // The device's copy is kept under the URL fetched (a BMLT root server's query included).
    const key = target?.href;
    let data: unknown;
    try {
      data = spec.kind === 'url' ? await fetchSource(source, target!, request) : parseInline(spec.data, source);
    } catch (error) {
      const copy = key ? await savedCopy(key, source, error, request) : undefined;
      if (copy) return copy;
      throw error;
    }
    if (request.onParsed && request.sources.length === 1) await request.onParsed(data, source);
    const format = spec.kind === 'inline' ? spec.format : request.format;
    const { readAnswer } = await fetchReading(source);
    return await readAnswer(data, { source, timezone: request.timezone, format, key, offline: request.offline, signal: request.signal }, READERS);
  } catch (error) {
    // An abort is not a failure of the source: it ends the whole load.
    if (request.signal?.aborted) throw error;
    // Anything else stays this source's failure: the other sources still show.
    const failure = asFeedError(error, source);
    const records = (failure as { records?: number }).records ?? 0;
    return { report: { source, records, meetings: 0, error: failure } };
  }
}

/** The schemes a feed may be fetched from. */
const FEED_SCHEMES = new Set(['http:', 'https:']);

/** A `src` URL resolved against the page; a FeedError when it is not one, or not one to fetch. */
export function feedUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text, document.baseURI);
  } catch {
    throw new FeedError('bad-url', text, `"${text}" in src is not a URL.`);
  }
  if (!FEED_SCHEMES.has(url.protocol)) {
    throw new FeedError('refused-url', url.href, `"${text}" in src is a ${url.protocol} URL; only http and https feeds are read.`);
  }
  return url.href;
}

/** Any exception of one source's load as that source's FeedError. */
function asFeedError(error: unknown, source: string): FeedError {
  if (error instanceof FeedError) return error;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // Trusted Types refusing a script URL, or a CSP refusing an evaluation, throws one of these.
  if (/trusted ?type|content.security.policy|TrustedScriptURL/i.test(text)) {
    return new FeedError('blocked', source, `The page's Content-Security-Policy (Trusted Types) refused loading ${source}: ${text}`);
  }
  return new FeedError('failed', source, `Loading ${source} failed: ${text}`);
}

/**
 * A feed reader from a chunk of its own, asked for as the feed's fetch starts so that it is here
 * when the answer is: BMLT's (most pages read Meeting Guide feeds), and Meeting Guide's (the first
 * screen does not need it, so the feed's request starts that much sooner on a slow connection).
 * Not to be had (offline): the source fails as out of reach.
 */
async function reader<T>(source: string, name: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch {
    throw new FeedError('network', source, `The ${name} reader for ${source} could not be fetched (offline?).`);
  }
}

const bmltAdapter = (source: string): Promise<BmltSteps> => reader(source, 'BMLT', async () => (await import('./bmlt.js')).adaptBmltSteps);
const meetingGuideAdapter = (source: string): Promise<MeetingGuideSteps> =>
  reader(source, 'Meeting Guide', async () => (await import('./meeting-guide.js')).adaptMeetingGuideSteps);

/**
 * A chunk the feed can be read without, fetched once for all sources; undefined when it cannot be
 * had, and asked for again next time. (Also the feed controller's preview chunk.)
 */
export function optionalChunk<T>(load: () => Promise<T>): () => Promise<T | undefined> {
  let loading: Promise<T | undefined> | undefined;
  return () =>
    (loading ??= load().catch(() => {
      loading = undefined;
      return undefined;
    }));
}

/**
 * The Meeting Guide contacts reader (details-only data, bar the helpline). Without it the meetings
 * are read without their contacts, and a diagnostic says so.
 */
const contactReader = optionalChunk(async (): Promise<ContactReader> => (await import('./meeting-guide-contacts.js')).readMeetingGuideContacts);

/** A feed's repeated values kept once (`model/shared-values.ts`). Without it, only memory is lost. */
const valueSharing = optionalChunk(async (): Promise<typeof shareRepeatedValues> => (await import('../model/shared-values.js')).shareRepeatedValues);

/**
 * Reading an answer into meetings and merging the sources (`read-answers.ts`): nothing to do before
 * an answer is in, so not in the first load (the CDN build puts it in the finder's chunk, which the
 * element asks for beside the feed). Asked for as each fetch starts; not to be had (offline), the
 * source fails as out of reach.
 */
const reading = optionalChunk(() => import('./read-answers.js'));

async function fetchReading(source: string): Promise<typeof import('./read-answers.js')> {
  const module = await reading();
  if (!module) throw new FeedError('network', source, `The feed reader for ${source} could not be fetched (offline?).`);
  return module;
}

/** The readers' chunks as reading needs them (each asked for once, as the fetch starts). */
const READERS: Readers = { bmlt: bmltAdapter, meetingGuide: meetingGuideAdapter, contacts: contactReader, sharing: valueSharing };

function parseInline(data: unknown, source: string): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    throw new FeedError('not-json', source, `The inline data ${source} is not valid JSON.`);
  }
}

/** What is fetched for a source: the URL, or a BMLT server's query built from it; and whether it is BMLT. */
interface FetchTarget {
  href: string;
  bmlt: boolean;
}

function fetchTarget(source: string, request: LoadRequest): FetchTarget {
  const url = new URL(source);
  if (isBmltSemanticUrl(url)) return { href: withUsedFormats(source), bmlt: true };
  if (isBmltRootUrl(url) || request.format === 'bmlt') return { href: bmltSearchUrl(source, request.bmlt), bmlt: true };
  return { href: source, bmlt: false };
}

/**
 * The device's copy of a source that could not be had, as that source's result (its report says
 * the feed failed and when the copy was saved); undefined when there is none to use. A copy that
 * cannot be used is deleted, and the failure carries a warning saying so.
 */
async function savedCopy(key: string, source: string, error: unknown, request: LoadRequest): Promise<{ report: SourceReport; feed: NormalizedFeed } | undefined> {
  if (!request.offline || !(error instanceof FeedError) || !USE_COPY_ON.has(error.code) || request.signal?.aborted) return undefined;
  const copy = await request.offline.read(key).catch(() => undefined);
  if (!copy) return undefined;
  if ('dropped' in copy) {
    const failure = error as FeedError & { diagnostics?: Diagnostic[] };
    const dropped: Diagnostic = {
      severity: 'warning',
      code: 'offline-copy-dropped',
      source,
      message: `The list of ${source} saved on this device was not used: ${copy.dropped}. It has been deleted.`,
    };
    failure.diagnostics = [...(failure.diagnostics ?? []), dropped];
    return undefined;
  }
  // The meetings keep the source they were saved under (the feed's URL, as now).
  const meetings = copy.feed.meetings.map((meeting) => (meeting.source === source ? meeting : { ...meeting, source }));
  return {
    report: { source, records: copy.feed.records, meetings: meetings.length, error, savedAt: copy.savedAt, ...(copy.format ? { format: copy.format } : {}) },
    feed: { ...copy.feed, meetings },
  };
}

async function fetchSource(source: string, { href, bmlt }: FetchTarget, request: LoadRequest): Promise<unknown> {
  const options = {
    timeout: request.timeout,
    fresh: request.fresh ?? false,
    ...(request.signal ? { signal: request.signal } : {}),
    ...(request.onLarge && request.sources.length === 1 ? { onLarge: request.onLarge } : {}),
  };
  // The feed's request first, then the chunks that read it (see fetch-json.ts on connections).
  const answer = fetchJson(href, options);
  if (bmlt) void bmltAdapter(source).catch(() => undefined);
  else {
    void meetingGuideAdapter(source).catch(() => undefined);
    void contactReader();
  }
  void valueSharing();
  void reading();
  try {
    return await answer;
  } catch (error) {
    // Servers before BMLT 3.0 send no CORS header: fetch fails as a network error, JSONP works.
    if (bmlt && request.jsonp !== false && error instanceof FeedError && error.code === 'network') {
      // Its own chunk: only old servers need it. Not fetched (offline): the network error stands.
      const { loadBmltJsonp } = await import('./bmlt-jsonp.js').catch(() => {
        throw error;
      });
      return loadBmltJsonp(href, source, options);
    }
    throw error;
  }
}
