/**
 * Tells whether the host has light-DOM content for a named slot, so regions such as the FAQ panel
 * render only when the page filled them (an empty panel would be an empty landmark).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class SlotPresence implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly names: readonly string[],
  ) {
    host.addController(this);
  }

  has(name: string): boolean {
    return [...this.host.children].some((child) => child.getAttribute('slot') === name);
  }

  hostConnected(): void {
    // Children and their slot attributes can change after upgrade (CMS editors, frameworks).
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, attributes: true, attributeFilter: ['slot'], subtree: false });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Names of the watched slots that currently have content. */
  filled(): string[] {
    return this.names.filter((name) => this.has(name));
  }
}
