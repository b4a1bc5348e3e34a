/**
 * A meeting's time as a person reads it: in the meeting's own zone and, when the viewer's clock
 * differs (an online meeting elsewhere, a traveller), also in theirs: "7:00 PM Central Time ·
 * 8:00 PM your time". Shared by the list row and the details.
 */
import type { Meeting } from '../model/meeting.js';
import type { Localizer } from '../i18n/localize.js';
import { inViewerZone, zonesDiffer } from '../model/occurrence.js';

/** The viewer's side of the comparison. */
export interface ViewerClock {
  now: Date;
  viewerZone: string | undefined;
}

export interface MeetingTimeText {
  /** "7:00 – 8:00 PM", with the zone's name when it is shown. */
  own: string;
  /** "Wednesday 2:00 AM your time", only when the viewer's clock differs. */
  yours?: string;
}

/**
 * `zone: 'always'` names the meeting's zone even when the viewer shares it (the details, where
 * there is room); by default it is named only next to "your time" (the list, where there is not).
 */
export function meetingTimeText(
  meeting: Meeting,
  l10n: Localizer,
  clock?: ViewerClock,
  options: { zone?: 'always' | 'when-different' } = {},
): MeetingTimeText {
  const { strings } = l10n;
  if (meeting.start === undefined) return { own: strings.timeNotGiven };
  const range = l10n.timeRange(meeting.start, meeting.end);
  const named = meeting.timezone ? `${range} ${l10n.zoneName(meeting.timezone)}` : range;
  const own = options.zone === 'always' ? named : range;
  if (!clock || !meeting.timezone || !zonesDiffer(meeting.timezone, clock.viewerZone, clock.now)) return { own };
  const seen = inViewerZone(meeting, clock.now, clock.viewerZone);
  if (!seen) return { own };
  const day = seen.weekday !== meeting.day ? `${l10n.weekday(seen.weekday)} ` : '';
  return { own: named, yours: strings.yourTime(`${day}${l10n.time(seen.minutes)}`) };
}
