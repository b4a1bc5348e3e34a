/**
 * The list and its virtualizer (and the preview of a large feed, which is a list too): a chunk of
 * its own. Nothing can be listed before the feed is in, so the element asks for this chunk as the
 * feed's fetch starts and it arrives long before the feed; meanwhile the first load is smaller by
 * the virtualizer, and the feed's request starts that much sooner on a slow connection.
 */
export { renderMeetingList, scrollToMeeting, scrollToRow } from './meeting-list.js';
export { renderPreview } from './preview-view.js';
