/**
 * A part of the element that the first screen does not need (a meeting's details, the printed
 * schedule, the filter panel's options), in a chunk of its own: fetched on first use, or once the
 * list is idle so that a first press is instant; its styles join the element's when it arrives.
 * A failed fetch (the connection dropped) is said, and tried again on the next use.
 */
import type { CSSResult, ReactiveController } from 'lit';
import { adoptStyles } from '../adopt-styles.js';
import type { RenderedHost } from './rendered-host.js';

export class ChunkController<M> implements ReactiveController {
  /** The chunk's module, once fetched. */
  module?: M;
  /** The last fetch failed. */
  failed = false;
  private loading?: Promise<M>;

  constructor(
    private readonly host: RenderedHost,
    private readonly fetch: () => Promise<M>,
    options: {
      /** The chunk's styles, if it has any. */
      styles?: (module: M) => CSSResult;
      /** Whether the chunk is to be shown now: checked before each update, and fetched then. */
      wanted?: () => boolean;
      /** What to make from the module once it is here (before the update that shows it). */
      loaded?: (module: M) => void;
    } = {},
  ) {
    this.styles = options.styles;
    this.wanted = options.wanted;
    this.loaded = options.loaded;
    host.addController(this);
  }

  private readonly styles: ((module: M) => CSSResult) | undefined;
  private readonly wanted: (() => boolean) | undefined;
  private readonly loaded: ((module: M) => void) | undefined;

  hostUpdate(): void {
    const wanted = this.wanted?.() ?? false;
    // Asked for anew (a panel opened again, another meeting opened): a failed fetch is tried again.
    if (wanted && !this.wasWanted) this.failed = false;
    this.wasWanted = wanted;
    if (wanted) this.want();
  }

  private wasWanted = false;

  /** The module, fetched once. */
  load(): Promise<M> {
    this.loading ??= this.fetch().then(
      (module) => {
        if (this.styles) adoptStyles(this.host.renderRoot, this.styles(module));
        this.loaded?.(module);
        this.module = module;
        this.failed = false;
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
        throw error;
      },
    );
    return this.loading;
  }

  /** Wanted now (it is about to be shown): fetched unless it is here, on its way, or just failed. */
  want(): void {
    if (!this.module && !this.loading && !this.failed) void this.load().catch(() => undefined);
  }

  /** "Try again" after a failed fetch. */
  retry(): void {
    this.failed = false;
    this.want();
  }

  /** Fetched when the page is idle, so a first use is instant. */
  preload(): void {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1000));
    idle(() => void this.load().catch(() => undefined));
  }
}
