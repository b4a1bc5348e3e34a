/** "My meetings" taken along, in a chunk of its own (fetched when "My meetings" is first shown). */
export { renderTakeAlong, type TakeAlongProps, type CopyOutcome } from './take-along-view.js';
export { takeAlongText } from '../export/take-along-text.js';
export { takeAlongStyles } from './take-along-styles.js';
