/**
 * The element's own width, from one ResizeObserver: what the script decides by width (whether the
 * host's panels start open) is decided here, from the same breakpoints as the styles
 * (`breakpoints.ts`), never by measuring during a render.
 *
 * It watches a zero-height probe at the top of the element rather than the element itself: the
 * probe's size changes only with the width, so what the element then shows (a panel opening makes
 * it taller) can never feed back into the observer within a frame.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BREAKPOINTS } from '../breakpoints.js';

export class WidthController implements ReactiveController {
  /** The element's width in rem; undefined until first measured. */
  rem?: number;
  /** Whether the element was roomy when first measured: the panels start open then. */
  roomyAtFirst?: boolean;
  private observer?: ResizeObserver;
  /** The probe being observed. */
  private watched?: Element | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The element to watch (rendered by the host), found after each update. */
    private readonly probe: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) this.measured(entry.contentRect.width);
    });
    this.watched = undefined;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /**
   * The first update measures the element once, before anything is rendered by width (the observer
   * reports only at the next frame); after that, the observer keeps the width current.
   */
  hostUpdate(): void {
    if (this.rem === undefined && this.host.isConnected) this.measured(this.host.getBoundingClientRect().width, false);
  }

  hostUpdated(): void {
    const probe = this.probe() ?? undefined;
    if (probe === this.watched || !this.observer) return;
    if (this.watched) this.observer.unobserve(this.watched);
    this.watched = probe;
    if (probe) this.observer.observe(probe);
  }

  private measured(px: number, render = true): void {
    // Container queries measure rem against the root element's font size, as this does.
    const rootFont = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const rem = px / rootFont;
    if (rem === this.rem) return;
    const first = this.rem === undefined;
    this.rem = rem;
    if (first && px > 0) this.roomyAtFirst = rem >= BREAKPOINTS.panelsOpen;
    else if (first) this.rem = undefined; // Not laid out yet (hidden): measure again when shown.
    if (render) this.host.requestUpdate();
  }
}
