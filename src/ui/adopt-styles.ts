/**
 * Adds a lazily loaded chunk's styles to the element's shadow root, after the styles it already
 * has (constructable sheets where the browser adopts them, else a <style> element).
 */
import type { CSSResult } from 'lit';

export function adoptStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet && root instanceof ShadowRoot && 'adoptedStyleSheets' in root) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  else root.append(Object.assign(document.createElement('style'), { textContent: styles.cssText }));
}
