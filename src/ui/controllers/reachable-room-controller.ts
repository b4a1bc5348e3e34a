/**
 * Whether "Still possible tonight" has room above the list. When the page gives the element a height
 * too small for both (a short sidebar), the section folds to one line — its title and how many, a
 * button that opens it — so the list keeps the room it needs to be scrolled; when even that line
 * would squeeze the list below its least height, the section steps aside: the list, which starts
 * with what starts soonest and says "Starts in 20 min", is then what the person has room for.
 * Without a height of its own the element grows with its content and the section stays open.
 *
 * Decided from what the section would leave the list: the finder's height (fixed by the page, or its
 * content's) less what overflows it, less what the section would add at its open or folded height.
 * Those heights are the ones last measured in that state, so what is decided never feeds back into
 * the decision (no flapping). Measured a frame after a ResizeObserver reports, never during a render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type ReachableRoom = 'open' | 'folded' | 'hidden';

export class ReachableRoomController implements ReactiveController {
  /** What the room allows. */
  room: ReachableRoom = 'open';
  /** A person opened the folded section. */
  opened = false;
  private openHeight = 0;
  private foldedHeight?: number;
  private observer?: ResizeObserver;
  private watched: Element[] = [];
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The finder, its list and the section, as rendered (or nothing of them). */
    private readonly parts: () => { finder: HTMLElement; list: HTMLElement; section: HTMLElement } | undefined,
  ) {
    host.addController(this);
  }

  readonly toggle = (open: boolean): void => {
    this.opened = open;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    // A frame later: what is decided changes what is observed, which within the observer's own round
    // would end in a loop error.
    this.observer = new ResizeObserver(() => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.measure());
    });
    this.watched = [];
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }

  hostUpdated(): void {
    const parts = this.parts();
    const next = parts ? [parts.finder, parts.list, parts.section] : [];
    if (!this.observer || (next.length === this.watched.length && next.every((part, i) => part === this.watched[i]))) return;
    this.observer.disconnect();
    this.watched = next;
    for (const part of next) this.observer.observe(part);
  }

  private measure(): void {
    const parts = this.parts();
    // The list not shown (the map in its place, details open): nothing to decide.
    if (!parts || parts.list.offsetHeight === 0) return;
    const { finder, list, section } = parts;
    const current = section.offsetHeight;
    if (this.room === 'open' || this.opened) this.openHeight = current;
    else if (this.room === 'folded') this.foldedHeight = current;
    const box = finder.getBoundingClientRect();
    let bottom = box.top;
    for (const child of Array.from(finder.children)) {
      if (getComputedStyle(child).position !== 'absolute') bottom = Math.max(bottom, child.getBoundingClientRect().bottom);
    }
    const overflow = Math.max(0, bottom - box.bottom);
    const least = parseFloat(getComputedStyle(list).minHeight) - 1;
    /** The list's height with the section this tall. */
    const listWith = (height: number) => list.offsetHeight - overflow - (height - current);
    // Folded before hidden: the folded height is known only once folded.
    const room: ReachableRoom =
      listWith(this.openHeight) >= least ? 'open' : this.foldedHeight === undefined || listWith(this.foldedHeight) >= least ? 'folded' : 'hidden';
    // What a person opened stays open while they read it (the element scrolls).
    if (room === this.room || (this.opened && room !== 'open')) return;
    this.room = room;
    if (room === 'open') this.opened = false;
    this.host.requestUpdate();
  }
}
