/**
 * The finder: the search field, "near me" and "near a place", the filter panel, the count, and the
 * list (or, when nothing matches, what excludes everything). A pure template: the element gives it
 * the selected view (`query/view-model.ts`) and what each control does.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DistanceUnit } from '../model/geo.js';
import type { IndexedFeed } from '../query/indexed-feed.js';
import type { FinderView } from '../query/view-model.js';
import type { FilterState } from '../state/filter-state.js';
import type { FilterList, LocatorState } from '../state/locator-state.js';
import type { Localizer } from '../i18n/localize.js';
import type { Count } from './controllers/announce-controller.js';
import { renderSkipped, renderSourceFailures } from './feed-messages.js';
import { renderDayNav } from './day-nav.js';
import { renderFilterPanel, type FilterView } from './filter-panel.js';
import type { LocateProblem } from './geolocate.js';
import type * as ListChunk from './list-chunk.js';
import { actionIcons } from './action-icons.js';
import { renderNearControls } from './near-controls.js';
import { renderNoResults } from './no-results.js';

export interface FinderProps {
  feed: IndexedFeed;
  view: FinderView;
  /** The starred meetings ("My meetings"); undefined when the host turned them off (no stars). */
  starred: ReadonlySet<string> | undefined;
  /** "My meetings" taken along (rendered by its chunk) while shown, or nothing. */
  takeAlong: TemplateResult | typeof nothing;
  /** "Still possible tonight" above the list (rendered by its chunk), or nothing. */
  reachable: TemplateResult | typeof nothing;
  state: LocatorState;
  l10n: Localizer;
  unit: DistanceUnit;
  /** Now, as the clock last turned. */
  now: Date;
  viewerZone: string | undefined;
  /**
   * The count for the live region, as last announced: it follows typing after a pause, so it is said
   * once. The visible count beside it is the list's own, in the same frame as the list.
   */
  announced: Count | undefined;
  locating: boolean;
  locateProblem: LocateProblem | undefined;
  /** The filter panel's options (a chunk); undefined while it is fetched. */
  filterView: FilterView | undefined;
  filterViewFailed: boolean;
  /** The list's chunk (fetched beside the feed); undefined while it is on its way, or when it failed. */
  list: typeof ListChunk | undefined;
  listFailed: boolean;
  detailHref: (id: string) => string;
  /** "Talk to someone now" (`helplines.ts`), below the results or what excludes everything. */
  helplines?: TemplateResult | typeof nothing;
  on: FinderActions;
}

/** What the finder's controls do. */
export interface FinderActions {
  search(q: string): void;
  /** New filters, pressed (a history entry) — not typed. */
  filter(next: FilterState): void;
  /** Nothing matched and a choice was removed; `focusSearch` when it was the search. */
  relax(next: FilterState, focusSearch: boolean): void;
  nearMe(): void;
  place(name: string): void;
  stopNear(): void;
  togglePanel(open: boolean): void;
  toggleList(list: FilterList, open: boolean): void;
  regionQuery(text: string): void;
  open(id: string): void;
  clearChosen(): void;
  print(): void;
  retry(): void;
  /** Fetch the list's chunk again (it failed: the connection dropped). */
  retryList(): void;
  /** "Go to a day": the list brought to the row at `start` (that day's first meeting), focus on its heading. */
  day(start: number): void;
  /** "Skip past the list": focus goes to what follows it (the way back first). */
  skipList(): void;
  /** A row's star pressed. */
  star(id: string): void;
  /** "My meetings" on or off. */
  showMine(on: boolean): void;
  /** "Back to the search", from past the list. */
  backToSearch(): void;
}

/** "15 of 2,038 meetings", or "2,038 meetings" when nothing narrows the list. */
export function countText(announced: Count | undefined, total: number, l10n: Localizer): string {
  if (!announced) return '';
  const { strings, number } = l10n;
  const { count, narrowed } = announced;
  return narrowed && count !== total ? strings.resultCountOf(count, number(count), number(total)) : strings.resultCount(count, number(count));
}

/** Meetings to list, and the list's code not here yet (a moment), or not to be had (offline). */
function renderListPending(failed: boolean, l10n: Localizer, retry: () => void): TemplateResult {
  return failed
    ? html`<div class="message error" part="message" role="alert">
        <p>${l10n.strings.listFailed}</p>
        <button type="button" @click=${retry}>${l10n.strings.retry}</button>
      </div>`
    : html`<p class="message" part="message" role="status">${l10n.strings.loading}</p>`;
}

export function renderFinder(props: FinderProps): TemplateResult {
  const { feed, view, state, l10n, unit, on } = props;
  const { strings } = l10n;
  const { filters } = state;
  const near = view.near;
  const shown = view.result.positions.length;
  return html`
    <div class="search" part="search" role="search">
      <label for="q">${strings.searchLabel}</label>
      <input
        id="q"
        type="search"
        autocomplete="off"
        spellcheck="false"
        placeholder=${strings.searchPlaceholder}
        .value=${filters.q}
        @input=${(event: InputEvent) => on.search((event.target as HTMLInputElement).value)}
      />
    </div>
    ${renderNearControls({
      l10n,
      places: feed.places,
      near: near ? (near.from === 'me' ? { from: 'me' } : { from: 'place', name: near.name }) : undefined,
      locating: props.locating,
      problem: props.locateProblem,
      unknownPlace: state.unknownPlace,
      radius: filters.radius,
      unit,
      byDistance: view.byDistance,
      onNearMe: on.nearMe,
      onPlace: on.place,
      onRadius: (radius) => {
        const { radius: _old, ...rest } = filters;
        on.filter(radius ? { ...rest, radius } : rest);
      },
      onSort: (byDistance) => on.filter({ ...filters, sort: byDistance ? 'distance' : 'time' }),
      onStop: on.stopNear,
    })}
    ${renderFilterPanel({
      view: props.filterView,
      failed: props.filterViewFailed,
      state: filters,
      counts: view.result.counts,
      index: feed.filterIndex,
      l10n,
      today: view.here.weekday,
      regionQuery: state.regionQuery,
      open: state.filtersOpen,
      onToggle: on.togglePanel,
      openLists: state.openLists,
      onList: on.toggleList,
      onChange: on.filter,
      onRegionQuery: on.regionQuery,
    })}
    ${props.reachable}
    <div class="summary">
      <p class="count">${countText({ count: view.result.positions.length, narrowed: view.narrowed }, feed.meetings.length, l10n)}</p>
      <p class="visually-hidden count-announcement" role="status">${countText(props.announced, feed.meetings.length, l10n)}</p>
      ${feed.commonZone ? html`<p>${strings.timesIn(l10n.zoneName(feed.commonZone))}</p>` : nothing}
      ${props.starred && (props.starred.size || state.mineOnly)
        ? html`<button type="button" class="mine-toggle" aria-pressed=${state.mineOnly ? 'true' : 'false'} @click=${() => on.showMine(!state.mineOnly)}>
            ${strings.myMeetings(props.starred.size, l10n.number(props.starred.size))}
          </button>`
        : nothing}
      ${shown ? html`<button type="button" class="print-button" aria-label=${strings.print} @click=${on.print}>${actionIcons.print}<span class="label">${strings.print}</span></button>` : nothing}
      ${shown ? renderDayNav({ items: view.items, here: view.here, l10n, byDistance: view.byDistance, onDay: on.day }) : nothing}
    </div>
    ${props.takeAlong}
    ${renderSourceFailures(feed.sources, l10n, on.retry)}
    ${state.chosen
      ? html`<div class="chosen" part="chosen">
          <p role="status">${strings.chosenOnMap(state.chosen.ids.size, l10n.number(state.chosen.ids.size), state.chosen.place)}</p>
          <button type="button" @click=${on.clearChosen}>${strings.clearChosen}</button>
        </div>`
      : nothing}
    ${shown ? html`<button type="button" class="skip skip-list" @click=${on.skipList}>${strings.skipList}</button>` : nothing}
    ${!shown
      ? renderNoResults({ filters, relax: view.result.relax, l10n, unit, onChange: on.relax })
      : !props.list
      ? renderListPending(props.listFailed, l10n, on.retryList)
      : props.list.renderMeetingList({
          meetings: feed.meetings,
          items: view.items,
          detailHref: props.detailHref,
          onOpen: on.open,
          clock: view.clock,
          here: view.here,
          l10n,
          now: props.now,
          viewerZone: props.viewerZone,
          ...(view.distances && near ? { distances: view.distances } : {}),
          byDistance: view.byDistance,
          unit,
          ...(props.starred ? { starred: props.starred, onStar: on.star } : {}),
        })}
    ${shown ? html`<button type="button" class="skip back-to-search" @click=${on.backToSearch}>${strings.backToSearch}</button>` : nothing}
    ${props.helplines ?? nothing}
    ${renderSkipped(feed.diagnostics, l10n)}
  `;
}
