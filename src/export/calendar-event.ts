/**
 * A weekly meeting as one calendar event, shared by the `.ics` file and the Google Calendar link:
 * the first occurrence from now as wall-clock date and time in the meeting's own zone (so a
 * calendar repeats it at the same local time across DST changes), and the texts both carry.
 * Pure: `now` and the strings come in, nothing is read from the page (without strings, English's
 * are completed with its feature names, once: `englishWhole`).
 */
import type { Meeting, Weekday } from '../model/meeting.js';
import { currentOrNextOccurrence, durationMinutes, zonedParts } from '../model/occurrence.js';
import { canonicalTimeZone } from '../model/time.js';
import { safeLinkUrl } from '../model/text.js';
import { displayTypes } from '../model/type-order.js';
import { joinOnlineLabel, type Localizer } from '../i18n/localize.js';
import { englishWhole } from '../i18n/english-whole.js';

/** A wall-clock date and time, in no particular zone. */
export interface LocalDateTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** Minutes after midnight. */
  minutes: number;
}

export interface CalendarEvent {
  start: LocalDateTime;
  end: LocalDateTime;
  /** Canonical IANA zone; undefined = floating time (the calendar's own zone). */
  zone?: string;
  /** RFC 5545 weekday of the weekly rule: "TU". */
  byDay: string;
  summary: string;
  location?: string;
  description: string;
  /** The deep link when given, else the source listing. */
  url?: string;
}

export interface CalendarOptions {
  now: Date;
  /** A link back to this meeting on the page (the deep link). */
  url?: string;
  /** Labels inside the event's description; English when not given. */
  l10n?: Localizer;
}

const BY_DAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const MINUTE = 60_000;
const WEB = new Set(['http', 'https']);

export function byDayOf(day: Weekday): string {
  return BY_DAY[day]!;
}

/** Wall-clock arithmetic through UTC, where no DST can shift it. */
function addMinutes(at: LocalDateTime, minutes: number): LocalDateTime {
  const date = new Date(Date.UTC(at.year, at.month - 1, at.day) + (at.minutes + minutes) * MINUTE);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    minutes: date.getUTCHours() * 60 + date.getUTCMinutes(),
  };
}

/** "YYYYMMDDTHHMMSS", the form both RFC 5545 and Google's `dates` use. */
export function basicDateTime(at: LocalDateTime): string {
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(at.year, 4)}${pad(at.month)}${pad(at.day)}T${pad(Math.floor(at.minutes / 60))}${pad(at.minutes % 60)}00`;
}

function joinUrlOf(meeting: Meeting): string | undefined {
  return meeting.attendance === 'in_person' ? undefined : safeLinkUrl(meeting.online.url, WEB);
}

function locationOf(meeting: Meeting): string | undefined {
  if (meeting.attendance === 'online') return joinUrlOf(meeting);
  const { name, formattedAddress } = meeting.location;
  const place = [name, formattedAddress].filter(Boolean).join(', ');
  return place || joinUrlOf(meeting);
}

function descriptionOf(meeting: Meeting, l10n: Localizer): string {
  const { strings } = l10n;
  const types = displayTypes(meeting).map((type) => l10n.typeName(type));
  const phone = meeting.attendance === 'in_person' ? undefined : meeting.online.phone;
  const join = joinUrlOf(meeting);
  const listing = safeLinkUrl(meeting.url, WEB);
  const lines = [
    [strings.attendance[meeting.attendance], types.join(', ')].filter(Boolean).join(' · '),
    meeting.notes,
    meeting.attendance === 'online' ? undefined : meeting.location.notes,
    join && `${joinOnlineLabel(strings, meeting.online.provider)}: ${join}`,
    join && meeting.online.urlNotes,
    phone && `${strings.dialIn}: ${phone}`,
    phone && meeting.online.phoneNotes,
    listing && `${strings.listing}: ${listing}`,
  ];
  return lines.filter((line): line is string => Boolean(line)).join('\n\n');
}

/** The event for a weekly meeting; undefined when it has no weekly day and time (by appointment). */
export function calendarEvent(meeting: Meeting, options: CalendarOptions): CalendarEvent | undefined {
  const { day, start } = meeting;
  if (day === undefined || start === undefined) return undefined;
  // A zone the runtime does not know cannot be described: such a meeting is written in floating
  // time, which is also how the list shows it (in the viewer's clock).
  const zone = meeting.timezone ? canonicalTimeZone(meeting.timezone) : undefined;
  const occurrence = currentOrNextOccurrence({ ...meeting, timezone: zone }, options.now);
  if (!occurrence) return undefined;
  // The occurrence's date where the meeting is, at the meeting's own wall-clock start (not the
  // instant's, which a spring-forward gap would have moved).
  const { year, month, day: date } = zonedParts(occurrence.start, zone);
  const begins: LocalDateTime = { year, month, day: date, minutes: start };
  // Without a language (the API's meetingToIcs, googleCalendarUrl): English, whole.
  const l10n = options.l10n ?? englishWhole();
  return {
    start: begins,
    end: addMinutes(begins, durationMinutes(start, meeting.end)),
    zone,
    byDay: byDayOf(day),
    summary: meeting.name,
    location: locationOf(meeting),
    description: descriptionOf(meeting, l10n),
    url: options.url ?? safeLinkUrl(meeting.url, WEB),
  };
}
