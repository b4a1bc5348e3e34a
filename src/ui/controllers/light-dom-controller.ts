/**
 * Watches the host's light DOM: tells whether a named slot has content, so regions such as the FAQ
 * panel render only when the page filled them (an empty panel would be an empty landmark), and
 * notices when inline data (`<script type="application/json">` children) changes, so the feed is
 * read again then — and only then: the data's text is compared when the children change, never
 * on an update (a page with a megabyte of inline data would pay for it on every keystroke).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inlineKey } from '../sources.js';

export class LightDomController implements ReactiveController {
  /** Goes up by one each time the inline data's content changes. */
  inlineRevision = 0;
  private inline = '';
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly names: readonly string[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.checkInline();
    // Children, their slot attributes and inline data can change after upgrade (CMS editors, frameworks).
    this.observer = new MutationObserver(() => {
      this.checkInline();
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, attributes: true, attributeFilter: ['slot', 'data-format', 'type', 'id'], subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  has(name: string): boolean {
    return [...this.host.children].some((child) => child.getAttribute('slot') === name);
  }

  /** Names of the watched slots that currently have content. */
  filled(): string[] {
    return this.names.filter((name) => this.has(name));
  }

  /** The text of a slotted element's `data-label`, the page's own name for a panel. */
  label(name: string): string | undefined {
    return this.host.querySelector(`:scope > [slot="${name}"]`)?.getAttribute('data-label') ?? undefined;
  }

  private checkInline(): void {
    const key = inlineKey(this.host);
    if (key === this.inline) return;
    this.inline = key;
    this.inlineRevision++;
  }
}
