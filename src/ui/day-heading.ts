/**
 * What a heading of the list says ("Thursday · Today", "Friday · Tomorrow", "Thursday, next week",
 * "By appointment"): shared by the list (a chunk) and "Go to a day" (in the first load), so the
 * latter need not bring the list's virtualizer with it.
 */
import { html, type TemplateResult } from 'lit';
import type { Weekday } from '../model/meeting.js';
import type { ZonedParts } from '../model/occurrence.js';
import type { ListHeading } from '../query/list-items.js';
import type { Localizer } from '../i18n/localize.js';

function dayHeading(offset: number, here: ZonedParts, l10n: Localizer): TemplateResult | string {
  const { strings } = l10n;
  const weekday = l10n.weekday(((here.weekday + offset) % 7) as Weekday);
  if (offset === 0) return html`${weekday} <small>· ${strings.today}</small>`;
  if (offset === 1) return html`${weekday} <small>· ${strings.tomorrow}</small>`;
  return offset >= 7 ? strings.nextWeek(weekday) : weekday;
}

export function headingLabel(heading: ListHeading, here: ZonedParts, l10n: Localizer): TemplateResult | string {
  if (heading.kind === 'day') return dayHeading(heading.offset, here, l10n);
  return heading.kind === 'appointment' ? l10n.strings.byAppointment : l10n.strings.distanceUnknown;
}

