/**
 * The finder's styles: the search, the count and "Go to a day", the list's rows, the helplines, the
 * filter panel's summary, "near me", what excludes everything, the place pressed on the map. They
 * come with the finder's chunk (`finder-chunk.ts`), which is here before anything they style is:
 * the first load only says "Loading…" (or why not), so it carries only the element's frame
 * (`styles.ts`, `layout-styles.ts`).
 *
 * Adopted after the element's own sheets: a rule here wins over one there of the same specificity,
 * so what they override with equal specificity stays with them (the forced-colours and print rules
 * are `!important`).
 */
import { css } from 'lit';
import { BREAKPOINTS } from './breakpoints.js';

export const finderStyles = css`
  .search {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .search label {
    font-weight: 600;
  }
  .search input {
    font: inherit;
    color: inherit;
    background: var(--_ml-color-bg);
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_ml-color-control-border);
    border-radius: var(--_ml-radius);
    margin: 0;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_ml-color-muted);
    font-size: 0.9375em;
  }
  .count {
    font-weight: 600;
    color: var(--_ml-color-text);
  }

  /*
   * "Go to a day": one line that scrolls sideways when the days do not fit (a phone), so it is
   * always one line high and the list below never moves when the days change. The padding leaves
   * room for a focused link's outline (3 px, no offset) inside the scroller, which clips what is outside it.
   */
  .days {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    /* A line of its own under the count; see below for a phone. */
    flex: 1 0 100%;
    min-width: 0;
    overflow-x: auto;
    padding: 3px;
    margin-block: -3px;
    white-space: nowrap;
  }
  /* Narrow: on the line the print button (an icon then) has to itself, or beside the count. */
  @container (max-width: ${BREAKPOINTS.compact}rem) {
    .days {
      flex: 1 1 12rem;
    }
  }
  .days-label,
  .days .n {
    color: var(--_ml-color-muted);
  }
  .days ul {
    display: flex;
    gap: 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .days a {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    /* 24 px targets. */
    min-height: 1.5rem;
  }
  .days a:focus-visible {
    outline-offset: 0;
  }
  /* Focused by "Go to a day": the outline inside the list's box, which clips what is outside it. */
  .day:focus-visible {
    outline-offset: -3px;
  }

  /* Its own height, or less when the element is given a height too small for it (10rem at least). */
  .finder > .list {
    flex: 0 1 var(--_ml-list-height);
    min-height: min(10rem, var(--_ml-list-height));
  }
  .list {
    height: var(--_ml-list-height);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
  }
  /*
   * Small: a phone, or 400 % zoom (a 320 px wide, some 250 px high viewport), where the list is a
   * small box inside a page that must scroll too. Reaching the list's end then scrolls the page on
   * (scroll chaining) instead of trapping the wheel or the finger in the list.
   */
  @container (max-width: ${BREAKPOINTS.compact}rem) {
    .list {
      overscroll-behavior: auto;
    }
  }
  @media (max-height: 30rem) {
    .list {
      overscroll-behavior: auto;
    }
  }
  /* A row of the list: a day's heading (on its first meeting) and the meeting. */
  .row {
    width: 100%;
  }
  .day {
    width: 100%;
    padding: 0.5rem 0.75rem;
    background: var(--_ml-color-surface);
    border-bottom: 1px solid var(--_ml-color-border);
    font-size: 1em;
  }
  .day small {
    font-weight: normal;
    color: var(--_ml-color-muted);
  }
  .meeting {
    width: 100%;
    display: grid;
    /* A fixed time column keeps names aligned down the list. */
    grid-template-columns: var(--_ml-time-width) minmax(0, 1fr);
    gap: 0.25rem 0.75rem;
    padding: 0.75rem;
    border-bottom: 1px solid var(--_ml-color-border);
  }
  /* The star sits in the row's corner, so a row is no taller for it. */
  .meeting {
    position: relative;
  }
  .meeting .body {
    padding-inline-end: 3rem;
  }
  .meeting .star {
    position: absolute;
    top: 0.5rem;
    inset-inline-end: 0.5rem;
    width: 2.75rem;
    height: 2.75rem;
    font-size: 1.25em;
    line-height: 1;
    color: var(--_ml-color-accent);
    background: transparent;
    border: 1px solid var(--_ml-color-control-border);
    border-radius: var(--_ml-radius);
    cursor: pointer;
  }
  .meeting .star[aria-pressed='true'] {
    background: var(--_ml-color-surface);
  }
  .mine-toggle[aria-pressed='true'] {
    font-weight: 600;
  }
  .meeting .time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    /* Wraps after the dash rather than run into the name when a locale's times are long. */
    overflow-wrap: anywhere;
  }
  .meeting .time .yours,
  .meeting .time .status {
    display: block;
    font-weight: normal;
    font-size: 0.875em;
    color: var(--_ml-color-muted);
  }
  .meeting .time .status {
    color: var(--_ml-color-in-person);
    font-weight: 600;
  }
  .meeting .distance {
    font-weight: 600;
    color: var(--_ml-color-text);
  }
  .meeting h4 {
    font-size: 1.0625em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .meeting .where,
  .meeting .types {
    color: var(--_ml-color-muted);
    overflow-wrap: anywhere;
  }
  .meeting .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    white-space: nowrap;
  }
  .badge.in_person {
    color: var(--_ml-color-in-person);
  }
  .badge.online,
  .badge.hybrid {
    color: var(--_ml-color-online);
  }
  .badge.inactive {
    color: var(--_ml-color-muted);
  }
  @container (max-width: ${BREAKPOINTS.stacked}rem) {
    .meeting {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .helplines {
    margin-top: var(--_ml-space);
    padding: 0.5rem var(--_ml-space);
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
  }
  .helplines h3 {
    margin: 0;
    font-size: 1em;
  }
  .helplines ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .helplines a {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    min-height: 2.75rem;
    color: var(--_ml-color-accent);
  }
  .helplines .phone {
    font-weight: 600;
    white-space: nowrap;
  }

  .filters {
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
    padding: 0.5rem 0.75rem;
  }
  .filters > summary {
    cursor: pointer;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  .filters > summary .n {
    font-weight: normal;
    color: var(--_ml-color-muted);
  }
  /* The closed panel still says what is chosen. */
  .filters > summary .active-names {
    font-weight: normal;
    margin-inline-start: 0.5em;
  }
  .filters > summary .active-names::before {
    content: '· ';
    color: var(--_ml-color-muted);
  }
  .hint {
    flex-basis: 100%;
    font-size: 0.875em;
    color: var(--_ml-color-muted);
  }
  .near label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    flex-wrap: wrap;
  }
  .region-search input,
  .near input,
  .near select {
    font: inherit;
    color: inherit;
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_ml-color-control-border);
    border-radius: var(--_ml-radius);
    background: var(--_ml-color-bg);
    margin: 0;
  }
  .near {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  /* On a phone the place field shares the "Near me" row, so the list starts higher. */
  .near .near-place {
    flex: 1 1 13rem;
    flex-wrap: nowrap;
    min-width: 0;
  }
  .near .near-place input {
    flex: 1 1 6rem;
    min-width: 0;
  }
  .near-me {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .near-me[aria-pressed='true'] {
    background: var(--_ml-color-accent);
    color: var(--_ml-color-accent-text);
  }
  .near-status {
    flex-basis: 100%;
    color: var(--_ml-color-muted);
    font-size: 0.9375em;
  }
  .near-status:empty {
    display: none;
  }
  .no-results ul {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }

  .chosen {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_ml-color-accent);
    border-radius: var(--_ml-radius);
  }
  .chosen button,
  .print-button {
    font: inherit;
    color: var(--_ml-color-accent);
    background: none;
    border: 0;
    margin: 0;
    padding: 0.5rem 0.25rem;
    min-height: 2.75rem;
    text-decoration: underline;
    cursor: pointer;
  }
  .summary .print-button {
    margin-inline-start: auto;
    padding-block: 0;
    min-height: 0;
  }
  /* Narrow: the button shows only its icon (its name stays: aria-label), on the count's line. */
  @container (max-width: ${BREAKPOINTS.compact}rem) {
    .summary .print-button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-width: 1.5rem;
      min-height: 1.5rem;
    }
    .summary .print-button .label {
      display: none;
    }
  }
  article.meeting.selected {
    box-shadow: inset 4px 0 0 var(--_ml-color-accent);
  }
  h4 a.open {
    color: inherit;
    text-decoration: none;
  }
  h4 a.open:hover {
    text-decoration: underline;
  }
`;
