/**
 * The clock the views read: "today", "starting soon" and "in progress" follow it a minute at a
 * time. Between minutes it stays the same `Date`, so selectors keyed on it recompute nothing on a
 * keystroke; when the minute turns (checked a few times a minute, and before every update) it moves
 * on and the element updates.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { epochMinute } from '../../model/time.js';

export interface ClockOptions {
  /** How often to look at the time, in milliseconds. */
  checkEvery?: number;
  /** Now; `Date.now` unless a test says otherwise. */
  time?: () => number;
}

export class ClockController implements ReactiveController {
  /** Now, as of the current minute. */
  now: Date;
  private timer?: ReturnType<typeof setInterval>;
  private readonly checkEvery: number;
  private readonly time: () => number;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: ClockOptions = {},
  ) {
    this.checkEvery = options.checkEvery ?? 15_000;
    this.time = options.time ?? (() => Date.now());
    this.now = new Date(this.time());
    host.addController(this);
  }

  hostConnected(): void {
    this.turn();
    this.timer = setInterval(() => {
      if (this.turn()) this.host.requestUpdate();
    }, this.checkEvery);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }

  /** An update started for another reason: it shows the current minute, not the last one checked. */
  hostUpdate(): void {
    this.turn();
  }

  /** Moves `now` on when the minute has turned; true when it did. */
  private turn(): boolean {
    const time = this.time();
    if (epochMinute(time) === epochMinute(this.now.getTime())) return false;
    this.now = new Date(time);
    return true;
  }
}
