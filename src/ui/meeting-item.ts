/**
 * One meeting in the list. Every value from the feed is rendered as text (Lit escapes it); links
 * are rendered only for URLs the adapter has already checked (http/https) or built (tel:).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting } from '../model/meeting.js';
import { FEATURE_KEYS } from '../model/features.js';
import { telUrl } from '../model/text.js';
import type { Localizer } from '../i18n/localize.js';

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

export function renderMeeting(meeting: Meeting, l10n: Localizer): TemplateResult {
  const { strings } = l10n;
  const time = meeting.start === undefined ? strings.timeNotGiven : l10n.timeRange(meeting.start, meeting.end);
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
    <p class="time">${time}</p>
    <div class="body">
      <h4>${meeting.name}</h4>
      ${where ? html`<p class="where">${where}</p>` : nothing}
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
