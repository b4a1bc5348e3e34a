/**
 * The map's pane and the List / Map switch of narrow layouts. The map's container stays in the tree
 * (empty when the map is unavailable) so MapLibre is never made again needlessly; the map itself is
 * the map pane controller's.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Pane } from '../state/locator-state.js';
import type { Strings } from '../i18n/strings.js';
import type { MapStatus } from './controllers/map-pane-controller.js';
import { icons } from './icons.js';

/** `onNear`: a pointer or focus reached the switch (or a finger touched it): the map may be wanted soon. */
export function renderViewSwitch(showing: Pane, strings: Strings, onShow: (pane: Pane) => void, onNear: () => void = () => {}): TemplateResult {
  const button = (value: Pane, label: string, icon: TemplateResult) =>
    html`<button type="button" aria-pressed=${showing === value ? 'true' : 'false'} @click=${() => onShow(value)}>${icon}${label}</button>`;
  return html`<div class="view-switch" part="view-switch" role="group" aria-label=${strings.viewSwitchLabel} @pointerenter=${onNear} @focusin=${onNear} @touchstart=${{ handleEvent: onNear, passive: true }}>
    ${button('list', strings.viewList, icons.list)}${button('map', strings.viewMap, icons.map)}
  </div>`;
}

/** `feedFailed`: nothing could be loaded, so the map will not be made either (no "Loading the map…"). */
export function renderMapPane(status: MapStatus, feedFailed: boolean, strings: Strings): TemplateResult {
  const broken = status === 'unavailable' || status === 'blocked' || status === 'error';
  const message =
    status === 'unavailable' ? strings.mapUnavailable : status === 'blocked' ? strings.mapBlocked : status === 'error' ? strings.mapFailed : status === 'loading' || (status === 'idle' && !feedFailed) ? strings.mapLoading : '';
  // Pressing a place lists its meetings: a pointer's way. The hint beside the map says how a
  // keyboard or a screen reader does the same from the list (which the map only mirrors).
  return html`<div class="map-pane" part="map">
    <div class="map" role="region" aria-label=${strings.mapRegionLabel} aria-describedby="ml-map-hint" ?hidden=${broken}></div>
    ${message ? html`<p class="map-message" part="message" data-status=${status} role=${broken ? 'note' : 'status'}>${message}</p>` : nothing}
    <p class="map-hint" id="ml-map-hint" ?hidden=${broken}>${strings.mapKeyboardHint}</p>
  </div>`;
}
