/**
 * A meeting's details, shown in place of the list: when, how long, how to attend, where, what kind
 * of meeting (with what each type means, for someone new), notes, group, other meetings at the
 * same place or of the same group, and the actions. Every value from the feed is rendered as text
 * (Lit escapes it); the only links are the ones checked or built here and in `detail-actions.ts`.
 * State, focus and the deep link belong to the element: this is a pure template.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting, ServiceEntity } from '../model/meeting.js';
import { DEFAULT_DURATION } from '../model/occurrence.js';
import { MINUTES_PER_DAY } from '../model/time.js';
import { safeLinkUrl } from '../model/text.js';
import { shownHost } from '../model/link-host.js';
import { displayTypes, featureRank } from '../model/type-order.js';
import type { Localizer } from '../i18n/localize.js';
import { describeFeature } from '../i18n/feature-descriptions.js';
import { formatDuration, formatUpdated } from '../i18n/detail-format.js';
import type { RelatedMeetings } from '../query/related.js';
import type { ShareOutcome } from '../export/share.js';
import { renderDetailActions } from './detail-actions.js';
import { renderContacts, renderContributions, renderReport } from './detail-contacts.js';
import { icons } from './icons.js';
import { meetingTimeText } from './meeting-time.js';

export interface MeetingDetailProps {
  meeting: Meeting;
  l10n: Localizer;
  now: Date;
  viewerZone: string | undefined;
  related: RelatedMeetings;
  /** This meeting's own link on the page (shared, and written into the calendar event). */
  deepLink: string;
  /** Offer Apple Maps (see `isAppleDevice`). */
  apple: boolean;
  shareState?: ShareOutcome | undefined;
  /** Who runs the listing: the meeting's own entity, or its BMLT service body's once loaded. */
  entity?: ServiceEntity | undefined;
  /** The host's `feedback-url`, used instead of the feed's. */
  feedbackUrl?: string | undefined;
  onBack(): void;
  onOpen(meetingId: string): void;
  onShare(): void;
  /** Under the actions: the meeting kept, sent to a phone, or shown as a QR code. */
  takeAlong?: TemplateResult | undefined;
}

/** The heading's id, for `aria-labelledby`; one details view per shadow root. */
export const DETAIL_TITLE_ID = 'ml-detail-title';

const WEB = new Set(['http', 'https']);

/** Minutes the meeting lasts, only when the feed gives an end (the default is a guess, not a fact). */
function duration(meeting: Meeting): number | undefined {
  const { start, end } = meeting;
  if (start === undefined || end === undefined) return undefined;
  const minutes = (((end - start) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return minutes === 0 ? DEFAULT_DURATION : minutes;
}

function renderWhen(props: MeetingDetailProps): TemplateResult {
  const { meeting, l10n } = props;
  const { strings } = l10n;
  const day = meeting.day === undefined ? strings.byAppointment : l10n.weekday(meeting.day);
  const time = meeting.start === undefined && meeting.day === undefined ? undefined : meetingTimeText(meeting, l10n, props, { zone: 'always' });
  return html`${day}${time ? html` <bdi>${time.own}</bdi>` : nothing}${time?.yours ? html`<span class="yours">${time.yours}</span>` : nothing}`;
}

function renderSummary(props: MeetingDetailProps): TemplateResult {
  const { meeting, l10n } = props;
  const { strings } = l10n;
  const minutes = duration(meeting);
  return html`<dl class="facts">
    <div><dt>${strings.detailWhen}</dt><dd class="when">${renderWhen(props)}</dd></div>
    ${minutes === undefined
      ? nothing
      : html`<div><dt>${strings.detailDuration}</dt><dd class="duration">${formatDuration(l10n.locale, minutes)}</dd></div>`}
    <div>
      <dt>${strings.detailAttendance}</dt>
      <dd><span class="badge ${meeting.attendance}">${strings.attendance[meeting.attendance]}</span></dd>
    </div>
  </dl>`;
}

function renderLocation(meeting: Meeting, l10n: Localizer): TemplateResult | typeof nothing {
  const { strings } = l10n;
  const { location } = meeting;
  const inPerson = meeting.attendance !== 'online';
  const name = inPerson ? location.name : undefined;
  const address = inPerson ? location.formattedAddress : undefined;
  const notes = inPerson ? location.notes : undefined;
  if (!name && !address && !notes && location.regions.length === 0) return nothing;
  return html`<div class="location">
    <h4 id="ml-detail-location">${strings.detailLocation}</h4>
    ${name ? html`<p class="place">${name}</p>` : nothing}
    ${address ? html`<p class="address"><bdi>${address}</bdi></p>` : nothing}
    ${notes ? html`<p class="location-notes text" dir="auto">${notes}</p>` : nothing}
    ${location.regions.length
      ? html`<p class="region"><span class="label">${strings.detailRegion}:</span> ${location.regions.join(' › ')}</p>`
      : nothing}
  </div>`;
}

interface TypeEntry {
  name: string;
  description?: string | undefined;
  rank: number;
}

/**
 * Every type and feature once, in vocabulary order (a feature no type carries, such as a language
 * from a separate field, among them). The feed's own description comes first (it speaks for its
 * fellowship: "Closed: for addicts only"), the vocabulary's otherwise.
 */
function typeEntries(meeting: Meeting, l10n: Localizer): TypeEntry[] {
  const entries: TypeEntry[] = displayTypes(meeting).map((type) => ({
    name: l10n.typeName(type),
    description: type.description ?? (type.feature ? describeFeature(l10n, type.feature) : undefined),
    rank: featureRank(type.feature),
  }));
  const covered = new Set(meeting.types.map((type) => type.feature));
  for (const feature of meeting.features) {
    if (covered.has(feature)) continue;
    entries.push({ name: l10n.featureName(feature) ?? feature, description: describeFeature(l10n, feature), rank: featureRank(feature) });
  }
  const seen = new Set<string>();
  return entries
    .sort((a, b) => a.rank - b.rank)
    .filter((entry) => {
      const key = entry.name.toLocaleLowerCase(l10n.locale);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

function renderTypes(meeting: Meeting, l10n: Localizer): TemplateResult | typeof nothing {
  const entries = typeEntries(meeting, l10n);
  if (entries.length === 0) return nothing;
  const described = entries.filter((entry) => entry.description);
  const named = entries.filter((entry) => !entry.description);
  // A <dl> for the types that say what they mean; the rest need no more than their name.
  return html`<div class="types">
    <h4 id="ml-detail-types">${l10n.strings.detailTypes}</h4>
    ${described.length
      ? html`<dl class="described">${described.map((entry) => html`<div><dt>${entry.name}</dt><dd>${entry.description}</dd></div>`)}</dl>`
      : nothing}
    ${named.length ? html`<ul class="tags">${named.map((entry) => html`<li>${entry.name}</li>`)}</ul>` : nothing}
  </div>`;
}

function renderTextSection(id: string, heading: string, body: TemplateResult): TemplateResult {
  return html`<div class=${id}><h4 id="ml-detail-${id}">${heading}</h4>${body}</div>`;
}

function renderRelated(id: string, heading: string, meetings: readonly Meeting[], props: MeetingDetailProps): TemplateResult | typeof nothing {
  if (meetings.length === 0) return nothing;
  const { l10n } = props;
  const when = (meeting: Meeting) =>
    [meeting.day === undefined ? l10n.strings.byAppointment : l10n.weekday(meeting.day), meeting.start === undefined ? '' : l10n.time(meeting.start)]
      .filter(Boolean)
      .join(' ');
  return renderTextSection(
    id,
    heading,
    html`<ul class="related">
      ${meetings.map(
        (meeting) =>
          html`<li>
            <button type="button" class="related-meeting" @click=${() => props.onOpen(meeting.id)}>
              <span class="related-when">${when(meeting)}</span> <span class="related-name">${meeting.name}</span>
            </button>
          </li>`,
      )}
    </ul>`,
  );
}

function renderSource(meeting: Meeting, l10n: Localizer): TemplateResult | typeof nothing {
  const url = safeLinkUrl(meeting.url, WEB);
  if (!url && !meeting.updated) return nothing;
  const host = url ? shownHost(url) : undefined;
  return html`<footer class="source">
    ${meeting.updated ? html`<p class="updated">${l10n.strings.updated(formatUpdated(l10n.locale, meeting.updated))}</p>` : nothing}
    ${url && host
      ? html`<p>
          <a href=${url} target="_blank" rel="noopener noreferrer"
            >${l10n.strings.sourceListing(host)}<span class="visually-hidden"> ${l10n.strings.opensInNewTab}</span></a
          >
        </p>`
      : nothing}
  </footer>`;
}

export function renderMeetingDetail(props: MeetingDetailProps): TemplateResult {
  const { meeting, l10n, related } = props;
  const { strings } = l10n;
  return html`<section class="detail" part="detail" aria-labelledby=${DETAIL_TITLE_ID}>
    <button type="button" class="back" @click=${() => props.onBack()}>${icons.back}<span>${strings.backToList}</span></button>
    <h3 id=${DETAIL_TITLE_ID} tabindex="-1">${meeting.name}</h3>
    ${renderSummary(props)}
    ${renderDetailActions(props)}
    ${props.takeAlong ?? nothing}
    ${renderLocation(meeting, l10n)}
    ${renderTypes(meeting, l10n)}
    ${meeting.notes ? renderTextSection('notes', strings.detailNotes, html`<p class="text" dir="auto">${meeting.notes}</p>`) : nothing}
    ${meeting.group
      ? renderTextSection(
          'group',
          strings.detailGroup,
          html`<p class="group-name">${meeting.group}</p>
            ${meeting.groupNotes ? html`<p class="text">${meeting.groupNotes}</p>` : nothing}`,
        )
      : nothing}
    ${renderContacts(meeting, props.entity, l10n)}
    ${renderContributions(meeting, l10n)}
    ${renderRelated('same-location', strings.sameLocation, related.sameLocation, props)}
    ${renderRelated('same-group', strings.sameGroup, related.sameGroup, props)}
    ${renderSource(meeting, l10n)}
    ${renderReport(meeting, props.feedbackUrl, props.deepLink, l10n)}
  </section>`;
}
