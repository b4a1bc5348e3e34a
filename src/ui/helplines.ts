/**
 * "Talk to someone now": beside the results (and when nothing matches), the host's own line (the
 * `helpline` slot: a clinic's intake number, 988) and the helplines of the listings shown, each a
 * `tel:` link named by whose line it is. Rendered only when there is something to call.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Helpline } from '../query/helplines.js';
import type { Localizer } from '../i18n/localize.js';
import { actionIcons } from './action-icons.js';

export interface HelplinesProps {
  /** The feeds' helplines ([] when `no-helplines` turns them off). */
  lines: readonly Helpline[];
  /** Whether the host filled the `helpline` slot. */
  slotted: boolean;
  l10n: Localizer;
  /** The page's language and direction, kept by the host's own line inside the element's words. */
  page: PageText;
}

/** How the host page writes: its `lang` and `dir` where the element sits. */
export interface PageText {
  lang: string;
  dir: 'ltr' | 'rtl' | 'auto';
}

export function renderHelplines({ lines, slotted, l10n, page }: HelplinesProps): TemplateResult | typeof nothing {
  if (!slotted && lines.length === 0) return nothing;
  const { strings } = l10n;
  return html`<section class="helplines" part="helplines" aria-labelledby="ml-helplines-title">
    <h3 id="ml-helplines-title">${strings.helplinesTitle}</h3>
    <slot name="helpline" lang=${page.lang} dir=${page.dir}></slot>
    ${lines.length
      ? html`<ul>
          ${lines.map(
            (line) => html`<li>
              <a href=${line.tel}>${actionIcons.phone}<span>${strings.helplineOf(line.name)}</span> <span class="phone" dir="ltr">${line.text}</span></a>
            </li>`,
          )}
        </ul>`
      : nothing}
  </section>`;
}
