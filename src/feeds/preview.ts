/**
 * The first screen of a large feed, before the whole feed is read: a quick pass over the parsed
 * records takes only each one's day, start and zone, keeps the few that come next from now, and
 * normalizes just those, with the same ids as the whole feed gives them (the adapters read the
 * other records only as far as their ids). A person sees the next meetings while the rest are read; nothing is
 * decided from the preview (counts, search and filters wait for the full list).
 */
import type { Meeting } from '../model/meeting.js';
import type { adaptBmlt, bmltKey } from './bmlt.js';
import { adaptMeetingGuide, meetingGuideKey } from './meeting-guide.js';
import type { AdapterOptions } from './adapter-common.js';
import { detectFormat, splitBmltAnswer } from './detect-format.js';
import { zonedParts, type ZonedParts } from '../model/occurrence.js';
import { canonicalTimeZone, MINUTES_PER_DAY, parseClock } from '../model/time.js';

const WEEK = 7 * MINUTES_PER_DAY;

/** Minutes from now to a weekly wall-clock start; a start less than an hour ago counts as now. */
function minutesUntil(day: number, start: number, here: ZonedParts): number {
  const until = ((day - here.weekday + 7) % 7) * MINUTES_PER_DAY + start - here.minutes;
  const wrapped = ((until % WEEK) + WEEK) % WEEK;
  return wrapped > WEEK - 60 ? wrapped - WEEK : wrapped;
}

/** Keeps the `count` records with the smallest keys seen, in one pass (count is small). */
class Nearest {
  readonly keys: number[] = [];
  readonly indices: number[] = [];

  constructor(private readonly count: number) {}

  offer(key: number, index: number): void {
    if (this.keys.length === this.count && key >= this.keys[this.count - 1]!) return;
    let at = this.keys.length;
    while (at > 0 && this.keys[at - 1]! > key) at--;
    this.keys.splice(at, 0, key);
    this.indices.splice(at, 0, index);
    if (this.keys.length > this.count) {
      this.keys.pop();
      this.indices.pop();
    }
  }
}

/** The BMLT reader (its own chunk): a preview of a BMLT answer needs it. */
export interface BmltReader {
  adaptBmlt: typeof adaptBmlt;
  bmltKey: typeof bmltKey;
}

/** Whether a parsed answer is BMLT's: its preview then needs the BMLT reader (`BmltReader`). */
export function isBmltAnswer(data: unknown): boolean {
  return detectFormat(data) === 'bmlt';
}

/**
 * The next `count` meetings of a parsed feed answer, normalized, or undefined when the answer is
 * not a format we read (the full load then says why), or is BMLT and no `bmlt` reader is given.
 */
export function previewMeetings(data: unknown, options: AdapterOptions, now: Date, count = 30, bmlt?: BmltReader): Meeting[] | undefined {
  const format = detectFormat(data);
  const pageZone = options.timezone ? canonicalTimeZone(options.timezone) : undefined;
  const zones = new Map<string | undefined, ZonedParts>();
  const here = (zone: unknown): ZonedParts => {
    const name = typeof zone === 'string' && zone ? canonicalTimeZone(zone) ?? pageZone : pageZone;
    let parts = zones.get(name);
    if (!parts) {
      parts = zonedParts(now, name);
      zones.set(name, parts);
    }
    return parts;
  };
  const nearest = new Nearest(count);

  if (format === 'meeting-guide' && Array.isArray(data)) {
    data.forEach((record: Record<string, unknown> | null, index) => {
      if (typeof record !== 'object' || record === null) return;
      const start = typeof record.time === 'string' ? parseClock(record.time) : undefined;
      if (start === undefined) return;
      const days = Array.isArray(record.day) ? record.day : [record.day];
      const parts = here(record.timezone);
      for (const day of days) {
        const weekday = Number(day);
        if (Number.isInteger(weekday) && weekday >= 0 && weekday <= 6) nearest.offer(minutesUntil(weekday, start, parts), index);
      }
    });
    // The whole feed, of which only the picked records become meetings: their ids are the ones the
    // whole list gives them (a repeated key's suffix depends on every record before it).
    const only = new Set(nearest.indices);
    return adaptMeetingGuide(data, { ...options, only, deciding: recordsDecidingIds(data.length, (index) => meetingGuideKey(data[index]), only) }).meetings;
  }
  if (format === 'bmlt') {
    const answer = splitBmltAnswer(data);
    if (!answer || !bmlt) return undefined;
    answer.meetings.forEach((record, index) => {
      if (typeof record !== 'object' || record === null) return;
      const { weekday_tinyint: weekday, start_time: time, time_zone: zone } = record as Record<string, unknown>;
      const start = typeof time === 'string' ? parseClock(time) : undefined;
      const day = Number(weekday) - 1;
      if (start === undefined || !(day >= 0 && day <= 6)) return;
      nearest.offer(minutesUntil(day, start, here(zone)), index);
    });
    const only = new Set(nearest.indices);
    return bmlt.adaptBmlt(answer, { ...options, only, deciding: recordsDecidingIds(answer.meetings.length, (index) => bmlt.bmltKey(answer.meetings[index]), only) }).meetings;
  }
  return undefined;
}

/**
 * For a preview (`only`): the records whose ids the chosen ones can depend on. A record's ids are
 * its key followed by suffixes (`key`, `key@3`, `key~2`, `key@3~2`), so two records can compete for
 * an id only when their keys are the same once such suffixes are cut from their ends (their
 * stems): the records that share a stem with a chosen one decide its ids, and no other does.
 * `keyOf` gives a record's own key cheaply; null for what can have no id (not a record);
 * undefined when it has no key of its own (its key is then made from its content): then every
 * record may decide, and undefined is returned. The indices come in ascending order.
 */
export function recordsDecidingIds(count: number, keyOf: (index: number) => string | null | undefined, only: ReadonlySet<number>): number[] | undefined {
  const wanted = new Set<string>();
  for (const index of only) {
    const key = index < count ? keyOf(index) : null;
    if (key === undefined) return undefined;
    if (key !== null) wanted.add(stemOf(key));
  }
  // One pass, nothing kept but the answer: at 50,000 records this runs before the first meeting shows.
  const deciding: number[] = [];
  for (let index = 0; index < count; index++) {
    const key = keyOf(index);
    if (key === undefined) return undefined;
    if (only.has(index) || (key !== null && wanted.has(stemOf(key)))) deciding.push(index);
  }
  return deciding;
}

const ID_SUFFIXES = /(?:@\d|~\d+)+$/;

/** A key without the suffixes ids add to keys ("a~2@3" → "a"); most keys have none to cut. */
function stemOf(key: string): string {
  return key.includes('@') || key.includes('~') ? key.replace(ID_SUFFIXES, '') : key;
}
