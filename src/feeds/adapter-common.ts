/**
 * What every feed adapter does alike: the page's time zone, the note about meetings without one,
 * and what counts as a real position.
 */
import { clockText, readEnd } from '../model/plausible-end.js';
import type { Coordinates, Diagnostic, Meeting, OnlineAccess } from '../model/meeting.js';
import { onlineProvider } from '../model/online-providers.js';
import { canonicalTimeZone } from '../model/time.js';

export interface AdapterOptions {
  /** The feed URL, or "inline". Named in diagnostics and part of every meeting id. */
  source: string;
  /** Zone for records that carry none (the element's `timezone` attribute). */
  timezone?: string;
  /**
   * Only these records (by index) become meetings; of the others only what decides ids is read,
   * so the meetings get exactly the ids the whole feed gives them (a repeated key's suffix depends
   * on the records before it). Diagnostics then cover the chosen records only. For previews.
   */
  only?: ReadonlySet<number>;
  /** With `only`: the records that can decide the chosen ones' ids, ascending; the others are not read. All when absent. */
  deciding?: readonly number[] | undefined;
  /**
   * Meeting Guide: reads a record's contact fields onto its meeting (`readMeetingGuideContacts`,
   * `feeds/meeting-guide-contacts.ts`). Given rather than imported, so the element's first load need
   * not carry it: it comes in a chunk fetched beside the feed. Without it, contacts are not read.
   */
  contacts?: ContactReader | undefined;
}

/** Reads one record's contact fields onto its meeting; `shared` interns repeated objects for one run. */
export type ContactReader = (record: Record<string, unknown>, meeting: Meeting, shared: Map<string, object>, warn: (code: string, field: string, message: string) => void) => void;

/** The page's zone in canonical spelling; an unknown one is reported and ignored. */
export function pageTimeZone(options: AdapterOptions, diagnostics: Diagnostic[]): string | undefined {
  if (!options.timezone) return undefined;
  const zone = canonicalTimeZone(options.timezone);
  if (!zone) {
    diagnostics.push({
      severity: 'warning',
      code: 'invalid-timezone',
      message: `The page's time zone "${options.timezone}" is not a known IANA zone (such as America/Chicago); it is ignored.`,
      source: options.source,
      field: 'timezone',
    });
  }
  return zone;
}

/** One note for the whole feed, rather than one per meeting. */
export function missingTimeZone(count: number, source: string, field: string): Diagnostic {
  return {
    severity: 'warning',
    code: 'missing-timezone',
    message: `${count} meetings have no time zone and the page gave no valid one (timezone attribute): their times are shown as written, and "today" follows the viewer's clock.`,
    source,
    field,
  };
}

const DECIMAL = /^[-+]?\d+(\.\d+)?$/;

/**
 * A position from two texts written as plain decimals ("35.14", "-90"; not hex or exponents, which
 * Number() also accepts), in range, and not 0,0 (the ocean off West Africa: an exporter's placeholder,
 * never a meeting place). Undefined otherwise.
 */
export function decimalCoordinates(latText: string | undefined, lngText: string | undefined): Coordinates | undefined {
  if (!latText || !lngText || !DECIMAL.test(latText) || !DECIMAL.test(lngText)) return undefined;
  const latitude = Number(latText);
  const longitude = Number(lngText);
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0)) return undefined;
  return { latitude, longitude };
}

/** Sets a meeting's (already checked) online link and, for a known host, its provider's name. */
export function setOnlineLink(online: OnlineAccess, url: string): void {
  online.url = url;
  const provider = onlineProvider(url);
  if (provider) online.provider = provider;
}

/**
 * A feed's value as it reads in a diagnostic. JSON would print a number too large for a double
 * (a feed's `1e400`, parsed as Infinity) as "null", which is not what the feed wrote.
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return Number.isNaN(value) ? 'NaN' : `${value < 0 ? '-' : ''}a number too large to read (such as 1e400)`;
  }
  if (Array.isArray(value)) return `[${value.map(shownValue).join(',')}]`;
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text;
}

/**
 * The end a meeting is shown with: as written when plausible, the evident 12-hour reading (stated as
 * a guess) or none, with a warning either way (see model/plausible-end.ts).
 */
export function plausibleEnd(start: number, end: number, name: string, field: string, warn: (code: string, field: string, message: string) => void): number | undefined {
  const reading = readEnd(start, end);
  if (reading.kind === 'as-written') return reading.end;
  const hours = Math.round(reading.minutes / 6) / 10;
  if (reading.kind === 'guessed') {
    warn('implausible-end-time', field, `"${name}" ends at ${clockText(end)}, ${hours} hours after it starts at ${clockText(start)}; read as ${clockText(reading.end)} (a guess).`);
    return reading.end;
  }
  warn('implausible-end-time', field, `"${name}" ends ${hours} hours after it starts at ${clockText(start)}; that end is ignored and the meeting is shown with its start only.`);
  return undefined;
}
