/**
 * What the views call to say things. Each language writes these as data (`Messages<Strings>` in
 * `languages/xx.ts`, checked by the compiler so a missing key is a type error) and `catalog.ts`
 * compiles the messages into these functions. Numbers arrive already formatted for the language; a
 * `count` argument only chooses the plural form.
 */
import type { Attendance } from '../model/meeting.js';
import type { FeedErrorCode } from '../feeds/feed-error.js';

export interface Strings {
  searchLabel: string;
  searchPlaceholder: string;
  meetingsLabel: string;
  loading: string;
  /** Above the first meetings of a large feed, while the rest is read. */
  loadingAll: string;
  /** Announced and shown above the list. */
  resultCount: (count: number, formatted: string) => string;
  /** When a search narrows the list: "12 of 2,038 meetings". */
  resultCountOf: (count: number, formatted: string, total: string) => string;
  today: string;
  tomorrow: string;
  byAppointment: string;
  timeNotGiven: string;
  /** "All times are Central Time." */
  timesIn: (zoneName: string) => string;
  attendance: Record<Attendance, string>;
  online: string;
  joinOnline: string;
  /** "Join on Zoom". */
  joinOnlineWith: (provider: string) => string;
  dialIn: string;
  listing: string;
  /** Accessible name of a link to the source listing of one meeting. */
  listingFor: (name: string) => string;
  errorTitle: string;
  /** Why a list could not be had; `status` is the HTTP status where there is one, else 0. */
  feedError: Record<FeedErrorCode, (status: number) => string>;
  /** Before the reason a source failed while others loaded: "Meetings from natennessee.org are missing." */
  sourceFailed: (name: string) => string;
  /**
   * A source could not be had and its list is the one saved on this device: "Showing the list of
   * natennessee.org as of Thursday, December 3, 9:40 PM, saved on this device." (then the reason).
   */
  savedCopy: (name: string, date: string) => string;
  /** How inline data is named in such a notice. */
  inlineData: string;
  retry: string;
  /** Drawing the element failed (an exception while rendering); the meetings may still be fine. */
  renderFailed: string;
  /** Summary of records that could not be shown (for the site's maintainer). */
  skippedRecords: (count: number, formatted: string) => string;
  recordNumber: (number: string) => string;

  // Filters
  filtersLabel: string;
  dayLegend: string;
  timeLegend: string;
  attendanceLegend: string;
  featuresLegend: string;
  regionsLegend: string;
  regionSearchLabel: string;
  /** Filter chips: "morning" etc. */
  timeOptions: Record<'morning' | 'midday' | 'afternoon' | 'evening' | 'night' | 'soon' | 'now', string>;
  /** The hours of each time of day, for its description: "4:00 AM – 10:59 AM". */
  timeRangeHint: (from: string, to: string) => string;
  attendanceOptions: Record<'in_person' | 'online' | 'hybrid', string>;
  hybridNote: string;
  clearFilters: string;
  /** "3 filters" on the collapsed filter panel. */
  activeFilters: (count: number, formatted: string) => string;
  noMatchTitle: string;
  /** Button removing one constraint: "Remove Women (12 meetings)", "Remove search “zz” (7 meetings)". */
  removeConstraint: (name: string, count: string) => string;
  searchConstraint: (query: string) => string;
  radiusConstraint: (radius: string) => string;

  // Time
  inProgress: string;
  /** "in 25 min". */
  startsIn: (minutes: number, formatted: string) => string;
  /** "7:00 PM Central Time · 8:00 PM your time". */
  yourTime: (time: string) => string;
  nextWeek: (weekday: string) => string;
  /** The compact view's part could not be fetched (the connection dropped). */
  nextFailed: string;

  // Near me
  nearMe: string;
  nearMeLocating: string;
  nearMeDenied: string;
  nearMeUnavailable: string;
  nearMeTimeout: string;
  nearMeUnsupported: string;
  /** "Sorted by distance from your position; it stays on this device." */
  nearMeActive: string;
  nearPlaceLabel: string;
  nearPlaceActive: (place: string) => string;
  unknownPlace: (place: string) => string;
  stopNear: string;
  radiusLabel: string;
  anyDistance: string;
  distance: Record<'mi' | 'km', (value: string) => string>;
  distanceUnknown: string;
  sortLabel: string;
  sortTime: string;
  sortDistance: string;

  // Details and actions
  /** Terms of the details' summary list. */
  detailWhen: string;
  detailDuration: string;
  detailAttendance: string;
  /** Headings of the details' sections. */
  detailLocation: string;
  detailRegion: string;
  detailTypes: string;
  detailNotes: string;
  detailGroup: string;
  sameLocation: string;
  sameGroup: string;
  /** "Updated October 1, 2026" (the date as the feed wrote it when it cannot be read). */
  updated: (date: string) => string;
  /** Link to the meeting's page on the site that publishes the feed: "See the listing on example.org". */
  sourceListing: (host: string) => string;
  /** Accessible label of the group of action links. */
  detailActions: string;
  directionsIn: Record<'apple' | 'google' | 'osm', string>;
  addToCalendar: string;
  googleCalendar: string;
  share: string;
  /** Announced after sharing. */
  shareCopied: string;
  shareShared: string;
  /** Label of the field showing the link when it can be neither shared nor copied. */
  shareLinkLabel: string;
  shareLinkHint: string;
  /** Read after the text of links that open a new tab. */
  opensInNewTab: string;
  // Whom to reach: the helplines beside the list (the details' contact strings: contact-strings.ts)
  /** Heading of the helplines beside the list. */
  helplinesTitle: string;
  /** A feed's helpline, named by whose it is: "West Tennessee Area helpline". */
  helplineOf: (name: string) => string;

  // Print and theme
  /** Heading of the printed schedule, unless the host gives a title. */
  printTitle: string;
  /** Under the printed title: paper outlives the feed. */
  printAsOf: (date: string) => string;
  /** When there are more results than a printout holds: which ones it has, and what to do. */
  printFirst: (shown: string, total: string) => string;

  // Map
  /** Accessible name of the map's canvas (MapLibre's "Map.Title"): the list is the primary interface. */
  mapCanvasLabel: string;
  /** MapLibre's own controls, translated through its `locale` option. */
  mapZoomIn: string;
  mapZoomOut: string;
  /** The button that opens the map's credits (MapLibre's compact attribution). */
  mapAttributionToggle: string;
  mapFeedback: string;

  // Layout: list and map, the host's panels
  /** The group of the List / Map switch on narrow layouts. */
  viewSwitchLabel: string;
  viewList: string;
  viewMap: string;
  mapRegionLabel: string;
  mapLoading: string;
  /** The browser cannot draw the map (no WebGL2): the list still has everything. */
  mapUnavailable: string;
  mapFailed: string;
  /** The page's security policy (Trusted Types) does not let the map run. */
  mapBlocked: string;
  /** Announced after a place on the map is pressed: "2 meetings at St. Mark's Church". */
  chosenOnMap: (count: number, formatted: string, place: string) => string;
  clearChosen: string;
  print: string;
  /** Default names of the host's panels when the slotted element has no `data-label`. */
  faqPanel: string;
  infoPanel: string;
  backToList: string;
  /** A row's star, a toggle (pressed when kept): "Keep Sunrise Serenity in my meetings". */
  keepInMine: (name: string) => string;
  /** The switch to the starred meetings: "My meetings (3)". */
  myMeetings: (count: number, formatted: string) => string;
  /** Before the list, shown when focused: moves focus past its rows (hundreds of Tab presses). */
  skipList: string;
  /** Past the list, shown when focused: back to the search field. */
  backToSearch: string;
  /** Names the row of links above the list, one per day in the results, that bring that day's meetings into view. */
  dayNavLabel: string;
  /** The accessible name of a row's link: its name, then when and where ("Sunrise, Tuesday 7:00 PM, St. Mark's"). */
  rowLinkLabel: (name: string, when: string, where: string) => string;
  /** The same for a meeting without a place (online only): "Sunrise, Tuesday 7:00 PM". */
  rowLinkLabelNoPlace: (name: string, when: string) => string;
  /** A link to a meeting that is no longer in the feed. */
  meetingNotFound: string;
  /** The filter panel's options are on their way (they are fetched when the panel is first opened). */
  filtersLoading: string;
  /** The filter panel's options could not be fetched. */
  filtersFailed: string;
  /** The details could not be loaded (the connection dropped). */
  detailFailed: string;
  /** A failed 12 Step Meeting List feed (…/admin-ajax.php?action=meetings): its site may not share it; a sharing key is needed (issue 12). */
  tsmlNotShared: string;
  /** Under the map (issue 15): how a keyboard or screen reader does what pressing a place does. */
  mapKeyboardHint: string;
  /** The list's code (a chunk fetched beside the feed) could not be had: the connection dropped (issue 11). */
  listFailed: string;
}
