/**
 * Everything a meeting's details need, in one chunk fetched when a person first opens a meeting
 * (and preloaded once the list is idle): the details' template and styles, calendar files, directions
 * and sharing are several KB the first screen of the list never waits for.
 */
export { renderMeetingDetail, DETAIL_TITLE_ID } from './meeting-detail.js';
export { detailStyles } from './detail-styles.js';
export { createRelatedSelector } from '../query/related.js';
export { isAppleDevice } from '../export/directions.js';
export { shareLink } from '../export/share.js';
