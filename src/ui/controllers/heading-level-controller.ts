/**
 * `heading-level`: the element's headings follow the page's outline. The templates write the
 * levels for an article titled at h2 (the element's own top headings h3, theirs h4); for another
 * level every heading in the shadow root gets an `aria-level` shifted by the difference (kept
 * within 1–6), so the outline stays consistent wherever the heading comes from: the list's rows
 * (rendered by the virtualizer outside the element's own updates), the details, chunks loaded later.
 *
 * At the default level nothing is observed or written: no cost for the common page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HEADING_LEVEL_RANGE } from '../../state/attributes.js';

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** The level a heading written as `hN` has when the element's top headings are at `top`. */
export function shiftedLevel(written: number, top: number): number {
  return Math.min(6, Math.max(1, written + top - HEADING_LEVEL_RANGE.default));
}

export class HeadingLevelController implements ReactiveController {
  private observer?: MutationObserver | undefined;
  /** The level the headings were last given. */
  private applied: number = HEADING_LEVEL_RANGE.default;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    /** The valid level asked for (the default when the attribute is missing or wrong). */
    private readonly level: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.applied !== HEADING_LEVEL_RANGE.default) this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    const top = this.level();
    if (top === this.applied) return;
    this.applied = top;
    this.apply(this.host.renderRoot);
    if (top === HEADING_LEVEL_RANGE.default) this.hostDisconnected();
    else this.observe();
  }

  private observe(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) this.apply(node);
    });
    this.observer.observe(this.host.renderRoot, { childList: true, subtree: true });
  }

  /** Levels every heading in or at `root`; at the default, takes the attribute away again. */
  private apply(root: Element | DocumentFragment): void {
    const headings = [...root.querySelectorAll<HTMLElement>(HEADINGS)];
    if (root instanceof Element && root.matches(HEADINGS)) headings.push(root as HTMLElement);
    for (const heading of headings) {
      if (this.applied === HEADING_LEVEL_RANGE.default) heading.removeAttribute('aria-level');
      else heading.setAttribute('aria-level', String(shiftedLevel(Number(heading.tagName[1]), this.applied)));
    }
  }
}
