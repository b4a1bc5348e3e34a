/**
 * The element's public events: bubbling and composed (they cross shadow roots), prefixed `ml-`,
 * typed for consumers through HTMLElementEventMap.
 */
import type { Diagnostic } from '../model/meeting.js';
import type { FeedErrorCode } from '../feeds/feed-error.js';

export interface LoadEventDetail {
  /** Meetings shown (a record with several days counts once per day). */
  meetings: number;
  /** Records in the source. */
  records: number;
  /** Records that could not be shown; each has an `error` diagnostic. */
  skipped: number;
  diagnostics: readonly Diagnostic[];
}

export interface ErrorEventDetail {
  code: FeedErrorCode;
  /** For developers, in English; the element shows its own localized message. */
  message: string;
  source: string;
  status?: number;
}

export function emit<T>(host: HTMLElement, type: string, detail: T): boolean {
  return host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: false }));
}

declare global {
  interface HTMLElementEventMap {
    'ml-load': CustomEvent<LoadEventDetail>;
    'ml-error': CustomEvent<ErrorEventDetail>;
  }
}
