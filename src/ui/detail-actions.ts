/**
 * The actions of a meeting's details: join, dial in, directions, add to calendar, share. Every
 * link is built from checked or constructed URLs only (https/http join links, `tel:` from the
 * digits, map and calendar URLs we assemble); links that leave the page open a new tab and send
 * no referrer, so the map or video service does not learn which meeting page the person was on.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting } from '../model/meeting.js';
import { safeLinkUrl, telUrl } from '../model/text.js';
import { joinOnlineLabel, type Localizer } from '../i18n/localize.js';
import type { ShareOutcome } from '../export/share.js';
import { directionsLinks } from '../export/directions.js';
import { googleCalendarUrl } from '../export/google-calendar.js';
import { icsDataUrl, icsFileName, meetingToIcs } from '../export/ics.js';
import { actionIcons } from './action-icons.js';


export interface DetailActionsProps {
  meeting: Meeting;
  l10n: Localizer;
  now: Date;
  deepLink: string;
  /** Offer Apple Maps (see `isAppleDevice`). */
  apple: boolean;
  /** The last share's outcome; 'cancelled' shows nothing. */
  shareState?: ShareOutcome | undefined;
  onShare(): void;
}

const WEB = new Set(['http', 'https']);

/** A link to another site: new tab, no opener, no referrer; its visible text is its name. */
function external(href: string, icon: TemplateResult, text: TemplateResult | string, l10n: Localizer, extraClass = ''): TemplateResult {
  return html`<a class="action ${extraClass}" href=${href} target="_blank" rel="noopener noreferrer"
    >${icon}<span>${text}</span><span class="visually-hidden"> ${l10n.strings.opensInNewTab}</span></a
  >`;
}

function shareStatus(state: ShareOutcome | undefined, l10n: Localizer): string {
  if (state === 'copied') return l10n.strings.shareCopied;
  if (state === 'shared') return l10n.strings.shareShared;
  return '';
}

export function renderDetailActions(props: DetailActionsProps): TemplateResult {
  const { meeting, l10n, deepLink, shareState } = props;
  const { strings } = l10n;
  const canJoin = meeting.attendance !== 'in_person';
  const join = canJoin ? safeLinkUrl(meeting.online.url, WEB) : undefined;
  const phone = canJoin ? meeting.online.phone : undefined;
  const dial = telUrl(phone);
  const ics = meetingToIcs(meeting, { now: props.now, url: deepLink, l10n });
  const google = googleCalendarUrl(meeting, { now: props.now, url: deepLink, l10n });
  const notes = [join ? meeting.online.urlNotes : undefined, dial ? meeting.online.phoneNotes : undefined].filter(Boolean);

  return html`<div class="actions" part="detail-actions" role="group" aria-label=${strings.detailActions}>
      ${join ? external(join, actionIcons.video, joinOnlineLabel(strings, meeting.online.provider), l10n, 'primary') : nothing}
      ${dial
        ? html`<a class="action" href=${dial}>${actionIcons.phone}<span>${strings.dialIn} <span class="phone">${phone}</span></span></a>`
        : nothing}
      ${directionsLinks(meeting, { apple: props.apple }).map((link) => external(link.url, actionIcons.directions, strings.directionsIn[link.app], l10n))}
      ${ics
        ? html`<a class="action" href=${icsDataUrl(ics)} download=${icsFileName(meeting)}>${actionIcons.calendar}<span>${strings.addToCalendar}</span></a>`
        : nothing}
      ${google ? external(google, actionIcons.calendar, strings.googleCalendar, l10n) : nothing}
      <button type="button" class="action" @click=${() => props.onShare()}>${actionIcons.share}<span>${strings.share}</span></button>
    </div>
    ${notes.map((note) => html`<p class="action-notes">${note}</p>`)}
    <p class="share-status" role="status">${shareStatus(shareState, l10n)}</p>
    ${shareState === 'unavailable'
      ? html`<div class="share-field">
          <label for="ml-share-link">${strings.shareLinkLabel}</label>
          <input
            id="ml-share-link"
            type="url"
            readonly
            .value=${deepLink}
            aria-describedby="ml-share-hint"
            @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
          />
          <p id="ml-share-hint" class="hint">${strings.shareLinkHint}</p>
        </div>`
      : nothing}`;
}
