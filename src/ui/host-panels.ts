/**
 * The host page's own sections (the `faq` and `info` slots), each behind a disclosure button so a
 * phone shows the meetings first and a person opens the FAQ when they want it. The content stays in
 * the page's light DOM: search engines index it, and the host's own `<details>` FAQ works as is.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localize.js';

export type PanelName = 'faq' | 'info';

export interface HostPanelsProps {
  /** The panels the page filled, in order. */
  filled: readonly PanelName[];
  open: ReadonlySet<PanelName>;
  /** The page's own name for a panel (the slotted element's `data-label`), when it gives one. */
  label: (name: PanelName) => string | undefined;
  l10n: Localizer;
  onToggle: (name: PanelName, open: boolean) => void;
}

export function renderHostPanels(props: HostPanelsProps): TemplateResult {
  const { filled, open, l10n } = props;
  const defaults: Record<PanelName, string> = { faq: l10n.strings.faqPanel, info: l10n.strings.infoPanel };
  return html`<div class="panels" part="panels" ?hidden=${filled.length === 0}>
    ${(['faq', 'info'] as const).map((name) => {
      const shown = filled.includes(name);
      const expanded = open.has(name);
      // The slot is always rendered (hidden when empty or collapsed) so the page's content keeps
      // one place in the shadow tree.
      return html`<section class="panel" part="panel ${name}-panel" ?hidden=${!shown} aria-labelledby="${name}-toggle">
        <h3 class="panel-heading">
          <button
            id="${name}-toggle"
            type="button"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls="${name}-body"
            @click=${() => props.onToggle(name, !expanded)}
          >
            <span class="chevron" aria-hidden="true"></span>${props.label(name) || defaults[name]}
          </button>
        </h3>
        <div id="${name}-body" class="panel-body" part=${name} ?hidden=${!shown || !expanded}><slot name=${name}></slot></div>
      </section>${nothing}`;
    })}
  </div>`;
}
