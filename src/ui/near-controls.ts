/**
 * "Near me" and "near a place". The position is asked for only when the person presses the
 * button, and a refusal or a timeout is explained. Places are suggested from the feeds' own cities,
 * areas and postal codes: no geocoder, nothing sent anywhere.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Place } from '../query/places.js';
import type { Localizer } from '../i18n/localize.js';
import type { LocateProblem } from './geolocate.js';
import type { DistanceUnit } from '../model/geo.js';

export interface NearControlsProps {
  l10n: Localizer;
  places: readonly Place[];
  /** What distances are measured from, if anything. */
  near: { from: 'me' } | { from: 'place'; name: string } | undefined;
  locating: boolean;
  problem: LocateProblem | undefined;
  /** A place name typed that is not one of the suggestions. */
  unknownPlace: string | undefined;
  radius: number | undefined;
  unit: DistanceUnit;
  byDistance: boolean;
  onNearMe(): void;
  onPlace(name: string): void;
  onRadius(radius: number | undefined): void;
  onSort(byDistance: boolean): void;
  onStop(): void;
}

const RADII: Readonly<Record<DistanceUnit, readonly number[]>> = { mi: [1, 2, 5, 10, 25, 50], km: [2, 5, 10, 20, 50, 100] };

const PIN = html`<svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7Zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5Z"/></svg>`;

export function renderNearControls(props: NearControlsProps): TemplateResult {
  const { l10n, near, places } = props;
  const { strings } = l10n;
  const problems: Record<LocateProblem, string> = {
    denied: strings.nearMeDenied,
    unavailable: strings.nearMeUnavailable,
    timeout: strings.nearMeTimeout,
    unsupported: strings.nearMeUnsupported,
  };
  const message = props.locating
    ? strings.nearMeLocating
    : props.problem
      ? problems[props.problem]
      : props.unknownPlace
        ? strings.unknownPlace(props.unknownPlace)
        : near?.from === 'me'
          ? strings.nearMeActive
          : near?.from === 'place'
            ? strings.nearPlaceActive(near.name)
            : '';
  return html`<div class="near" part="near">
    <button type="button" class="quiet near-me" aria-pressed=${near?.from === 'me' ? 'true' : 'false'} ?disabled=${props.locating} @click=${props.onNearMe}>
      ${PIN} ${strings.nearMe}
    </button>
    <label class="near-place">
      <span>${strings.nearPlaceLabel}</span>
      <input
        type="search"
        list="places"
        autocomplete="off"
        .value=${near?.from === 'place' ? near.name : (props.unknownPlace ?? '')}
        @change=${(event: Event) => props.onPlace((event.target as HTMLInputElement).value.trim())}
      />
    </label>
    <datalist id="places">${places.map((place) => html`<option value=${place.name}></option>`)}</datalist>
    ${near
      ? html`<label class="radius">
            <span>${strings.radiusLabel}</span>
            <select @change=${(event: Event) => props.onRadius(Number((event.target as HTMLSelectElement).value) || undefined)}>
              <option value="" ?selected=${props.radius === undefined}>${strings.anyDistance}</option>
              ${RADII[props.unit].map(
                (radius) => html`<option value=${radius} ?selected=${props.radius === radius}>${strings.distance[props.unit](l10n.number(radius))}</option>`,
              )}
            </select>
          </label>
          <label class="sort">
            <span>${strings.sortLabel}</span>
            <select @change=${(event: Event) => props.onSort((event.target as HTMLSelectElement).value === 'distance')}>
              <option value="distance" ?selected=${props.byDistance}>${strings.sortDistance}</option>
              <option value="time" ?selected=${!props.byDistance}>${strings.sortTime}</option>
            </select>
          </label>
          <button type="button" class="quiet" @click=${props.onStop}>${strings.stopNear}</button>`
      : nothing}
    <p class="near-status" role="status">${message}</p>
  </div>`;
}
