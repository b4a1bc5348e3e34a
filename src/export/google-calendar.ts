/**
 * A link that opens Google Calendar's "new event" page prefilled with the weekly meeting. Times
 * are the meeting's wall clock with `ctz` naming its zone, so Google repeats it at the meeting's
 * local time; without a zone Google uses the person's own.
 */
import type { Meeting } from '../model/meeting.js';
import { basicDateTime, calendarEvent, type CalendarOptions } from './calendar-event.js';

const BASE = 'https://calendar.google.com/calendar/render';

/** Undefined when the meeting has no weekly day and time (by appointment). */
export function googleCalendarUrl(meeting: Meeting, options: CalendarOptions): string | undefined {
  const event = calendarEvent(meeting, options);
  if (!event) return undefined;
  // Google's event has no URL field: the link back goes at the end of the details.
  const details = [event.description, options.url].filter(Boolean).join('\n\n');
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.summary,
    dates: `${basicDateTime(event.start)}/${basicDateTime(event.end)}`,
  });
  if (event.zone) params.set('ctz', event.zone);
  params.set('recur', `RRULE:FREQ=WEEKLY;BYDAY=${event.byDay}`);
  if (details) params.set('details', details);
  if (event.location) params.set('location', event.location);
  return `${BASE}?${params.toString()}`;
}
