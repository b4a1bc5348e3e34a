/**
 * The page's own colours around the element, for the host's slotted content (header, footer, FAQ,
 * information, helpline, empty). Slotted nodes inherit from the element's shadow tree, so in the
 * dark theme a page's footer would get the element's light text on the page's own light background
 * (1.16:1 in the demo). Only the element's own surfaces change colour: its slots get the text colour
 * and background the page has where the element sits, unless the host says otherwise
 * (`--ml-slotted-color`, `--ml-slotted-background`).
 *
 * Measured when the element is connected and when its theme or the reader's colour preference
 * changes, never on every update: the page's colours do not follow a keystroke.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The page's text colour and first painted background around `host`. */
export function pageColors(host: Element): { color: string; background: string } {
  const parentOf = (node: Element): Element | null => node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  const parent = parentOf(host);
  const color = parent ? getComputedStyle(parent).color : '';
  let background = '';
  for (let node = parent; node && !background; node = parentOf(node)) {
    const value = getComputedStyle(node).backgroundColor;
    // The first ancestor that paints: transparent ones ("rgba(0, 0, 0, 0)", "transparent") let it through.
    if (value && value !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(value)) background = value;
  }
  // Nothing paints: the page's canvas, white unless the page asks for a dark one only.
  if (!background) background = /^\s*dark\s*$/.test(getComputedStyle(document.documentElement).colorScheme) ? 'Canvas' : 'rgb(255, 255, 255)';
  return { color, background };
}

export class PageColorsController implements ReactiveController {
  private media?: MediaQueryList | undefined;
  private theme?: string | undefined;
  private readonly onMedia = () => this.measure();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { theme?: string | undefined }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.media = window.matchMedia?.('(prefers-color-scheme: dark)');
    this.media?.addEventListener?.('change', this.onMedia);
    this.theme = this.host.theme;
    this.measure();
  }

  hostDisconnected(): void {
    this.media?.removeEventListener?.('change', this.onMedia);
    this.media = undefined;
  }

  hostUpdated(): void {
    if (this.host.theme === this.theme) return;
    this.theme = this.host.theme;
    this.measure();
  }

  private measure(): void {
    const root = this.host.shadowRoot;
    if (!root || !this.host.isConnected) return;
    const { color, background } = pageColors(this.host);
    // On the host's own style (CSSOM, so a Content-Security-Policy without 'unsafe-inline' allows
    // it): WebKit does not restyle the host when an adopted sheet's :host rules change.
    this.host.style.setProperty('--_ml-page-color', color || 'inherit');
    this.host.style.setProperty('--_ml-page-background', background);
  }
}
