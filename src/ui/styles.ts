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
