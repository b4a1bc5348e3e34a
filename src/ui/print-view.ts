/**
 * The printed schedule, in a chunk of its own: its template and its print styles are fetched once
 * the list is idle (or when the Print button is pressed), never before the first meeting shows.
 */
export { renderPrintSchedule } from './print-schedule.js';
export { printStyles } from './print-styles.js';
