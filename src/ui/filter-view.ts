/** The filter panel's options and their styles, in a chunk fetched when the panel is first opened (or the list is idle). */
export { renderFilterGroups } from './filter-groups.js';
export { filterStyles } from './filter-styles.js';
