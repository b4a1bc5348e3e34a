/**
 * Focus and scroll that must wait for the DOM they move in: asked for with an action, done after
 * the next update has rendered (a removed search keeps the keyboard in the search field; a place
 * pressed on the map shows its meetings from the top of the list).
 */
import type { ReactiveController } from 'lit';
import type { RenderedHost } from './rendered-host.js';

export class FocusController implements ReactiveController {
  private pending: Array<() => void> = [];

  constructor(private readonly host: RenderedHost) {
    host.addController(this);
  }

  /** After the next update: focus the first element that matches `selectors` (in order of preference). */
  focusAfterUpdate(...selectors: string[]): void {
    this.later(() => {
      const root = this.host.renderRoot;
      for (const selector of selectors) {
        const target = root.querySelector<HTMLElement>(selector);
        if (target) return target.focus();
      }
    });
  }

  /** After the next update: the list scrolled back to its first row. */
  listToTop(): void {
    this.later(() => {
      const list = this.host.renderRoot.querySelector('.list');
      if (list) list.scrollTop = 0;
    });
  }

  hostUpdated(): void {
    const pending = this.pending;
    this.pending = [];
    for (const action of pending) action();
  }

  private later(action: () => void): void {
    this.pending.push(action);
    this.host.requestUpdate();
  }
}
