import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
// Imported statically: the default layout would be fetched as a separate chunk on first render,
// one more round trip before the first meeting shows.
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { Diagnostic, Meeting, Weekday } from '../model/meeting.js';
import { weekdayIn } from '../model/time.js';
import { FeedError } from '../feeds/feed-error.js';
import { INLINE_SOURCE, loadMeetings, type LoadedMeetings, type SourceReport } from '../feeds/load-meetings.js';
import { inlineKey, inlineScripts, parseCenter, sourcesOf } from './sources.js';
import type { FeedFormat } from '../feeds/detect-format.js';
import { buildSearchIndex, createSearcher, type Searcher } from '../query/search-index.js';
import { groupByDay } from '../query/weekly-order.js';
import { localizer, resolveLocale, typeNamesInEveryLocale, type Localizer } from '../i18n/localize.js';
import { emit, errorDetail, publicReport, type ErrorEventDetail, type LoadEventDetail } from './events.js';
import { renderMeeting } from './meeting-item.js';
import { LightDom } from './light-dom.js';
import { styles, tokens } from './styles.js';

export type LocatorStatus = 'loading' | 'ready' | 'error';

/** A loaded feed plus what is derived from it once, not per keystroke. */
interface Loaded extends LoadedMeetings {
  searcher: Searcher;
  /** The one zone all meetings share, for the "Times are Central Time" note. */
  commonZone: string | undefined;
}

type ListItem = { kind: 'day'; day: Weekday | undefined; count: number } | { kind: 'meeting'; meeting: Meeting };

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
 *
 * @csspart finder - The search and list column.
 * @csspart search - The search field's wrapper.
 * @csspart list - The scrolling list of meetings.
 * @csspart day - A weekday heading in the list.
 * @csspart item - One meeting.
 * @csspart message - A loading, error or no-result message.
 * @csspart notice - Names the sources that failed while others loaded.
 * @csspart panels - The column of the host's panels.
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
  static override styles = [tokens, styles];

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

  /** BMLT root servers only: "latitude,longitude" to ask only for meetings around a point (with `radius`). */
  @property({ reflect: true }) center?: string;

  /** BMLT root servers only: radius in kilometres around `center` (servers may cap it; the worldwide one at 160). */
  @property({ type: Number, reflect: true }) radius?: number;

  /**
   * Turns off the JSONP fallback for BMLT servers that send no CORS header. JSONP runs the server's
   * answer as script in the page: a site that does not trust its server that far sets this.
   */
  @property({ type: Boolean, attribute: 'no-jsonp', reflect: true }) noJsonp = false;

  /** IANA time zone (e.g. "America/Chicago") for meetings whose feed gives none. */
  @property({ reflect: true }) timezone?: string;

  /** UI language ("en", "es"); defaults to the nearest `lang` of the page. */
  @property() override lang = '';

  /** Milliseconds to wait for the feed before saying it is not answering. */
  @property({ type: Number }) timeout = 15_000;

  /**
   * Meeting data without a URL, in a feed format (an array of Meeting Guide records, or a BMLT
   * answer). When set, it is used instead of `src` and inline `<script type="application/json">`.
   */
  @property({ attribute: false }) meetings?: unknown[];

  @state() private query = '';
  /**
   * The result count as last announced: it follows typing after a pause, so a screen reader says
   * the count once rather than on every key. Kept as numbers, rendered in the current language.
   */
  @state() private announced?: { count: number; searching: boolean };

  private readonly lightDom = new LightDom(this, ['faq', 'info']);
  private announceTimer?: ReturnType<typeof setTimeout>;
  private loadInterrupted = false;
  /** Set by `reload()`: the next load asks the server again instead of the browser's cache. */
  private retrying = false;
  private filtered: readonly Meeting[] = [];

  private readonly feed = new Task(this, {
    task: async ([src, data, timezone, format, services, recursive, center, radius, noJsonp], { signal }) => {
      const fresh = this.retrying;
      this.retrying = false;
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
      });
      if (center && !point) {
        feed.diagnostics.push({ severity: 'warning', code: 'invalid-center', field: 'center', source: '', message: `center="${center}" is not "latitude,longitude"; it is ignored.` });
      }
      const zones = new Set(feed.meetings.map((meeting) => meeting.timezone));
      return {
        ...feed,
        // Type names in every UI language, so "mujeres" finds women's meetings whatever the page's language.
        searcher: createSearcher(buildSearchIndex(feed.meetings, (meeting) => meeting.types.flatMap(typeNamesInEveryLocale))),
        commonZone: zones.size === 1 ? [...zones][0] : undefined,
      } satisfies Loaded;
    },
    args: () =>
      // The inline scripts' content is an argument only so that a change reloads.
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

  /** The meetings currently listed (after search), in list order. */
  get results(): readonly Meeting[] {
    return this.status === 'ready' ? this.filtered : [];
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

  private get l10n(): Localizer {
    const lang = this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang;
    return localizer(resolveLocale(lang));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's language may differ where the element now is.
    this.requestUpdate();
    if (this.loadInterrupted) {
      this.loadInterrupted = false;
      void this.feed.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    // A removed element should not keep a connection open; a moved one picks up again on connect.
    if (this.feed.status === TaskStatus.PENDING) {
      this.loadInterrupted = true;
      this.feed.abort(new DOMException('The element was removed from the page.', 'AbortError'));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const loaded = this.feed.value;
    if (this.feed.status === TaskStatus.COMPLETE && loaded) {
      this.filtered = loaded.searcher.search(this.query);
    }
    if (changed.has('query' as keyof MeetingLocator)) this.scheduleAnnouncement();
  }

  private loaded(loaded: Loaded): void {
    this.filtered = loaded.searcher.search(this.query);
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

  private currentCount(): { count: number; searching: boolean } {
    return { count: this.filtered.length, searching: this.query.trim() !== '' };
  }

  private countText(loaded: Loaded): string {
    if (!this.announced) return '';
    const { strings, number } = this.l10n;
    const { count, searching } = this.announced;
    const total = loaded.meetings.length;
    return searching && count !== total
      ? strings.resultCountOf(count, number(count), number(total))
      : strings.resultCount(count, number(count));
  }

  protected override render(): TemplateResult {
    const panels = this.lightDom.filled();
    return html`
      <slot name="header"></slot>
      <div class="columns ${panels.length ? 'with-panels' : ''}">
        <section class="finder" part="finder">
          ${this.feed.render({
            initial: () => this.renderLoading(),
            pending: () => this.renderLoading(),
            complete: (loaded) => this.renderFinder(loaded),
            error: (error) => (isAbort(error) ? this.renderLoading() : this.renderError(error)),
          })}
        </section>
        <div class="panels" part="panels" ?hidden=${panels.length === 0}>
          <div part="faq" ?hidden=${!panels.includes('faq')}><slot name="faq"></slot></div>
          <div part="info" ?hidden=${!panels.includes('info')}><slot name="info"></slot></div>
        </div>
      </div>
      <slot name="footer"></slot>
    `;
  }

  private renderLoading(): TemplateResult {
    return html`<p class="message" part="message" role="status">${this.l10n.strings.loading}</p>`;
  }

  private renderError(error: unknown): TemplateResult {
    const { strings } = this.l10n;
    const code = error instanceof FeedError ? error.code : 'network';
    const reports = (error as { sources?: SourceReport[] }).sources ?? [];
    return html`<div class="message error" part="message" role="alert">
        <h3>${strings.errorTitle}</h3>
        ${reports.length > 1
          ? html`<ul>
              ${reports.map((report) => html`<li>${strings.sourceFailed(this.sourceName(report.source))} ${this.reason(report.error)}</li>`)}
            </ul>`
          : html`<p>${this.reason(error)}</p>`}
        ${code === 'no-source' ? nothing : html`<button type="button" @click=${() => this.reload()}>${strings.retry}</button>`}
      </div>
      ${this.renderDiagnostics(this.diagnostics)}`;
  }

  /** The localized reason a source failed. */
  private reason(error: unknown): string {
    const code = error instanceof FeedError ? error.code : 'network';
    const status = error instanceof FeedError ? error.status : undefined;
    return this.l10n.strings.feedError[code](status ? { status } : {});
  }

  /** How a person knows a source: its host ("natennessee.org"), or "this page" for inline data. */
  private sourceName(source: string): string {
    if (source === INLINE_SOURCE || source.startsWith(`${INLINE_SOURCE}:`)) return this.l10n.strings.inlineData;
    try {
      return new URL(source).host;
    } catch {
      return source;
    }
  }

  /** Some sources failed while others loaded: say which, keep showing what there is. */
  private renderSourceFailures(loaded: Loaded): TemplateResult | typeof nothing {
    const failed = loaded.sources.filter((report) => report.error);
    if (failed.length === 0) return nothing;
    const { strings } = this.l10n;
    return html`<div class="message warning" part="notice">
      <ul>
        ${failed.map((report) => html`<li>${strings.sourceFailed(this.sourceName(report.source))} ${this.reason(report.error)}</li>`)}
      </ul>
      <button type="button" class="quiet" @click=${() => this.reload()}>${strings.retry}</button>
    </div>`;
  }

  private renderFinder(loaded: Loaded): TemplateResult {
    const l10n = this.l10n;
    const { strings } = l10n;
    const results = this.filtered;
    return html`
      <div class="search" part="search" role="search">
        <label for="q">${strings.searchLabel}</label>
        <input
          id="q"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${strings.searchPlaceholder}
          .value=${this.query}
          @input=${(event: InputEvent) => (this.query = (event.target as HTMLInputElement).value)}
        />
      </div>
      <div class="summary">
        <p class="count" role="status">${this.countText(loaded)}</p>
        ${loaded.commonZone ? html`<p>${strings.timesIn(l10n.zoneName(loaded.commonZone))}</p>` : nothing}
      </div>
      ${this.renderSourceFailures(loaded)}
      ${results.length ? this.renderList(results) : this.renderNoResults()}
      ${this.renderDiagnostics(loaded.diagnostics)}
    `;
  }

  private renderList(results: readonly Meeting[]): TemplateResult {
    const l10n = this.l10n;
    const today = weekdayIn(new Date(), this.timezone || undefined);
    const items: ListItem[] = groupByDay(results, today).flatMap((group) => [
      { kind: 'day' as const, day: group.day, count: group.meetings.length },
      ...group.meetings.map((meeting) => ({ kind: 'meeting' as const, meeting })),
    ]);
    return html`<div class="list" part="list" role="region" tabindex="0" aria-label=${l10n.strings.meetingsLabel}>
      ${virtualize({
        items,
        scroller: true,
        layout: flow(),
        keyFunction: (item: ListItem) => (item.kind === 'day' ? `day-${item.day ?? 'none'}` : item.meeting.id),
        renderItem: (item: ListItem) => (item.kind === 'day' ? this.renderDay(item.day, today, l10n) : renderMeeting(item.meeting, l10n)),
      })}
    </div>`;
  }

  private renderDay(day: Weekday | undefined, today: Weekday, l10n: Localizer): TemplateResult {
    const { strings } = l10n;
    if (day === undefined) return html`<h3 class="day" part="day">${strings.byAppointment}</h3>`;
    const relative = day === today ? strings.today : day === (today + 1) % 7 ? strings.tomorrow : undefined;
    return html`<h3 class="day" part="day">${l10n.weekday(day)}${relative ? html` <small>· ${relative}</small>` : nothing}</h3>`;
  }

  private renderNoResults(): TemplateResult {
    const { strings } = this.l10n;
    return html`<div class="message" part="message">
      <p>${strings.noResults(this.query.trim())}</p>
      <button type="button" class="quiet" @click=${this.clearSearch}>${strings.clearSearch}</button>
    </div>`;
  }

  private clearSearch(): void {
    this.query = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus());
  }

  /** Records that could not be shown, for the site's maintainer; collapsed by default. */
  private renderDiagnostics(diagnostics: readonly Diagnostic[]): TemplateResult | typeof nothing {
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length === 0) return nothing;
    const { strings, number } = this.l10n;
    return html`<details class="diagnostics" part="diagnostics">
      <summary>${strings.skippedRecords(errors.length, number(errors.length))}</summary>
      <ul>
        ${errors.map(
          (diagnostic) =>
            html`<li>${diagnostic.record === undefined ? '' : `${strings.recordNumber(number(diagnostic.record + 1))}${diagnostic.key ? ` (${diagnostic.key})` : ''}: `}${diagnostic.message}</li>`,
        )}
      </ul>
    </details>`;
  }
}
