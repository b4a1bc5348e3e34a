/**
 * The element's one state value: what the person has chosen, in one place. The search and filters,
 * their own position ("near me", in memory only), the meeting whose details are open, a place pressed
 * on the map, which of list and map a narrow layout shows, and which panels and lists they opened.
 *
 * It changes only through the pure transitions below, each a function from one state to the next
 * that returns the same object when nothing changes (so an unchanged state renders nothing anew).
 * What effects report (a feed loading, a position being asked for, the map's status) belongs to
 * the controller that owns the effect, not here.
 *
 * Pure data and functions: no DOM, no Lit.
 */
import type { Coordinates } from '../model/meeting.js';
import { EMPTY_FILTERS, equalFilters, type FilterState } from './filter-state.js';

/** The host page's panels (its `faq` and `info` slots). */
export type PanelName = 'faq' | 'info';
/** The filter panel's long lists, rendered only while open. */
export type FilterList = 'features' | 'regions';
/** What a narrow layout shows of list and map. */
export type Pane = 'list' | 'map';

/** Meetings of one place pressed on the map: the list shows only them until cleared. */
export interface ChosenPlace {
  readonly ids: ReadonlySet<string>;
  /** The place's name, for "2 meetings at St. Mark's Church". */
  readonly place: string;
}

export interface LocatorState {
  readonly filters: FilterState;
  /** The person's position after "near me": never stored, sent or written into a URL. */
  readonly position?: Coordinates | undefined;
  /** A place name typed into "near a place" that is none of the feed's, to say so. */
  readonly unknownPlace?: string | undefined;
  /** The meeting whose details are open. */
  readonly detailId?: string | undefined;
  readonly chosen?: ChosenPlace | undefined;
  /** Which of list and map a narrow layout shows; undefined until the person picks (the view's default). */
  readonly showing?: Pane | undefined;
  /** The filter panel: closed until opened, so the first screen shows meetings. */
  readonly filtersOpen: boolean;
  readonly openLists: ReadonlySet<FilterList>;
  /** Text typed into the area finder of the filter panel. */
  readonly regionQuery: string;
  /** Panels the person opened or closed; the others follow the layout (see `panelOpen`). */
  readonly panelToggles: ReadonlyMap<PanelName, boolean>;
  /** The list shows only the meetings the person starred ("My meetings"). */
  readonly mineOnly?: boolean | undefined;
}

export const INITIAL_STATE: LocatorState = Object.freeze({
  filters: EMPTY_FILTERS,
  filtersOpen: false,
  openLists: new Set<FilterList>(),
  regionQuery: '',
  panelToggles: new Map<PanelName, boolean>(),
});

/** A state with `changes`, or the same state when every change is already so. */
function patch(state: LocatorState, changes: Partial<LocatorState>): LocatorState {
  const keys = Object.keys(changes) as Array<keyof LocatorState>;
  return keys.every((key) => Object.is(state[key], changes[key])) ? state : { ...state, ...changes };
}

/** Filters without the "near a place" part. */
function withoutPlace(filters: FilterState): FilterState {
  const { place: _place, ...rest } = filters;
  return rest;
}

// --- Search and filters -----------------------------------------------------------------------

/**
 * New search and filters (typed, pressed, or stepped to with Back). A place chosen on the map no
 * longer applies: the list follows the filters again.
 */
export function filtersChanged(state: LocatorState, filters: FilterState): LocatorState {
  if (equalFilters(filters, state.filters)) return state;
  return patch(state, { filters, chosen: undefined });
}

/**
 * Filters taken from the page (its URL or the element's preset attributes) rather than pressed:
 * the long lists that hold a choice open, so the choice is visible.
 */
export function filtersRestored(state: LocatorState, filters: FilterState): LocatorState {
  const lists = new Set(state.openLists);
  if (filters.features.length) lists.add('features');
  if (filters.regions.length) lists.add('regions');
  const next = filtersChanged(state, filters);
  return lists.size === state.openLists.size ? next : { ...next, openLists: lists };
}

export function filterPanelToggled(state: LocatorState, open: boolean): LocatorState {
  return patch(state, { filtersOpen: open });
}

export function filterListToggled(state: LocatorState, list: FilterList, open: boolean): LocatorState {
  if (state.openLists.has(list) === open) return state;
  const lists = new Set(state.openLists);
  if (open) lists.add(list);
  else lists.delete(list);
  return { ...state, openLists: lists };
}

export function regionQueryTyped(state: LocatorState, text: string): LocatorState {
  return patch(state, { regionQuery: text });
}

// --- Near me, near a place --------------------------------------------------------------------

/** "Near me" found the person: nearest first, measured from them (a chosen place gives way). */
export function positionFound(state: LocatorState, position: Coordinates): LocatorState {
  return { ...filtersChanged(state, { ...withoutPlace(state.filters), sort: 'distance' }), position, unknownPlace: undefined };
}

/**
 * A place typed or picked in "near a place", matched against the feed's place names (any case):
 * a known one measures from it, nearest first; an unknown one is kept to say so; "" clears it.
 */
export function placeChosen(state: LocatorState, places: readonly { name: string }[], name: string): LocatorState {
  const wanted = name.trim();
  if (!wanted) return patch(filtersChanged(state, withoutPlace(state.filters)), { unknownPlace: undefined });
  const place = places.find((candidate) => candidate.name.toLowerCase() === wanted.toLowerCase());
  if (!place) return patch(state, { unknownPlace: wanted });
  return patch(filtersChanged(state, { ...state.filters, place: place.name, sort: 'distance' }), { position: undefined, unknownPlace: undefined });
}

/** "Stop": distances no longer apply (position, place, radius and the distance order all go). */
export function nearStopped(state: LocatorState): LocatorState {
  const { place: _place, radius: _radius, sort: _sort, ...filters } = state.filters;
  return patch(filtersChanged(state, filters), { position: undefined, unknownPlace: undefined });
}

// --- Details, the map's choice, list or map -----------------------------------------------------

/** A meeting's details open, in the list's column: a narrow layout showing the map shows them. */
export function detailOpened(state: LocatorState, id: string): LocatorState {
  return patch(state, { detailId: id, showing: 'list' });
}

export function detailClosed(state: LocatorState): LocatorState {
  return patch(state, { detailId: undefined });
}

/** A place pressed on the map: its meetings only, in the list (details close to show them). */
export function placePressed(state: LocatorState, ids: readonly string[], place: string): LocatorState {
  if (ids.length === 0) return state;
  return { ...state, chosen: { ids: new Set(ids), place }, detailId: undefined, showing: 'list' };
}

/** "My meetings" on or off: the list shows only the starred meetings, or every one again. */
export function mineShown(state: LocatorState, on: boolean): LocatorState {
  return patch(state, { mineOnly: on || undefined, chosen: on ? undefined : state.chosen });
}

export function chosenCleared(state: LocatorState): LocatorState {
  return patch(state, { chosen: undefined });
}

export function paneShown(state: LocatorState, pane: Pane): LocatorState {
  return patch(state, { showing: pane });
}

/** The pane a narrow layout shows: the person's pick, else the map for `view="map"`, else the list. */
export function shownPane(state: LocatorState, view: string): Pane {
  return state.showing ?? (view === 'map' ? 'map' : 'list');
}

// --- The host's panels ------------------------------------------------------------------------

export function panelToggled(state: LocatorState, name: PanelName, open: boolean): LocatorState {
  if (state.panelToggles.get(name) === open) return state;
  return { ...state, panelToggles: new Map(state.panelToggles).set(name, open) };
}

/** A panel is open as the person left it, else as the layout starts it (open when roomy). */
export function panelOpen(state: LocatorState, name: PanelName, openAtFirst: boolean): boolean {
  return state.panelToggles.get(name) ?? openAtFirst;
}
