/**
 * Wall-clock time and weekday math. A meeting is at a wall-clock time in its own time zone; these
 * helpers never convert through the viewer's zone by accident.
 */
import type { Weekday } from './meeting.js';

export const MINUTES_PER_DAY = 24 * 60;

export const MS_PER_MINUTE = 60_000;

/**
 * The minute (since the epoch) an instant falls in. The clock the views read moves a minute at a
 * time, a clock view is made per minute, and one may be made ahead for the next: all of them count
 * minutes so, and must agree.
 */
export function epochMinute(ms: number): number {
  return Math.floor(ms / MS_PER_MINUTE);
}

export function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6;
}

/**
 * Minutes after midnight for "HH:MM", "H:MM" or "HH:MM:SS" (24-hour); undefined when it is not a
 * time of day. "24:00" is accepted as the end of the day (some feeds end late meetings so).
 */
export function parseClock(value: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (Number(match[3] ?? 0) > 59) return undefined;
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

const canonicalZones = new Map<string, string | null>();

/**
 * The runtime's canonical spelling of an IANA zone ("america/chicago" → "America/Chicago"), or
 * undefined when the runtime does not know it.
 */
export function canonicalTimeZone(zone: string): string | undefined {
  let canonical = canonicalZones.get(zone);
  if (canonical === undefined) {
    try {
      canonical = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      canonical = null;
    }
    canonicalZones.set(zone, canonical);
  }
  return canonical ?? undefined;
}

let viewer: { zone: string; until: number } | undefined;

/**
 * The viewer's own IANA zone. Asked once a minute at most: Chrome builds a whole formatter to
 * answer (about 2 ms), which every keystroke's render paid; a device changes zone far more rarely.
 */
export function viewerTimeZone(now = Date.now()): string {
  if (!viewer || now >= viewer.until || now < viewer.until - 60_000) {
    let zone: string | undefined;
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      zone = undefined;
    }
    // Some embedded engines answer no zone at all: UTC then, rather than a view that cannot draw.
    viewer = { zone: zone || 'UTC', until: now + 60_000 };
  }
  return viewer.zone;
}

/** Days from `from` forward to `to` (0–6): how far `to` is into the week that starts on `from`. */
export function daysAfter(from: Weekday, to: Weekday): number {
  return (to - from + 7) % 7;
}
