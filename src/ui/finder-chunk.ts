/**
 * The finder: the query layer (the feed's indexes, search, filters, the view model, helplines) and
 * the views that show its answers (search, filters, near me, day links, no results), with their
 * styles, and the map pane's controller (MapLibre itself is a chunk of its own). Nothing can be
 * queried before the feed is in, so the feed controller asks for this chunk as the feed's fetch
 * starts and indexes the feed with it: it arrives long before the feed, and the first load, which
 * only has to say "Loading…" (or why not), is smaller by all of it.
 */
export { indexFeed } from '../query/indexed-feed.js';
export { createViewModel } from '../query/view-model.js';
export { clockView } from '../query/clock-view.js';
export { listItems } from '../query/list-items.js';
export { helplineSelector } from '../query/helplines.js';
export { zonedParts } from '../model/occurrence.js';
export { featureForMeetingGuideType } from '../model/meeting-guide-types.js';
export { feedbackUrlDiagnostics } from '../state/feedback-url.js';
/**
 * English's feature names, contacts, "still possible", take-along words and finder messages: the
 * element completes its English with them when this chunk arrives (`completeEnglish`). The element
 * does it, not this module, because this chunk may see another instance of the entry's modules than
 * the element does (a page that loads the entry with a query string, as WordPress adds `?ver=`, has
 * the chunk import it again without one) — data crosses that boundary, a registry does not.
 */
export { default as englishFinderWords } from '../i18n/languages/en-finder.js';
export { renderFinder } from './finder-view.js';
export { renderHelplines } from './helplines.js';
export { finderStyles } from './finder-styles.js';
export { MapPaneController } from './controllers/map-pane-controller.js';
export { AnnounceController } from './controllers/announce-controller.js';
export { NearMeController } from './controllers/near-me-controller.js';
export { PrintController } from './controllers/print-controller.js';
export { MyMeetingsController } from './controllers/my-meetings-controller.js';
export { ServiceBodiesController } from './controllers/service-bodies-controller.js';
export { FocusController } from './controllers/focus-controller.js';
