/**
 * "My meetings" as plain text, for a text message to oneself or the clipboard: one paragraph per
 * meeting (name; day and time in its zone; where, or how to join; its link), then whom to call.
 * Pure: the meetings, the localizer and each meeting's own link.
 */
import type { Meeting } from '../model/meeting.js';
import type { Localizer } from '../i18n/localize.js';

export interface TakeAlongText {
  meetings: readonly Meeting[];
  l10n: Localizer;
  /** A meeting's own link (nothing else of the page). */
  linkOf: (meeting: Meeting) => string;
  /** "West Tennessee Area helpline (901) 555-0100" lines, when there are any. */
  helplines?: readonly string[];
}

function when(meeting: Meeting, l10n: Localizer): string {
  const day = meeting.day === undefined ? l10n.strings.byAppointment : l10n.weekday(meeting.day);
  if (meeting.start === undefined) return day;
  const time = l10n.timeRange(meeting.start, meeting.end);
  return `${day} ${time}${meeting.timezone ? ` (${l10n.zoneName(meeting.timezone)})` : ''}`;
}

function where(meeting: Meeting, l10n: Localizer): string {
  const place = [meeting.location.name, meeting.location.formattedAddress].filter(Boolean).join(', ');
  const online = meeting.attendance !== 'in_person' ? [meeting.online.url, meeting.online.phone].filter(Boolean).join(' · ') : '';
  if (meeting.attendance === 'online') return `${l10n.strings.online}: ${online}`;
  return [place, online && `${l10n.strings.online}: ${online}`].filter(Boolean).join(' — ');
}

export function takeAlongText({ meetings, l10n, linkOf, helplines = [] }: TakeAlongText): string {
  const paragraphs = meetings.map((meeting) => [meeting.name, when(meeting, l10n), where(meeting, l10n), linkOf(meeting)].filter(Boolean).join('\n'));
  return [...paragraphs, ...(helplines.length ? [helplines.join('\n')] : [])].join('\n\n');
}

/** A text message to oneself, prefilled: `sms:` with no number (the person picks it) and the body. */
export function smsHref(text: string): string {
  // `?&body=` is read by both iOS (`&body=`) and Android (`?body=`).
  return `sms:?&body=${encodeURIComponent(text)}`;
}
