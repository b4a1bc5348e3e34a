/**
 * A meeting's details: their chunk (fetched on first use, or once the list is idle), opening and
 * closing them with the history (Back closes them), focus moved to the details' heading and back
 * to the meeting's row, Escape, sharing, and the `ml-select` event.
 */
import type { Meeting } from '../../model/meeting.js';
import type { ShareOutcome } from '../../export/share.js';
import type { RelatedMeetings } from '../../query/related.js';
import { detailClosed, detailOpened } from '../../state/locator-state.js';
import type { EventQueue } from '../events.js';
import { painted } from '../paint.js';
import type { FeedController } from './feed-controller.js';
import type { LocatorStore } from './locator-store.js';
import type { UrlController } from './url-controller.js';

import { ChunkController } from './chunk-controller.js';
import type { RenderedHost } from './rendered-host.js';

export type DetailView = typeof import('../detail-view.js');

/** Pressed in the element (the URL gets an entry, focus moves) or stepped to with Back/Forward. */
export type How = 'press' | 'navigate';

export interface DetailOptions {
  store: LocatorStore;
  url: UrlController;
  events: EventQueue;
  feed: FeedController;
  meetingOf: (id: string) => Meeting | undefined;
  /** Brings a meeting's row into the list's view; false when it is not in the list. */
  scrollToRow: (id: string) => Promise<boolean>;
}

/** It has no hooks of its own: its chunk's controller fetches when details are wanted. */
export class DetailController {
  /** What became of the last "share" press. */
  shareOutcome?: ShareOutcome | undefined;
  private readonly chunk: ChunkController<DetailView>;
  /** The meeting whose row gets focus back when the details close. */
  private returnTo?: string | undefined;
  private related?: (meetings: readonly Meeting[], meeting: Meeting) => RelatedMeetings;

  constructor(
    private readonly host: RenderedHost,
    private readonly options: DetailOptions,
  ) {
    this.chunk = new ChunkController(host, () => import('../detail-view.js'), {
      styles: (module) => module.detailStyles,
      // Details to be shown (opened, or named by the page's URL).
      wanted: () => this.options.store.state.detailId !== undefined,
      loaded: (module) => (this.related = module.createRelatedSelector()),
    });
  }

  /** The details' chunk, once fetched. */
  get view(): DetailView | undefined {
    return this.chunk.module;
  }

  /** The chunk could not be fetched (the connection dropped): opening a meeting again retries. */
  get failed(): boolean {
    return this.chunk.failed;
  }

  /** Fetches the chunk when the page is idle, so a first press is instant. */
  preload(): void {
    this.chunk.preload();
  }

  /** Other meetings at the same place or of the same group (remembered for the meeting shown). */
  relatedTo(meetings: readonly Meeting[], meeting: Meeting): RelatedMeetings | undefined {
    return this.related?.(meetings, meeting);
  }

  open(id: string, how: How): void {
    const { store, url, events, feed } = this.options;
    if (how === 'press') {
      url.openMeeting(store.state.filters, id);
      this.returnTo ??= id;
    }
    store.apply(detailOpened(store.state, id));
    this.shareOutcome = undefined;
    const meeting = this.options.meetingOf(id);
    if (meeting) events.emit('ml-select', { meeting });
    // Opened from a large feed's preview, the details show once the whole feed is read: focus them then.
    const shown = this.chunk
      .load()
      .then(() => feed.settled())
      .then(() => this.host.updateComplete);
    if (how === 'press') void shown.then(() => this.host.renderRoot.querySelector<HTMLElement>('.detail h3')?.focus(), () => undefined);
  }

  close(how: How): void {
    const { store, url } = this.options;
    const id = this.returnTo ?? store.state.detailId;
    this.returnTo = undefined;
    this.shareOutcome = undefined;
    if (how === 'press') url.closeMeeting(store.state.filters);
    store.apply(detailClosed(store.state));
    if (how === 'press' && id) void this.focusRow(id);
  }

  /** Escape inside the details closes them. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    this.close('press');
  };

  async share(data: { title: string; text: string; url: string }): Promise<void> {
    const view = this.view;
    if (!view) return;
    this.shareOutcome = await view.shareLink(data);
    this.host.requestUpdate();
  }

  /** Focus back on a meeting's row (scrolling it into the list first), else on the search field. */
  private async focusRow(id: string): Promise<void> {
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    const find = () => [...root.querySelectorAll<HTMLElement>('a.open')].find((link) => link.dataset['id'] === id);
    let link = find();
    if (!link && this.options.meetingOf(id)) {
      await painted(() => root.querySelector('article.meeting') !== null);
      if (await this.options.scrollToRow(id)) {
        await painted(() => find() !== undefined);
        link = find();
      }
    }
    (link ?? root.querySelector<HTMLElement>('#q'))?.focus();
  }
}
