/**
 * How the element's attributes and children become the sources of a load: the `meetings`
 * property, the URLs of `src`, and `<script type="application/json">` children (inline data for site
 * builders that cannot host a file).
 */
import { INLINE_SOURCE, splitSrc, type SourceSpec } from '../feeds/load-meetings.js';

/** The host's `<script type="application/json">` children, named `inline:ID` (or `inline:N`). */
export function inlineScripts(host: HTMLElement): SourceSpec[] {
  return [...host.querySelectorAll(':scope > script[type="application/json"]')].map((script, index) => {
    const format = script.getAttribute('data-format');
    return {
      kind: 'inline',
      name: `${INLINE_SOURCE}:${script.id || index + 1}`,
      data: script.textContent ?? '',
      ...(format === 'bmlt' || format === 'meeting-guide' ? { format } : {}),
    };
  });
}

/** The inline scripts as one string: equal strings mean nothing to reload. */
export function inlineKey(host: HTMLElement): string {
  return JSON.stringify(inlineScripts(host));
}

/** The `meetings` property alone when set; else the `src` URLs, then the inline scripts. */
export function sourcesOf(src: string | undefined, data: unknown, inline: readonly SourceSpec[]): SourceSpec[] {
  if (data !== undefined && data !== null) return [{ kind: 'inline', name: INLINE_SOURCE, data }];
  return [...splitSrc(src).map((url): SourceSpec => ({ kind: 'url', url })), ...inline];
}
