/**
 * What every feed adapter does alike: the page's time zone, the note about meetings without one,
 * and what counts as a real position.
 */
import type { Coordinates, Diagnostic, OnlineAccess } from '../model/meeting.js';
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
}

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
 * For a preview (`only`): the records whose ids the chosen ones can depend on. A record's ids are
 * its key followed by suffixes (`key`, `key@3`, `key~2`, `key@3~2`), so two records can compete for
 * an id only when their keys are the same once such suffixes are cut from their ends (their
 * stems): the records that share a stem with a chosen one decide its ids, and no other does.
 * `keyOf` gives a record's own key cheaply; null for what can have no id (not a record);
 * undefined when it has no key of its own (its key is then made from its content): then every
 * record may decide, and undefined is returned.
 */
export function recordsDecidingIds(count: number, keyOf: (index: number) => string | null | undefined, only: ReadonlySet<number>): ReadonlySet<number> | undefined {
  const stems: Array<string | null> = new Array(count);
  for (let index = 0; index < count; index++) {
    const key = keyOf(index);
    if (key === undefined) return undefined;
    stems[index] = key === null ? null : stemOf(key);
  }
  const wanted = new Set<string>();
  for (const index of only) {
    const stem = stems[index];
    if (stem !== null && stem !== undefined) wanted.add(stem);
  }
  const deciding = new Set<number>();
  for (let index = 0; index < count; index++) {
    const stem = stems[index];
    if (only.has(index) || (stem !== null && wanted.has(stem!))) deciding.add(index);
  }
  return deciding;
}

const ID_SUFFIXES = /(?:@\d|~\d+)+$/;

/** A key without the suffixes ids add to keys ("a~2@3" → "a"); most keys have none to cut. */
function stemOf(key: string): string {
  return key.includes('@') || key.includes('~') ? key.replace(ID_SUFFIXES, '') : key;
}
