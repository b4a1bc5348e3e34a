/**
 * Where the list, the map and the host's panels go, by the element's own width (container queries,
 * not the window's: the same element may be a full-width page, a sidebar or a phone column).
 *
 * - `view="auto"` (default): list and map side by side when the main area is at least 44rem wide;
 *   narrower, a List / Map switch shows one at a time, the list first; the map takes the list's place
 *   under the search, filters and count.
 * - `view="both"`: side by side, or stacked (list first) when narrow. `view="map"`: the switch at
 *   every width, the map first. `view="list"`: no map at all.
 */
import { css } from 'lit';
import { BREAKPOINTS } from './breakpoints.js';

export const layoutStyles = css`
  :host {
    --_ml-map-height: var(--ml-map-height, var(--_ml-list-height));
  }
  /* With a map, the host's panels go below the list and map until there is room for three columns. */
  @container (min-width: ${BREAKPOINTS.panelsBeside}rem) {
    .columns.with-panels.with-map {
      grid-template-columns: minmax(0, 1fr);
    }
    .columns.with-map .panels {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      align-items: start;
    }
  }
  @container (min-width: ${BREAKPOINTS.panelsBesideMap}rem) {
    .columns.with-panels.with-map {
      grid-template-columns: minmax(0, 1fr) minmax(16rem, var(--_ml-panels-width));
    }
    .columns.with-map .panels {
      display: flex;
    }
  }
  .main {
    container: main / inline-size;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_ml-space) / 2);
    min-width: 0;
    min-height: 0;
  }
  .panes {
    display: grid;
    gap: var(--_ml-space);
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: minmax(0, 1fr);
    flex: 1 1 auto;
    min-height: 0;
  }

  .view-switch {
    display: inline-flex;
    align-self: start;
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
    overflow: hidden;
  }
  .view-switch button {
    font: inherit;
    color: var(--_ml-color-text);
    background: var(--_ml-color-bg);
    border: 0;
    margin: 0;
    min-height: 2.75rem;
    min-width: 5.5rem;
    padding: 0.5rem 1rem;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    cursor: pointer;
  }
  .view-switch button + button {
    border-inline-start: 1px solid var(--_ml-color-border);
  }
  .view-switch button[aria-pressed='true'] {
    background: var(--_ml-color-accent);
    color: var(--_ml-color-accent-text);
    font-weight: 600;
  }

  .map-pane {
    position: relative;
    display: flex;
    flex-direction: column;
    align-self: start;
    min-width: 0;
    min-height: 0;
  }
  .map {
    position: relative;
    height: var(--_ml-map-height);
    flex: 0 1 auto;
    min-height: min(12rem, var(--_ml-map-height));
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
    overflow: hidden;
    background: var(--_ml-color-surface);
  }
  .map-hint {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
    color: var(--_ml-color-muted);
  }
  /*
   * The map's focus ring as thick as every other control's (MapLibre's canvas has a thin one of the
   * browser's), inside the map's rounded, clipped box.
   */
  .map .maplibregl-canvas:focus-visible {
    outline: 3px solid var(--_ml-focus-color, var(--_ml-color-accent));
    outline-offset: -3px;
  }
  .map .maplibregl-ctrl button:focus-visible,
  .map .maplibregl-ctrl-attrib-button:focus-visible,
  .map .maplibregl-ctrl-attrib a:focus-visible {
    outline: 3px solid var(--_ml-focus-color, var(--_ml-color-accent));
    outline-offset: 1px;
    box-shadow: none;
  }
  /* The map's credits: targets of 24 × 24 px at least (MapLibre's links are one 12 px line). */
  .map .maplibregl-ctrl-attrib-inner a {
    display: inline-flex;
    align-items: center;
    min-width: 24px;
    min-height: 24px;
  }
  .map .maplibregl-ctrl-attrib-button {
    min-width: 24px;
    min-height: 24px;
  }
  .map-message {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: var(--_ml-space);
    text-align: center;
    color: var(--_ml-color-muted);
    pointer-events: none;
  }
  .map-message[data-status='unavailable'],
  .map-message[data-status='blocked'],
  .map-message[data-status='error'] {
    position: static;
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
    background: var(--_ml-color-surface);
    color: var(--_ml-color-text);
  }

  /*
   * One at a time until there is room for both. The search, filters and count stay above the map
   * too: the map takes the list's place, so a person can narrow what it shows.
   */
  .main.switchable.showing-list .map-pane {
    display: none;
  }
  /* !important: the virtualizer sets the list's display inline. */
  .main.switchable.showing-map .finder > :is(.list, .chosen, .no-results, .diagnostics),
  .main.switchable.showing-map .days {
    display: none !important;
  }
  /*
   * "Still possible tonight" goes with the list: above the map on a phone it would push the map the
   * person chose below the first screen. Back with the list (the switch), or beside the map when wide.
   */
  .main.switchable.showing-map .finder > .reachable {
    display: none;
  }
  .main:not(.switchable) .view-switch {
    display: none;
  }
  @container main (min-width: ${BREAKPOINTS.sideBySide}rem) {
    .main.view-auto .view-switch {
      display: none;
    }
    .main.view-auto .panes,
    .main.view-both .panes {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
    .main.view-auto.showing-map .finder > :is(.list, .no-results, .diagnostics) {
      display: block !important;
    }
    .main.view-auto.showing-map .finder > .reachable {
      display: block;
    }
    .main.view-auto.showing-map :is(.finder > .chosen, .days) {
      display: flex !important;
    }
    .main.view-auto.showing-list .map-pane {
      display: flex;
    }
    .main.view-auto .map-pane,
    .main.view-both .map-pane {
      position: sticky;
      top: 0;
      max-height: 100%;
    }
  }

  .panel {
    border: 1px solid var(--_ml-color-border);
    border-radius: var(--_ml-radius);
  }
  .panel-heading {
    margin: 0;
    font-size: 1.0625em;
  }
  .panel-heading button {
    font: inherit;
    font-weight: 600;
    color: var(--_ml-color-text);
    background: var(--_ml-color-surface);
    border: 0;
    border-radius: var(--_ml-radius);
    margin: 0;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    text-align: start;
    cursor: pointer;
  }
  .chevron {
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    flex: none;
  }
  :host(:dir(rtl)) .chevron {
    transform: rotate(135deg);
  }
  [aria-expanded='true'] > .chevron {
    transform: rotate(45deg);
  }
  .panel-body {
    padding: 0.5rem 0.75rem 0.75rem;
  }
`;
