/** The filter panel's options, in a chunk fetched when the panel is first opened (or the list is idle). */
export { renderFilterGroups } from './filter-groups.js';
