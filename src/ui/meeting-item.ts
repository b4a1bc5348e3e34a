/**
 * One meeting in the list. Every value from the feed is rendered as text (Lit escapes it); links
 * are rendered only for URLs the adapter has already checked (http/https) or built (tel:).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting } from '../model/meeting.js';
import { FEATURE_KEYS } from '../model/features.js';
import { telUrl } from '../model/text.js';
import type { Localizer } from '../i18n/localize.js';
import { inViewerZone, zonesDiffer } from '../model/occurrence.js';

const RANK = new Map<string, number>(FEATURE_KEYS.map((key, index) => [key, index]));

function featureRank(feature: string | undefined): number {
  if (!feature) return RANK.size + 1;
  return RANK.get(feature) ?? RANK.size;
}

export function whereText(meeting: Meeting, l10n: Localizer): string {
  const { location } = meeting;
  if (meeting.attendance === 'online') {
    return [l10n.strings.online, meeting.online.provider].filter(Boolean).join(' · ');
  }
  const place = [location.name, location.formattedAddress].filter(Boolean).join(' · ');
  return place || location.regions.join(' · ');
}

/** What the list knows about a row beyond the meeting itself. */
export interface RowExtras {
  now: Date;
  viewerZone: string | undefined;
  /** "In progress", "In 25 min". */
  status?: string;
  /** "2.4 mi". */
  distance?: string;
}

/**
 * The meeting's time in its own zone and, when the viewer's clock differs (an online meeting
 * elsewhere, a traveller), also in theirs: "7:00 PM Central Time · 8:00 PM your time".
 */
function timeText(meeting: Meeting, l10n: Localizer, extras: RowExtras | undefined): { own: string; yours?: string } {
  const { strings } = l10n;
  if (meeting.start === undefined) return { own: strings.timeNotGiven };
  const own = l10n.timeRange(meeting.start, meeting.end);
  if (!extras || !meeting.timezone || !zonesDiffer(meeting.timezone, extras.viewerZone, extras.now)) return { own };
  const seen = inViewerZone(meeting, extras.now, extras.viewerZone);
  if (!seen) return { own };
  const day = seen.weekday !== meeting.day ? `${l10n.weekday(seen.weekday)} ` : '';
  return { own: `${own} ${l10n.zoneName(meeting.timezone)}`, yours: strings.yourTime(`${day}${l10n.time(seen.minutes)}`) };
}

export function renderMeeting(meeting: Meeting, l10n: Localizer, extras?: RowExtras): TemplateResult {
  const { strings } = l10n;
  const { own, yours } = timeText(meeting, l10n, extras);
  const canJoin = meeting.attendance !== 'in_person';
  const joinUrl = canJoin ? meeting.online.url : undefined;
  const dialUrl = canJoin ? telUrl(meeting.online.phone) : undefined;
  // In vocabulary order (open/closed first, languages, then the feed's own codes), whatever order the
  // feed wrote them in, so rows from different feeds read alike.
  const typeNames = meeting.types
    .filter((type) => type.feature || !/^(TC|ONL)$/i.test(type.code))
    .sort((a, b) => featureRank(a.feature) - featureRank(b.feature))
    .map((type) => l10n.typeName(type));
  const where = whereText(meeting, l10n);

  return html`<article class="meeting" part="item">
    <p class="time">
      ${own}${yours ? html`<span class="yours">${yours}</span>` : nothing}
      ${extras?.status ? html`<span class="status">${extras.status}</span>` : nothing}
    </p>
    <div class="body">
      <h4>${meeting.name}</h4>
      ${where || extras?.distance ? html`<p class="where">${extras?.distance ? html`<span class="distance">${extras.distance}</span> ` : nothing}${where}</p>` : nothing}
      <p class="types">
        <span class="badge ${meeting.attendance}">${strings.attendance[meeting.attendance]}</span>
        ${typeNames.length ? html` ${typeNames.join(', ')}` : nothing}
      </p>
      ${joinUrl || dialUrl || meeting.url
        ? html`<p class="links">
            ${joinUrl ? html`<a href=${joinUrl} target="_blank" rel="noopener noreferrer">${strings.joinOnline(meeting.online.provider)}</a>` : nothing}
            ${dialUrl ? html`<a href=${dialUrl}>${strings.dialIn}</a>` : nothing}
            ${meeting.url ? html`<a href=${meeting.url} aria-label=${strings.listingFor(meeting.name)} rel="noopener noreferrer">${strings.listing}</a>` : nothing}
          </p>`
        : nothing}
    </div>
  </article>`;
}
