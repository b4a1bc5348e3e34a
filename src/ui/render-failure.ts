/**
 * What the element shows when drawing itself threw (an engine's Intl refusing a value, a hostile
 * environment): a plain message and a way to try again, instead of whatever was on screen before —
 * which could be "Loading meetings…" forever while the element said it was ready.
 */
import { html, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/strings.js';

export function renderFailure(strings: Strings, retry: () => void): TemplateResult {
  return html`<div class="message error" part="message" role="alert">
    <p>${strings.renderFailed}</p>
    <button type="button" @click=${retry}>${strings.retry}</button>
  </div>`;
}
