/**
 * One meeting in the list. Every value from the feed is rendered as text (Lit escapes it); links
 * are rendered only for URLs the adapter has already checked (http/https) or built (tel:).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting } from '../model/meeting.js';
import { telUrl } from '../model/text.js';
import { displayTypes } from '../model/type-order.js';
import { joinOnlineLabel, type Localizer } from '../i18n/localize.js';
import { meetingTimeText } from './meeting-time.js';

export function whereText(meeting: Meeting, l10n: Localizer): string {
  const { location } = meeting;
  if (meeting.attendance === 'online') {
    return [l10n.strings.online, meeting.online.provider].filter(Boolean).join(' · ');
  }
  const place = [location.name, location.formattedAddress].filter(Boolean).join(' · ');
  return place || location.regions.join(' · ');
}

/**
 * "Tuesday 7:00 – 8:00 PM": a row's day and time for its link's name. Names repeat across days
 * ("Sunrise Serenity" every morning), and a screen reader tabbing through links hears only them.
 */
function whenText(meeting: Meeting, l10n: Localizer, time: string): string {
  const day = meeting.day === undefined ? l10n.strings.byAppointment : l10n.weekday(meeting.day);
  return `${day} ${time}`;
}

/** What the list knows about a row beyond the meeting itself. */
export interface RowExtras {
  now: Date;
  viewerZone: string | undefined;
  /** "In progress", "In 25 min". */
  status?: string;
  /** "2.4 mi". */
  distance?: string;
  /** The link that opens the meeting's details (a deep link of its own). */
  detailHref: string;
  /** Chosen on the map: highlighted in the list. */
  selected?: boolean;
  /** In "My meetings" (a pressed star); undefined: no star. */
  starred?: boolean;
}

export function renderMeeting(meeting: Meeting, l10n: Localizer, extras?: RowExtras): TemplateResult {
  const { strings } = l10n;
  const { own, yours } = meetingTimeText(meeting, l10n, extras);
  const canJoin = meeting.attendance !== 'in_person';
  const joinUrl = canJoin ? meeting.online.url : undefined;
  const dialUrl = canJoin ? telUrl(meeting.online.phone) : undefined;
  const typeNames = displayTypes(meeting).map((type) => l10n.typeName(type));
  const where = whereText(meeting, l10n);

  return html`<article class="meeting ${extras?.selected ? 'selected' : ''}" part="item" data-id=${meeting.id}>
    <p class="time">
      <bdi>${own}</bdi>${yours ? html`<span class="yours">${yours}</span>` : nothing}
      ${extras?.status ? html`<span class="status">${extras.status}</span>` : nothing}
    </p>
    <div class="body">
      <h4>${extras ? html`<a class="open" href=${extras.detailHref} data-id=${meeting.id} aria-label=${where ? strings.rowLinkLabel(meeting.name, whenText(meeting, l10n, own), where) : strings.rowLinkLabelNoPlace(meeting.name, whenText(meeting, l10n, own))}>${meeting.name}</a>` : meeting.name}</h4>
      ${where || extras?.distance ? html`<p class="where">${extras?.distance ? html`<span class="distance">${extras.distance}</span> ` : nothing}<bdi>${where}</bdi></p>` : nothing}
      <p class="types">
        <span class="badge ${meeting.attendance}">${strings.attendance[meeting.attendance]}</span>
        ${typeNames.length ? html` ${l10n.list(typeNames)}` : nothing}
      </p>
      ${extras?.starred !== undefined
        ? html`<button type="button" class="star" data-id=${meeting.id} aria-pressed=${extras.starred ? 'true' : 'false'}
            aria-label=${strings.keepInMine(meeting.name)}>${extras.starred ? '★' : '☆'}</button>`
        : nothing}
      ${joinUrl || dialUrl || meeting.url
        ? html`<p class="links">
            ${joinUrl ? html`<a href=${joinUrl} target="_blank" rel="noopener noreferrer">${joinOnlineLabel(strings, meeting.online.provider)}</a>` : nothing}
            ${dialUrl ? html`<a href=${dialUrl}>${strings.dialIn}</a>` : nothing}
            ${meeting.url ? html`<a href=${meeting.url} aria-label=${strings.listingFor(meeting.name)} rel="noopener noreferrer">${strings.listing}</a>` : nothing}
          </p>`
        : nothing}
    </div>
  </article>`;
}
