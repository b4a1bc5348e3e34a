/**
 * A meeting's details: their chunk (fetched on first use, or once the list is idle), opening and
 * closing them with the history (Back closes them), focus moved to the details' heading and back
 * to the meeting's row, Escape, sharing, and the `ml-select` event.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Meeting } from '../../model/meeting.js';
import type { ShareOutcome } from '../../export/share.js';
import type { RelatedMeetings } from '../../query/related.js';
import { detailClosed, detailOpened } from '../../state/locator-state.js';
import type { EventQueue } from '../events.js';
import { painted } from '../paint.js';
import type { FeedController } from './feed-controller.js';
import type { LocatorStore } from './locator-store.js';
import type { UrlController } from './url-controller.js';

export type DetailView = typeof import('../detail-view.js');

/** A Lit element: a controller host with a rendered shadow root. */
type RenderedHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

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

export class DetailController implements ReactiveController {
  /** The details' chunk, once fetched. */
  view?: DetailView;
  /** The chunk could not be fetched (the connection dropped): opening a meeting again retries. */
  failed = false;
  /** What became of the last "share" press. */
  shareOutcome?: ShareOutcome | undefined;
  private loading?: Promise<DetailView>;
  /** The meeting whose row gets focus back when the details close. */
  private returnTo?: string | undefined;
  private related?: (meetings: readonly Meeting[], meeting: Meeting) => RelatedMeetings;

  constructor(
    private readonly host: RenderedHost,
    private readonly options: DetailOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Details are to be shown (opened, or named by the page's URL): fetch their chunk if need be. */
  hostUpdate(): void {
    if (this.options.store.state.detailId && !this.view && !this.loading && !this.failed) void this.load().catch(() => undefined);
  }

  /** Fetches the chunk when the page is idle, so a first press is instant. */
  preload(): void {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1000));
    idle(() => void this.load().catch(() => undefined));
  }

  /** The chunk, fetched once; its styles join the element's. */
  load(): Promise<DetailView> {
    this.loading ??= import('../detail-view.js').then(
      (module) => {
        const root = this.host.renderRoot as ShadowRoot;
        const sheet = module.detailStyles.styleSheet;
        if (sheet && 'adoptedStyleSheets' in root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        else root.append(Object.assign(document.createElement('style'), { textContent: module.detailStyles.cssText }));
        this.view = module;
        this.related = module.createRelatedSelector();
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
        throw error;
      },
    );
    return this.loading;
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
    this.failed = false;
    const meeting = this.options.meetingOf(id);
    if (meeting) events.emit('ml-select', { meeting });
    // Opened from a large feed's preview, the details show once the whole feed is read: focus them then.
    const shown = this.load()
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
