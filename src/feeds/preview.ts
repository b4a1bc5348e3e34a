/**
 * The first screen of a large feed, before the whole feed is read: a quick pass over the parsed
 * records takes only each one's day, start and zone, keeps the few that come next from now, and
 * normalizes just those, with the same ids as the whole feed gives them (the adapters read the
 * other records only as far as their ids). A person sees the next meetings while the rest are read; nothing is
 * decided from the preview (counts, search and filters wait for the full list).
 */
import type { Meeting } from '../model/meeting.js';
import { adaptBmlt, splitBmltAnswer } from './bmlt.js';
import { adaptMeetingGuide } from './meeting-guide.js';
import type { AdapterOptions } from './adapter-common.js';
import { detectFormat } from './detect-format.js';
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

/**
 * The next `count` meetings of a parsed feed answer, normalized, or undefined when the answer is
 * not a format we read (the full load then says why).
 */
export function previewMeetings(data: unknown, options: AdapterOptions, now: Date, count = 30): Meeting[] | undefined {
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
    return adaptMeetingGuide(data, { ...options, only: new Set(nearest.indices) }).meetings;
  }
  if (format === 'bmlt') {
    const answer = splitBmltAnswer(data);
    if (!answer) return undefined;
    answer.meetings.forEach((record, index) => {
      if (typeof record !== 'object' || record === null) return;
      const { weekday_tinyint: weekday, start_time: time, time_zone: zone } = record as Record<string, unknown>;
      const start = typeof time === 'string' ? parseClock(time) : undefined;
      const day = Number(weekday) - 1;
      if (start === undefined || !(day >= 0 && day <= 6)) return;
      nearest.offer(minutesUntil(day, start, here(zone)), index);
    });
    return adaptBmlt(answer, { ...options, only: new Set(nearest.indices) }).meetings;
  }
  return undefined;
}
