/**
 * Loading the meetings, from the element's sources to an indexed feed: the load runs in a `Task`
 * (with its `AbortSignal`) whenever a source attribute or the inline data changes; a large feed
 * shows its next meetings while the rest is read; a removed element stops its load and a moved
 * one picks it up again. What became of the load is told through `onLoaded` / `onFailed`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Diagnostic, Meeting } from '../../model/meeting.js';
import type { FeedFormat } from '../../feeds/detect-format.js';
import { deviceCopies } from '../../feeds/device-copies.js';
import { loadMeetings, optionalChunk } from '../../feeds/load-meetings.js';
import { FeedError } from '../../feeds/feed-error.js';
import type { ZonedParts } from '../../model/occurrence.js';
import type { ClockView } from '../../query/clock-view.js';
import type { ListItems } from '../../query/list-items.js';
import type { IndexedFeed } from '../../query/indexed-feed.js';
import type { ExtraSearchText } from '../../query/search-index.js';
import { parseCenter } from '../../state/attributes.js';
import { painted } from '../paint.js';
import { inlineScripts, sourcesOf } from '../sources.js';

export type LocatorStatus = 'loading' | 'ready' | 'error';

/** The finder's query layer and views (`finder-chunk.ts`). */
export type FinderChunk = typeof import('../finder-chunk.js');

/** What the element's attributes and properties ask to load. */
export interface FeedRequest {
  src: string | undefined;
  meetings: unknown[] | undefined;
  timezone: string | undefined;
  format: 'auto' | FeedFormat;
  serviceBodies: string | undefined;
  recursive: boolean;
  center: string | undefined;
  radius: number | undefined;
  noJsonp: boolean;
  timeout: number;
  /** Neither keep the last list on this device nor show it when a feed fails. */
  noCache?: boolean | undefined;
}

/** The next meetings of a large feed, shown while the whole feed is read. */
export interface Preview {
  meetings: Meeting[];
  clock: ClockView;
  /** Now in the zone the headings follow. */
  here: ZonedParts;
  /** The rows and headings, made once: the list keeps its layout while the rest is read. */
  items: ListItems;
}

export interface FeedOptions {
  request: () => FeedRequest;
  /** Goes up when the host's inline data changes (see LightDomController). */
  inlineRevision: () => number;
  /** More words each meeting is found by. */
  searchText: ExtraSearchText;
  /** Settles when `searchText` can say everything (the page's language is in). */
  beforeIndex?: () => Promise<void>;
  /** More work worth doing while the feed is on its way (the element's first time formatter). */
  warmUp?: () => void;
  /** Whether the preview's rows are on screen: the load lets them paint before it goes on. */
  previewShown: () => boolean;
  /** The finder's chunk is here (once per element), before anything of it is shown. */
  onFinder?: (chunk: FinderChunk) => void;
  onLoaded: (feed: IndexedFeed) => void;
  onFailed: (error: unknown) => void;
}

/** Feeds with at least this many records show their next meetings before being read whole. */
export const PREVIEW_FROM = 1000;

/** The preview's chunk, fetched once; undefined when it cannot be had (asked for again next time). */
const previewChunk = optionalChunk(() => import('../../feeds/preview.js'));

/** The finder's chunk, fetched once per page; undefined when it cannot be had (asked for again next time). */
const finderChunk = optionalChunk(() => import('../finder-chunk.js'));

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export class FeedController implements ReactiveController {
  preview?: Preview | undefined;
  /**
   * The finder's query layer and views: here whenever `feed` is (the feed is indexed with it), and
   * usually long before, since it is asked for with the feed.
   */
  finder?: FinderChunk;
  private readonly task: Task<readonly unknown[], IndexedFeed>;
  /** A load was stopped by a removal: a return to the page starts it again. */
  private interrupted = false;
  /** Set by `reload()`: the next load asks the server again instead of the browser's cache. */
  private fresh = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FeedOptions,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      task: (_args, { signal }) => this.load(signal),
      // Every request field but `timeout` (read when a load starts), and the inline data's revision.
      args: () => {
        const request = options.request();
        return [request.src, request.meetings, request.timezone, request.format, request.serviceBodies, request.recursive, request.center, request.radius, request.noJsonp, options.inlineRevision()];
      },
      onComplete: (feed) => {
        this.preview = undefined;
        options.onLoaded(feed);
      },
      onError: (error) => {
        if (isAbort(error)) return;
        this.preview = undefined;
        options.onFailed(error);
      },
    });
  }

  /** `loading` while a feed is being read, `ready` when meetings are shown, `error` otherwise. */
  get status(): LocatorStatus {
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return 'ready';
      case TaskStatus.ERROR:
        return isAbort(this.task.error) ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  /** The loaded feed, when ready. */
  get feed(): IndexedFeed | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  /** Why nothing could be loaded, when the status is `error`. */
  get error(): unknown {
    return this.status === 'error' ? this.task.error : undefined;
  }

  /** What could not be read or was guessed, record by record (also when every source failed). */
  get diagnostics(): readonly Diagnostic[] {
    const feed = this.feed;
    if (feed) return feed.diagnostics;
    return (this.error as { diagnostics?: Diagnostic[] } | undefined)?.diagnostics ?? [];
  }

  /** Settles when the load in progress (if any) has ended, whichever way. */
  settled(): Promise<unknown> {
    return this.task.taskComplete.catch(() => undefined);
  }

  /** Loads again, bypassing the browser's cache (what "Try again" does). */
  reload(): Promise<void> {
    this.fresh = true;
    return this.task.run();
  }

  /**
   * A list shown from the device's copy is replaced as soon as the connection is back (the browser
   * says so with `online`), without waiting for "Try again".
   */
  private readonly onOnline = () => {
    if (this.feed?.sources.some((report) => report.savedAt !== undefined)) void this.reload();
  };

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    if (this.interrupted) {
      this.interrupted = false;
      void this.task.run();
      return;
    }
    // The first connection: the feed is asked for now, before the element's first render and the
    // other controllers' start (page colours, the kept meetings), not at the first update; on a
    // slow phone that is tens of milliseconds sooner. With the same arguments the first update then
    // does not load again; without a source yet (a framework sets it after inserting the element),
    // the first update starts the load as before.
    if (this.task.status !== TaskStatus.INITIAL) return;
    const request = this.options.request();
    if (sourcesOf(request.src, request.meetings, inlineScripts(this.host)).length > 0) void this.task.run();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    // A removed element should not keep a connection open; a moved one picks up again on connect.
    if (this.task.status !== TaskStatus.PENDING) return;
    this.interrupted = true;
    this.task.abort(new DOMException('The element was removed from the page.', 'AbortError'));
  }

  private async load(signal: AbortSignal): Promise<IndexedFeed> {
    const request = this.options.request();
    const fresh = this.fresh;
    this.fresh = false;
    this.preview = undefined;
    const timezone = request.timezone || undefined;
    // The first time-zone formatter of a page costs tens of milliseconds: pay it while the feed is
    // on its way, not after it has arrived.
    setTimeout(() => this.options.warmUp?.(), 0);
    const point = parseCenter(request.center);
    const radius = request.radius;
    const loading = loadMeetings({
      sources: sourcesOf(request.src, request.meetings, inlineScripts(this.host)),
      timezone: request.timezone,
      format: request.format === 'auto' ? undefined : request.format,
      bmlt: {
        services: (request.serviceBodies ?? '').split(/[\s,]+/).filter(Boolean),
        recursive: request.recursive,
        ...(point && radius && radius > 0 ? { center: point, radiusKm: radius } : {}),
      },
      jsonp: !request.noJsonp,
      timeout: request.timeout,
      signal,
      fresh,
      onParsed: (data, source) => this.showPreview(data, source, timezone),
      // A large feed's preview is prepared from its chunk, asked for while the feed downloads rather
      // than once it has arrived: on a phone's connection that is a round trip of its own.
      onLarge: () => void previewChunk(),
      offline: request.noCache ? undefined : deviceCopies(),
    });
    // Asked for after the feed's request (see fetch-json.ts on connections), to arrive beside it.
    const finder = this.finderChunk(request.src ?? '');
    finder.then((chunk) => chunk.zonedParts(new Date(), timezone), () => undefined);
    const feed = await loading;
    await this.options.beforeIndex?.();
    return (await finder).indexFeed(feed, this.options.searchText, signal);
  }

  /** The finder's chunk, kept once here; not to be had (offline), the load fails as out of reach. */
  private async finderChunk(source: string): Promise<FinderChunk> {
    const chunk = await finderChunk();
    if (!chunk) throw new FeedError('network', source, "The finder's code could not be fetched (offline?).");
    if (!this.finder) {
      this.finder = chunk;
      this.options.onFinder?.(chunk);
    }
    return chunk;
  }

  /**
   * A large feed takes a moment to read whole: show its next meetings first, and let the browser
   * paint them before the rest of the work.
   */
  private async showPreview(data: unknown, source: string, timezone: string | undefined): Promise<void> {
    const list = Array.isArray(data) ? data : (data as { meetings?: unknown } | null)?.meetings;
    if (!Array.isArray(list) || list.length < PREVIEW_FROM) return;
    // Its own chunk: only feeds this large need it, and reading them takes far longer than its fetch.
    // Not fetched (the connection dropped): the whole list comes a moment later instead.
    const preview = await previewChunk();
    if (!preview) return;
    // A BMLT answer's reader was asked for with the feed (see load-meetings.ts): here by now.
    const bmlt = preview.isBmltAnswer(data) ? await import('../../feeds/bmlt.js').catch(() => undefined) : undefined;
    // Asked for with the feed, so here by now; not to be had, the whole list fails to show instead.
    const finder = await this.finderChunk(source).catch(() => undefined);
    if (!finder) return;
    const now = new Date();
    const meetings = preview.previewMeetings(data, { source, ...(timezone ? { timezone } : {}) }, now, undefined, bmlt);
    if (!meetings?.length) return;
    const { clockView, zonedParts, listItems } = finder;
    const clock = clockView(meetings, now);
    const here = zonedParts(now, timezone);
    const items = listItems({ positions: clock.order, minutesUntil: clock.minutesUntil, hereMinutes: here.minutes, byDistance: false });
    this.preview = { meetings, clock, here, items };
    this.host.requestUpdate();
    await this.host.updateComplete;
    await painted(this.options.previewShown);
  }
}
