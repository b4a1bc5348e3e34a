/**
 * A stand-in for maplibregl.Map with the members `MapLike` names: it records what the controller
 * asks for, and lets a test press layers. Its container is a real, sized element, so the
 * controller's ResizeObserver sees real sizes.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSourceSpecification } from 'maplibre-gl';
import type { GeoJSONSourceLike, LayerEvent, MapLike } from '../../src/map/map-controller.js';
import type { LngLatBounds } from '../../src/map/bounds.js';
import type { MeetingLayer } from '../../src/map/map-layers.js';

type Listener = (event: LayerEvent) => void;
export type FitCall = { bounds: LngLatBounds; options: { padding: number; maxZoom: number; duration: number; linear: boolean } };
export type EaseCall = { center: [number, number]; zoom?: number; duration: number };

export class FakeSource implements GeoJSONSourceLike {
  data: FeatureCollection | undefined;
  expansionZoom = 9;
  /** How many times data was sent (each is a round through MapLibre's worker). */
  sets = 0;
  constructor(readonly spec: GeoJSONSourceSpecification) {}
  setData(data: FeatureCollection): void {
    this.data = data;
    this.sets++;
  }
  getClusterExpansionZoom(): Promise<number> {
    return Promise.resolve(this.expansionZoom);
  }
}

export class FakeMap implements MapLike {
  readonly sources = new Map<string, FakeSource>();
  readonly layers: MeetingLayer[] = [];
  readonly fits: FitCall[] = [];
  readonly eases: EaseCall[] = [];
  resizes = 0;
  removed = false;
  readonly canvas = document.createElement('canvas');
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(readonly container: HTMLElement) {}

  addSource(id: string, source: GeoJSONSourceSpecification): void {
    this.sources.set(id, new FakeSource(source));
  }
  getSource(id: string): FakeSource | undefined {
    return this.sources.get(id);
  }
  addLayer(layer: MeetingLayer): void {
    this.layers.push(layer);
  }
  readonly paints: Array<{ layerId: string; name: string; value: unknown }> = [];
  setPaintProperty(layerId: string, name: string, value: unknown): void {
    this.paints.push({ layerId, name, value });
  }
  on(type: string, layerId: string, listener: Listener): { unsubscribe(): void } {
    const key = `${type}:${layerId}`;
    const set = this.listeners.get(key) ?? new Set();
    this.listeners.set(key, set);
    set.add(listener);
    return { unsubscribe: () => set.delete(listener) };
  }
  fitBounds(bounds: LngLatBounds, options: FitCall['options']): void {
    this.fits.push({ bounds, options });
  }
  easeTo(options: EaseCall): void {
    this.eases.push(options);
  }
  resize(): void {
    this.resizes++;
  }
  remove(): void {
    this.removed = true;
  }
  getCanvas(): HTMLCanvasElement {
    return this.canvas;
  }
  getContainer(): HTMLElement {
    return this.container;
  }

  /** Fires a layer event as MapLibre would, with the features under the pointer. */
  fire(type: 'click' | 'mouseenter' | 'mouseleave', layerId: string, event: LayerEvent = {}): void {
    for (const listener of this.listeners.get(`${type}:${layerId}`) ?? []) listener(event);
  }

  listenerCount(): number {
    return [...this.listeners.values()].reduce((sum, set) => sum + set.size, 0);
  }
}

/** A sized container in the page (or a hidden one), removed by `removeContainers`. */
const containers: HTMLElement[] = [];
export function container(width = 600, height = 400, hidden = false): HTMLElement {
  const element = document.createElement('div');
  element.style.width = `${width}px`;
  element.style.height = `${height}px`;
  if (hidden) element.style.display = 'none';
  document.body.append(element);
  containers.push(element);
  return element;
}
export function removeContainers(): void {
  for (const element of containers.splice(0)) element.remove();
}
