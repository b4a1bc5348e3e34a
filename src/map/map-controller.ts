/**
 * The map's behaviour, written against `MapLike` (the few members of maplibregl.Map it uses) so it
 * is tested with a fake map: which places are shown, framing the results, selection in step with
 * the list, presses on places and clusters, the person's position, and resizing.
 */
import { prefersReducedMotion } from './motion.js';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import type { Coordinates, Meeting } from '../model/meeting.js';
import { featureBounds, fitOptions, type LngLatBounds } from './bounds.js';
import { groupPlaces, placeIds, type PlaceFeature, type Places } from './map-features.js';
import { DEFAULT_MAP_COLORS, EMPTY_COLLECTION, LAYER_IDS, SOURCE_IDS, meetingLayers, placesSource, plainSource, type MapColors, type MeetingLayer } from './map-layers.js';

/** The GeoJSON source members used. */
export interface GeoJSONSourceLike {
  setData(data: FeatureCollection): unknown;
  getClusterExpansionZoom(clusterId: number): Promise<number>;
}

/** What a layer event carries that is used: the features under the pointer. */
export interface LayerEvent {
  features?: { geometry: Geometry; properties: Record<string, unknown> | null }[];
}

type Center = [number, number];

/** The members of maplibregl.Map the controller uses. */
export interface MapLike {
  addSource(id: string, source: GeoJSONSourceSpecification): unknown;
  getSource(id: string): unknown;
  addLayer(layer: MeetingLayer): unknown;
  setPaintProperty(layerId: string, name: string, value: unknown): unknown;
  on(type: 'click' | 'mouseenter' | 'mouseleave', layerId: string, listener: (event: LayerEvent) => void): { unsubscribe(): void };
  fitBounds(bounds: LngLatBounds, options: { padding: number; maxZoom: number; duration: number; linear: boolean }): unknown;
  easeTo(options: { center: Center; zoom?: number; duration: number }): unknown;
  resize(): unknown;
  remove(): void;
  getCanvas(): HTMLCanvasElement;
  getContainer(): HTMLElement;
}

export interface MapControllerOptions {
  /** Called with the ids of the meetings at a pressed place, in result order. */
  onSelect: (ids: string[]) => void;
  colors?: Partial<MapColors>;
  /** A font stack the style's glyph server has, for cluster counts (see `meetingLayers`). */
  textFont?: string[];
  /** Whether to skip animation; defaults to the `prefers-reduced-motion` media query. */
  prefersReducedMotion?: () => boolean;
  /**
   * The places the map was made around (framing them from its first frame): the places' source is
   * created holding them, so the worker indexes and tiles them once, and they are not framed again.
   */
  initial?: Places;
}

/** Camera animation length when motion is welcome; short, since it follows every filter change. */
export const ANIMATION_MS = 300;


export class MapController {
  private readonly map: MapLike;
  private readonly options: MapControllerOptions;
  private readonly subscriptions: { unsubscribe(): void }[] = [];
  private readonly observer: ResizeObserver | undefined;
  private places: Places = { collection: { type: 'FeatureCollection', features: [] }, byMeeting: new Map() };
  private bounds: LngLatBounds | undefined;
  private selectedId: string | undefined;
  /** A fit asked for while the container had no size (hidden): done when it first gets one. */
  private fitPending = false;
  /** Whether the results have been framed once at a real size. */
  private framed = false;
  /** The place the selection source holds, so an unchanged selection is not sent to the worker again. */
  private shownSelection: PlaceFeature | undefined;
  /** The container's size when last followed: MapLibre need not re-make its canvas for the same size. */
  private size = '';
  private destroyed = false;

  constructor(map: MapLike, options: MapControllerOptions) {
    this.map = map;
    this.options = options;
    const { initial } = options;
    map.addSource(SOURCE_IDS.places, placesSource(initial?.collection));
    map.addSource(SOURCE_IDS.selection, plainSource());
    map.addSource(SOURCE_IDS.position, plainSource());
    for (const layer of meetingLayers({ ...DEFAULT_MAP_COLORS, ...options.colors }, options.textFont)) map.addLayer(layer);

    this.subscriptions.push(
      map.on('click', LAYER_IDS.places, (event) => this.pressPlace(event)),
      map.on('click', LAYER_IDS.clusters, (event) => void this.pressCluster(event)),
    );
    for (const layer of [LAYER_IDS.places, LAYER_IDS.clusters]) {
      this.subscriptions.push(
        map.on('mouseenter', layer, () => this.setCursor('pointer')),
        map.on('mouseleave', layer, () => this.setCursor('')),
      );
    }

    if (initial) {
      this.places = initial;
      this.bounds = featureBounds(initial.collection.features);
      // The map was made with these bounds: at a real size they are framed already.
      if (this.hasSize()) this.framed = true;
      else this.fitPending = this.bounds !== undefined;
    }
    this.size = this.sizeKey();

    // MapLibre tracks its container's size itself; this observer adds the re-fit on the first real
    // size, since a map made (or fitted) while hidden framed the results for a 400×300 guess. Its
    // first report (the size the map was made at) is not passed on: MapLibre would re-make its
    // canvas and draw one more frame for nothing.
    if (typeof ResizeObserver === 'function') {
      this.observer = new ResizeObserver(() => {
        if (this.sizeKey() !== this.size || this.fitPending) this.resize();
      });
      this.observer.observe(map.getContainer());
    }
  }

  /** Shows exactly these results (`positions` index `meetings`, in result order) and frames them. */
  setResults(meetings: readonly Meeting[], positions: ArrayLike<number>): void {
    this.showPlaces(groupPlaces(meetings, positions));
  }

  private showPlaces(places: Places): void {
    if (this.destroyed) return;
    this.places = places;
    this.source(SOURCE_IDS.places)?.setData(this.places.collection);
    this.bounds = featureBounds(this.places.collection.features);
    this.showSelection(false);
    // The first framing jumps (the map has just appeared); later ones follow the filters smoothly.
    this.fit(this.framed);
  }

  /** Highlights the place of this meeting and centres it; undefined (or a meeting not on the map) clears. */
  select(meetingId: string | undefined): void {
    if (this.destroyed) return;
    this.selectedId = meetingId;
    this.showSelection(true);
  }

  /** Shows the person's position, or hides it. */
  showPosition(coordinates: Coordinates | undefined): void {
    if (this.destroyed) return;
    const data: FeatureCollection = coordinates
      ? { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [coordinates.longitude, coordinates.latitude] }, properties: {} }] }
      : EMPTY_COLLECTION;
    this.source(SOURCE_IDS.position)?.setData(data);
  }

  /** Follows the container's size; fits the results if that was waiting for a real size. */
  resize(): void {
    if (this.destroyed || !this.hasSize()) return;
    this.size = this.sizeKey();
    this.map.resize();
    if (this.fitPending) this.fit(false);
  }

  /** Repaints the markers in new colours (the element's theme changed). */
  setColors(colors: Partial<MapColors>): void {
    for (const layer of meetingLayers({ ...DEFAULT_MAP_COLORS, ...colors }, this.options.textFont)) {
      for (const [name, value] of Object.entries(layer.paint ?? {})) this.map.setPaintProperty(layer.id, name, value);
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.observer?.disconnect();
    for (const subscription of this.subscriptions.splice(0)) subscription.unsubscribe();
    this.map.remove();
  }

  private fit(animate: boolean): void {
    if (!this.bounds) return;
    if (!this.hasSize()) {
      this.fitPending = true;
      return;
    }
    const container = this.map.getContainer();
    this.fitPending = false;
    this.framed = true;
    const { padding, maxZoom } = fitOptions(container.clientWidth, container.clientHeight);
    // `linear`: ease rather than fly; a fly zooms out and back in, too much motion for a filter change.
    this.map.fitBounds(this.bounds, { padding, maxZoom, duration: this.duration(animate), linear: true });
  }

  private showSelection(center: boolean): void {
    const feature = this.selectedId === undefined ? undefined : this.places.byMeeting.get(this.selectedId);
    // Each setData is a round through MapLibre's worker and a repaint: none when nothing changed.
    if (feature !== this.shownSelection) {
      this.shownSelection = feature;
      this.source(SOURCE_IDS.selection)?.setData(feature ? { type: 'FeatureCollection', features: [feature] } : EMPTY_COLLECTION);
    }
    if (feature && center) {
      const [longitude = 0, latitude = 0] = feature.geometry.coordinates;
      this.map.easeTo({ center: [longitude, latitude], duration: this.duration(true) });
    }
  }

  private pressPlace(event: LayerEvent): void {
    const ids = placeIds(event.features?.[0]?.properties);
    if (ids.length > 0) this.options.onSelect(ids);
  }

  private async pressCluster(event: LayerEvent): Promise<void> {
    const feature = event.features?.[0];
    const clusterId = feature?.properties?.['cluster_id'];
    const center = pointOf(feature?.geometry);
    const source = this.source(SOURCE_IDS.places);
    if (typeof clusterId !== 'number' || !center || !source) return;
    let zoom: number;
    try {
      zoom = await source.getClusterExpansionZoom(clusterId);
    } catch {
      // The data changed under the press (a filter ran): the cluster is gone, nothing to expand.
      return;
    }
    if (!this.destroyed) this.map.easeTo({ center, zoom, duration: this.duration(true) });
  }

  private duration(animate: boolean): number {
    return animate && !(this.options.prefersReducedMotion ?? prefersReducedMotion)() ? ANIMATION_MS : 0;
  }

  private sizeKey(): string {
    const container = this.map.getContainer();
    return `${container.clientWidth}×${container.clientHeight}`;
  }

  private hasSize(): boolean {
    const container = this.map.getContainer();
    return container.clientWidth > 0 && container.clientHeight > 0;
  }

  private setCursor(cursor: string): void {
    this.map.getCanvas().style.cursor = cursor;
  }

  private source(id: string): GeoJSONSourceLike | undefined {
    return this.map.getSource(id) as GeoJSONSourceLike | undefined;
  }
}

function pointOf(geometry: Geometry | undefined): Center | undefined {
  if (geometry?.type !== 'Point') return undefined;
  const [longitude, latitude] = geometry.coordinates;
  return longitude === undefined || latitude === undefined ? undefined : [longitude, latitude];
}
