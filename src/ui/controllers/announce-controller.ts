/**
 * The result count a screen reader hears. It follows the list after typing pauses, so "15 of
 * 2,038 meetings" is said once rather than on every key; the first count after a load is said at
 * once. It watches what the element shows after each update, so whatever changed the count (a key,
 * a filter, the clock, a new feed) is announced the same way.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface Count {
  count: number;
  /** Whether the search or filters narrow the list ("15 of 2,038" rather than "2,038"). */
  narrowed: boolean;
}

/** How long the count waits for typing to pause before it is announced. */
export const ANNOUNCE_DELAY = 400;

export class AnnounceController implements ReactiveController {
  /** The count as last announced; undefined while there is nothing to count. */
  announced?: Count;
  private timer?: ReturnType<typeof setTimeout>;
  private seen?: Count;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** What the element shows now; undefined while it shows no list (loading, failed). */
    private readonly current: () => Count | undefined,
    private readonly delay = ANNOUNCE_DELAY,
  ) {
    host.addController(this);
  }

  /** Before each render: the first count is shown with the list; later ones once typing pauses. */
  hostUpdate(): void {
    const now = this.current();
    if (sameCount(now, this.seen)) return;
    const first = !this.seen;
    this.seen = now;
    clearTimeout(this.timer);
    if (!now || first) {
      this.announced = now;
      return;
    }
    this.timer = setTimeout(() => this.set(this.current()), this.delay);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private set(count: Count | undefined): void {
    if (sameCount(count, this.announced)) return;
    this.announced = count;
    this.host.requestUpdate();
  }
}

function sameCount(a: Count | undefined, b: Count | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.count === b.count && a.narrowed === b.narrowed);
}
