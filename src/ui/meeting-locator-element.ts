import { LitElement, html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Diagnostic, Meeting } from '../model/meeting.js';
import type { DistanceUnit } from '../model/geo.js';
import { viewerTimeZone } from '../model/time.js';
import { FeedError } from '../feeds/feed-error.js';
import type { FeedFormat } from '../feeds/detect-format.js';
import type { IndexedFeed } from '../query/indexed-feed.js';
import { attributeDiagnostics, HEADING_LEVEL_RANGE, LIMIT_RANGE, parseHeadingLevel, parseTimeout, TIMEOUT_RANGE } from '../state/attributes.js';
import type { Reach, ReachQuery } from '../query/reachable.js';
import { normalizeFilters, type FilterState } from '../state/filter-state.js';
import { filtersChanged, filtersRestored, detailOpened, panelOpen, panelToggled, paneShown, shownPane, type LocatorState, type PanelName } from '../state/locator-state.js';
import { readPresets } from '../state/presets.js';
import { distanceUnitFor } from '../i18n/distance-unit.js';
import { localizer, typeNamesForSearch, type Localizer } from '../i18n/localize.js';
import { ChunkController } from './controllers/chunk-controller.js';
import { ClockController } from './controllers/clock-controller.js';
import { DetailController } from './controllers/detail-controller.js';
import { FeedController, type LocatorStatus } from './controllers/feed-controller.js';
import { LanguageController } from './controllers/language-controller.js';
import { completeEnglish, overrideStrings, registerLanguage } from '../i18n/languages.js';
import { HeadingLevelController } from './controllers/heading-level-controller.js';
import { PageColorsController } from './controllers/page-colors-controller.js';
import { LightDomController } from './controllers/light-dom-controller.js';
import { LocatorStore } from './controllers/locator-store.js';
import type { MapPaneController } from './controllers/map-pane-controller.js';
import { UrlController } from './controllers/url-controller.js';
import { WidthController } from './controllers/width-controller.js';
import type { ReachableRoomController } from './controllers/reachable-room-controller.js';
import { renderDetailMessage } from './detail-message.js';
import { emit, errorDetail, EventQueue, publicReport, type ErrorEventDetail } from './events.js';
import { renderLoadError } from './feed-messages.js';
import type { FilterView } from './filter-panel.js';
import type { PageText } from './helplines.js';
import type { FinderShell, LoadedFinder } from './loaded-finder.js';
import { renderHostPanels } from './host-panels.js';
import { adoptStyles } from './adopt-styles.js';
import { layoutStyles } from './layout-styles.js';
import { renderMapPane, renderViewSwitch } from './map-pane.js';
import { renderFailure } from './render-failure.js';
import type { Strings } from '../i18n/strings.js';
import { styles, tokens } from './styles.js';

type TakeAlongChunk = typeof import('./take-along-chunk.js');
type QrChunk = typeof import('./qr-chunk.js');
type ReachableChunk = typeof import('./reachable-chunk.js');
type ListChunk = typeof import('./list-chunk.js');

export type { LocatorStatus };

/** The attributes that preset the filters: a change applies them again. */
const PRESETS = ['day', 'time', 'types', 'attendance', 'region', 'q'] as const;

/**
 * Finds recovery meetings in the feeds fellowships publish (Meeting Guide JSON, BMLT) and shows them
 * as a searchable list grouped by weekday, starting today, with a map beside it and the page's own
 * FAQ and information. Several sources load in parallel and merge; nothing leaves the browser but
 * the requests for the feeds and the map's style and tiles.
 *
 * The element is a shell: its state is one value (`state/locator-state.ts`), what it shows comes
 * from memoized selectors (`query/view-model.ts`), and each effect belongs to a controller
 * (`ui/controllers/`); what only a loaded finder does and draws comes with the finder's chunk
 * (`ui/loaded-finder.ts`). This comment is the API's one source (the manifest is generated from it).
 *
 * @summary A meeting finder for recovery fellowships: search, filters, a map, details, no tracking.
 *
 * @slot header - Shown above the finder.
 * @slot footer - Shown below everything.
 * @slot faq - The host page's FAQ, shown as a panel (behind a disclosure button) when filled; its `data-label` names the panel.
 * @slot info - The host page's information (what the fellowship is, sponsorship…), a panel like `faq`.
 * @slot empty - Shown when no meeting matches the search and filters, and in the compact view when none can be reached tonight (the host's own words, such as a helpline).
 * @slot helpline - The host's own line (a clinic's intake number, 988), shown under "Talk to someone now" beside the results and when nothing matches, with the feeds' helplines.
 *
 * @fires {CustomEvent<LoadEventDetail>} ml-load - The meetings loaded: `{ meetings, records, skipped, diagnostics, sources }`. Sent after they are shown.
 * @fires {CustomEvent<ErrorEventDetail>} ml-error - A source could not be loaded (once per failed source): `{ code, message, source, status? }`; or drawing the element failed (`code: 'render'`).
 * @fires {CustomEvent<FilterChangeEventDetail>} ml-filter-change - The search or filters changed (by the person or `setFilters()`): `{ filters, results }`, sent once the list shows them.
 * @fires {CustomEvent<SelectEventDetail>} ml-select - A meeting's details were opened (from the list, the map, another meeting's details, or Back/Forward): `{ meeting }`.
 *
 * @csspart main - The list (and map) area.
 * @csspart view-switch - The List / Map switch of narrow layouts.
 * @csspart finder - The search and list column.
 * @csspart search - The search field's wrapper.
 * @csspart near - The "near me" and "near a place" controls.
 * @csspart filters - The filter panel (closed at first; its summary names the active filters).
 * @csspart reachable - "Still possible tonight" above the list, and the compact view (`view="next"`).
 * @csspart days - "Go to a day": a link per day in the results, above the list.
 * @csspart list - The scrolling list of meetings.
 * @csspart day - A weekday heading in the list.
 * @csspart item - One meeting.
 * @csspart message - A loading, error or no-result message.
 * @csspart notice - Names the sources that failed while others loaded.
 * @csspart diagnostics - The records that could not be shown, for the site's maintainer (collapsed).
 * @csspart no-results - What excludes everything, with a button to remove each.
 * @csspart helplines - "Talk to someone now": the `helpline` slot and the helplines of the listings shown.
 * @csspart chosen - Says which place was pressed on the map, with a button to list every meeting again.
 * @csspart mine - "My meetings" shown: how many, send to my phone, copy as text, print, and every meeting again.
 * @csspart map - The map's pane.
 * @csspart detail - A meeting's details.
 * @csspart detail-actions - The details' actions: join, call, directions, calendar, share.
 * @csspart panels - The column of the host's panels.
 * @csspart panel - One of the host's panels, with its disclosure button.
 * @csspart faq-panel - The FAQ panel (also `panel`).
 * @csspart info-panel - The information panel (also `panel`).
 * @csspart faq - The body of the FAQ panel (the `faq` slot).
 * @csspart info - The body of the information panel (the `info` slot).
 * @csspart print - The printed schedule (shown only on paper).
 *
 * @cssprop --ml-font - Font family (a system-ui stack).
 * @cssprop --ml-font-size - Base font size (1rem: follows the reader's browser setting).
 * @cssprop --ml-line-height - Line height of body text (1.45).
 * @cssprop --ml-color-scheme - `light` or `dark`: native controls (scrollbars, checkboxes, selects).
 * @cssprop --ml-color-text - Text colour.
 * @cssprop --ml-color-muted - Secondary text (addresses, types, counts).
 * @cssprop --ml-color-bg - Background.
 * @cssprop --ml-color-surface - Background of day headings and messages.
 * @cssprop --ml-color-border - Dividers between rows and around regions.
 * @cssprop --ml-color-control-border - Edges of inputs and filter chips (3:1 against the background).
 * @cssprop --ml-color-accent - Links, buttons, selected chips, focus rings, map markers.
 * @cssprop --ml-color-accent-text - Text on accent-coloured buttons and map clusters.
 * @cssprop --ml-color-error - Error messages.
 * @cssprop --ml-color-warning - Border of the notice naming sources that failed.
 * @cssprop --ml-color-online - "Online" and "hybrid" badges.
 * @cssprop --ml-color-in-person - "In person" badges and "in progress".
 * @cssprop --ml-radius - Corner radius.
 * @cssprop --ml-space - Base spacing between regions.
 * @cssprop --ml-list-height - Height of the scrolling list (min(36rem, 80vh)); less when the element is given a height too small for it.
 * @cssprop --ml-map-height - Height of the map (the list's by default).
 * @cssprop --ml-panels-width - Width of the panel column on wide layouts.
 * @cssprop --ml-time-width - Width of the list's time column.
 * @cssprop --ml-slotted-color - Text colour of the host's slotted content (header, footer, panels, helpline, empty). By default the page's own text colour where the element sits, in either theme; set it (e.g. to the dark theme's `#e8eaed`) to have slotted content follow the element's theme.
 * @cssprop --ml-slotted-background - Background of each slotted element. By default the page's own background where the element sits (the element's dark surfaces do not reach the page's content); e.g. `transparent` to let the element's background show.
 */
export class MeetingLocator extends LitElement {
  static override styles = [tokens, styles, layoutStyles];

  /**
   * Adds a language (a `Catalog`, or a function fetching one) or replaces a shipped one; for pages
   * that load the element with a script tag: `customElements.get('meeting-locator').registerLanguage(…)`.
   */
  static registerLanguage = registerLanguage;
  /** Rewords messages of a language ("meeting" → "group"); elements already on the page follow. */
  static overrideStrings = overrideStrings;

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

  /**
   * UI language: any BCP-47 tag ("es-MX" speaks Spanish); defaults to the nearest `lang` of the page.
   * Fifteen ship (en es fr de pt ru uk pl fa ar vi zh ko tl ja); others can be registered; an
   * unknown one speaks English.
   */
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

  /**
   * Keeps no copy of the feeds on this device. By default the last list of each feed is kept (in
   * IndexedDB; only the public feed data) and shown, with its date, when the feed cannot be had.
   */
  @property({ type: Boolean, attribute: 'no-cache', reflect: true }) noCache = false;

  /** Keeps the filters out of the page's URL (by default they are there, so links can be shared and Back works). */
  @property({ type: Boolean, attribute: 'no-url-state', reflect: true }) noUrlState = false;

  /** Hides the feeds' helplines beside the results (the `helpline` slot still shows the host's own). */
  @property({ type: Boolean, attribute: 'no-helplines', reflect: true }) noHelplines = false;

  /**
   * The host's own page for reporting a problem with a listing, used instead of the feeds'
   * (`feedback_url`, `feedback_emails`). `{name}` and `{url}` in it become the meeting's name and link.
   */
  @property({ attribute: 'feedback-url', reflect: true }) feedbackUrl?: string;

  /**
   * `auto` (the default): the list and the map side by side when the element is wide enough, else
   * a List / Map switch. `both`: side by side, stacked when narrow. `map`: the switch, map first.
   * `list`: no map (and no MapLibre byte downloaded). `next`: the compact view for a sidebar or a
   * home page: only the next `limit` meetings a person can still make (after the presets), each with
   * one tap to join, call or get directions, and a link to `full-url`.
   */
  @property({ reflect: true }) view: 'auto' | 'list' | 'map' | 'both' | 'next' = 'auto';

  /** `view="next"`: how many meetings it shows, 1 to 20 (3 by default; anything else means 3, with a warning). */
  @property({ type: Number, reflect: true }) limit: number = LIMIT_RANGE.default;

  /**
   * `view="next"`: the host's page with the full finder (http/https, or relative to this page). Its
   * "See all meetings" links there, and each meeting's name opens that page on the meeting.
   */
  @property({ attribute: 'full-url', reflect: true }) fullUrl?: string;

  /**
   * Turns off "Still possible tonight" above the list: the few meetings a person can still get to
   * (online ones starting within the hour or joinable late; with "near me" or a place, in-person ones
   * later than a rough travel time).
   */
  @property({ type: Boolean, attribute: 'no-tonight', reflect: true }) noTonight = false;

  /** Turns off "My meetings": the stars, the list of kept meetings, and taking a meeting along from its details (send, QR code). */
  @property({ type: Boolean, attribute: 'no-take-along', reflect: true }) noTakeAlong = false;

  /**
   * The map's MapLibre style: a style URL (attribute) or a style object (property). The default is
   * OpenFreeMap's free "liberty" style, which needs no key; its tiles reveal the area viewed to that
   * host, so a site may point this at its own tiles.
   */
  @property({ attribute: 'map-style' }) mapStyle?: string | object;

  /**
   * The level of the element's own headings in the page's outline, 2 to 6: the day headings, a
   * meeting's name in its details and the panels are at this level, their parts (each meeting's
   * name in the list, the details' sections) one below (6 at most). 3 by default, for a page whose
   * article title is an h2; `heading-level="2"` under an h1 title. Anything else means 3, with an
   * `invalid-heading-level` warning.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = HEADING_LEVEL_RANGE.default;

  /** `light` or `dark`; by default the page's reader's preference (`prefers-color-scheme`). */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * Milliseconds to wait for the feed before saying it is not answering: a whole number from 100
   * to 600000; anything else means the default, 15000, with a warning in `diagnostics`.
   */
  @property({ type: Number }) timeout: number = TIMEOUT_RANGE.default;

  /**
   * Meeting data without a URL, in a feed format (an array of Meeting Guide records, or a BMLT
   * answer). When set, it is used instead of `src` and inline `<script type="application/json">`.
   */
  @property({ attribute: false }) meetings?: unknown[];

  // --- The one state and the controllers that own each effect ----------------------------------

  private readonly store = new LocatorStore(this);
  private readonly events = new EventQueue(this);
  private readonly lightDom = new LightDomController(this, ['faq', 'info', 'empty', 'helpline']);
  private readonly width = new WidthController(this, () => this.renderRoot.querySelector('.width-probe'));
  private readonly clock = new ClockController(this);
  private readonly url = new UrlController(
    this,
    (filters, meeting) => this.navigated(filters, meeting),
    () => this.presets().filters,
  );
  private readonly language = new LanguageController(
    this,
    () => this.pageText().lang,
    (tag, error) => {
      const reason = error instanceof Error ? error.message : String(error);
      emit(this, 'ml-error', { code: 'language', message: `The "${tag}" language could not be loaded (${reason}); showing English.`, source: tag });
    },
  );
  private readonly feed = new FeedController(this, {
    request: () => ({
      src: this.src,
      meetings: this.meetings,
      timezone: this.timezone,
      format: this.format,
      serviceBodies: this.serviceBodies,
      recursive: this.recursive,
      center: this.center,
      radius: this.radius,
      noJsonp: this.noJsonp,
      timeout: parseTimeout(this.timeout) ?? TIMEOUT_RANGE.default,
      noCache: this.noCache,
    }),
    inlineRevision: () => this.lightDom.inlineRevision,
    // Type names in English and the page's language: "mujeres" finds women's meetings on a Spanish page.
    searchText: (meeting) => meeting.types.flatMap((type) => typeNamesForSearch(type, this.l10n)),
    beforeIndex: () => this.language.ready(),
    warmUp: () => this.l10n.timeRange(0, 60),
    previewShown: () => this.renderRoot.querySelector('article.meeting') !== null,
    onFinder: (chunk) => {
      // English whole before anything of the finder is shown (see `englishFinderWords`).
      completeEnglish(chunk.englishFinderWords);
      adoptStyles(this.renderRoot, chunk.finderStyles);
      this.finder ??= new chunk.LoadedFinder(this.finderShell());
      // Presets in Meeting Guide codes ("W X") are read now that the code table is here, unless the
      // filters have changed since they were applied (`setFilters()` before the meetings were in).
      if (this.presetsPending !== undefined && this.state.filters === this.presetsPending) this.store.apply(filtersRestored(this.state, this.presets().filters));
      this.presetsPending = undefined;
    },
    onLoaded: (feed) => this.feedLoaded(feed),
    onFailed: (error) => this.failed(error),
  });
  private readonly details = new DetailController(this, {
    store: this.store,
    url: this.url,
    events: this.events,
    feed: this.feed,
    meetingOf: (id) => this.finder?.meetingOf(id),
    scrollToRow: async (id) => this.finder?.scrollToRow(id) ?? false,
  });
  /** "My meetings" taken along (send, copy, print): fetched when "My meetings" is first shown. */
  private readonly takeAlong = new ChunkController<TakeAlongChunk>(this, () => import('./take-along-chunk.js'), {
    styles: (module) => module.takeAlongStyles,
    wanted: () => Boolean(this.state.mineOnly),
  });
  /** A meeting's QR code, drawn by a chunk fetched on the first press. */
  private readonly qr = new ChunkController<QrChunk>(this, () => import('./qr-chunk.js'));
  /** "Still possible tonight" (and the compact view): fetched once the list shows, at once for `view="next"`. */
  private readonly reachable = new ChunkController<ReachableChunk>(this, () => import('./reachable-chunk.js'), {
    styles: (module) => module.reachableStyles,
    wanted: () => this.viewMode === 'next',
    loaded: (module) => {
      this.reachOf = module.createReachSelector();
      this.reachRoom = new module.ReachableRoomController(this, () => {
        const finder = this.renderRoot.querySelector<HTMLElement>('.finder');
        const list = finder?.querySelector<HTMLElement>(':scope > .list');
        const section = finder?.querySelector<HTMLElement>(':scope > .reachable');
        return finder && list && section ? { finder, list, section } : undefined;
      });
    },
  });
  private reachOf?: (query: ReachQuery) => Reach;
  /**
   * The list and its virtualizer: asked for at the first update, as the feed's fetch starts, so it
   * is here before the feed (`list-chunk.ts`). Not for the compact view, which has its own rows.
   */
  private readonly listView = new ChunkController<ListChunk>(this, () => import('./list-chunk.js'), {
    wanted: () => this.viewMode !== 'next',
  });
  /** Whether "Still possible tonight" has room above the list, or folds to one line (comes with its chunk). */
  private reachRoom?: ReachableRoomController;
  private readonly filterOptions = new ChunkController<FilterView>(this, () => import('./filter-view.js'), {
    styles: (module) => module.filterStyles,
    wanted: () => this.state.filtersOpen,
  });
  /** A pointer or focus neared the List / Map switch: MapLibre fetched and its worker started now. */
  private readonly warmMap = () => this.finder?.effects.map.warm();
  // Works on its own from the host's updates (nothing here calls it): protected, so unread is fine.
  protected readonly headingLevels = new HeadingLevelController(this, () => parseHeadingLevel(this.headingLevel) ?? HEADING_LEVEL_RANGE.default);
  /** The page's colours for the slotted content (works on its own, like `headingLevels`). */
  protected readonly pageColors = new PageColorsController(this);
  /** The finder's selectors, effects and views, made once its chunk is here (`loaded-finder.ts`). */
  private finder?: LoadedFinder;

  /** The map's pane: read by the benchmark and the map's tests, which wait for its first idle (protected, so unread is fine). */
  protected get map(): MapPaneController | undefined {
    return this.finder?.effects.map;
  }

  // --- Public API --------------------------------------------------------------------------------

  /** `loading` while a feed is being read, `ready` when meetings are shown, `error` otherwise. */
  get status(): LocatorStatus {
    return this.renderError === undefined ? this.feed.status : 'error';
  }

  /** The meetings listed now (after search and filters), in list order; up to date as soon as `setFilters()` returns. */
  get results(): readonly Meeting[] {
    const feed = this.feed.feed;
    return feed && this.finder ? this.finder.results(feed) : [];
  }

  /** The search and filters in effect. */
  get currentFilters(): FilterState {
    return this.state.filters;
  }

  /** What could not be read or was guessed, record by record, and attribute values that are ignored. */
  get diagnostics(): readonly Diagnostic[] {
    // The attribute's text when the property came from it ("30s" made NaN, "" made 0): what was written.
    const written = this.getAttribute('timeout');
    const fromAttribute = written !== null && (Number.isNaN(this.timeout) || Number(written) === this.timeout);
    const timeout = fromAttribute ? written : this.timeout;
    const attributes = attributeDiagnostics({
      center: this.center,
      ignoredPresets: this.presets().ignored,
      timeout,
      ...(this.hasAttribute('limit') || this.limit !== LIMIT_RANGE.default ? { limit: this.getAttribute('limit') ?? this.limit } : {}),
      fullUrl: this.fullUrl,
      ...(this.hasAttribute('heading-level') || this.headingLevel !== HEADING_LEVEL_RANGE.default ? { headingLevel: this.getAttribute('heading-level') ?? this.headingLevel } : {}),
    });
    // feedback-url is checked once the finder's chunk is in (only a meeting's details use it).
    const more = [...(this.finder?.diagnostics() ?? []), ...attributes];
    return more.length ? [...this.feed.diagnostics, ...more] : this.feed.diagnostics;
  }

  /** Loads the feed again, bypassing the browser's cache (what "Try again" does). */
  reload(): Promise<void> {
    return this.feed.reload();
  }

  /**
   * Sets the search and filters as the person would: the list follows at once (`results`), the
   * page's URL gets a history entry, and `ml-filter-change` is sent after the list has updated.
   * Values that are not valid filters are dropped.
   */
  setFilters(filters: FilterState): void {
    this.changed(filtersChanged(this.state, normalizeFilters(filters)));
  }

  // --- Lifecycle ----------------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's language may differ where the element now is.
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || PRESETS.some((name) => changed.has(name))) {
      // The URL wins over the presets: it is what a shared link or the back button asks for.
      const fromUrl = this.url.enabled() ? this.url.read() : undefined;
      const presets = this.presets();
      this.store.apply(filtersRestored(this.state, fromUrl ?? presets.filters));
      this.presetsPending = !fromUrl && presets.pending.length ? this.state.filters : undefined;
    }
    if (!this.hasUpdated && this.url.enabled()) {
      const meeting = this.url.readMeeting();
      if (meeting) this.store.apply(detailOpened(this.state, meeting));
    }
  }

  // --- What happens ----------------------------------------------------------------------------------

  private get state(): LocatorState {
    return this.store.state;
  }

  /**
   * The person changed something (or a caller did, through `setFilters`): the new state, and when
   * the filters changed, a history entry (in place while typing) and `ml-filter-change`.
   */
  private changed(next: LocatorState, typing = false): void {
    const before = this.state.filters;
    if (!this.store.apply(next) || this.state.filters === before) return;
    const filters = this.state.filters;
    this.url.write(filters, typing);
    this.events.emit('ml-filter-change', () => ({ filters, results: this.finder?.count()?.count ?? 0 }), { latest: true });
  }

  /** Back or Forward to another state of the page: no new entry, no event. */
  private navigated(filters: FilterState, meeting: string | undefined): void {
    this.store.apply(filtersChanged(this.state, filters));
    if (meeting === this.state.detailId) return;
    if (meeting) this.details.open(meeting, 'navigate');
    else this.details.close('navigate');
  }

  private feedLoaded(feed: IndexedFeed): void {
    this.finder?.feedLoaded(feed, this.format === 'bmlt', parseTimeout(this.timeout) ?? TIMEOUT_RANGE.default);
    for (const report of feed.sources) if (report.error) this.events.emit('ml-error', errorDetail(report.error));
    const skipped = new Set(feed.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.source}#${d.record}`)).size;
    this.events.emit('ml-load', () => ({
      meetings: feed.meetings.length,
      records: feed.records,
      skipped,
      diagnostics: this.diagnostics,
      sources: feed.sources.map(publicReport),
    }));
  }

  private failed(error: unknown): void {
    const reports = (error as { sources?: Array<{ error?: FeedError }> }).sources;
    const errors = reports ? reports.flatMap((report) => (report.error ? [report.error] : [])) : [error];
    for (const one of errors) this.events.emit('ml-error', this.errorDetailOf(one));
  }

  private errorDetailOf(error: unknown): ErrorEventDetail {
    return error instanceof FeedError ? errorDetail(error) : { code: 'network', message: String(error), source: this.src ?? '' };
  }

  // --- Derived -------------------------------------------------------------------------------------

  /**
   * How the page writes where the element sits: the language asked for (its own `lang`, else the
   * nearest), and the direction. The element's own surfaces speak its language; content the host
   * slots into them keeps the page's.
   */
  private pageText(): PageText {
    const lang = this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    const dir = (this.closest('[dir]')?.getAttribute('dir') ?? document.documentElement.getAttribute('dir') ?? '').toLowerCase();
    return { lang, dir: dir === 'rtl' || dir === 'auto' ? dir : 'ltr' };
  }

  /** The language spoken now; English while another language's chunk is on its way (render waits for it). */
  private get l10n(): Localizer {
    return this.language.current ?? localizer('en');
  }

  private get unit(): DistanceUnit {
    return this.distanceUnit === 'mi' || this.distanceUnit === 'km' ? this.distanceUnit : distanceUnitFor(navigator.language);
  }

  private get viewMode(): MeetingLocator['view'] {
    return this.view === 'list' || this.view === 'map' || this.view === 'both' || this.view === 'next' ? this.view : 'auto';
  }

  /** The preset attributes' filters: Meeting Guide codes in `types` are `pending` until the finder's chunk brings their table. */
  private presets(): ReturnType<typeof readPresets> {
    const attributes = { day: this.day, time: this.time, types: this.types, attendance: this.attendance, region: this.region, q: this.q };
    return readPresets(attributes, this.feed.finder?.featureForMeetingGuideType);
  }

  /** The filters applied from presets that had codes to read, until the code table is here. */
  private presetsPending?: FilterState | undefined;

  /**
   * What the finder's code gets of this element when its chunk arrives: the controllers it works
   * with, and readings it makes when it draws (`loaded-finder.ts`).
   */
  private finderShell(): FinderShell {
    return {
      element: this,
      store: this.store,
      feed: this.feed,
      details: this.details,
      url: this.url,
      clock: this.clock,
      lightDom: this.lightDom,
      list: this.listView,
      reachable: this.reachable,
      takeAlong: this.takeAlong,
      qr: this.qr,
      filters: this.filterOptions,
      reach: () => ({ of: this.reachOf, room: this.reachRoom }),
      l10n: () => this.l10n,
      unit: () => this.unit,
      pageText: () => this.pageText(),
      detailHrefs: () => this.detailHrefs(),
      changed: (next, typing) => this.changed(next, typing),
      drawNow: () => this.performUpdate(),
    };
  }

  /**
   * Links to meetings' details for the rows on screen: the URL is composed once per render, and
   * each row only fills in its id (a row is rendered for every scroll step, so this is hot).
   */
  private detailHrefs(): (id: string) => string {
    const marker = 'ml-meeting-id-placeholder';
    const [before, after] = this.url.href(this.state.filters, marker).split(marker) as [string, string];
    return (id) => before + new URLSearchParams([['', id]]).toString().slice(1) + after;
  }

  // --- Rendering ---------------------------------------------------------------------------------

  /** Why the last update could not draw the element; cleared by the next update that can. */
  private renderError: unknown = undefined;

  /**
   * An exception while updating (a controller, a selector, the template) must not leave the last
   * screen up — it may say "Loading…" while `status` says ready — nor escape into the host page as a
   * rejected `updateComplete`. The element shows why, `status` says `error`, and `ml-error` tells
   * the page once. The next update (the message's "Try again") tries the real view again.
   */
  protected override performUpdate(): void {
    const wasBroken = this.renderError !== undefined;
    this.renderError = undefined;
    try {
      super.performUpdate();
    } catch (error) {
      this.renderError = error ?? new Error('update failed');
      // Lit's own part for the shadow root, so the next good update replaces this message.
      render(renderFailure(this.failureStrings(), () => this.requestUpdate()), this.renderRoot, this.renderOptions);
      if (!wasBroken) {
        console.error(error);
        const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        queueMicrotask(() => emit(this, 'ml-error', { code: 'render', message, source: this.src ?? '' }));
      }
    }
  }

  /** The strings for the failure message: the page's language when it can still be read, else English. */
  private failureStrings(): Strings {
    try {
      return this.l10n.strings;
    } catch {
      return localizer('en').strings;
    }
  }

  /** Not complete while the language's chunk is on its way: the element has not said anything yet. */
  /** Meetings are there to list and the list's code is on its way. */
  private listWaited(): boolean {
    return this.viewMode !== 'next' && Boolean(this.feed.feed ?? this.feed.preview) && !this.listView.module && !this.listView.failed;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.isConnected && !this.language.current) {
      await this.language.ready();
      this.requestUpdate();
      result = await super.getUpdateComplete();
    }
    // Meetings to list: done once the list's code is here to list them (or could not be had).
    while (this.isConnected && this.listWaited()) {
      await this.listView.load().catch(() => undefined);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override render(): TemplateResult {
    const spoken = this.language.current;
    // A moment on a first visit in another language: nothing to say until its words are in.
    if (!spoken) return html`<p class="message" part="message" aria-busy="true"></p>`;
    if (this.viewMode === 'next') return this.renderCompact(spoken);
    const state = this.state;
    const panels = this.lightDom.filled().filter((name): name is PanelName => name === 'faq' || name === 'info');
    const view = this.viewMode;
    const showing = shownPane(state, view);
    const switchable = view === 'auto' || view === 'map';
    const l10n = spoken;
    const feed = this.feed.feed;
    const openAtFirst = this.width.roomyAtFirst ?? false;
    return html`
      <div class="width-probe"></div>
      <slot name="header"></slot>
      <div class="columns ${panels.length ? 'with-panels' : ''} ${view === 'list' ? '' : 'with-map'}">
        <div class="main view-${view} ${switchable ? 'switchable' : ''} showing-${showing}" part="main" lang=${l10n.locale} dir=${l10n.dir}>
          ${view === 'list' ? nothing : renderViewSwitch(showing, l10n.strings, (pane) => this.store.apply(paneShown(this.state, pane)), this.warmMap)}
          <div class="panes">
            <section class="finder" part="finder">${this.renderColumn(l10n)}</section>
            ${view === 'list' ? nothing : renderMapPane(this.finder?.effects.map.status ?? 'idle', this.feed.status === 'error', l10n.strings)}
          </div>
        </div>
        ${renderHostPanels({
          filled: panels,
          open: new Set(panels.filter((name) => panelOpen(state, name, openAtFirst))),
          label: (name) => this.lightDom.label(name),
          l10n,
          onToggle: (name, open) => this.store.apply(panelToggled(this.state, name, open)),
        })}
      </div>
      <slot name="footer"></slot>
      ${feed && this.finder ? this.finder.renderPrint(feed, l10n) : nothing}
    `;
  }

  /** The list's column: loading, the preview, the finder, a meeting's details, or why nothing loaded. */
  private renderColumn(l10n: Localizer): TemplateResult {
    const { detailId } = this.state;
    const feed = this.feed.feed;
    const back = () => this.details.close('press');
    const retry = () => void this.reload();
    if (feed && this.finder) return this.finder.renderColumn(feed, l10n);
    if (this.feed.status === 'error') return renderLoadError(this.feed.error, this.feed.diagnostics, l10n, retry);
    const preview = this.feed.preview;
    // A meeting opened from the preview (or a link) while the rest is read: say it is coming.
    if (preview && detailId) return renderDetailMessage(l10n.strings.loading, 'status', l10n, back);
    const list = this.listView.module;
    if (preview && list) {
      return list.renderPreview({ preview, l10n, now: this.clock.now, viewerZone: viewerTimeZone(), unit: this.unit, detailHref: this.detailHrefs(), onOpen: (id) => this.details.open(id, 'press') });
    }
    return html`<p class="message" part="message" role="status">${l10n.strings.loading}</p>`;
  }

  /** `view="next"`: the next meetings a person can still make, and nothing else of the finder. */
  private renderCompact(l10n: Localizer): TemplateResult {
    const feed = this.feed.feed;
    const column = (feed && this.finder?.renderCompact(feed, l10n))
      ?? (this.feed.status === 'error'
        ? renderLoadError(this.feed.error, this.feed.diagnostics, l10n, () => void this.reload())
        : html`<p class="message" part="message" role="status">${l10n.strings.loading}</p>`);
    return html`
      <div class="width-probe"></div>
      <slot name="header"></slot>
      <div class="main view-next" part="main" lang=${l10n.locale} dir=${l10n.dir}><section class="finder" part="finder">${column}</section></div>
      <slot name="footer"></slot>
    `;
  }
}

// Here, beside the class, so that every entry's types carry it (the registering entry and the API
// entry alike), also under legacy `moduleResolution: node`.
declare global {
  interface HTMLElementTagNameMap {
    'meeting-locator': MeetingLocator;
  }
}
