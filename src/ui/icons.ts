/**
 * Inline SVG icons, drawn for this component on a 24-unit grid with round 2-unit strokes. Inline
 * because icon fonts do not load inside a shadow root and a third-party image would tell its host
 * who is looking at recovery meetings. Each icon is decoration beside a visible text: hidden from
 * assistive technology, sized to the text (1em), coloured by it (currentColor).
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

export function icon(name: string, shapes: SVGTemplateResult): TemplateResult {
  return html`<svg
    class="icon icon-${name}"
    viewBox="0 0 24 24"
    width="1em"
    height="1em"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >${shapes}</svg>`;
}

const back = icon('back', svg`<path d="M19 12H5" /><path d="M12 19l-7-7 7-7" />`);

const map = icon('map', svg`<path d="M9 4 3 6v14l6-2 6 2 6-2V4l-6 2z" /><path d="M9 4v14" /><path d="M15 6v14" />`);

const list = icon(
  'list',
  svg`<path d="M9 6h12" /><path d="M9 12h12" /><path d="M9 18h12" /><path d="M4 6h.01" /><path d="M4 12h.01" /><path d="M4 18h.01" />`,
);

/**
 * The first load's icons by name: `icons.back`, `icons.list`, `icons.map` (the rest, which only the
 * finder and the details show, are in `action-icons.ts`).
 */
export const icons = { back, map, list } as const;
