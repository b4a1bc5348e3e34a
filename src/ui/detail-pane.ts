/**
 * A meeting's details in the list's column, in place of the finder, with Escape to go back; or,
 * when the feed has no meeting of that id (an old link), a message that says so. Part of the
 * details' chunk.
 */
import { html, type TemplateResult } from 'lit';
import type { Meeting, ServiceEntity } from '../model/meeting.js';
import type { ShareOutcome } from '../export/share.js';
import { isAppleDevice } from '../export/directions.js';
import type { RelatedMeetings } from '../query/related.js';
import type { Localizer } from '../i18n/localize.js';
import { renderDetailMessage } from './detail-message.js';
import { renderMeetingDetail } from './meeting-detail.js';

export interface DetailPaneProps {
  /** The meeting, or undefined when the feed has no meeting of that id. */
  meeting: Meeting | undefined;
  related: RelatedMeetings | undefined;
  l10n: Localizer;
  now: Date;
  viewerZone: string | undefined;
  /** The meeting's own link on the page. */
  deepLink: string;
  shareOutcome: ShareOutcome | undefined;
  entity?: ServiceEntity | undefined;
  feedbackUrl?: string | undefined;
  onBack(): void;
  onOpen(id: string): void;
  onShare(): void;
  onKeydown(event: KeyboardEvent): void;
  /** The meeting taken along (`detail-take-along.ts`), under its actions. */
  takeAlong?: TemplateResult | undefined;
}

export function renderDetailPane(props: DetailPaneProps): TemplateResult {
  const { meeting, related, l10n } = props;
  // A link to a meeting the feed no longer has: say so, and offer the list.
  if (!meeting || !related) return renderDetailMessage(l10n.strings.meetingNotFound, 'status', l10n, props.onBack);
  return html`<div @keydown=${props.onKeydown}>
    ${renderMeetingDetail({
      meeting,
      l10n,
      now: props.now,
      viewerZone: props.viewerZone,
      related,
      deepLink: props.deepLink,
      apple: isAppleDevice(navigator),
      shareState: props.shareOutcome,
      entity: props.entity,
      feedbackUrl: props.feedbackUrl,
      onBack: props.onBack,
      onOpen: props.onOpen,
      takeAlong: props.takeAlong,
      onShare: props.onShare,
    })}
  </div>`;
}
