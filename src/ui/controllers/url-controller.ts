/**
 * Keeps the filters in the page's URL, so a shared link opens the same view and the back button
 * steps through filter changes and opened meetings. Each element on a page has its own parameter
 * prefix, so two don't clash. The person's position is never part of it (see FilterState).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { equalFilters, type FilterState } from '../../state/filter-state.js';
import { meetingLinkOf, readFilters, readMeeting, urlPrefix, urlWithFilters } from '../../state/url-state.js';

export class UrlController implements ReactiveController {
  private prefix = 'ml-';
  private readonly onPopState = () => {
    if (!this.enabled()) return;
    this.meeting = this.readMeeting();
    this.depth = 0;
    this.onNavigate(this.read() ?? this.fallback(), this.meeting);
  };
  /** Details opened by presses since the list was last shown: closing them goes back that far. */
  private depth = 0;
  /** The meeting whose details are open, as written in the URL. */
  private meeting?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called when the person goes back or forward to another state. */
    private readonly onNavigate: (state: FilterState, meeting: string | undefined) => void,
    /** The state without any in the URL (the attribute presets). */
    private readonly fallback: () => FilterState,
  ) {
    host.addController(this);
  }

  enabled(): boolean {
    return !this.host.hasAttribute('no-url-state');
  }

  hostConnected(): void {
    const unnamed = [...document.querySelectorAll('meeting-locator:not([id])')];
    this.prefix = urlPrefix(this.host.id, Math.max(0, unnamed.indexOf(this.host)));
    this.meeting = this.enabled() ? this.readMeeting() : undefined;
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The state in the current URL, or undefined when it holds none for this element. */
  read(): FilterState | undefined {
    const params = new URLSearchParams(location.search);
    return [...params.keys()].some((key) => key.startsWith(this.prefix)) ? readFilters(params, this.prefix) : undefined;
  }

  /** The meeting whose details the current URL opens. */
  readMeeting(): string | undefined {
    return readMeeting(new URLSearchParams(location.search), this.prefix);
  }

  /** The current page's URL with `state` (and a meeting's details open): what "share" and "copy link" give. */
  href(state: FilterState, meeting: string | undefined = this.meeting): string {
    return urlWithFilters(location.href, this.prefix, state, meeting);
  }

  /** A meeting's own link for what leaves the page: nothing of the page's query, nor the search. */
  meetingLink(meeting: string): string {
    return meetingLinkOf(new URL(location.href).href, this.prefix, meeting);
  }

  /** A meeting's details opened by a press: a new history entry, so Back closes them. */
  openMeeting(state: FilterState, meeting: string): void {
    if (!this.enabled()) return;
    this.flush();
    this.meeting = meeting;
    this.depth++;
    this.go(this.href(state), false);
  }

  /**
   * The details closed by a press (Back to the list, Escape): the history entries the details added
   * are undone, so the browser's Back after this leaves the page as a person expects; a detail the
   * page was opened on is taken out of the URL in place.
   */
  closeMeeting(state: FilterState): void {
    if (!this.enabled()) return;
    const depth = this.depth;
    this.depth = 0;
    if (depth > 0) {
      history.go(-depth);
      return;
    }
    this.flush();
    this.meeting = undefined;
    this.go(this.href(state), true);
  }

  /**
   * Writes `state` as a new history entry, or in place (`replace`, while typing) so that the back
   * button steps through choices rather than keystrokes.
   */
  write(state: FilterState, replace: boolean): void {
    if (!this.enabled()) return;
    // Each press keeps its own history entry: a press still waiting stays queued before this one,
    // so quick presses are written after the paint too, not during the next press.
    const queue = this.pending?.entries ?? [];
    if (queue[queue.length - 1]?.replace) queue.pop();
    queue.push({ state, replace });
    clearTimeout(this.pending?.timer);
    // A press is written a moment later, after the list has painted (a zero timeout can still run
    // before the paint); while typing, the URL follows once typing pauses. History calls cost
    // milliseconds each, and Chrome limits their rate.
    this.pending = { entries: queue, timer: setTimeout(() => this.flush(), replace ? 400 : 120) };
  }

  private pending?: { entries: Array<{ state: FilterState; replace: boolean }>; timer: ReturnType<typeof setTimeout> };

  /** Writes what is waiting: one entry per task (Chrome folds entries pushed in one task). */
  private flush(): void {
    const pending = this.pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending = undefined;
    const [first, ...rest] = pending.entries;
    if (first) this.commit(first.state, first.replace);
    if (rest.length) this.pending = { entries: rest, timer: setTimeout(() => this.flush(), 0) };
  }

  private commit(state: FilterState, replace: boolean): void {
    const current = this.read() ?? this.fallback();
    this.go(this.href(state), replace || (equalFilters(current, state) && this.readMeeting() === this.meeting));
  }

  /** A new history entry for `href`, or the current one changed in place; nothing when it is already there. */
  private go(href: string, replace: boolean): void {
    if (href === location.href) return;
    if (replace) history.replaceState(history.state, '', href);
    else history.pushState(history.state, '', href);
  }
}
