/**
 * The map beside (or instead of) the list. MapLibre is about 450 KB gzip, so nothing of it is
 * fetched until the map's container is actually on screen: a page that never shows the map
 * downloads no MapLibre byte. The map is made when first visible, fed the current results after
 * each update, drawn in the element's colours (following its theme and the reader's light or dark
 * preference), and removed on disconnect (a moved element makes a new one when shown again).
 *
 * Warm-up: fetching and compiling MapLibre's chunk and starting its worker took most of the two
 * seconds from pressing Map to a drawn map (issue 11). So when a map pane exists but is not shown
 * yet (the List / Map switch on a narrow page), the chunk is fetched and MapLibre's worker started
 * once the list is shown and the browser is idle, or at once when a pointer or focus reaches the
 * switch. The warm-up asks only the element's own files (the chunk and the worker script): the
 * map's style and tiles are asked for when the map is shown, never before. `view="list"` has no
 * map pane and warms nothing; with the browser's data saver on, only the switch warms it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Coordinates, Meeting } from '../../model/meeting.js';
import type { MeetingMapHandle, MeetingMapOptions } from '../../map/meeting-map.js';
import type { MapColors } from '../../map/map-layers.js';
import { supportsWebGL2 } from '../../map/webgl.js';
import { scriptUrlsAllowed } from '../../map/page-policy.js';

/** `unavailable`: no WebGL 2; `blocked`: the page's Trusted Types policy does not let the map run. */
export type MapStatus = 'idle' | 'loading' | 'ready' | 'unavailable' | 'blocked' | 'error';

export interface MapInputs {
  meetings: readonly Meeting[];
  positions: ArrayLike<number>;
  selected: string | undefined;
  position: Coordinates | undefined;
}

/** What the element gives the map after an update. */
export interface MapView {
  /** The map's container in the rendered tree; undefined when no map is rendered (`view="list"`). */
  container: HTMLElement | undefined;
  /** What to show; undefined until the meetings are loaded (the map waits: it should not compete with the list's first paint). */
  inputs: MapInputs | undefined;
}

/** The browser's data saver (Chromium's `navigator.connection.saveData`). */
function saveData(): boolean {
  return (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

type MeetingMapModule = typeof import('../../map/meeting-map.js');

export type MapSettings = Omit<MeetingMapOptions, 'onError' | 'colors' | 'signal'>;

export class MapPaneController implements ReactiveController {
  status: MapStatus = 'idle';
  /** For the site's maintainer (in English), when the map failed. */
  problem?: string;
  private container?: HTMLElement;
  private visibility?: IntersectionObserver;
  private handle?: MeetingMapHandle;
  private inputs?: MapInputs;
  private shown: Partial<MapInputs> = {};
  /** Settles when the new map has drawn the results it was first given (the benchmark waits on it). */
  firstIdle?: Promise<void>;
  /** Drops a map still loading when the element goes away. */
  private abort?: AbortController;
  /** Bumped on disconnect, so a map that finishes loading after it is no longer wanted is dropped. */
  private generation = 0;
  /** MapLibre's chunk, fetched ahead of need (see the top of this file); settles once its worker is started. */
  private warming?: Promise<MeetingMapModule>;
  private warmScheduled = false;

  private readonly darkScheme = window.matchMedia?.('(prefers-color-scheme: dark)');
  /** The reader's light or dark preference changed: the markers follow the new colours. */
  private readonly onSchemeChange = () => this.recolor();
  private theme?: string | null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly settings: () => MapSettings,
    private readonly view: () => MapView,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const theme = this.host.getAttribute('theme');
    if (theme !== this.theme) {
      this.theme = theme;
      this.recolor();
    }
    const { container, inputs } = this.view();
    if (!inputs && this.status === 'idle') return;
    this.attach(container, inputs);
    // The list is shown and a map could be: warm the map when the browser has nothing else to do.
    // Not when the reader asked to save data: MapLibre is about 450 KB they may never need.
    if (container && inputs && !this.warmScheduled && !saveData()) {
      this.warmScheduled = true;
      const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1000));
      idle(() => this.warm());
    }
  }

  /**
   * Fetches MapLibre's chunk and starts its worker, when a map pane exists and no map is made yet:
   * called at idle once the list shows, and by the view switch when a pointer or focus nears it.
   * Asks nothing of the map style's or tiles' hosts.
   */
  warm(): void {
    if (this.warming || this.handle || this.status !== 'idle' || !this.container?.isConnected) return;
    if (!supportsWebGL2() || !scriptUrlsAllowed()) return;
    this.warming = import('../../map/meeting-map.js').then((module) => {
      module.warmMap();
      return module;
    });
    // A failed fetch is tried again, and reported, when the map is shown.
    this.warming.catch(() => {
      this.warming = undefined;
    });
  }

  private attach(container: HTMLElement | undefined, inputs: MapInputs | undefined): void {
    this.inputs = inputs;
    if (container !== this.container) {
      this.teardown();
      this.container = container;
      if (container) this.watch(container);
    }
    this.push();
  }

  hostConnected(): void {
    this.darkScheme?.addEventListener('change', this.onSchemeChange);
    if (this.container) this.watch(this.container);
  }

  hostDisconnected(): void {
    this.darkScheme?.removeEventListener('change', this.onSchemeChange);
    this.teardown();
    // The container is kept: if the element comes back, the map is made again when visible.
  }

  private watch(container: HTMLElement): void {
    if (this.status === 'unavailable' || this.status === 'blocked') return;
    this.visibility = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting && entry.boundingClientRect.width > 0)) void this.create(container);
    });
    this.visibility.observe(container);
  }

  private async create(container: HTMLElement): Promise<void> {
    if (this.status === 'loading' || this.handle) return;
    this.visibility?.disconnect();
    this.visibility = undefined;
    if (!supportsWebGL2()) {
      this.setStatus('unavailable');
      return;
    }
    if (!scriptUrlsAllowed()) {
      this.setStatus('blocked');
      return;
    }
    const generation = this.generation;
    this.setStatus('loading');
    try {
      const { createMeetingMap } = await (this.warming ?? import('../../map/meeting-map.js'));
      if (generation !== this.generation) return;
      this.abort = new AbortController();
      // The results as they are now: the map is made around them (see `initial`).
      const initial = this.inputs && { meetings: this.inputs.meetings, positions: this.inputs.positions };
      const handle = await createMeetingMap(container, {
        ...this.settings(),
        initial,
        colors: this.colors(),
        signal: this.abort.signal,
        onError: (message) => {
          this.problem = message;
        },
      });
      if (generation !== this.generation || !container.isConnected) {
        handle.destroy();
        return;
      }
      this.handle = handle;
      this.shown = initial ? { ...initial } : {};
      this.setStatus('ready');
      this.push();
      this.firstIdle = handle.firstIdle;
    } catch (error) {
      if (generation !== this.generation) return;
      this.problem = error instanceof Error ? error.message : String(error);
      this.setStatus('error');
    }
  }

  /** Repaints the map's markers (the element's colours changed with its theme). */
  private recolor(): void {
    this.handle?.setColors(this.colors());
  }

  /** The map draws in the element's own colours (its tokens, which the host may have set). */
  private colors(): Partial<MapColors> {
    const style = getComputedStyle(this.host);
    const colors: Partial<MapColors> = {};
    const token = (key: keyof MapColors, name: string) => {
      const value = style.getPropertyValue(name).trim();
      if (value) colors[key] = value;
    };
    token('accent', '--_ml-color-accent');
    token('accentText', '--_ml-color-accent-text');
    token('text', '--_ml-color-text');
    token('background', '--_ml-color-bg');
    return colors;
  }

  /** Gives the map what changed since it was last told. */
  private push(): void {
    const handle = this.handle;
    const inputs = this.inputs;
    if (!handle || !inputs) return;
    // The results are often recomputed to the same list (pressing Map, for one): re-sending them
    // would take MapLibre's worker a second round of clustering and tiles, and move the map.
    if (inputs.meetings !== this.shown.meetings || !samePositions(inputs.positions, this.shown.positions)) {
      handle.setResults(inputs.meetings, inputs.positions);
    }
    if (inputs.position !== this.shown.position) handle.showPosition(inputs.position);
    if (inputs.selected !== this.shown.selected) handle.select(inputs.selected);
    this.shown = { ...inputs };
  }

  private teardown(): void {
    this.generation++;
    this.abort?.abort();
    this.abort = undefined;
    this.visibility?.disconnect();
    this.visibility = undefined;
    this.handle?.destroy();
    this.handle = undefined;
    this.shown = {};
    if (this.status !== 'unavailable' && this.status !== 'blocked') this.status = 'idle';
  }

  private setStatus(status: MapStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}

/** Whether two result lists are the same meetings in the same order. */
function samePositions(a: ArrayLike<number>, b: ArrayLike<number> | undefined): boolean {
  if (a === b) return true;
  if (!b || a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
