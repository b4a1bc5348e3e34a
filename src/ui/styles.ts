/**
 * Design tokens and the element's styles.
 *
 * Public tokens are `--ml-*` custom properties a host page may set (on the element or any ancestor);
 * each is read once into a private `--_ml-*` variable with its default, so the rest of the sheet
 * never repeats a fallback. The dark palette changes only those defaults, so a host's `--ml-*`
 * still wins in either theme.
 *
 * Themes: `theme="light"` or `theme="dark"` on the element forces one; without it (or with any
 * other value) the element follows `prefers-color-scheme`.
 *
 * | Token                       | Light              | Dark      | Used for                                              |
 * | --------------------------- | ------------------ | --------- | ----------------------------------------------------- |
 * | `--ml-font`                 | system-ui stack    | same      | Font family                                           |
 * | `--ml-font-size`            | `1rem`             | same      | Base size (rem: follows the person's browser setting) |
 * | `--ml-line-height`          | `1.45`             | same      | Line height of body text                              |
 * | `--ml-color-scheme`         | `light`            | `dark`    | Native controls (scrollbars, checkboxes, selects)     |
 * | `--ml-color-text`           | `#1d1f23`          | `#e8eaed` | Text                                                  |
 * | `--ml-color-muted`          | `#4f5560`          | `#b0b6c0` | Secondary text (addresses, types, counts)             |
 * | `--ml-color-bg`             | `#ffffff`          | `#15171b` | Background                                            |
 * | `--ml-color-surface`        | `#f4f5f7`          | `#212429` | Day headings, messages                                |
 * | `--ml-color-border`         | `#c9ced6`          | `#3d424b` | Dividers between rows and around regions              |
 * | `--ml-color-control-border` | `#7b828e`          | `#7d8591` | Edges of inputs and filter chips (3:1)                |
 * | `--ml-color-accent`         | `#0b5cad`          | `#8ab4f8` | Links, buttons, selected chips, focus rings           |
 * | `--ml-color-accent-text`    | `#ffffff`          | `#0b1a2e` | Text on accent-coloured buttons                       |
 * | `--ml-color-error`          | `#a4161a`          | `#ff8a80` | Error messages                                        |
 * | `--ml-color-warning`        | `#8a5a00`          | `#f0b44a` | The notice naming sources that failed                 |
 * | `--ml-color-online`         | `#5b2a86`          | `#d2a8f5` | "Online" and "hybrid" badges                          |
 * | `--ml-color-in-person`      | `#1e6b33`          | `#7dd492` | "In person" badges, "in progress" status              |
 * | `--ml-radius`               | `0.5rem`           | same      | Corner radius                                         |
 * | `--ml-space`                | `1rem`             | same      | Base spacing between regions                          |
 * | `--ml-list-height`          | `min(36rem, 80vh)` | same      | Height of the scrolling list                          |
 * | `--ml-panels-width`         | `22rem`            | same      | Width of the panel column on wide layouts             |
 * | `--ml-time-width`           | `9.5rem`           | same      | Width of the list's time column                       |
 * | `--ml-slotted-color`        | the page's text    | same      | Text of the host's slotted content                    |
 * | `--ml-slotted-background`   | the page's         | same      | Background of each slotted element                    |
 *
 * Every colour pair text/background meets WCAG AA (4.5:1) in both palettes; test/ui/theme.test.ts
 * computes it from the rendered styles, so a changed default that fails is a failing test.
 */
import { css } from 'lit';
import { BREAKPOINTS } from './breakpoints.js';

/** The dark defaults: the same private variables, still forwarding the public tokens. */
const darkPalette = css`
  color-scheme: var(--ml-color-scheme, dark);
  --_ml-color-text: var(--ml-color-text, #e8eaed);
  --_ml-color-muted: var(--ml-color-muted, #b0b6c0);
  --_ml-color-bg: var(--ml-color-bg, #15171b);
  --_ml-color-surface: var(--ml-color-surface, #212429);
  --_ml-color-border: var(--ml-color-border, #3d424b);
  --_ml-color-control-border: var(--ml-color-control-border, #7d8591);
  --_ml-color-accent: var(--ml-color-accent, #8ab4f8);
  --_ml-color-accent-text: var(--ml-color-accent-text, #0b1a2e);
  --_ml-color-error: var(--ml-color-error, #ff8a80);
  --_ml-color-warning: var(--ml-color-warning, #f0b44a);
  --_ml-color-online: var(--ml-color-online, #d2a8f5);
  --_ml-color-in-person: var(--ml-color-in-person, #7dd492);
`;

export const tokens = css`
  :host {
    color-scheme: var(--ml-color-scheme, light);
    --_ml-font: var(--ml-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_ml-font-size: var(--ml-font-size, 1rem);
    --_ml-line-height: var(--ml-line-height, 1.45);
    --_ml-color-text: var(--ml-color-text, #1d1f23);
    --_ml-color-muted: var(--ml-color-muted, #4f5560);
    --_ml-color-bg: var(--ml-color-bg, #ffffff);
    --_ml-color-surface: var(--ml-color-surface, #f4f5f7);
    --_ml-color-border: var(--ml-color-border, #c9ced6);
    --_ml-color-control-border: var(--ml-color-control-border, #7b828e);
    --_ml-color-accent: var(--ml-color-accent, #0b5cad);
    --_ml-color-accent-text: var(--ml-color-accent-text, #ffffff);
    --_ml-color-error: var(--ml-color-error, #a4161a);
    --_ml-color-warning: var(--ml-color-warning, #8a5a00);
    --_ml-color-online: var(--ml-color-online, #5b2a86);
    --_ml-color-in-person: var(--ml-color-in-person, #1e6b33);
    --_ml-radius: var(--ml-radius, 0.5rem);
    --_ml-space: var(--ml-space, 1rem);
    --_ml-list-height: var(--ml-list-height, min(36rem, 80vh));
    --_ml-panels-width: var(--ml-panels-width, 22rem);
    --_ml-time-width: var(--ml-time-width, 9.5rem);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
`;

export const styles = css`
  /*
   * The page's stylesheet cannot reach in, but inherited properties can (a theme's body
   * letter-spacing, centred text, uppercase, line-height 3…): they stop here. Rules the page writes
   * for the element itself still win over these, as a host expects. Font sizes stay relative to
   * rem, so a person's larger base font is respected. Direction is inherited on purpose (RTL pages).
   */
  /*
   * A column: with no height of its own the element is as tall as its content; given one (a
   * sidebar's 'height: 100%'), the list takes the room the controls leave (see .list).
   */
  :host {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    container-type: inline-size;
    font: normal 400 var(--_ml-font-size) / var(--_ml-line-height) var(--_ml-font);
    color: var(--_ml-color-text);
    background: var(--_ml-color-bg);
    accent-color: var(--_ml-color-accent);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    list-style: disc outside;
    cursor: auto;
  }
  /*
   * The host's slotted content keeps the page's colours (page-colors-controller.ts measures them):
   * only the element's own surfaces follow its theme. Slotted nodes inherit from their slot; a
   * page's own rules for its elements still win over ::slotted.
   */
  slot {
    color: var(--ml-slotted-color, var(--_ml-page-color, inherit));
  }
  ::slotted(*) {
    background-color: var(--ml-slotted-background, var(--_ml-page-background, transparent));
  }
  /* Explicit rather than inherited: a page's "* { box-sizing: content-box !important }" reaches the host. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4,
  p {
    margin: 0;
  }
  a {
    color: var(--_ml-color-accent);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  .list:focus-visible,
  .day:focus-visible {
    outline: 3px solid var(--_ml-focus-color, var(--_ml-color-accent));
    outline-offset: 2px;
  }
  /* "Skip past the list" and "Back to the search": out of sight until focused, then plain buttons. */
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    min-height: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip:focus {
    align-self: flex-start;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .columns {
    display: grid;
    gap: var(--_ml-space);
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: minmax(0, 1fr);
    flex: 1 1 auto;
    min-height: 0;
  }
  @container (min-width: ${BREAKPOINTS.panelsBeside}rem) {
    .columns.with-panels {
      grid-template-columns: minmax(0, 1fr) minmax(16rem, var(--_ml-panels-width));
    }
  }
  .finder {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_ml-space) / 2);
    min-width: 0;
    min-height: 0;
  }
  .finder > * {
    flex-shrink: 0;
  }

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

  .message {
    padding: var(--_ml-space);
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
    background: var(--_ml-color-surface);
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .message.error {
    border-color: var(--_ml-color-error);
  }
  .message.warning {
    border-color: var(--_ml-color-warning);
  }
  .message ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .message.error h3 {
    color: var(--_ml-color-error);
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
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_ml-color-accent);
    border-radius: var(--_ml-radius);
    background: var(--_ml-color-accent);
    color: var(--_ml-color-accent-text);
    cursor: pointer;
    text-transform: none;
    letter-spacing: normal;
    margin: 0;
  }
  button.quiet {
    background: transparent;
    color: var(--_ml-color-accent);
  }
  .diagnostics {
    font-size: 0.875em;
    color: var(--_ml-color-muted);
  }
  .diagnostics ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    max-height: 12rem;
    overflow: auto;
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

  .panels {
    display: flex;
    flex-direction: column;
    gap: var(--_ml-space);
    min-width: 0;
  }

  /*
   * Windows High Contrast and other forced palettes: the browser replaces our colours and drops
   * box-shadows, and with them the fills and marks that show a pressed or selected control or row.
   * Borders and outlines in system colours keep every control's edge and state visible; !important
   * because they must win over any later sheet of this shadow root (layout, detail, map).
   */
  @media (forced-colors: active) {
    button,
    input:not([type='checkbox']):not([type='radio']),
    select {
      border: 1px solid ButtonText !important;
    }
    .badge,
    .day,
    .message,
    .list {
      border-color: CanvasText !important;
    }
    button[aria-pressed='true'] {
      border: 3px solid Highlight !important;
    }
    article.meeting.selected {
      outline: 3px solid Highlight !important;
      outline-offset: -3px;
    }
    :host {
      --_ml-focus-color: Highlight;
    }
  }

  /* Also catches motion added by other modules' sheets in this shadow root (!important). */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      scroll-behavior: auto !important;
      transition: none !important;
      animation: none !important;
    }
  }
`;
