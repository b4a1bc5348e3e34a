/**
 * The map's data: one GeoJSON point per distinct place among the current results. Meetings at one
 * address share a marker (a church with five meetings is one place to a person), and only meetings
 * a person can walk into, at a known exact point, are placed. Pure, so it is tested without a map.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Coordinates, Meeting } from '../model/meeting.js';

/**
 * A place's feature properties. MapLibre keeps only scalar properties through clustering and
 * queries, so the meeting ids travel as a JSON array in a string (read them with `placeIds`).
 */
export interface PlaceProperties {
  /** Stable for the place across result changes: its rounded coordinates. */
  key: string;
  /** JSON array of the ids of the place's meetings, in result order. */
  ids: string;
  count: number;
  /** The place's name, else its address; empty when the feed gave neither. */
  label: string;
}

export type PlaceFeature = Feature<Point, PlaceProperties>;
export type PlaceCollection = FeatureCollection<Point, PlaceProperties>;

/**
 * Whether a meeting gets a marker: attended in person (in-person or hybrid), with coordinates the
 * feed does not call approximate (a town centre must never look like a door to knock on).
 */
export function isPlaced(meeting: Meeting): boolean {
  const { coordinates, approximate } = meeting.location;
  return (
    (meeting.attendance === 'in_person' || meeting.attendance === 'hybrid') &&
    !approximate &&
    coordinates !== undefined &&
    Number.isFinite(coordinates.latitude) &&
    Number.isFinite(coordinates.longitude) &&
    Math.abs(coordinates.latitude) <= 90 &&
    Math.abs(coordinates.longitude) <= 180
  );
}

// 5 decimals is about a metre: the same building written twice by a feed lands on one key, while
// neighbouring buildings stay apart.
const KEY_DECIMALS = 5;

/** The key of the place at these coordinates (see `PlaceProperties.key`). */
export function placeKey(coordinates: Coordinates): string {
  return `${coordinates.latitude.toFixed(KEY_DECIMALS)},${coordinates.longitude.toFixed(KEY_DECIMALS)}`;
}

/** The places of the results and, for selection, which place each placed meeting is at. */
export interface Places {
  collection: PlaceCollection;
  /** Meeting id → its place's feature. Placed meetings only. */
  byMeeting: Map<string, PlaceFeature>;
}

/**
 * Groups the placed meetings of the results into places. `positions` are indexes into `meetings`
 * in result order; places come out in the order of their first meeting, so the first result's
 * place is the first feature.
 */
export function groupPlaces(meetings: readonly Meeting[], positions: ArrayLike<number>): Places {
  const byKey = new Map<string, { feature: PlaceFeature; ids: string[] }>();
  const byMeeting = new Map<string, PlaceFeature>();
  const features: PlaceFeature[] = [];
  for (let index = 0; index < positions.length; index++) {
    const meeting = meetings[positions[index]!];
    if (!meeting || !isPlaced(meeting)) continue;
    const coordinates = meeting.location.coordinates!;
    const key = placeKey(coordinates);
    let place = byKey.get(key);
    if (!place) {
      const feature: PlaceFeature = {
        type: 'Feature',
        // The first meeting's exact point: rounding is for grouping, not for drawing.
        geometry: { type: 'Point', coordinates: [coordinates.longitude, coordinates.latitude] },
        properties: { key, ids: '', count: 0, label: meeting.location.name || meeting.location.formattedAddress || '' },
      };
      place = { feature, ids: [] };
      byKey.set(key, place);
      features.push(feature);
    }
    place.ids.push(meeting.id);
    byMeeting.set(meeting.id, place.feature);
  }
  // Serialized once at the end rather than on every added meeting.
  for (const { feature, ids } of byKey.values()) {
    feature.properties.ids = JSON.stringify(ids);
    feature.properties.count = ids.length;
  }
  return { collection: { type: 'FeatureCollection', features }, byMeeting };
}

/** The places of the results as a GeoJSON FeatureCollection (see `groupPlaces`). */
export function placeFeatures(meetings: readonly Meeting[], positions: ArrayLike<number>): PlaceCollection {
  return groupPlaces(meetings, positions).collection;
}

/** The meeting ids of a place from its (possibly MapLibre-returned) properties. */
export function placeIds(properties: { ids?: unknown } | null | undefined): string[] {
  if (typeof properties?.ids !== 'string') return [];
  try {
    const ids: unknown = JSON.parse(properties.ids);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
