/**
 * Watches the host's light DOM: tells whether a named slot has content, so regions such as the FAQ
 * panel render only when the page filled them (an empty panel would be an empty landmark), and
 * re-renders when children change (a CMS editor adding a panel, a script rewriting inline data).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class LightDom implements ReactiveController {
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
    // Children, their slot attributes and inline data can change after upgrade (CMS editors, frameworks).
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, attributes: true, attributeFilter: ['slot', 'data-format'], subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Names of the watched slots that currently have content. */
  filled(): string[] {
    return this.names.filter((name) => this.has(name));
  }
}
