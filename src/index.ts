/**
 * The package's API without side effects: the element class (register it yourself, or import
 * `meeting-locator/meeting-locator.js`), the data layer and the types.
 */
export { MeetingLocator, type LocatorStatus } from './ui/meeting-locator-element.js';
export type { LoadEventDetail, ErrorEventDetail, FilterChangeEventDetail, SelectEventDetail, MeetingLocatorEventMap, MeetingLocatorEventName, EventDetail } from './ui/events.js';
export type * from './model/meeting.js';
export { FEATURE_KEYS, type FeatureKey, type LanguageFeature } from './model/features.js';
export { adaptMeetingGuide, type AdapterOptions } from './feeds/meeting-guide.js';
export { normalizeFeed } from './feeds/normalize-feed.js';
export { readMeetingGuideContacts } from './feeds/meeting-guide-contacts.js';
export type { ContactReader } from './feeds/adapter-common.js';
export { loadMeetings, type LoadRequest } from './feeds/load-meetings.js';
export { FeedError, type FeedErrorCode } from './feeds/feed-error.js';
export { buildSearchIndex, createSearcher, queryTerms, type SearchIndex, type Searcher } from './query/search-index.js';
export { compareMeetings } from './model/weekly-order.js';
export { applyFilters, type FilterContext, type FilterResult, type FilterCounts } from './query/apply-filters.js';
export { bitsOf, type MeetingBits } from './query/meeting-bits.js';
export { buildFilterIndex, type FilterIndex } from './query/filter-index.js';
export { clockView, type ClockView } from './query/clock-view.js';
export { placesOf, distancesFrom, type Place } from './query/places.js';
export { TIME_BUCKETS, timeBucket, type TimeBucket } from './query/time-buckets.js';
export { nextOccurrence, isInProgress, startsWithin, isOnDay, inViewerZone, zonedParts } from './model/occurrence.js';
export { EMPTY_FILTERS, type FilterState, type DayOption, type TimeOption, type AttendanceOption } from './state/filter-state.js';
export { readFilters, readMeeting, writeFilters, urlWithFilters } from './state/url-state.js';
export { meetingToIcs, icsFileName } from './export/ics.js';
export { googleCalendarUrl } from './export/google-calendar.js';
export { directionsLinks, isAppleDevice, type DirectionsLink } from './export/directions.js';
export { relatedMeetings, type RelatedMeetings } from './query/related.js';
export { presetFilters } from './state/preset-filters.js';
export { fold } from './model/text.js';
export { resolveLocale, type Locale } from './i18n/localize.js';
export { registerLanguage, overrideStrings, registeredLanguages, type CatalogSource } from './i18n/languages.js';
export type { Catalog, CatalogOverrides } from './i18n/catalog.js';
export type { Message, Messages, PluralForms } from './i18n/message.js';
export type { FeatureText } from './i18n/feature-text.js';
export type { Strings } from './i18n/strings.js';
export type { ContactStrings } from './i18n/contact-strings.js';
export type { ReachableStrings } from './i18n/reachable-strings.js';
export type { TakeAlongStrings } from './i18n/take-along-strings.js';
