/**
 * The map, made on demand: the only module that imports MapLibre (and its CSS). The element loads
 * it with `await import('../map/meeting-map.js')`, so the build puts it, with MapLibre, in a chunk
 * that a page which never shows the map never downloads.
 *
 * MapLibre's worker is loaded from `./maplibre-gl-worker.mjs` beside the code that holds MapLibre;
 * the build (rollup.config.js) emits it beside this module's chunk, and the npm build points MapLibre
 * at the worker of the app's own maplibre-gl, named so bundlers see it (./worker-url.ts). Without
 * it `load` never fires.
 */
import { AttributionControl, Map as MapLibreMap, NavigationControl, prewarm, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { Strings } from '../i18n/strings.js';
import type { Coordinates, Meeting } from '../model/meeting.js';
import { prefersReducedMotion } from './motion.js';
import { MapController } from './map-controller.js';
import { featureBounds, fitOptions } from './bounds.js';
import { groupPlaces } from './map-features.js';
import { countFont, type MapColors } from './map-layers.js';
import { adoptCss } from './shadow-css.js';
import { workerUrl } from './worker-url.js';

/** MapLibre's stylesheet, for a host that prefers to put it in its own styles. */
export const mapCss: string = maplibreCss;

/** The strings the map uses (the element passes its whole table). */
export type MapStrings = Pick<Strings, 'mapCanvasLabel' | 'mapRegionLabel' | 'mapZoomIn' | 'mapZoomOut' | 'mapAttributionToggle' | 'mapFeedback'>;

export interface MeetingMapOptions {
  /** A MapLibre style URL or style object. */
  style: string | StyleSpecification;
  strings: MapStrings;
  /** Right to left: the controls go on the left, mirroring the page (the list's reading start). */
  rtl?: boolean;
  /** The element's resolved colour tokens; missing ones take the tokens' defaults. */
  colors?: Partial<MapColors>;
  /** A place was pressed: the ids of its meetings, in result order. */
  onSelect: (ids: string[]) => void;
  /**
   * Something went wrong once the style had loaded (tiles, a source), or `load` is overdue: for the
   * site's maintainer, in English. The map keeps going.
   */
  onError: (message: string) => void;
  /** Abandons a map still loading (the element went away): it is removed and the promise rejects. */
  signal?: AbortSignal;
  /**
   * The results to show from the start: the map is made framing them, and their places join the
   * style's first round of work, instead of a second round of tiles and places after `load`.
   */
  initial?: { meetings: readonly Meeting[]; positions: ArrayLike<number> } | undefined;
}

export interface MeetingMapHandle {
  /** Shows exactly these results (`positions` index `meetings`, in result order) and frames them. */
  setResults(meetings: readonly Meeting[], positions: ArrayLike<number>): void;
  /** Highlights and centres the place of this meeting; undefined clears the highlight. */
  select(meetingId: string | undefined): void;
  /** Shows the person's position (undefined hides it). */
  showPosition(coordinates: Coordinates | undefined): void;
  /** Repaints the markers in these colours (missing ones take the tokens' defaults). */
  setColors(colors: Partial<MapColors>): void;
  /** Follows the container's size now (it is also followed on its own). */
  resize(): void;
  /**
   * The map's first `idle` (everything drawn). Listened for from the start: when the results come
   * with the map (`initial`), it can come in the same frame as `load`, before a listener added
   * after `load` would hear it.
   */
  firstIdle: Promise<void>;
  /** Removes the map, its canvas, listeners and observers. */
  destroy(): void;
  /** The MapLibre map, for what the handle does not cover (e.g. waiting for `idle`). */
  readonly map: MapLibreMap;
}

/**
 * Starts MapLibre's worker before any map is made (MapLibre's `prewarm`): the worker's script is
 * fetched from beside this chunk and compiled while the person still reads the list. Nothing is
 * asked of the style's or tiles' hosts. The first map then takes the waiting worker.
 */
export function warmMap(): void {
  const worker = workerUrl();
  if (worker) setWorkerUrl(worker);
  prewarm();
}

/**
 * Makes a map in `container` (which may be in a shadow root; MapLibre's CSS is adopted there) and
 * resolves once it has loaded its style and drawn. Rejects when the map cannot be made (no WebGL2)
 * or its style cannot be loaded.
 */
export function createMeetingMap(container: HTMLElement, options: MeetingMapOptions): Promise<MeetingMapHandle> {
  if (options.signal?.aborted) return Promise.reject(abortError(options.signal));
  adoptCss(container, maplibreCss);
  const { strings } = options;
  const added = labelContainer(container, strings.mapRegionLabel);

  const places = options.initial && groupPlaces(options.initial.meetings, options.initial.positions);
  const bounds = places && featureBounds(places.collection.features);
  let map: MapLibreMap;
  try {
    const worker = workerUrl();
    if (worker) setWorkerUrl(worker);
    map = new MapLibreMap({
      container,
      style: options.style,
      // Framing the results from the first frame: the first tiles fetched are the ones shown.
      ...(bounds ? { bounds, fitBoundsOptions: fitOptions(container.clientWidth, container.clientHeight) } : {}),
      // Replaced by a compact one below: its credits fold behind a button on small maps.
      attributionControl: false,
      // Rotation and tilt do not help anyone find a meeting, and with no compass shown a rotated map
      // could not be set straight again.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      fadeDuration: prefersReducedMotion() ? 0 : 300,
      locale: {
        'Map.Title': strings.mapCanvasLabel,
        'NavigationControl.ZoomIn': strings.mapZoomIn,
        'NavigationControl.ZoomOut': strings.mapZoomOut,
        'AttributionControl.ToggleAttribution': strings.mapAttributionToggle,
        'AttributionControl.MapFeedback': strings.mapFeedback,
      },
    });
  } catch (error) {
    for (const name of added) container.removeAttribute(name);
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  const firstIdle = map.once('idle').then(() => undefined);
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  const side = options.rtl ? 'left' : 'right';
  map.addControl(new NavigationControl({ showCompass: false }), `top-${side}`);
  map.addControl(new AttributionControl({ compact: true }), `bottom-${side}`);

  return new Promise((resolve, reject) => {
    let styleLoaded = false;
    const reported = new Set<string>();
    // A missing worker file shows as a `load` that never comes, with no error: say so, keep waiting.
    const watchdog = setTimeout(() => options.onError(`The map has not loaded after ${LOAD_WARNING_MS / 1000} s. Check that maplibre-gl-worker.mjs is served beside the map's chunk and that the map style and its tiles can be reached.`), LOAD_WARNING_MS);
    let controller: MapController | undefined;
    const abandon = (error: Error) => {
      clearTimeout(watchdog);
      controller?.destroy();
      options.signal?.removeEventListener('abort', onAbort);
      map.remove();
      for (const name of added) container.removeAttribute(name);
      reject(error);
    };
    const onAbort = () => abandon(abortError(options.signal!));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    // The meetings' layers and places are added as soon as the style is in, so the worker prepares
    // them with the basemap's first tiles (after `load` they would take a round of their own).
    map.once('style.load', () => {
      styleLoaded = true;
      controller = new MapController(map, {
        onSelect: options.onSelect,
        ...(options.colors ? { colors: options.colors } : {}),
        ...(places ? { initial: places } : {}),
        ...textFontOption(map),
      });
    });
    map.on('error', (event) => {
      const message = event.error instanceof Error ? event.error.message : String(event.error);
      if (!styleLoaded) {
        // The style itself failed: `load` will never come.
        abandon(new Error(message));
        return;
      }
      // A failing tile host repeats itself for every tile: tell once per distinct message.
      if (!reported.has(message) && reported.size < 20) {
        reported.add(message);
        options.onError(message);
      }
    });
    map.once('load', () => {
      clearTimeout(watchdog);
      options.signal?.removeEventListener('abort', onAbort);
      // `style.load` always comes before `load`.
      if (!controller) return abandon(new Error('The map loaded without its style.'));
      const loaded = controller;
      resolve({
        setResults: (meetings, positions) => loaded.setResults(meetings, positions),
        select: (meetingId) => loaded.select(meetingId),
        showPosition: (coordinates) => loaded.showPosition(coordinates),
        setColors: (colors) => loaded.setColors(colors),
        resize: () => loaded.resize(),
        firstIdle,
        destroy: () => {
          loaded.destroy();
          for (const name of added) container.removeAttribute(name);
        },
        map,
      });
    });
  });
}

/** How long `load` may take before the maintainer is told something looks wrong. */
const LOAD_WARNING_MS = 15_000;

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException('The map was no longer wanted.', 'AbortError');
}

function textFontOption(map: MapLibreMap): { textFont?: string[] } {
  const textFont = countFont(map.getStyle());
  return textFont ? { textFont } : {};
}

/** Names the container as a region unless the host already did; returns the attributes it added. */
function labelContainer(container: HTMLElement, label: string): string[] {
  const added: string[] = [];
  if (!container.hasAttribute('role')) {
    container.setAttribute('role', 'region');
    added.push('role');
  }
  if (!container.hasAttribute('aria-label') && !container.hasAttribute('aria-labelledby')) {
    container.setAttribute('aria-label', label);
    added.push('aria-label');
  }
  return added;
}
