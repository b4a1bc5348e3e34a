import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Coordinates, Diagnostic, Meeting } from '../model/meeting.js';
import { KM_PER_MILE } from '../model/geo.js';
import { zonedParts } from '../model/occurrence.js';
import { viewerTimeZone } from '../model/time.js';
import { FeedError } from '../feeds/feed-error.js';
import { loadMeetings, type LoadedMeetings, type SourceReport } from '../feeds/load-meetings.js';
import type { FeedFormat } from '../feeds/detect-format.js';
import { applyFilters, distanceOrder, type FilterResult } from '../query/apply-filters.js';
import { clockView, type ClockView } from '../query/clock-view.js';
import { buildFilterIndex, type FilterIndex } from '../query/filter-index.js';
import { distancesFrom, placesOf, type Place } from '../query/places.js';
import { previewMeetings } from '../feeds/preview.js';
import { buildSearchIndexSteps, createSearcher, type Searcher } from '../query/search-index.js';
import { runInSlices, yieldToMain } from '../model/run-in-slices.js';
import { EMPTY_FILTERS, equalFilters, isEmpty, without, type FilterState } from '../state/filter-state.js';
import { presetFilters } from '../state/presets.js';
import { localizer, resolveLocale, typeNamesInEveryLocale, type Localizer } from '../i18n/localize.js';
import { emit, errorDetail, publicReport, type ErrorEventDetail, type FilterChangeEventDetail, type LoadEventDetail, type SelectEventDetail } from './events.js';
import { activeCount, renderFilterBar } from './filter-bar.js';
import { LocateError, locate, type LocateProblem } from './geolocate.js';
import { LightDom } from './light-dom.js';
import { renderMeetingList, scrollToMeeting, type DistanceUnit } from './meeting-list.js';
import { renderHostPanels, type PanelName } from './host-panels.js';
import { layoutStyles } from './layout-styles.js';
import { MapPanel } from './map-panel.js';
import { DEFAULT_MAP_STYLE } from '../map/default-style.js';
import type { MapColors } from '../map/map-layers.js';
import { renderPrintSchedule } from './print-schedule.js';
import { printStyles } from './print-styles.js';
import { icons } from './icons.js';
import type { ShareOutcome } from '../export/share.js';
import type { RelatedMeetings } from '../query/related.js';

type DetailView = typeof import('./detail-view.js');
import { renderNearControls } from './near-controls.js';
import { renderNoResults } from './no-results.js';
import { renderLoadError, renderSkipped, renderSourceFailures } from './feed-messages.js';
import { inlineKey, inlineScripts, parseCenter, sourcesOf } from './sources.js';
import { styles, tokens } from './styles.js';
import { UrlSync } from './url-sync.js';

export type LocatorStatus = 'loading' | 'ready' | 'error';

/** A loaded feed plus what is derived from it once, not per keystroke. */
interface Loaded extends LoadedMeetings {
  searcher: Searcher;
  filterIndex: FilterIndex;
  places: Place[];
  /** The one zone all meetings share, for the "Times are Central Time" note. */
  commonZone: string | undefined;
}

/** Where distances are measured from: the person's position (never stored or sent), or a place of the feed. */
type Near = { from: 'me'; at: Coordinates } | { from: 'place'; name: string; at: Coordinates };

/** Feeds with at least this many records show their next meetings before being read whole. */
const PREVIEW_FROM = 1000;

/** The next frame (or a moment, where frames do not run: a hidden tab). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 50);
  });
}

/**
 * Resolves once `ready()` holds and a frame has been painted after it, or after a few frames at
 * most. (The virtualized list places its rows a frame after the element's update.)
 */
async function painted(ready: () => boolean): Promise<void> {
  for (let frame = 0; frame < 6 && !ready(); frame++) await nextFrame();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Countries that measure road distances in miles. */
const MILE_REGIONS = new Set(['US', 'GB', 'LR', 'MM']);

let browserUnit: DistanceUnit | undefined;

function defaultUnit(): DistanceUnit {
  if (!browserUnit) {
    const region = new Intl.Locale(navigator.language || 'en-US').maximize().region;
    browserUnit = region && MILE_REGIONS.has(region) ? 'mi' : 'km';
  }
  return browserUnit;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** How long the result count waits for typing to pause before it is announced. */
const ANNOUNCE_DELAY = 400;

/**
 * Finds recovery meetings in the feeds fellowships publish (Meeting Guide JSON, BMLT) and shows them
 * as a searchable list grouped by weekday, starting today. Several sources load in parallel and merge.
 *
 * @slot header - Shown above the finder.
 * @slot footer - Shown below everything.
 * @slot faq - The host page's FAQ, shown as a panel beside the meetings when filled.
 * @slot info - The host page's information (what the fellowship is, sponsorship…), beside the meetings.
 *
 * @fires ml-load - The meetings loaded. `detail`: `{ meetings, records, skipped, diagnostics, sources }`.
 * @fires ml-error - A source could not be loaded (once per failed source). `detail`: `{ code, message, source, status? }`.
 * @fires ml-filter-change - The person changed the search or filters. `detail`: `{ filters, results }`.
 * @fires ml-select - A meeting's details were opened. `detail`: `{ meeting }`.
 *
 * @slot empty - Shown when no meeting matches the search and filters (the host's own words).
 *
 * @csspart finder - The search and list column.
 * @csspart search - The search field's wrapper.
 * @csspart list - The scrolling list of meetings.
 * @csspart day - A weekday heading in the list.
 * @csspart item - One meeting.
 * @csspart message - A loading, error or no-result message.
 * @csspart notice - Names the sources that failed while others loaded.
 * @csspart filters - The filter panel.
 * @csspart near - The "near me" and "near a place" controls.
 * @csspart no-results - What excludes everything, with a button to remove each.
 * @csspart panels - The column of the host's panels.
 * @csspart panel - One of the host's panels (also `faq-panel`, `info-panel`), with its disclosure button.
 * @csspart faq - The body of the FAQ panel (the `faq` slot).
 * @csspart info - The body of the information panel (the `info` slot).
 * @csspart main - The list (and map) area.
 * @csspart view-switch - The List / Map switch on narrow layouts.
 * @csspart map - The map's pane.
 * @csspart chosen - Says which place was pressed on the map, with a button to list every meeting again.
 * @csspart detail - A meeting's details.
 * @csspart print - The printed schedule (shown only on paper).
 *
 * @cssprop --ml-font - Font family.
 * @cssprop --ml-font-size - Base font size.
 * @cssprop --ml-color-text - Text colour.
 * @cssprop --ml-color-muted - Secondary text colour.
 * @cssprop --ml-color-bg - Background.
 * @cssprop --ml-color-surface - Background of headings and messages.
 * @cssprop --ml-color-border - Borders.
 * @cssprop --ml-color-accent - Links, buttons and focus rings.
 * @cssprop --ml-color-accent-text - Text on accent-coloured buttons.
 * @cssprop --ml-color-error - Error messages.
 * @cssprop --ml-color-warning - Border of the notice naming sources that failed.
 * @cssprop --ml-radius - Corner radius.
 * @cssprop --ml-space - Base spacing.
 * @cssprop --ml-list-height - Height of the scrolling list.
 * @cssprop --ml-panels-width - Width of the panel column on wide layouts.
 * @cssprop --ml-time-width - Width of the time column of the list.
 */
export class MeetingLocator extends LitElement {
  static override styles = [tokens, styles, layoutStyles, printStyles];

  /**
   * Feed URLs, separated by white space: Meeting Guide JSON, BMLT semantic-API URLs
   * (`…/client_interface/json/?switcher=GetSearchResults…`) or BMLT root servers (`…/main_server`).
   * Relative URLs resolve against the page.
   */
  @property({ reflect: true }) src?: string;

  /** `auto` (the default: detected from each answer), `meeting-guide` or `bmlt` (also marks a root server URL that is not at `…/main_server`). */
  @property({ reflect: true }) format: 'auto' | FeedFormat = 'auto';

  /** BMLT root servers only: service body ids (comma or space separated) to ask for. */
  @property({ attribute: 'service-bodies', reflect: true }) serviceBodies?: string;

  /** BMLT root servers only: include the child service bodies of `service-bodies`. */
  @property({ type: Boolean, reflect: true }) recursive = false;

  /**
   * BMLT root servers only: "latitude,longitude" to ask only for meetings around a point (with
   * `radius`). "Near me" moves it to the person's position, so the server is asked again.
   */
  @property({ reflect: true }) center?: string;

  /** BMLT root servers only: radius in kilometres around `center` (servers may cap it; the worldwide one at 160). */
  @property({ type: Number, reflect: true }) radius?: number;

  /**
   * Turns off the JSONP fallback for BMLT servers that send no CORS header. JSONP runs the server's
   * answer as script in the page: a site that does not trust its server that far sets this.
   */
  @property({ type: Boolean, attribute: 'no-jsonp', reflect: true }) noJsonp = false;

  /** IANA time zone (e.g. "America/Chicago") for meetings whose feed gives none; also the zone of "today" in the list's headings. */
  @property({ reflect: true }) timezone?: string;

  /** UI language ("en", "es"); defaults to the nearest `lang` of the page. */
  @property() override lang = '';

  /** `mi` or `km`; by default miles in the US, the UK, Liberia and Myanmar, kilometres elsewhere. */
  @property({ attribute: 'distance-unit', reflect: true }) distanceUnit?: DistanceUnit;

  /** Preset: days, e.g. "today", "tomorrow", "tue thu" or "2,4" (0 = Sunday). */
  @property({ reflect: true }) day?: string;
  /** Preset: times of day: morning, midday, afternoon, evening, night, soon, now. */
  @property({ reflect: true }) time?: string;
  /** Preset: meeting types, as canonical features ("women wheelchair") or Meeting Guide codes ("W X"). */
  @property({ reflect: true }) types?: string;
  /** Preset: in_person, online and/or hybrid. */
  @property({ reflect: true }) attendance?: string;
  /** Preset: one region or city name as the feed writes it. */
  @property({ reflect: true }) region?: string;
  /** Preset: a search. */
  @property({ reflect: true }) q?: string;

  /** Keeps the filters out of the page's URL (by default they are there, so links can be shared and Back works). */
  @property({ type: Boolean, attribute: 'no-url-state', reflect: true }) noUrlState = false;

  /**
   * `auto` (the default): the list and the map side by side when the element is wide enough, else
   * a List / Map switch. `both`: side by side, stacked when narrow. `map`: the switch, map first.
   * `list`: no map (and no MapLibre byte downloaded).
   */
  @property({ reflect: true }) view: 'auto' | 'list' | 'map' | 'both' = 'auto';

  /**
   * The map's MapLibre style: a style URL (attribute) or a style object (property). The default is
   * OpenFreeMap's free "liberty" style, which needs no key; its tiles reveal the area viewed to that
   * host, so a site may point this at its own tiles.
   */
  @property({ attribute: 'map-style' }) mapStyle?: string | object;

  /** `light` or `dark`; by default the page's reader's preference (`prefers-color-scheme`). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** Milliseconds to wait for the feed before saying it is not answering. */
  @property({ type: Number }) timeout = 15_000;

  /**
   * Meeting data without a URL, in a feed format (an array of Meeting Guide records, or a BMLT
   * answer). When set, it is used instead of `src` and inline `<script type="application/json">`.
   */
  @property({ attribute: false }) meetings?: unknown[];

  @state() private filters: FilterState = EMPTY_FILTERS;
  /** The person's position, from "near me": in memory only. */
  @state() private position?: Coordinates;
  @state() private locating = false;
  @state() private locateProblem?: LocateProblem;
  @state() private regionQuery = '';
  /** Undefined until first shown: then open when the element is wide enough to keep the list in view. */
  @state() private filtersOpen?: boolean;
  /** The filter panel's long lists that are open (types, areas); ones with a choice start open. */
  @state() private openLists?: ReadonlySet<string>;
  /** The next meetings of a large feed, shown while the whole feed is read. */
  @state() private preview?: { meetings: Meeting[]; clock: ClockView };
  /**
   * The result count as last announced: it follows typing after a pause, so a screen reader says
   * the count once rather than on every key. Kept as numbers, rendered in the current language.
   */
  @state() private announced?: { count: number; narrowed: boolean };

  /** On narrow layouts, which of list and map is shown. */
  @state() private showing?: 'list' | 'map';
  /** The meeting whose details are open. */
  @state() private detailId?: string;
  /** The meetings of a place pressed on the map: the list shows only them until cleared. */
  @state() private chosen?: { ids: ReadonlySet<string>; place: string };
  /** What became of the last "share" press in the details. */
  @state() private shareState?: ShareOutcome;
  /** Panels the person opened or closed; the others follow `panelsOpenAtFirst`. */
  @state() private panelToggles: ReadonlyMap<PanelName, boolean> = new Map();
  /** Panels start open on wide layouts and closed on narrow ones, where the meetings come first. */
  private panelsOpenAtFirst?: boolean;
  /** True while the page prints: the whole schedule is rendered, not just the rows on screen. */
  @state() private printing = false;

  private readonly lightDom = new LightDom(this, ['faq', 'info', 'empty']);
  private readonly url = new UrlSync(
    this,
    (filters, meeting) => {
      this.setFilters(filters, 'navigate');
      if (meeting !== this.detailId) {
        if (meeting) this.openDetail(meeting, 'navigate');
        else this.closeDetail('navigate');
      }
    },
    () => this.presets(),
  );
  private readonly map = new MapPanel(this, () => ({
    style: (this.mapStyle ?? DEFAULT_MAP_STYLE) as string,
    strings: this.l10n.strings,
    colors: this.mapColors(),
    onSelect: (ids) => this.chooseOnMap(ids),
  }));
  /** Detail views opened by presses since the list was last shown: the Back button undoes them. */
  private detailDepth = 0;
  /** The meeting whose detail was open, to return focus to its row. */
  private returnFocus?: string;
  private readonly onBeforePrint = () => {
    this.printing = true;
    // Printing lays the page out right after this event: render the schedule now, not later.
    this.performUpdate();
  };
  private readonly onAfterPrint = () => (this.printing = false);
  /** The reader's light or dark preference changed: the map's markers follow the new colours. */
  private readonly onSchemeChange = () => this.map.recolor(this.mapColors());
  private readonly darkScheme = window.matchMedia?.('(prefers-color-scheme: dark)');
  private announceTimer?: ReturnType<typeof setTimeout>;
  private clockTimer?: ReturnType<typeof setInterval>;
  private loadInterrupted = false;
  /** Set by `reload()`: the next load asks the server again instead of the browser's cache. */
  private retrying = false;
  private clock?: ClockView;
  /** The meetings `clock` was computed for (a reload may bring as many different ones). */
  private clockOf?: readonly Meeting[];
  private distanceCache?: { meetings: readonly Meeting[]; at: Coordinates; distances: Float64Array; order: Int32Array };
  private result?: FilterResult;
  private filterInputs?: readonly unknown[];
  /** Set by `setFilters` so `willUpdate` knows to fire `ml-filter-change` (not for Back or presets). */
  private changedByPerson = false;
  /** A place name typed that is not one of the feed's, to say so. */
  private unknownPlace?: string;
  /** `results`, built from the result's positions only when someone asks (50,000 is not free). */
  private shownMeetings?: readonly Meeting[];

  private get shownCount(): number {
    return this.result?.positions.length ?? 0;
  }

  private readonly feed = new Task(this, {
    task: async ([src, data, timezone, format, services, recursive, center, radius, noJsonp], { signal }) => {
      const fresh = this.retrying;
      this.retrying = false;
      // The first time-zone formatter of a page costs tens of milliseconds: pay it while the feed is
      // on its way, not after it has arrived.
      setTimeout(() => {
        zonedParts(new Date(), timezone || undefined);
        this.l10n.timeRange(0, 60);
      }, 0);
      const point = parseCenter(center);
      const feed = await loadMeetings({
        sources: sourcesOf(src, data, inlineScripts(this)),
        timezone,
        format: format === 'auto' ? undefined : format,
        bmlt: {
          services: (services ?? '').split(/[\s,]+/).filter(Boolean),
          recursive,
          ...(point && radius && radius > 0 ? { center: point, radiusKm: radius } : {}),
        },
        jsonp: !noJsonp,
        timeout: this.timeout,
        signal,
        fresh,
        onParsed: (data, source) => this.showPreview(data, source, timezone),
      });
      if (center && !point) {
        feed.diagnostics.push({ severity: 'warning', code: 'invalid-center', field: 'center', source: '', message: `center="${center}" is not "latitude,longitude"; it is ignored.` });
      }
      const { ignored } = this.presetResult();
      for (const token of ignored) {
        feed.diagnostics.push({ severity: 'warning', code: 'invalid-preset', source: '', message: `The preset "${token}" (day, time, types or attendance attribute) is not a known value; it is ignored.` });
      }
      const zones = new Set(feed.meetings.map((meeting) => meeting.timezone));
      // Type names in every UI language, so "mujeres" finds women's meetings whatever the page's language.
      const searchIndex = await runInSlices(buildSearchIndexSteps(feed.meetings, (meeting) => meeting.types.flatMap(typeNamesInEveryLocale)), signal);
      // A turn for the browser between the indexes: each is a few hundred milliseconds at 50,000.
      await yieldToMain();
      const filterIndex = buildFilterIndex(feed.meetings);
      await yieldToMain();
      const places = placesOf(feed.meetings);
      signal.throwIfAborted();
      return {
        ...feed,
        searcher: createSearcher(searchIndex),
        filterIndex,
        places,
        commonZone: zones.size === 1 ? [...zones][0] : undefined,
      } satisfies Loaded;
    },
    // The inline scripts' content is an argument only so that a change reloads.
    args: () =>
      [this.src, this.meetings, this.timezone, this.format, this.serviceBodies, this.recursive, this.center, this.radius, this.noJsonp, inlineKey(this)] as const,
    onComplete: (loaded) => this.loaded(loaded),
    onError: (error) => this.failed(error),
  });

  /** `loading` while a feed is being read, `ready` when meetings are shown, `error` otherwise. */
  get status(): LocatorStatus {
    switch (this.feed.status) {
      case TaskStatus.COMPLETE:
        return 'ready';
      case TaskStatus.ERROR:
        return isAbort(this.feed.error) ? 'loading' : 'error';
      default:
        return 'loading';
    }
  }

  /** The meetings listed now (after search and filters), in list order. */
  get results(): readonly Meeting[] {
    const loaded = this.status === 'ready' ? this.feed.value : undefined;
    if (!loaded || !this.result) return [];
    this.shownMeetings ??= Array.from(this.result.positions, (position) => loaded.meetings[position]!);
    return this.shownMeetings;
  }

  /** The search and filters in effect. */
  get currentFilters(): FilterState {
    return this.filters;
  }

  /** What could not be read or was guessed, record by record. */
  get diagnostics(): readonly Diagnostic[] {
    if (this.feed.status === TaskStatus.COMPLETE) return this.feed.value?.diagnostics ?? [];
    const error = this.feed.error as { diagnostics?: Diagnostic[] } | undefined;
    return error?.diagnostics ?? [];
  }

  /** Reloads the feed (what the retry button does). */
  reload(): Promise<void> {
    this.retrying = true;
    return this.feed.run();
  }

  /** Sets the search and filters, as the person would (an `ml-filter-change` event, a history entry). */
  setFilters(filters: FilterState, how: 'person' | 'typing' | 'navigate' = 'person'): void {
    if (equalFilters(filters, this.filters)) return;
    this.filters = filters;
    this.chosen = undefined;
    if (how !== 'navigate') this.url.write(filters, how === 'typing');
    this.changedByPerson = how !== 'navigate';
  }

  private get l10n(): Localizer {
    const lang = this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    return localizer(resolveLocale(lang));
  }

  private get unit(): DistanceUnit {
    return this.distanceUnit === 'mi' || this.distanceUnit === 'km' ? this.distanceUnit : defaultUnit();
  }

  private presetResult(): ReturnType<typeof presetFilters> {
    return presetFilters({ day: this.day, time: this.time, types: this.types, attendance: this.attendance, region: this.region, q: this.q });
  }

  private presets(): FilterState {
    return this.presetResult().filters;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's language may differ where the element now is.
    this.requestUpdate();
    if (this.loadInterrupted) {
      this.loadInterrupted = false;
      void this.feed.run();
    }
    // "Today", "starting soon" and "in progress" follow the clock.
    this.clockTimer = setInterval(() => {
      const loaded = this.feed.status === TaskStatus.COMPLETE ? this.feed.value : undefined;
      if (loaded && this.clock?.minute !== Math.floor(Date.now() / 60_000)) this.tick(loaded);
    }, 15_000);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.darkScheme?.addEventListener('change', this.onSchemeChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    clearInterval(this.clockTimer);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.darkScheme?.removeEventListener('change', this.onSchemeChange);
    // A removed element should not keep a connection open; a moved one picks up again on connect.
    if (this.feed.status === TaskStatus.PENDING) {
      this.loadInterrupted = true;
      this.feed.abort(new DOMException('The element was removed from the page.', 'AbortError'));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || ['day', 'time', 'types', 'attendance', 'region', 'q'].some((name) => changed.has(name as keyof MeetingLocator))) {
      // The URL wins over the presets: it is what a shared link or the back button asks for.
      this.filters = (this.url.enabled() ? this.url.read() : undefined) ?? this.presets();
    }
    if (!this.hasUpdated && this.url.enabled()) this.detailId = this.url.readMeeting();
    const loaded = this.feed.status === TaskStatus.COMPLETE ? this.feed.value : undefined;
    if (!loaded) return;
    const before = this.shownCount;
    this.refilter(loaded);
    if (changed.has('filters' as keyof MeetingLocator) || changed.has('position' as keyof MeetingLocator)) {
      if (this.changedByPerson) {
        this.changedByPerson = false;
        emit<FilterChangeEventDetail>(this, 'ml-filter-change', { filters: this.filters, results: this.shownCount });
      }
      this.scheduleAnnouncement();
    } else if (before !== this.shownCount) this.scheduleAnnouncement();
  }

  /** Search, filters, clock and distance → the meetings shown; nothing is redone when none changed. */
  private refilter(loaded: Loaded): void {
    // Recomputed by the clock timer, not here: a keystroke never pays for the minute turning over.
    const clock = this.clock && this.clockOf === loaded.meetings ? this.clock : this.tick(loaded, false);
    const inputs = [loaded, this.filters, this.position, clock, this.unit] as const;
    // Unchanged inputs keep the same result, so the list is not re-rendered under a keyboard user's focus.
    if (this.filterInputs && inputs.every((input, i) => input === this.filterInputs![i])) return;
    this.filterInputs = inputs;
    const positions = loaded.searcher.search(this.filters.q);
    let searched: Uint8Array | undefined;
    if (positions) {
      searched = new Uint8Array(loaded.meetings.length);
      for (const position of positions) searched[position] = 1;
    }
    const near = this.near(loaded);
    let distances: Float64Array | undefined;
    if (near) {
      const cache = this.distanceCache;
      if (!cache || cache.meetings !== loaded.meetings || cache.at !== near.at) {
        const fromPoint = distancesFrom(loaded.meetings, near.at);
        this.distanceCache = { meetings: loaded.meetings, at: near.at, distances: fromPoint, order: distanceOrder(fromPoint) };
      }
      distances = this.distanceCache!.distances;
    }
    const radius = near && this.filters.radius ? this.filters.radius * (this.unit === 'mi' ? KM_PER_MILE : 1) : undefined;
    this.result = applyFilters(loaded.filterIndex, this.filters, {
      clock,
      ...(searched ? { searched } : {}),
      ...(distances ? { distances } : {}),
      ...(radius ? { radiusKm: radius } : {}),
      ...(near && this.filters.sort !== 'time' ? { order: this.distanceCache!.order } : {}),
    });
    this.shownMeetings = undefined;
  }

  /** What the clock says about every meeting now: today, soon, in progress, upcoming order. */
  private tick(loaded: Loaded, render = true): ClockView {
    this.clock = clockView(loaded.meetings, new Date());
    this.clockOf = loaded.meetings;
    if (render) this.requestUpdate();
    return this.clock;
  }

  /** The point distances are measured from: the person's position, else the chosen place. */
  private near(loaded: Loaded): Near | undefined {
    if (this.position) return { from: 'me', at: this.position };
    const name = this.filters.place;
    const place = name ? loaded.places.find((candidate) => candidate.name === name) : undefined;
    return place ? { from: 'place', name: place.name, at: place.at } : undefined;
  }

  /**
   * A large feed takes a moment to read whole: show its next meetings first, and let the browser
   * paint them before the rest of the work.
   */
  private async showPreview(data: unknown, source: string, timezone: string | undefined): Promise<void> {
    const records = Array.isArray(data) ? data.length : Array.isArray((data as { meetings?: unknown })?.meetings) ? (data as { meetings: unknown[] }).meetings.length : 0;
    if (records < PREVIEW_FROM) return;
    const now = new Date();
    const meetings = previewMeetings(data, { source, ...(timezone ? { timezone } : {}) }, now);
    if (!meetings?.length) return;
    this.preview = { meetings, clock: clockView(meetings, now) };
    await this.updateComplete;
    await painted(() => this.renderRoot.querySelector('article.meeting') !== null);
  }

  private loaded(loaded: Loaded): void {
    this.preview = undefined;
    // The details' chunk, once the list has painted and the page is idle: a first press is then instant.
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1000));
    idle(() => void this.loadDetailView().catch(() => undefined));
    this.refilter(loaded);
    this.announced = this.currentCount();
    const skipped = new Set(loaded.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.source}#${d.record}`)).size;
    for (const report of loaded.sources) if (report.error) this.emitError(report.error);
    emit<LoadEventDetail>(this, 'ml-load', {
      meetings: loaded.meetings.length,
      records: loaded.records,
      skipped,
      diagnostics: loaded.diagnostics,
      sources: loaded.sources.map(publicReport),
    });
  }

  private failed(error: unknown): void {
    if (isAbort(error)) return;
    this.preview = undefined;
    this.announced = undefined;
    const reports = (error as { sources?: SourceReport[] }).sources;
    if (reports) for (const report of reports) this.emitError(report.error!);
    else this.emitError(error);
  }

  private emitError(error: unknown): void {
    const detail = error instanceof FeedError ? errorDetail(error) : { code: 'network' as const, message: String(error), source: this.src ?? '' };
    emit<ErrorEventDetail>(this, 'ml-error', detail);
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      if (this.status === 'ready') this.announced = this.currentCount();
    }, ANNOUNCE_DELAY);
  }

  private currentCount(): { count: number; narrowed: boolean } {
    return { count: this.shownCount, narrowed: !isEmpty(this.filters) || (this.filters.radius !== undefined && Boolean(this.position)) };
  }

  private countText(loaded: Loaded): string {
    if (!this.announced) return '';
    const { strings, number } = this.l10n;
    const { count, narrowed } = this.announced;
    const total = loaded.meetings.length;
    return narrowed && count !== total ? strings.resultCountOf(count, number(count), number(total)) : strings.resultCount(count, number(count));
  }

  // --- Near me ----------------------------------------------------------------------------------

  private async nearMe(): Promise<void> {
    this.locating = true;
    this.locateProblem = undefined;
    try {
      const position = await locate();
      this.position = position;
      this.setFilters({ ...without(this.filters, 'place'), sort: 'distance' });
      // A BMLT root server queried around a point is asked again around the person.
      if (this.center !== undefined) this.center = `${position.latitude.toFixed(4)},${position.longitude.toFixed(4)}`;
    } catch (error) {
      this.locateProblem = error instanceof LocateError ? error.problem : 'unavailable';
    } finally {
      this.locating = false;
    }
  }

  private choosePlace(loaded: Loaded, name: string): void {
    this.locateProblem = undefined;
    if (!name) {
      this.unknownPlace = undefined;
      this.setFilters(without(this.filters, 'place'));
      return;
    }
    const place = loaded.places.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!place) {
      this.unknownPlace = name;
      this.requestUpdate();
      return;
    }
    this.unknownPlace = undefined;
    this.position = undefined;
    this.setFilters({ ...this.filters, place: place.name, sort: 'distance' });
  }

  private stopNear(): void {
    this.position = undefined;
    this.unknownPlace = undefined;
    this.locateProblem = undefined;
    const next = { ...this.filters };
    delete next.place;
    delete next.radius;
    delete next.sort;
    this.setFilters(next);
  }

  // --- Details, the map's choice, printing ----------------------------------------------------------

  /** The list's positions: the results, or only the meetings of a place pressed on the map. */
  private listPositions(loaded: Loaded): Int32Array {
    const { positions } = this.result!;
    const chosen = this.chosen;
    if (!chosen) return positions;
    // The same array for the same inputs, or the virtualizer lays the list out again.
    const memo = this.chosenPositions;
    if (memo && memo.from === positions && memo.chosen === chosen) return memo.positions;
    const narrowed = positions.filter((position) => chosen.ids.has(loaded.meetings[position]!.id));
    this.chosenPositions = { from: positions, chosen, positions: narrowed };
    return narrowed;
  }
  private chosenPositions?: { from: Int32Array; chosen: NonNullable<MeetingLocator['chosen']>; positions: Int32Array };

  /**
   * Links to meetings' details for the rows on screen: the URL is composed once per render, and
   * each row only fills in its id (a row is rendered for every scroll step, so this is hot).
   */
  private detailHrefs(): (id: string) => string {
    const marker = 'ml-meeting-id-placeholder';
    const [before, after] = this.url.href(this.filters, marker).split(marker) as [string, string];
    return (id) => before + new URLSearchParams([['', id]]).toString().slice(1) + after;
  }

  /** A meeting's position by id, built on first use (a detail view or a map press). */
  private positionOf(loaded: Loaded, id: string): number | undefined {
    if (this.idIndex?.meetings !== loaded.meetings) {
      const index = new Map<string, number>();
      loaded.meetings.forEach((meeting, position) => index.set(meeting.id, position));
      this.idIndex = { meetings: loaded.meetings, index };
    }
    return this.idIndex.index.get(id);
  }
  private idIndex?: { meetings: readonly Meeting[]; index: Map<string, number> };

  private meetingOf(loaded: Loaded, id: string): Meeting | undefined {
    const position = this.positionOf(loaded, id);
    return position === undefined ? undefined : loaded.meetings[position];
  }

  private openDetail(id: string, how: 'press' | 'navigate'): void {
    if (how === 'press') {
      this.url.writeMeeting(this.filters, id);
      if (this.url.enabled()) this.detailDepth++;
      this.returnFocus ??= id;
    }
    this.detailId = id;
    this.shareState = undefined;
    // The details are in the list's column: on a narrow layout showing the map, show them.
    this.showing = 'list';
    const loaded = this.status === 'ready' ? this.feed.value : undefined;
    const meeting = loaded && this.meetingOf(loaded, id);
    if (meeting) emit<SelectEventDetail>(this, 'ml-select', { meeting });
    this.detailFailed = false;
    // Opened from the preview, the details show once the whole feed is read: focus them then.
    const shown = this.loadDetailView()
      .then(() => this.feed.taskComplete)
      .then(() => this.updateComplete);
    if (how === 'press') void shown.then(() => this.renderRoot.querySelector<HTMLElement>('.detail h3')?.focus(), () => undefined);
  }

  private closeDetail(how: 'press' | 'navigate'): void {
    const id = this.returnFocus ?? this.detailId;
    this.detailId = undefined;
    this.returnFocus = undefined;
    this.shareState = undefined;
    if (how === 'press') {
      // Undo the history entries the details added, so Back after this leaves the page as expected.
      if (this.detailDepth > 0) history.go(-this.detailDepth);
      else this.url.writeMeeting(this.filters, undefined, true);
    }
    this.detailDepth = 0;
    if (how === 'press' && id) void this.focusRow(id);
  }

  /** Focus back on a meeting's row (scrolling it into the list first), else on the search field. */
  private async focusRow(id: string): Promise<void> {
    await this.updateComplete;
    const find = () => [...this.renderRoot.querySelectorAll<HTMLElement>('a.open')].find((link) => link.dataset['id'] === id);
    let link = find();
    const loaded = this.status === 'ready' ? this.feed.value : undefined;
    const position = loaded ? this.positionOf(loaded, id) : undefined;
    if (!link && loaded && position !== undefined) {
      await painted(() => this.renderRoot.querySelector('article.meeting') !== null);
      if (await scrollToMeeting(this.renderRoot.querySelector('.list'), loaded.meetings, position)) {
        await painted(() => find() !== undefined);
        link = find();
      }
    }
    (link ?? this.renderRoot.querySelector<HTMLElement>('#q'))?.focus();
  }

  /** A place pressed on the map: list its meetings (and say so), the list in view. */
  private chooseOnMap(ids: readonly string[]): void {
    const loaded = this.status === 'ready' ? this.feed.value : undefined;
    if (!loaded || !ids.length) return;
    const first = this.meetingOf(loaded, ids[0]!);
    const place = first ? first.location.name || first.location.formattedAddress || first.name : '';
    if (this.detailId) this.closeDetail('press');
    this.chosen = { ids: new Set(ids), place };
    this.showing = 'list';
    void this.updateComplete.then(() => {
      const list = this.renderRoot.querySelector('.list');
      if (list) list.scrollTop = 0;
    });
  }

  /** The map draws in the element's own colours (its tokens, which the host may have set). */
  private mapColors(): Partial<MapColors> {
    const style = getComputedStyle(this);
    const colors: Partial<MapColors> = {};
    const token = (key: keyof MapColors, name: string) => {
      const value = style.getPropertyValue(name).trim();
      if (value) colors[key] = value;
    };
    token('accent', '--_ml-color-accent');
    token('accentText', '--_ml-color-accent-text');
    token('text', '--_ml-color-text');
    token('background', '--_ml-color-bg');
    return colors;
  }

  private async print(): Promise<void> {
    this.printing = true;
    await this.updateComplete;
    window.print();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.map.recolor(this.mapColors());
    const loaded = this.status === 'ready' ? this.feed.value : undefined;
    // The map waits for the meetings: it should not compete with the list's first paint.
    if (!loaded && this.map.status === 'idle') return;
    this.map.attach(
      this.renderRoot.querySelector<HTMLElement>('.map') ?? undefined,
      loaded && this.result ? { meetings: loaded.meetings, positions: this.result.positions, selected: this.detailId, position: this.position } : undefined,
    );
  }

  // --- Rendering --------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const panels = this.lightDom.filled().filter((name): name is PanelName => name === 'faq' || name === 'info');
    const view = this.view === 'list' || this.view === 'map' || this.view === 'both' ? this.view : 'auto';
    const showing = (this.showing ??= view === 'map' ? 'map' : 'list');
    const switchable = view === 'auto' || view === 'map';
    const l10n = this.l10n;
    return html`
      <slot name="header"></slot>
      <div class="columns ${panels.length ? 'with-panels' : ''} ${view === 'list' ? '' : 'with-map'}">
        <div class="main ${view} ${switchable ? 'switchable' : ''} showing-${showing}" part="main">
          ${view === 'list' ? nothing : this.renderViewSwitch(showing)}
          <div class="panes">
            <section class="finder" part="finder">
              ${this.feed.render({
                initial: () => this.renderLoading(),
                // A meeting opened from the preview (or a link) while the rest is read: say it is coming.
                pending: () => (this.preview ? this.renderPending(this.preview) : this.renderLoading()),
                complete: (loaded) => (this.detailId ? this.renderDetail(loaded, this.detailId) : this.renderFinder(loaded)),
                error: (error) => (isAbort(error) ? this.renderLoading() : renderLoadError(error, this.diagnostics, l10n, () => void this.reload())),
              })}
            </section>
            ${view === 'list' ? nothing : this.renderMapPane()}
          </div>
        </div>
        ${renderHostPanels({
          filled: panels,
          open: this.openPanels(panels),
          label: (name) => this.querySelector(`:scope > [slot="${name}"]`)?.getAttribute('data-label') ?? undefined,
          l10n,
          onToggle: (name, open) => (this.panelToggles = new Map(this.panelToggles).set(name, open)),
        })}
      </div>
      <slot name="footer"></slot>
      ${this.printing && this.status === 'ready' ? this.renderPrint(this.feed.value!) : nothing}
    `;
  }

  private openPanels(filled: readonly PanelName[]): Set<PanelName> {
    const atFirst = (this.panelsOpenAtFirst ??= this.getBoundingClientRect().width >= 640);
    return new Set(filled.filter((name) => this.panelToggles.get(name) ?? atFirst));
  }

  private renderViewSwitch(showing: 'list' | 'map'): TemplateResult {
    const { strings } = this.l10n;
    const button = (value: 'list' | 'map', label: string, icon: TemplateResult) =>
      html`<button type="button" aria-pressed=${showing === value ? 'true' : 'false'} @click=${() => (this.showing = value)}>${icon}${label}</button>`;
    return html`<div class="view-switch" part="view-switch" role="group" aria-label=${strings.viewSwitchLabel}>
      ${button('list', strings.viewList, icons.list)}${button('map', strings.viewMap, icons.map)}
    </div>`;
  }

  private renderMapPane(): TemplateResult {
    const { strings } = this.l10n;
    const status = this.map.status;
    const message =
      status === 'unavailable' ? strings.mapUnavailable : status === 'error' ? strings.mapFailed : status === 'loading' || (status === 'idle' && this.status !== 'error') ? strings.mapLoading : '';
    // The map's container stays in the tree (empty when unavailable) so MapLibre is never re-created needlessly.
    return html`<div class="map-pane" part="map">
      <div class="map" role="region" aria-label=${strings.mapRegionLabel} ?hidden=${status === 'unavailable' || status === 'error'}></div>
      ${message ? html`<p class="map-message" part="message" data-status=${status} role=${status === 'unavailable' || status === 'error' ? 'note' : 'status'}>${message}</p>` : nothing}
    </div>`;
  }

  /** While the rest of a large feed is read: its next meetings, or a meeting opened from them. */
  private renderPending(preview: { meetings: Meeting[]; clock: ClockView }): TemplateResult {
    return this.detailId ? this.renderDetailMessage(this.l10n.strings.loading, 'status') : this.renderPreview(preview);
  }

  private renderPreview(preview: { meetings: Meeting[]; clock: ClockView }): TemplateResult {
    const l10n = this.l10n;
    const now = new Date();
    return html`<p class="message" part="message" role="status">${l10n.strings.loadingAll}</p>
      ${renderMeetingList({
        meetings: preview.meetings,
        positions: preview.clock.order,
        clock: preview.clock,
        here: zonedParts(now, this.timezone || undefined),
        l10n,
        now,
        viewerZone: viewerTimeZone(),
        byDistance: false,
        unit: this.unit,
        detailHref: this.detailHrefs(),
        onOpen: (id) => this.openDetail(id, 'press'),
      })}`;
  }

  /** The details' chunk, fetched on first use; its styles join the element's. */
  private loadDetailView(): Promise<DetailView> {
    this.detailLoading ??= import('./detail-view.js').then(
      (module) => {
        const root = this.renderRoot as ShadowRoot;
        const sheet = module.detailStyles.styleSheet;
        if (sheet && 'adoptedStyleSheets' in root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        else root.append(Object.assign(document.createElement('style'), { textContent: module.detailStyles.cssText }));
        this.detailView = module;
        this.requestUpdate();
        return module;
      },
      (error: unknown) => {
        // A failed fetch (the connection dropped) may be tried again by opening a meeting again.
        this.detailLoading = undefined;
        this.detailFailed = true;
        this.requestUpdate();
        throw error;
      },
    );
    return this.detailLoading;
  }
  private detailView?: DetailView;
  private detailLoading?: Promise<DetailView>;
  private detailFailed = false;
  private relatedMemo?: { meetings: readonly Meeting[]; meeting: Meeting; related: RelatedMeetings };

  private renderDetail(loaded: Loaded, id: string): TemplateResult {
    const position = this.positionOf(loaded, id);
    const l10n = this.l10n;
    const view = this.detailView;
    if (!view) {
      if (!this.detailFailed) void this.loadDetailView().catch(() => undefined);
      return this.renderDetailMessage(this.detailFailed ? l10n.strings.detailFailed : l10n.strings.loading, this.detailFailed ? 'alert' : 'status');
    }
    // A link to a meeting the feed no longer has: say so, and offer the list.
    if (position === undefined) return this.renderDetailMessage(l10n.strings.meetingNotFound, 'status');
    const meeting = loaded.meetings[position]!;
    const deepLink = new URL(this.url.href(this.filters, id), location.href).href;
    const memo = this.relatedMemo;
    const related = memo && memo.meetings === loaded.meetings && memo.meeting === meeting ? memo.related : view.relatedMeetings(loaded.meetings, meeting);
    this.relatedMemo = { meetings: loaded.meetings, meeting, related };
    return html`<div @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.closeDetail('press');
      }
    }}>
      ${view.renderMeetingDetail({
        meeting,
        l10n,
        now: new Date(),
        viewerZone: viewerTimeZone(),
        related,
        deepLink,
        apple: view.isAppleDevice(navigator),
        shareState: this.shareState,
        onBack: () => this.closeDetail('press'),
        onOpen: (other) => this.openDetail(other, 'press'),
        onShare: async () => {
          this.shareState = await view.shareLink({ title: meeting.name, text: meeting.name, url: deepLink });
        },
      })}
    </div>`;
  }

  /** In place of a meeting's details: why there are none (yet), and the way back to the list. */
  private renderDetailMessage(text: string, role: 'status' | 'alert'): TemplateResult {
    return html`<section class="detail" part="detail">
      <button type="button" class="back" @click=${() => this.closeDetail('press')}>${icons.back}${this.l10n.strings.backToList}</button>
      <p class="message" part="message" role=${role}>${text}</p>
    </section>`;
  }

  private renderPrint(loaded: Loaded): TemplateResult {
    const result = this.result;
    if (!result) return html``;
    return renderPrintSchedule({
      meetings: loaded.meetings,
      positions: this.listPositions(loaded),
      l10n: this.l10n,
      here: zonedParts(new Date(), this.timezone || undefined),
      clock: this.clock!,
    });
  }

  private renderLoading(): TemplateResult {
    return html`<p class="message" part="message" role="status">${this.l10n.strings.loading}</p>`;
  }

  private renderFinder(loaded: Loaded): TemplateResult {
    const l10n = this.l10n;
    const { strings } = l10n;
    const result = this.result!;
    const near = this.near(loaded);
    const now = new Date();
    const viewerZone = viewerTimeZone();
    const here = zonedParts(now, this.timezone || undefined);
    return html`
      <div class="search" part="search" role="search">
        <label for="q">${strings.searchLabel}</label>
        <input
          id="q"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${strings.searchPlaceholder}
          .value=${this.filters.q}
          @input=${(event: InputEvent) => this.setFilters({ ...this.filters, q: (event.target as HTMLInputElement).value }, 'typing')}
        />
      </div>
      ${renderNearControls({
        l10n,
        places: loaded.places,
        near: near ? (near.from === 'me' ? { from: 'me' } : { from: 'place', name: near.name }) : undefined,
        locating: this.locating,
        problem: this.locateProblem,
        unknownPlace: this.unknownPlace,
        radius: this.filters.radius,
        unit: this.unit,
        byDistance: Boolean(near) && this.filters.sort !== 'time',
        onNearMe: () => void this.nearMe(),
        onPlace: (name) => this.choosePlace(loaded, name),
        onRadius: (radius) => this.setFilters(radius ? { ...this.filters, radius } : without(this.filters, 'radius')),
        onSort: (byDistance) => this.setFilters({ ...this.filters, sort: byDistance ? 'distance' : 'time' }),
        onStop: () => this.stopNear(),
      })}
      ${renderFilterBar({
        state: this.filters,
        counts: result.counts,
        index: loaded.filterIndex,
        l10n,
        today: here.weekday,
        regionQuery: this.regionQuery,
        open: (this.filtersOpen ??= this.getBoundingClientRect().width >= 640 || activeCount(this.filters) > 0),
        onToggle: (open) => (this.filtersOpen = open),
        openLists: (this.openLists ??= new Set([...(this.filters.features.length ? ['features'] : []), ...(this.filters.regions.length ? ['regions'] : [])])),
        onList: (name, open) => {
          const lists = new Set(this.openLists);
          if (open) lists.add(name);
          else lists.delete(name);
          this.openLists = lists;
        },
        onChange: (next) => this.setFilters(next),
        onRegionQuery: (text) => (this.regionQuery = text),
      })}
      <div class="summary">
        <p class="count" role="status">${this.countText(loaded)}</p>
        ${loaded.commonZone ? html`<p>${strings.timesIn(l10n.zoneName(loaded.commonZone))}</p>` : nothing}
        ${this.shownCount ? html`<button type="button" class="print-button" @click=${() => this.print()}>${icons.print}${strings.print}</button>` : nothing}
      </div>
      ${renderSourceFailures(loaded.sources, l10n, () => void this.reload())}
      ${this.chosen
        ? html`<div class="chosen" part="chosen">
            <p role="status">${strings.chosenOnMap(this.chosen.ids.size, l10n.number(this.chosen.ids.size), this.chosen.place)}</p>
            <button type="button" @click=${() => (this.chosen = undefined)}>${strings.clearChosen}</button>
          </div>`
        : nothing}
      ${this.shownCount
        ? renderMeetingList({
            meetings: loaded.meetings,
            positions: this.listPositions(loaded),
            detailHref: this.detailHrefs(),
            onOpen: (id) => this.openDetail(id, 'press'),
            clock: this.clock!,
            here,
            l10n,
            now,
            viewerZone,
            ...(this.distanceCache && near ? { distances: this.distanceCache.distances } : {}),
            byDistance: Boolean(near) && this.filters.sort !== 'time',
            unit: this.unit,
          })
        : renderNoResults({
            filters: this.filters,
            relax: result.relax,
            l10n,
            unit: this.unit,
            onChange: (next, focusSearch) => {
              this.setFilters(next);
              void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(focusSearch ? '#q' : '.no-results button, #q')?.focus());
            },
          })}
      ${renderSkipped(loaded.diagnostics, l10n)}
    `;
  }
}
