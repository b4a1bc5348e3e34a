/**
 * The map beside (or instead of) the list. MapLibre is about 450 KB gzip, so nothing of it is
 * fetched until the map's container is actually on screen: a page that never shows the map
 * downloads no MapLibre byte. The map is made when first visible, fed the current results, and
 * removed on disconnect (a moved element makes a new one when shown again).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Coordinates, Meeting } from '../model/meeting.js';
import type { MeetingMapHandle, MeetingMapOptions } from '../map/meeting-map.js';
import { supportsWebGL2 } from '../map/webgl.js';

export type MapStatus = 'idle' | 'loading' | 'ready' | 'unavailable' | 'error';

export interface MapInputs {
  meetings: readonly Meeting[];
  positions: ArrayLike<number>;
  selected: string | undefined;
  position: Coordinates | undefined;
}

export class MapPanel implements ReactiveController {
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

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: () => Omit<MeetingMapOptions, 'onError'>,
  ) {
    host.addController(this);
  }

  /** Called after each render with the map's container (undefined when the map is not rendered). */
  attach(container: HTMLElement | undefined, inputs: MapInputs | undefined): void {
    this.inputs = inputs;
    if (container !== this.container) {
      this.teardown();
      this.container = container;
      if (container) this.watch(container);
    }
    this.push();
  }

  hostConnected(): void {
    if (this.container) this.watch(this.container);
  }

  hostDisconnected(): void {
    this.teardown();
    // The container is kept: if the element comes back, the map is made again when visible.
  }

  private watch(container: HTMLElement): void {
    if (this.status === 'unavailable') return;
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
    const generation = this.generation;
    this.setStatus('loading');
    try {
      const { createMeetingMap } = await import('../map/meeting-map.js');
      if (generation !== this.generation) return;
      this.abort = new AbortController();
      const handle = await createMeetingMap(container, {
        ...this.options(),
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
      this.shown = {};
      this.setStatus('ready');
      this.push();
      this.firstIdle = handle.map.once('idle').then(() => undefined);
    } catch (error) {
      if (generation !== this.generation) return;
      this.problem = error instanceof Error ? error.message : String(error);
      this.setStatus('error');
    }
  }

  /** Repaints the map's markers (the element's colours changed with its theme). */
  recolor(colors: MeetingMapOptions['colors']): void {
    if (colors) this.handle?.setColors(colors);
  }

  /** Gives the map what changed since it was last told. */
  private push(): void {
    const handle = this.handle;
    const inputs = this.inputs;
    if (!handle || !inputs) return;
    if (inputs.meetings !== this.shown.meetings || inputs.positions !== this.shown.positions) {
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
    if (this.status !== 'unavailable') this.status = 'idle';
  }

  private setStatus(status: MapStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }
}
