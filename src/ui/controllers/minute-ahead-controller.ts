/**
 * Asks for the next minute's clock view a few seconds before the minute turns, in an idle moment
 * with room for it, so that the turn (noticed in whatever update comes next, often a keystroke's)
 * finds it made (`query/clock-ahead.ts`). Without an idle moment with room before the turn, nothing
 * is made ahead and the turn makes its view as before.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { epochMinute, MS_PER_MINUTE } from '../../model/time.js';

export interface MinuteAheadOptions {
  /** How long before the turn to start looking for an idle moment, in milliseconds. */
  lead?: number;
  /** Now; `Date.now` unless a test says otherwise. */
  time?: () => number;
}

/** An idle period's room for the work, in ms: a 200,000-meeting clock view takes 6–15 ms. */
const ROOM_MS = 12;

type IdleCallback = (callback: (deadline: IdleDeadline) => void, options?: IdleRequestOptions) => number;

export class MinuteAheadController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private idle?: number;
  private readonly lead: number;
  private readonly time: () => number;

  constructor(
    host: ReactiveControllerHost,
    /** Makes the view of the minute starting at `next`. */
    private readonly prepare: (next: Date) => void,
    options: MinuteAheadOptions = {},
  ) {
    this.lead = options.lead ?? 5_000;
    this.time = options.time ?? (() => Date.now());
    host.addController(this);
  }

  hostConnected(): void {
    this.stop();
    this.schedule();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    clearTimeout(this.timer);
    if (this.idle !== undefined) globalThis.cancelIdleCallback?.(this.idle);
    this.idle = undefined;
  }

  /** Waits until `lead` before the next turn, then for an idle moment; then for the turn after. */
  private schedule(): void {
    const now = this.time();
    const next = (epochMinute(now) + 1) * MS_PER_MINUTE;
    this.timer = setTimeout(() => this.whenIdle(next), Math.max(0, next - this.lead - now));
  }

  private whenIdle(next: number): void {
    const done = () => {
      this.idle = undefined;
      // From within the next minute, the one after it.
      this.timer = setTimeout(() => this.schedule(), Math.max(0, next - this.time()) + 1_000);
    };
    const requestIdle = (globalThis as { requestIdleCallback?: IdleCallback }).requestIdleCallback;
    if (!requestIdle) {
      // WebKit has no idle callbacks: a task of its own, between other tasks.
      this.timer = setTimeout(() => {
        if (this.time() < next) this.prepare(new Date(next));
        done();
      });
      return;
    }
    const look = () => {
      this.idle = requestIdle((deadline) => {
        if (this.time() >= next) return done();
        if (deadline.timeRemaining() < ROOM_MS) return look();
        this.prepare(new Date(next));
        done();
      });
    };
    look();
  }
}
