/**
 * The package's API without side effects: the element class (register it yourself, or import
 * `meeting-locator/meeting-locator.js`), the data layer and the types.
 */
export { MeetingLocator, type LocatorStatus } from './ui/meeting-locator-element.js';
export type { LoadEventDetail, ErrorEventDetail } from './ui/events.js';
export type * from './model/meeting.js';
export { FEATURE_KEYS, type FeatureKey, type LanguageFeature } from './model/features.js';
export { adaptMeetingGuide, type AdapterOptions } from './feeds/meeting-guide.js';
export { normalizeFeed } from './feeds/normalize-feed.js';
export { loadMeetings, type LoadRequest } from './feeds/load-meetings.js';
export { FeedError, type FeedErrorCode } from './feeds/feed-error.js';
export { buildSearchIndex, createSearcher, queryTerms, type SearchIndex, type Searcher } from './query/search-index.js';
export { compareMeetings, groupByDay, type DayGroup } from './query/weekly-order.js';
export { fold } from './model/text.js';
export { resolveLocale, type Locale } from './i18n/localize.js';
export type { Strings } from './i18n/strings.js';
