/** Distances on the Earth's surface (haversine; good to a few metres at a city's scale). */
import type { Coordinates } from './meeting.js';

const EARTH_KM = 6371;
export const KM_PER_MILE = 1.609344;

export function kilometresBetween(a: Coordinates, b: Coordinates): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How distances are shown: miles or kilometres. */
export type DistanceUnit = 'mi' | 'km';

/** Kilometres in `unit`'s own measure (a radius of "5" miles is 8.05 km). */
export function toKilometres(value: number, unit: DistanceUnit): number {
  return unit === 'mi' ? value * KM_PER_MILE : value;
}
