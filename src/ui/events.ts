/**
 * The element's public events: bubbling and composed (they cross shadow roots), prefixed `ml-`,
 * each name tied to its detail's type by one event map. The map also types listeners on the
 * element, on `document` and on `window` (through `GlobalEventHandlersEventMap`), so
 * `document.addEventListener('ml-load', (event) => event.detail.meetings)` is checked, and a
 * misspelt name or a wrong detail does not compile.
 *
 * Events are sent after the update that shows what they describe (see `EventQueue`): a listener
 * that reads the element finds the new list, never the old one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Diagnostic, Meeting } from '../model/meeting.js';
import type { FeedErrorCode } from '../feeds/feed-error.js';
import type { FeedFormat } from '../feeds/detect-format.js';
import type { SourceReport } from '../feeds/load-meetings.js';
import type { FilterState } from '../state/filter-state.js';

/** How one source fared, in `ml-load`. */
export interface SourceSummary {
  source: string;
  format?: FeedFormat;
  records: number;
  meetings: number;
  error?: ErrorEventDetail;
  /** The feed failed and its meetings are the copy saved on this device then (ms since the epoch). */
  savedAt?: number;
}

export interface LoadEventDetail {
  /** Meetings shown (a record with several days counts once per day). */
  meetings: number;
  /** Records in the source. */
  records: number;
  /** Records that could not be shown; each has an `error` diagnostic. */
  skipped: number;
  diagnostics: readonly Diagnostic[];
  /** Each source in `src` order, with the error of any that failed (the others are still shown). */
  sources: SourceSummary[];
}

export interface ErrorEventDetail {
  /**
   * A feed's failure, `render` when drawing the element threw (the message says what), or
   * `language` when the page's language could not be fetched (the element speaks English).
   */
  code: FeedErrorCode | 'render' | 'language';
  /** For developers, in English; the element shows its own localized message. */
  message: string;
  source: string;
  status?: number;
}

export interface FilterChangeEventDetail {
  filters: FilterState;
  /** Meetings listed with them. */
  results: number;
}

/** A person opened a meeting's details (from the list, the map, a link, or another meeting's details). */
export interface SelectEventDetail {
  meeting: Meeting;
}

export function errorDetail(error: { code: FeedErrorCode; message: string; source: string; status?: number | undefined }): ErrorEventDetail {
  return { code: error.code, message: error.message, source: error.source, ...(error.status ? { status: error.status } : {}) };
}

export function publicReport(report: SourceReport): SourceSummary {
  const { source, format, records, meetings, error, savedAt } = report;
  return { source, records, meetings, ...(format ? { format } : {}), ...(error ? { error: errorDetail(error) } : {}), ...(savedAt !== undefined ? { savedAt } : {}) };
}

/** Every event of the element, by name. */
export interface MeetingLocatorEventMap {
  'ml-load': CustomEvent<LoadEventDetail>;
  'ml-error': CustomEvent<ErrorEventDetail>;
  'ml-filter-change': CustomEvent<FilterChangeEventDetail>;
  'ml-select': CustomEvent<SelectEventDetail>;
}

export type MeetingLocatorEventName = keyof MeetingLocatorEventMap;

/** The `detail` of the event named `K`. */
export type EventDetail<K extends MeetingLocatorEventName> = MeetingLocatorEventMap[K]['detail'];

/** Sends a public event from the host: bubbling, composed, not cancelable. */
export function emit<K extends MeetingLocatorEventName>(host: HTMLElement, type: K, detail: EventDetail<K>): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }));
}

/**
 * Public events wait for the update in progress (or the next one) to complete, then go out in the
 * order they were queued. A detail may be given as a function, to be read only then: the number of
 * results in `ml-filter-change` is the number the person sees. With `latest`, an event replaces
 * one of its type still waiting: two changes rendered as one state are one event.
 */
export class EventQueue implements ReactiveController {
  private queued: Array<{ type: MeetingLocatorEventName; send: () => void }> = [];
  private flushing?: Promise<void>;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  emit<K extends MeetingLocatorEventName>(type: K, detail: EventDetail<K> | (() => EventDetail<K>), options: { latest?: boolean } = {}): void {
    if (options.latest) this.queued = this.queued.filter((event) => event.type !== type);
    this.queued.push({ type, send: () => emit(this.host, type, typeof detail === 'function' ? (detail as () => EventDetail<K>)() : detail) });
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.queued.length || this.flushing) return;
    // `updateComplete` settles once this update has finished (and any it caused).
    this.flushing = this.host.updateComplete.then(() => {
      this.flushing = undefined;
      const queued = this.queued;
      this.queued = [];
      for (const event of queued) event.send();
    });
  }
}

declare global {
  // Typed listeners on elements, `document` and `window` (their event maps all extend this one).
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalEventHandlersEventMap extends MeetingLocatorEventMap {}
}
