/**
 * The sources and layers the locator adds on top of any basemap style: clustered places with their
 * counts, the selected place, and the person's position. Only types come from MapLibre (erased at
 * build), so this module costs no MapLibre byte and the controller can be tested with a fake map.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { CircleLayerSpecification, GeoJSONSourceSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';

export const SOURCE_IDS = {
  places: 'ml-places',
  selection: 'ml-selection',
  position: 'ml-position',
} as const;

export const LAYER_IDS = {
  clusters: 'ml-clusters',
  clusterCounts: 'ml-cluster-counts',
  places: 'ml-places',
  position: 'ml-position',
  selection: 'ml-selection',
} as const;

/**
 * Colours of the locator's layers, named after the element's tokens: the element passes its resolved
 * `--ml-*` values (canvas layers cannot read CSS custom properties), and this module decides where
 * each goes. Any left out take the tokens' defaults.
 */
export interface MapColors {
  /** Places and clusters (`--ml-color-accent`). */
  accent: string;
  /** Count text on clusters (`--ml-color-accent-text`). */
  accentText: string;
  /** The selected place, and the ring of the person's position (`--ml-color-text`). */
  text: string;
  /** Outlines that keep markers visible on any basemap (`--ml-color-bg`). */
  background: string;
}

export const DEFAULT_MAP_COLORS: Readonly<MapColors> = {
  accent: '#0b5cad',
  accentText: '#ffffff',
  text: '#1d1f23',
  background: '#ffffff',
};

/** Clustering: below zoom 15 nearby places merge; at 15 and closer every place stands alone. */
export const CLUSTER_MAX_ZOOM = 14;
export const CLUSTER_RADIUS = 50;

export const EMPTY_COLLECTION: FeatureCollection<Point> = { type: 'FeatureCollection', features: [] };

/**
 * The places' source, with the places to show from the start: added empty and then given data,
 * MapLibre's single worker would index and tile it twice (an empty round, then the real one).
 */
export function placesSource(data: FeatureCollection<Point> = EMPTY_COLLECTION): GeoJSONSourceSpecification {
  return { type: 'geojson', data, cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: CLUSTER_RADIUS };
}

export function plainSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: EMPTY_COLLECTION };
}

export type MeetingLayer = CircleLayerSpecification | SymbolLayerSpecification;

/**
 * The layers, bottom to top. `textFont` must be a font stack the style's `glyphs` server has; with no
 * `glyphs` in the style it is left out and MapLibre draws the digits with a local font.
 */
export function meetingLayers(colors: MapColors, textFont?: string[]): MeetingLayer[] {
  const isCluster: ['has', string] = ['has', 'point_count'];
  return [
    {
      id: LAYER_IDS.clusters,
      type: 'circle',
      source: SOURCE_IDS.places,
      filter: isCluster,
      paint: {
        'circle-color': colors.accent,
        // Larger for larger clusters, so density reads at a glance before the numbers do.
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 100, 23, 1000, 28],
        'circle-stroke-width': 2,
        'circle-stroke-color': colors.background,
      },
    },
    {
      id: LAYER_IDS.clusterCounts,
      type: 'symbol',
      source: SOURCE_IDS.places,
      filter: isCluster,
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-size': 13,
        // Counts must always show: a cluster without its number is a mystery dot.
        'text-allow-overlap': true,
        'text-ignore-placement': true,
        ...(textFont ? { 'text-font': textFont } : {}),
      },
      paint: { 'text-color': colors.accentText },
    },
    {
      id: LAYER_IDS.places,
      type: 'circle',
      source: SOURCE_IDS.places,
      filter: ['!', isCluster],
      paint: {
        'circle-color': colors.accent,
        // A place with several meetings is a little larger than one with a single meeting.
        'circle-radius': ['case', ['>', ['get', 'count'], 1], 9, 7],
        'circle-stroke-width': 2,
        'circle-stroke-color': colors.background,
      },
    },
    {
      id: LAYER_IDS.position,
      type: 'circle',
      source: SOURCE_IDS.position,
      // A ring, not a filled dot, so it never reads as one more place.
      paint: {
        'circle-color': colors.background,
        'circle-radius': 6,
        'circle-stroke-width': 4,
        'circle-stroke-color': colors.text,
      },
    },
    {
      // Its own unclustered source, on top: the selection shows even where its place is in a cluster.
      id: LAYER_IDS.selection,
      type: 'circle',
      source: SOURCE_IDS.selection,
      paint: {
        'circle-color': colors.text,
        'circle-radius': 11,
        'circle-stroke-width': 3,
        'circle-stroke-color': colors.background,
      },
    },
  ];
}

/**
 * The font stack for cluster counts in this style. A style with `glyphs` serves only the font stacks
 * its own layers use (MapLibre's default stack would fail to load and the counts would vanish), so
 * take one of those, bold if there is one. With no `glyphs`, undefined: MapLibre draws locally.
 */
export function countFont(style: Pick<StyleSpecification, 'glyphs' | 'layers'>): string[] | undefined {
  if (!style.glyphs) return undefined;
  const stacks: string[][] = [];
  for (const layer of style.layers) {
    const font: unknown = layer.type === 'symbol' ? layer.layout?.['text-font'] : undefined;
    if (Array.isArray(font) && font.length > 0 && font.every((name) => typeof name === 'string')) stacks.push(font as string[]);
  }
  return stacks.find((stack) => stack.some((name) => /bold/i.test(name))) ?? stacks[0];
}
