/**
 * Everything a meeting's details need, in one chunk fetched when a person first opens a meeting
 * (and preloaded once the list is idle): the details' template and styles, calendar files, directions
 * and sharing are several KB the first screen of the list never waits for.
 */
export { renderDetailPane, type DetailPaneProps } from './detail-pane.js';
export { detailStyles } from './detail-styles.js';
export { createRelatedSelector } from '../query/related.js';
export { shareLink } from '../export/share.js';
export { renderDetailTakeAlong, type QrState } from './detail-take-along.js';
