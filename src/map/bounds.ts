/**
 * What the map frames: the bounds of the results' places and how to fit them in the container.
 * Pure, so the framing rules are tested without a map.
 */
import type { Feature, Point } from 'geojson';

/** `[[west, south], [east, north]]`, as MapLibre's `fitBounds` takes it. */
export type LngLatBounds = [[number, number], [number, number]];

/** The bounds of the points, or undefined when there are none. */
export function featureBounds(features: readonly Feature<Point>[]): LngLatBounds | undefined {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const feature of features) {
    const [longitude, latitude] = feature.geometry.coordinates;
    if (longitude === undefined || latitude === undefined) continue;
    if (longitude < west) west = longitude;
    if (longitude > east) east = longitude;
    if (latitude < south) south = latitude;
    if (latitude > north) north = latitude;
  }
  return west <= east ? [[west, south], [east, north]] : undefined;
}

/**
 * The closest the map zooms when framing results: a single place (or a few doors apart) is shown
 * with its streets around it, not a rooftop.
 */
export const FIT_MAX_ZOOM = 15;

export interface FitOptions {
  padding: number;
  maxZoom: number;
}

/**
 * Fit options for a container of this size: a tenth of its shorter side as padding (markers at the
 * edge stay whole and clear of the controls), between 12 and 60 px, and never so much that nothing
 * is left to fit into (MapLibre refuses to fit when padding exceeds the canvas).
 */
export function fitOptions(width: number, height: number): FitOptions {
  const shorter = Math.max(0, Math.min(width, height));
  const padding = Math.min(Math.max(Math.round(shorter / 10), 12), 60, Math.floor(shorter / 4));
  return { padding, maxZoom: FIT_MAX_ZOOM };
}
