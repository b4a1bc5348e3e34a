/**
 * The distance unit a reader expects by default: miles where road distances are in miles (the US,
 * the UK, Liberia, Myanmar), kilometres elsewhere. From the browser's language tag, which may be
 * anything (WebKitGTK says "C" under a POSIX locale): a tag Intl refuses means kilometres.
 */
import type { DistanceUnit } from '../model/geo.js';

const MILE_REGIONS = new Set(['US', 'GB', 'LR', 'MM']);

const units = new Map<string, DistanceUnit>();

export function distanceUnitFor(language: string | undefined): DistanceUnit {
  const tag = language || 'en-US';
  let unit = units.get(tag);
  if (!unit) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(tag).maximize().region;
    } catch {
      region = undefined;
    }
    unit = region && MILE_REGIONS.has(region) ? 'mi' : 'km';
    units.set(tag, unit);
  }
  return unit;
}
