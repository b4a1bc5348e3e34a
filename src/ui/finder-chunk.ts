/**
 * The finder: the query layer (the feed's indexes, search, filters, the view model, helplines) and
 * the views that show its answers (search, filters, near me, day links, no results). Nothing can be
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
export { renderFinder } from './finder-view.js';
export { renderHelplines } from './helplines.js';
export { finderStyles } from './finder-styles.js';
