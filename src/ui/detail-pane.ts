/**
 * In the list's column, in place of the finder: a meeting's details (from their chunk), or why
 * there are none yet — their chunk on its way or failed, the whole feed still being read, a link
 * to a meeting the feed no longer has — always with the way back to the list.
 */
import { html, type TemplateResult } from 'lit';
import type { Meeting } from '../model/meeting.js';
import type { RelatedMeetings } from '../query/related.js';
import type { ShareOutcome } from '../export/share.js';
import type { Localizer } from '../i18n/localize.js';
import type { DetailView } from './controllers/detail-controller.js';
import { icons } from './icons.js';

export function renderDetailMessage(text: string, role: 'status' | 'alert', l10n: Localizer, onBack: () => void): TemplateResult {
  return html`<section class="detail" part="detail">
    <button type="button" class="back" @click=${onBack}>${icons.back}${l10n.strings.backToList}</button>
    <p class="message" part="message" role=${role}>${text}</p>
  </section>`;
}

export interface DetailPaneProps {
  /** The details' chunk; undefined while it is fetched. */
  view: DetailView | undefined;
  /** The chunk could not be fetched. */
  failed: boolean;
  /** The meeting, or undefined when the feed has no meeting of that id. */
  meeting: Meeting | undefined;
  related: RelatedMeetings | undefined;
  l10n: Localizer;
  now: Date;
  viewerZone: string | undefined;
  /** The meeting's own link on the page. */
  deepLink: string;
  shareOutcome: ShareOutcome | undefined;
  onBack(): void;
  onOpen(id: string): void;
  onShare(): void;
  onKeydown(event: KeyboardEvent): void;
}

export function renderDetailPane(props: DetailPaneProps): TemplateResult {
  const { view, meeting, related, l10n } = props;
  if (!view) return renderDetailMessage(props.failed ? l10n.strings.detailFailed : l10n.strings.loading, props.failed ? 'alert' : 'status', l10n, props.onBack);
  // A link to a meeting the feed no longer has: say so, and offer the list.
  if (!meeting || !related) return renderDetailMessage(l10n.strings.meetingNotFound, 'status', l10n, props.onBack);
  return html`<div @keydown=${props.onKeydown}>
    ${view.renderMeetingDetail({
      meeting,
      l10n,
      now: props.now,
      viewerZone: props.viewerZone,
      related,
      deepLink: props.deepLink,
      apple: view.isAppleDevice(navigator),
      shareState: props.shareOutcome,
      onBack: props.onBack,
      onOpen: props.onOpen,
      onShare: props.onShare,
    })}
  </div>`;
}
