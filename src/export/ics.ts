/**
 * A meeting as an iCalendar file (RFC 5545) that repeats weekly in the meeting's own zone: the
 * person's calendar app keeps it at the meeting's local time across DST changes, wherever the
 * person is. Built in the browser and handed over as a `data:` URL, so nothing leaves the device
 * until the person saves it.
 */
import type { Meeting } from '../model/meeting.js';
import { fold } from '../model/text.js';
import { basicDateTime, calendarEvent, type CalendarOptions } from './calendar-event.js';
import { escapeText, joinLines, utcDateTime } from './ics-format.js';
import { vtimezoneLines } from './vtimezone.js';

export type IcsOptions = CalendarOptions;

/** The `.ics` text for a weekly meeting; undefined when it has no weekly day and time (by appointment). */
export function meetingToIcs(meeting: Meeting, options: IcsOptions): string | undefined {
  const event = calendarEvent(meeting, options);
  if (!event) return undefined;
  // Floating time (no zone): the calendar shows it at the same wall clock wherever it is.
  const zoned = event.zone ? `;TZID=${event.zone}` : '';
  const { coordinates, approximate } = meeting.location;
  const geo = coordinates && !approximate && meeting.attendance !== 'online' ? coordinates : undefined;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//meeting-locator//Meeting Locator//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(event.zone ? vtimezoneLines(event.zone, event.start.year) : []),
    'BEGIN:VEVENT',
    // Stable, so saving the same meeting twice updates one event instead of adding another.
    `UID:${encodeURIComponent(meeting.id)}@meeting-locator`,
    `DTSTAMP:${utcDateTime(options.now)}`,
    `DTSTART${zoned}:${basicDateTime(event.start)}`,
    `DTEND${zoned}:${basicDateTime(event.end)}`,
    `RRULE:FREQ=WEEKLY;BYDAY=${event.byDay}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(geo ? [`GEO:${geo.latitude};${geo.longitude}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    // A URI value, not TEXT: no escaping, but no line break or space may end up in it either.
    ...(event.url ? [`URL:${event.url.replace(/\s/g, '%20')}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return joinLines(lines);
}

/** A file name from the meeting's name: "Tuesday Night Group" → "tuesday-night-group.ics". */
export function icsFileName(meeting: Pick<Meeting, 'name'>): string {
  const slug = fold(meeting.name)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'meeting'}.ics`;
}

/**
 * An href for `<a download>`. A `data:` URL rather than a blob URL: nothing to revoke, nothing that
 * outlives the page.
 */
export function icsDataUrl(text: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(text)}`;
}
