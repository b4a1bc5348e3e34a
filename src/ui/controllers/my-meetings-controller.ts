/**
 * The person's own list ("My meetings") in `localStorage`: read when the element connects, written on
 * each star, and followed when another tab of the site changes it. Storage that throws (a private
 * window, a blocked or full store) leaves the list in memory for this page, without a word.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MY_MEETINGS_KEY, parseMyMeetings, toggleMyMeeting } from '../../state/my-meetings.js';

export class MyMeetingsController implements ReactiveController {
  /** The chosen meetings' ids, in the order they were chosen. */
  ids: readonly string[] = [];
  /** The same, to look up. */
  set: ReadonlySet<string> = new Set();

  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === MY_MEETINGS_KEY || event.key === null) this.read();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
    this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  toggle(id: string): void {
    this.use(toggleMyMeeting(this.ids, id));
    try {
      localStorage.setItem(MY_MEETINGS_KEY, JSON.stringify(this.ids));
    } catch {
      // Kept for this page only.
    }
  }

  private read(): void {
    let text: string | null = null;
    try {
      text = localStorage.getItem(MY_MEETINGS_KEY);
    } catch {
      return;
    }
    this.use(parseMyMeetings(text));
  }

  private use(ids: readonly string[]): void {
    if (ids.length === this.ids.length && ids.every((id, i) => id === this.ids[i])) return;
    this.ids = ids;
    this.set = new Set(ids);
    this.host.requestUpdate();
  }
}
