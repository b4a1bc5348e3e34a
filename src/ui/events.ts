/**
 * The element's public events: bubbling and composed (they cross shadow roots), prefixed `ml-`,
 * typed for consumers through HTMLElementEventMap.
 */
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
  code: FeedErrorCode;
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
  const { source, format, records, meetings, error } = report;
  return { source, records, meetings, ...(format ? { format } : {}), ...(error ? { error: errorDetail(error) } : {}) };
}

export function emit<T>(host: HTMLElement, type: string, detail: T): boolean {
  return host.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: false }));
}

declare global {
  interface HTMLElementEventMap {
    'ml-load': CustomEvent<LoadEventDetail>;
    'ml-error': CustomEvent<ErrorEventDetail>;
    'ml-filter-change': CustomEvent<FilterChangeEventDetail>;
    'ml-select': CustomEvent<SelectEventDetail>;
  }
}
