/**
 * While the rest of a large feed is read: its next meetings, under the note that more are coming.
 * Nothing here can be searched or filtered yet (counts would be wrong); a meeting can be opened.
 */
import { html, type TemplateResult } from 'lit';
import type { DistanceUnit } from '../model/geo.js';
import type { Localizer } from '../i18n/localize.js';
import type { Preview } from './controllers/feed-controller.js';
import { renderMeetingList } from './meeting-list.js';

export interface PreviewProps {
  preview: Preview;
  l10n: Localizer;
  now: Date;
  viewerZone: string | undefined;
  unit: DistanceUnit;
  detailHref: (id: string) => string;
  onOpen(id: string): void;
}

export function renderPreview(props: PreviewProps): TemplateResult {
  const { preview, l10n, now } = props;
  return html`<p class="message" part="message" role="status">${l10n.strings.loadingAll}</p>
    ${renderMeetingList({
      meetings: preview.meetings,
      items: preview.items,
      clock: preview.clock,
      here: preview.here,
      l10n,
      now,
      viewerZone: props.viewerZone,
      byDistance: false,
      unit: props.unit,
      detailHref: props.detailHref,
      onOpen: props.onOpen,
    })}`;
}
