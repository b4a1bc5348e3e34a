/**
 * In place of a meeting's details, why there are none (yet) — their chunk on its way or failed, the
 * whole feed still being read, a link to a meeting the feed no longer has — with the way back.
 */
import { html, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localize.js';
import { icons } from './icons.js';

export function renderDetailMessage(text: string, role: 'status' | 'alert', l10n: Localizer, onBack: () => void): TemplateResult {
  return html`<section class="detail" part="detail">
    <button type="button" class="back" @click=${onBack}>${icons.back}${l10n.strings.backToList}</button>
    <p class="message" part="message" role=${role}>${text}</p>
  </section>`;
}
