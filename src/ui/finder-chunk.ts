/**
 * The finder: the query layer (the feed's indexes, search, filters, the view model, helplines) and
 * the views that show its answers (search, filters, near me, day links, no results), with their
 * styles, and the loaded finder (`loaded-finder.ts`: its controllers, among them the map pane's —
 * MapLibre itself is a chunk of its own — what its controls do, and how it is drawn). Nothing can be
 * queried before the feed is in, so the feed controller asks for this chunk as the feed's fetch
 * starts and indexes the feed with it: it arrives long before the feed, and the first load, which
 * only has to say "Loading…" (or why not), is smaller by all of it.
 */
export { indexFeed } from '../query/indexed-feed.js';
export { clockView } from '../query/clock-view.js';
export { listItems } from '../query/list-items.js';
export { zonedParts } from '../model/occurrence.js';
export { featureForMeetingGuideType } from '../model/meeting-guide-types.js';
/**
 * English's feature names, contacts, "still possible", take-along words and finder messages: the
 * element completes its English with them when this chunk arrives (`completeEnglish`). The element
 * does it, not this module, because this chunk may see another instance of the entry's modules than
 * the element does (a page that loads the entry with a query string, such as a cache-busting
 * `?v=2`, has the chunk import it again without one) — data crosses that boundary, a registry does not.
 */
export { default as englishFinderWords } from '../i18n/languages/en-finder.js';
export { finderStyles } from './finder-styles.js';
export { LoadedFinder } from './loaded-finder.js';
