/**
 * "Near a place" without a geocoder: the cities, neighbourhoods and postal codes that the feeds
 * themselves name, each placed at the centre of its meetings. Nothing is looked up anywhere.
 */
import type { Coordinates, Meeting } from '../model/meeting.js';
import { kilometresBetween } from '../model/geo.js';

export interface Place {
  name: string;
  /** What kind of name it is, for the suggestion's hint. */
  kind: 'city' | 'region' | 'postal-code';
  at: Coordinates;
  meetings: number;
}

export function placesOf(meetings: readonly Meeting[]): Place[] {
  const sums = new Map<string, { kind: Place['kind']; lat: number; lng: number; count: number }>();
  const add = (name: string | undefined, kind: Place['kind'], at: Coordinates) => {
    if (!name) return;
    const key = `${kind}\u0000${name}`;
    const sum = sums.get(key) ?? { kind, lat: 0, lng: 0, count: 0 };
    sum.lat += at.latitude;
    sum.lng += at.longitude;
    sum.count++;
    sums.set(key, sum);
  };
  for (const meeting of meetings) {
    const { coordinates, city, postalCode, regions } = meeting.location;
    if (!coordinates) continue;
    add(city, 'city', coordinates);
    add(postalCode, 'postal-code', coordinates);
    for (const region of regions) if (region !== city) add(region, 'region', coordinates);
  }
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return [...sums]
    .map(([key, sum]) => ({
      name: key.slice(key.indexOf('\u0000') + 1),
      kind: sum.kind,
      at: { latitude: sum.lat / sum.count, longitude: sum.lng / sum.count },
      meetings: sum.count,
    }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.kind.localeCompare(b.kind));
}

/**
 * Kilometres from `point` to each meeting; NaN for meetings with no place to go to (online only, or
 * no coordinates), which are listed after the others rather than dropped.
 */
export function distancesFrom(meetings: readonly Meeting[], point: Coordinates): Float64Array {
  const distances = new Float64Array(meetings.length);
  meetings.forEach((meeting, i) => {
    const at = meeting.location.coordinates;
    distances[i] = at && meeting.attendance !== 'online' ? kilometresBetween(point, at) : NaN;
  });
  return distances;
}

