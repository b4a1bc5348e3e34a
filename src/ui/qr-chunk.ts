/**
 * A QR code of a meeting's link, drawn in the page (no image service is asked) by `uqr`, a small
 * MIT-licensed encoder, in a chunk fetched on the first press. Drawn as one SVG path through Lit's
 * template (no markup from a string: it works under Trusted Types), black on white with the
 * quiet zone scanners need, whatever the page's theme.
 */
import { html, type TemplateResult } from 'lit';
import { encode } from 'uqr';

/** Modules of white around the code, as the QR standard asks. */
const QUIET = 4;

/** The path of the dark modules of `text`'s code, and the code's size in modules (quiet zone included). */
export function qrPath(text: string): { d: string; size: number } {
  const { data } = encode(text, { ecc: 'M', border: 0 });
  const parts: string[] = [];
  data.forEach((row, y) => row.forEach((dark, x) => dark && parts.push(`M${x + QUIET} ${y + QUIET}h1v1h-1z`)));
  return { d: parts.join(''), size: data.length + 2 * QUIET };
}

export function renderQr(text: string, label: string): TemplateResult {
  const { d, size } = qrPath(text);
  return html`<svg class="qr" role="img" aria-label=${label} viewBox="0 0 ${size} ${size}" width="192" height="192" shape-rendering="crispEdges">
    <rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path>
  </svg>`;
}
