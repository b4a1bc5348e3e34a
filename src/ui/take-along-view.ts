/**
 * "My meetings" shown: says so, and offers to take them along — a text message to oneself
 * (`sms:` with the text prefilled, no number), the text copied, a printout — or to show every
 * meeting again. Comes in a chunk of its own, fetched when "My meetings" is first shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localize.js';
import { smsHref } from '../export/take-along-text.js';

export type CopyOutcome = 'copied' | 'failed';

export interface TakeAlongProps {
  count: number;
  l10n: Localizer;
  /** The starred meetings as text (`export/take-along-text.ts`). */
  text: string;
  copy?: CopyOutcome | undefined;
  onCopy(): void;
  onPrint(): void;
  onShowAll(): void;
}

export function renderTakeAlong(props: TakeAlongProps): TemplateResult {
  const { l10n, count } = props;
  const strings = l10n.takeAlong;
  return html`<div class="mine" part="mine">
    <p>${strings.mineShowing(count, l10n.number(count))}</p>
    ${count
      ? html`<div class="mine-actions" role="group" aria-label=${strings.takeAlongLabel}>
          <a class="action" href=${smsHref(props.text)}>${strings.sendToPhone}</a>
          <button type="button" class="action" @click=${props.onCopy}>${strings.copyAsText}</button>
          <button type="button" class="action" @click=${props.onPrint}>${strings.printOnePage}</button>
        </div>`
      : nothing}
    <p class="visually-hidden" role="status">${props.copy === 'copied' ? strings.copied : ''}</p>
    ${props.copy === 'failed'
      ? html`<label class="copy-fallback">${strings.copyFallbackLabel}
          <textarea readonly rows="6" .value=${props.text} @focus=${(event: FocusEvent) => (event.target as HTMLTextAreaElement).select()}></textarea>
        </label>`
      : nothing}
    <button type="button" class="quiet" @click=${props.onShowAll}>${strings.showEveryMeeting}</button>
  </div>`;
}
