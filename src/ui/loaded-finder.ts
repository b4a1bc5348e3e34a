/**
 * The finder once its chunk is here: the selectors that query the feed, the controllers of what
 * only a loaded finder does (the count said aloud, near me, My meetings, service bodies, print,
 * focus after a change, the map's pane), what its controls do, and how its states are drawn (the
 * finder, a meeting's details, the compact view, take-along, the printout).
 *
 * It comes in the finder's chunk, so the element's first load holds only what shows before the
 * meetings are in. The element stays the one owner of state and attributes; it hands this class a
 * `FinderShell` — its controllers and a few of its readings — and this class reads them when it
 * draws, so nothing here is a second copy of the element's state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting } from '../model/meeting.js';
import type { Diagnostic } from '../model/meeting.js';
import type { DistanceUnit } from '../model/geo.js';
import { viewerTimeZone } from '../model/time.js';
import { prepareClockView } from '../query/clock-ahead.js';
import type { IndexedFeed } from '../query/indexed-feed.js';
import { createViewModel, type FinderView, type ViewModel } from '../query/view-model.js';
import { helplineSelector, type Helpline } from '../query/helplines.js';
import type { Reach, ReachQuery } from '../query/reachable.js';
import { LIMIT_RANGE, parseFullUrl, parseLimit } from '../state/attributes.js';
import { meetingLinkOf } from '../state/url-state.js';
import { feedbackUrlDiagnostics } from '../state/feedback-url.js';
import {
  chosenCleared,
  filterListToggled,
  filterPanelToggled,
  filtersChanged,
  mineShown,
  nearStopped,
  placeChosen,
  placePressed,
  positionFound,
  regionQueryTyped,
  type LocatorState,
} from '../state/locator-state.js';
import type { Localizer } from '../i18n/localize.js';
import { DEFAULT_MAP_STYLE } from '../map/default-style.js';
import { AnnounceController, type Count } from './controllers/announce-controller.js';
import type { ChunkController } from './controllers/chunk-controller.js';
import type { ClockController } from './controllers/clock-controller.js';
import type { DetailController } from './controllers/detail-controller.js';
import type { FeedController } from './controllers/feed-controller.js';
import { FocusController } from './controllers/focus-controller.js';
import type { LightDomController } from './controllers/light-dom-controller.js';
import type { LocatorStore } from './controllers/locator-store.js';
import { MapPaneController } from './controllers/map-pane-controller.js';
import { MinuteAheadController } from './controllers/minute-ahead-controller.js';
import { MyMeetingsController } from './controllers/my-meetings-controller.js';
import { NearMeController } from './controllers/near-me-controller.js';
import { PrintController } from './controllers/print-controller.js';
import type { ReachableRoomController } from './controllers/reachable-room-controller.js';
import type { RenderedHost } from './controllers/rendered-host.js';
import { ServiceBodiesController } from './controllers/service-bodies-controller.js';
import type { UrlController } from './controllers/url-controller.js';
import type { FilterView } from './filter-panel.js';
import { renderFinder, type FinderActions } from './finder-view.js';
import { renderHelplines, type PageText } from './helplines.js';
import type { ReachableProps } from './reachable-view.js';
import type { CopyOutcome } from './take-along-view.js';
import { renderDetailMessage } from './detail-message.js';

type TakeAlongChunk = typeof import('./take-along-chunk.js');
type QrChunk = typeof import('./qr-chunk.js');
type ReachableChunk = typeof import('./reachable-chunk.js');
type ListChunk = typeof import('./list-chunk.js');

/** The element as the finder sees it: the host of its controllers, and the attributes it reads. */
export type FinderElement = RenderedHost & {
  readonly timezone?: string | undefined;
  /** Written when near me finds the person: a BMLT root server queried around a point is asked again around them. */
  center?: string | undefined;
  readonly mapStyle?: string | object | undefined;
  readonly feedbackUrl?: string | undefined;
  readonly limit: number;
  readonly fullUrl?: string | undefined;
  readonly noHelplines: boolean;
  readonly noTonight: boolean;
  readonly noTakeAlong: boolean;
  reload(): Promise<void>;
};

/** What the finder needs of the element that shows it: its controllers, and readings made when asked. */
export interface FinderShell {
  readonly element: FinderElement;
  readonly store: LocatorStore;
  readonly feed: FeedController;
  readonly details: DetailController;
  readonly url: UrlController;
  readonly clock: ClockController;
  readonly lightDom: LightDomController;
  readonly list: ChunkController<ListChunk>;
  readonly reachable: ChunkController<ReachableChunk>;
  readonly takeAlong: ChunkController<TakeAlongChunk>;
  readonly qr: ChunkController<QrChunk>;
  readonly filters: ChunkController<FilterView>;
  /** "Still possible": its selector and whether it has room above the list (they come with its chunk). */
  reach(): { of?: ((query: ReachQuery) => Reach) | undefined; room?: ReachableRoomController | undefined };
  l10n(): Localizer;
  unit(): DistanceUnit;
  pageText(): PageText;
  /** Links to meetings' details, composed once per render. */
  detailHrefs(): (id: string) => string;
  /** A change the person made: the new state, and for the filters a history entry and `ml-filter-change`. */
  changed(next: LocatorState, typing?: boolean): void;
  /** Draws the element now, outside an update (for printing). */
  drawNow(): void;
}

/** What only a loaded finder does, each effect its controller's. */
export interface FinderEffects {
  announcer: AnnounceController;
  nearMe: NearMeController;
  printer: PrintController;
  mine: MyMeetingsController;
  bodies: ServiceBodiesController;
  focusing: FocusController;
  map: MapPaneController;
  minuteAhead: MinuteAheadController;
}

export class LoadedFinder {
  /** Made once, when the chunk arrives: before there is anything to count, star, print or map. */
  readonly effects: FinderEffects;
  private readonly select: ViewModel = createViewModel();
  private readonly helplines: (meetings: readonly Meeting[], positions: Int32Array, bodies: unknown) => Helpline[];
  /** The meeting whose QR code is shown in its details. */
  private qrFor?: string | undefined;
  /** How the last "Copy as text" went. */
  private copyOutcome?: CopyOutcome | undefined;

  constructor(private readonly shell: FinderShell) {
    const { element } = shell;
    const bodies = new ServiceBodiesController(element);
    this.helplines = helplineSelector((meeting) => bodies.entityOf(meeting));
    this.effects = {
      announcer: new AnnounceController(element, () => this.count()),
      nearMe: new NearMeController(element, (position) => {
        shell.changed(positionFound(this.state, position));
        if (element.center !== undefined) element.center = `${position.latitude.toFixed(4)},${position.longitude.toFixed(4)}`;
      }),
      printer: new PrintController(element, shell.drawNow),
      mine: new MyMeetingsController(element),
      bodies,
      focusing: new FocusController(element),
      minuteAhead: new MinuteAheadController(element, (next) => {
        const feed = shell.feed.feed;
        if (feed) prepareClockView(feed.meetings, next);
      }),
      map: new MapPaneController(
        element,
        () => {
          const l10n = shell.l10n();
          return { style: (element.mapStyle ?? DEFAULT_MAP_STYLE) as string, strings: l10n.strings, rtl: l10n.dir === 'rtl', onSelect: (ids) => this.pressedOnMap(ids) };
        },
        () => {
          const feed = shell.feed.feed;
          const view = feed && this.view(feed);
          return {
            container: element.renderRoot.querySelector<HTMLElement>('.map') ?? undefined,
            inputs: feed && view ? { meetings: feed.meetings, positions: view.result.positions, selected: this.state.detailId, position: this.state.position } : undefined,
          };
        },
      ),
    };
  }

  private get state(): LocatorState {
    return this.shell.store.state;
  }

  // --- Readings for the element -------------------------------------------------------------------

  /** What the list shows now: the feed read through the state. */
  view(feed: IndexedFeed): FinderView {
    const { element, clock } = this.shell;
    return this.select.finder({ feed, state: this.state, now: clock.now, timezone: element.timezone || undefined, unit: this.shell.unit(), mine: element.noTakeAlong ? undefined : this.effects.mine.set });
  }

  /** The meetings listed now, in list order. */
  results(feed: IndexedFeed): readonly Meeting[] {
    return this.select.results(feed, this.view(feed));
  }

  /** What the list shows now, for the count; undefined while there is no feed. */
  count(): Count | undefined {
    const feed = this.shell.feed.feed;
    if (!feed) return undefined;
    const view = this.view(feed);
    return { count: view.result.positions.length, narrowed: view.narrowed };
  }

  meetingOf(id: string): Meeting | undefined {
    const feed = this.shell.feed.feed;
    const position = feed && this.select.positionOf(feed, id);
    return position === undefined ? undefined : feed!.meetings[position];
  }

  /** The service bodies' warnings, and `feedback-url`'s (only a meeting's details use it). */
  diagnostics(): Diagnostic[] {
    return [...this.effects.bodies.diagnostics, ...feedbackUrlDiagnostics(this.shell.element.feedbackUrl)];
  }

  /** The feed is in: what a person may ask for next is fetched when the page is idle. */
  feedLoaded(feed: IndexedFeed, bmlt: boolean, timeout: number): void {
    const { details, filters, reachable, element } = this.shell;
    details.preload();
    this.effects.printer.preload();
    filters.preload();
    if (!element.noTonight) reachable.preload();
    this.effects.bodies.load(feed.sources, bmlt, timeout);
  }

  /** Brings a meeting's row into the list's view; false when it is not in the list. */
  async scrollToRow(id: string): Promise<boolean> {
    const feed = this.shell.feed.feed;
    const position = feed && this.select.positionOf(feed, id);
    const list = this.shell.list.module;
    return feed !== undefined && position !== undefined && list !== undefined && list.scrollToMeeting(this.shell.element.renderRoot.querySelector('.list'), this.view(feed).items, position);
  }

  // --- What happens ------------------------------------------------------------------------------

  /** A place pressed on the map: list its meetings (and say so), the list in view, scrolled to its top. */
  private pressedOnMap(ids: readonly string[]): void {
    const first = ids[0] === undefined ? undefined : this.meetingOf(ids[0]);
    if (!first) return;
    const { details, store } = this.shell;
    if (this.state.detailId) details.close('press');
    store.apply(placePressed(this.state, ids, first.location.name || first.location.formattedAddress || first.name));
    this.effects.focusing.listToTop();
  }

  /** What the finder's controls do. */
  private readonly actions: FinderActions = {
    search: (q) => this.shell.changed(filtersChanged(this.state, { ...this.state.filters, q }), true),
    filter: (next) => this.shell.changed(filtersChanged(this.state, next)),
    relax: (next, focusSearch) => {
      this.shell.changed(filtersChanged(this.state, next));
      if (focusSearch) this.effects.focusing.focusAfterUpdate('#q');
      else this.effects.focusing.focusAfterUpdate('.no-results button', '#q');
    },
    nearMe: () => void this.effects.nearMe.locate(),
    place: (name) => {
      this.effects.nearMe.clearProblem();
      const feed = this.shell.feed.feed;
      if (feed) this.shell.changed(placeChosen(this.state, feed.places, name));
    },
    stopNear: () => {
      this.effects.nearMe.clearProblem();
      this.shell.changed(nearStopped(this.state));
    },
    togglePanel: (open) => this.shell.store.apply(filterPanelToggled(this.state, open)),
    toggleList: (list, open) => this.shell.store.apply(filterListToggled(this.state, list, open)),
    regionQuery: (text) => this.shell.store.apply(regionQueryTyped(this.state, text)),
    open: (id) => this.shell.details.open(id, 'press'),
    clearChosen: () => this.shell.store.apply(chosenCleared(this.state)),
    print: () => void this.effects.printer.print(),
    retry: () => void this.shell.element.reload(),
    retryList: () => this.shell.list.retry(),
    skipList: () => this.effects.focusing.focusAfterUpdate('.back-to-search'),
    day: (start) => void this.goToDay(start),
    star: (id) => this.effects.mine.toggle(id),
    showMine: (on) => {
      this.copyOutcome = undefined;
      this.shell.store.apply(mineShown(this.state, on));
      this.effects.focusing.listToTop();
    },
    backToSearch: () => this.effects.focusing.focusAfterUpdate('#q'),
  };

  /**
   * "Go to a day": the day's first row brought to the top of the list (rendered first: it may be
   * far below), then focus on its heading, so a screen reader reads on from that day and Tab goes
   * on to its first meeting. Focusing scrolls the page just enough to show it.
   */
  private async goToDay(start: number): Promise<void> {
    const row = await this.shell.list.module?.scrollToRow(this.shell.element.renderRoot.querySelector('.list'), start);
    (row?.querySelector<HTMLElement>('h3.day') ?? row?.querySelector<HTMLElement>('a.open'))?.focus();
  }

  /** "Copy as text": the clipboard where the page may write to it, else the text shown to copy by hand. */
  private async copyText(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copyOutcome = 'copied';
    } catch {
      this.copyOutcome = 'failed';
    }
    this.shell.element.requestUpdate();
  }

  // --- Drawing -----------------------------------------------------------------------------------

  /** The list's column: a meeting's details, or the finder. */
  renderColumn(feed: IndexedFeed, l10n: Localizer): TemplateResult {
    const { detailId } = this.state;
    return detailId ? this.renderDetail(feed, detailId, l10n) : this.renderFinder(feed, l10n);
  }

  /**
   * `view="next"`: a meeting's details, the next meetings a person can still make (and whom to call
   * when there are none), or why they could not be worked out; undefined while their chunk is on its way.
   */
  renderCompact(feed: IndexedFeed, l10n: Localizer): TemplateResult | undefined {
    const { detailId } = this.state;
    const chunk = this.shell.reachable;
    if (detailId) return this.renderDetail(feed, detailId, l10n);
    if (chunk.module) {
      const view = this.view(feed);
      const props = this.reachableProps(feed, view, l10n, true);
      // Nothing left to reach tonight: whom to call, below the honest answer.
      const lines = this.shell.element.noHelplines || props.reach.items.length ? [] : this.helplines(feed.meetings, view.listed, this.effects.bodies.bodies);
      const helplines = props.reach.items.length ? nothing : renderHelplines({ lines, slotted: this.shell.lightDom.has('helpline'), l10n, page: this.shell.pageText() });
      return html`${chunk.module.renderReachable(props)}${helplines}`;
    }
    if (chunk.failed) {
      return html`<div class="message error" part="message" role="alert">
        <p>${l10n.strings.nextFailed}</p>
        <button type="button" @click=${() => chunk.retry()}>${l10n.strings.retry}</button>
      </div>`;
    }
    return undefined;
  }

  /** The printed schedule, while printing. */
  renderPrint(feed: IndexedFeed, l10n: Localizer): TemplateResult | typeof nothing {
    const { printer } = this.effects;
    const print = printer.printing ? printer.view : undefined;
    if (!print) return nothing;
    const view = this.view(feed);
    return print.renderPrintSchedule({
      meetings: feed.meetings,
      positions: view.listed,
      l10n,
      here: view.here,
      clock: view.clock,
      helplines: this.helplineTexts(feed, view, l10n),
    });
  }

  /** What "Still possible" shows, in the finder or as the compact view. */
  private reachableProps(feed: IndexedFeed, view: FinderView, l10n: Localizer, compact: boolean): ReachableProps {
    const { element, clock } = this.shell;
    const { of: reachOf, room } = this.shell.reach();
    const now = clock.now;
    const limit = compact ? (parseLimit(element.limit) ?? LIMIT_RANGE.default) : LIMIT_RANGE.default;
    const fullUrl = compact ? parseFullUrl(element.fullUrl, document.baseURI) : undefined;
    return {
      meetings: feed.meetings,
      reach: reachOf!({
        meetings: feed.meetings,
        positions: view.listed,
        ways: feed.filterIndex.reach,
        clock: view.clock,
        now,
        distances: view.near ? view.distances : undefined,
        hereMinutes: view.here.minutes,
        compact,
        limit,
        // Nearest first is the one list not in the clock's order.
        upcoming: !view.byDistance,
      }),
      clock: view.clock,
      l10n,
      now,
      viewerZone: viewerTimeZone(),
      compact,
      hereMinutes: view.here.minutes,
      // On the full page, a name opens that page on the meeting; else the details open here.
      detailHref: fullUrl ? (id) => meetingLinkOf(fullUrl, 'ml-', id) : this.shell.detailHrefs(),
      onOpen: fullUrl ? undefined : this.actions.open,
      fullUrl,
      fold: compact || !room ? undefined : { room: room.room, opened: room.opened, onToggle: room.toggle },
    };
  }

  private renderFinder(feed: IndexedFeed, l10n: Localizer): TemplateResult {
    const { element, reachable, takeAlong, filters, list } = this.shell;
    const { effects } = this;
    const view = this.view(feed);
    // The listings shown: after search and filters, and only a place's when one was pressed on the map.
    const lines = element.noHelplines ? [] : this.helplines(feed.meetings, view.listed, effects.bodies.bodies);
    return renderFinder({
      feed,
      view,
      reachable: element.noTonight || !reachable.module ? nothing : reachable.module.renderReachable(this.reachableProps(feed, view, l10n, false)),
      starred: element.noTakeAlong ? undefined : effects.mine.set,
      takeAlong: this.state.mineOnly && !element.noTakeAlong && takeAlong.module ? this.renderTakeAlong(takeAlong.module, feed, view, l10n) : nothing,
      helplines: renderHelplines({ lines, slotted: this.shell.lightDom.has('helpline'), l10n, page: this.shell.pageText() }),
      state: this.state,
      l10n,
      unit: this.shell.unit(),
      now: this.shell.clock.now,
      viewerZone: viewerTimeZone(),
      announced: effects.announcer.announced,
      locating: effects.nearMe.locating,
      locateProblem: effects.nearMe.problem,
      filterView: filters.module,
      filterViewFailed: filters.failed,
      list: list.module,
      listFailed: list.failed,
      detailHref: this.shell.detailHrefs(),
      on: this.actions,
    });
  }

  private renderDetail(feed: IndexedFeed, id: string, l10n: Localizer): TemplateResult {
    const { details, url, element, qr } = this.shell;
    const { effects } = this;
    const back = () => details.close('press');
    const view = details.view;
    if (!view) return renderDetailMessage(details.failed ? l10n.strings.detailFailed : l10n.strings.loading, details.failed ? 'alert' : 'status', l10n, back);
    const meeting = this.meetingOf(id);
    // Shared, put in calendars and files: so only the meeting's own link, nothing else of the page.
    const deepLink = url.meetingLink(id);
    return view.renderDetailPane({
      meeting,
      related: meeting && details.relatedTo(feed.meetings, meeting),
      l10n,
      now: this.shell.clock.now,
      viewerZone: viewerTimeZone(),
      deepLink,
      entity: meeting && effects.bodies.entityOf(meeting),
      feedbackUrl: element.feedbackUrl,
      shareOutcome: details.shareOutcome,
      onBack: back,
      onOpen: (other) => details.open(other, 'press'),
      onShare: () => void details.share({ title: meeting?.name ?? '', text: meeting?.name ?? '', url: deepLink }),
      onKeydown: details.onKeydown,
      takeAlong: meeting && !element.noTakeAlong
        ? view.renderDetailTakeAlong({
            meeting,
            l10n,
            link: deepLink,
            starred: effects.mine.set.has(meeting.id),
            qr: this.qrFor === meeting.id ? { shown: true, code: qr.module?.renderQr(deepLink, meeting.name), failed: qr.failed } : { shown: false },
            onStar: () => effects.mine.toggle(meeting.id),
            onQr: () => {
              this.qrFor = this.qrFor === meeting.id ? undefined : meeting.id;
              if (this.qrFor) qr.retry();
              element.requestUpdate();
            },
          })
        : undefined,
    });
  }

  /** The feeds' helplines for the listed meetings, as lines of text ("… helpline (901) 555-0100"). */
  private helplineTexts(feed: IndexedFeed, view: FinderView, l10n: Localizer): string[] {
    if (this.shell.element.noHelplines) return [];
    return this.helplines(feed.meetings, view.listed, this.effects.bodies.bodies).map((line) => `${l10n.strings.helplineOf(line.name)} ${line.text}`);
  }

  private renderTakeAlong(chunk: TakeAlongChunk, feed: IndexedFeed, view: FinderView, l10n: Localizer): TemplateResult {
    const meetings = Array.from(view.listed, (position) => feed.meetings[position]!);
    const text = chunk.takeAlongText({ meetings, l10n, linkOf: (meeting) => this.shell.url.meetingLink(meeting.id), helplines: this.helplineTexts(feed, view, l10n) });
    return chunk.renderTakeAlong({
      count: meetings.length,
      l10n,
      text,
      copy: this.copyOutcome,
      onCopy: () => void this.copyText(text),
      onPrint: this.actions.print,
      onShowAll: () => this.actions.showMine(false),
    });
  }
}
