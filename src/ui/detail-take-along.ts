/**
 * A meeting taken along, from its details: kept in "My meetings" (a star), sent to one's own phone
 * (an `sms:` link with the text prefilled), or shown as a QR code of its link for another phone's
 * camera (the code is drawn by a chunk fetched on the first press). Part of the details' chunk.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting } from '../model/meeting.js';
import type { Localizer } from '../i18n/localize.js';
import { smsHref, takeAlongText } from '../export/take-along-text.js';

export type QrState = { shown: false } | { shown: true; code?: TemplateResult | undefined; failed?: boolean };

export interface DetailTakeAlongProps {
  meeting: Meeting;
  l10n: Localizer;
  /** The meeting's own link (nothing else of the page). */
  link: string;
  starred: boolean;
  qr: QrState;
  onStar(): void;
  onQr(): void;
}

export function renderDetailTakeAlong(props: DetailTakeAlongProps): TemplateResult {
  const { meeting, l10n, qr } = props;
  const strings = l10n.takeAlong;
  const text = takeAlongText({ meetings: [meeting], l10n, linkOf: () => props.link });
  return html`<div class="detail-take-along" role="group" aria-label=${strings.takeAlongLabel}>
      <button type="button" class="action star-action" aria-pressed=${props.starred ? 'true' : 'false'} @click=${props.onStar}>
        <span aria-hidden="true">${props.starred ? '★' : '☆'}</span><span>${strings.keepThisMeeting}</span>
      </button>
      <a class="action" href=${smsHref(text)}>${strings.sendToPhone}</a>
      <button type="button" class="action" aria-expanded=${qr.shown ? 'true' : 'false'} aria-controls="ml-detail-qr" @click=${props.onQr}>${strings.qrCode}</button>
    </div>
    <div id="ml-detail-qr" class="detail-qr" ?hidden=${!qr.shown}>
      ${qr.shown && qr.code ? html`${qr.code}<p class="hint">${strings.qrCaption}</p>` : nothing}
      ${qr.shown && qr.failed ? html`<p role="alert">${strings.qrFailed}</p>` : nothing}
    </div>`;
}
