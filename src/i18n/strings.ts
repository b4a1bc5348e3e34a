/**
 * The shape of a UI string table. One table per locale (en.ts, es.ts), checked by the compiler so
 * a missing translation is a type error. Values that depend on numbers or names are functions;
 * numbers arrive already formatted for the locale.
 */
import type { Attendance } from '../model/meeting.js';
import type { FeedErrorCode } from '../feeds/feed-error.js';

export interface Strings {
  searchLabel: string;
  searchPlaceholder: string;
  meetingsLabel: string;
  loading: string;
  /** Announced and shown above the list. */
  resultCount: (count: number, formatted: string) => string;
  /** When a search narrows the list: "12 of 2,038 meetings". */
  resultCountOf: (count: number, formatted: string, total: string) => string;
  noResults: (query: string) => string;
  clearSearch: string;
  today: string;
  tomorrow: string;
  byAppointment: string;
  timeNotGiven: string;
  /** "All times are Central Time." */
  timesIn: (zoneName: string) => string;
  attendance: Record<Attendance, string>;
  online: string;
  joinOnline: (provider: string | undefined) => string;
  dialIn: string;
  listing: string;
  /** Accessible name of a link to the source listing of one meeting. */
  listingFor: (name: string) => string;
  errorTitle: string;
  feedError: Record<FeedErrorCode, (detail: { status?: number }) => string>;
  /** Before the reason a source failed while others loaded: "Meetings from natennessee.org are missing." */
  sourceFailed: (name: string) => string;
  /** How inline data is named in such a notice. */
  inlineData: string;
  retry: string;
  /** Summary of records that could not be shown (for the site's maintainer). */
  skippedRecords: (count: number, formatted: string) => string;
  recordNumber: (number: string) => string;
}
