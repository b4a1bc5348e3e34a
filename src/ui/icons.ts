/**
 * Inline SVG icons, drawn for this component on a 24-unit grid with round 2-unit strokes. Inline
 * because icon fonts do not load inside a shadow root and a third-party image would tell its host
 * who is looking at recovery meetings. Each icon is decoration beside a visible text: hidden from
 * assistive technology, sized to the text (1em), coloured by it (currentColor).
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

function icon(name: string, shapes: SVGTemplateResult): TemplateResult {
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

const directions = icon(
  'directions',
  svg`<path d="M12 2.5 21.5 12 12 21.5 2.5 12z" /><path d="M9 14v-2.5a1.5 1.5 0 0 1 1.5-1.5H15" /><path d="M13 8l2 2-2 2" />`,
);

const video = icon('video', svg`<rect x="2" y="6" width="13" height="12" rx="2" /><path d="M15 10.5 22 7v10l-7-3.5z" />`);

const phone = icon(
  'phone',
  svg`<path d="M5 3h3.5l1.5 4.5-2.2 1.4a12 12 0 0 0 7.3 7.3l1.4-2.2L21 15.5V19a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z" />`,
);

const calendar = icon(
  'calendar',
  svg`<rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18" /><path d="M8 3v4" /><path d="M16 3v4" />`,
);

const share = icon(
  'share',
  svg`<circle cx="18" cy="5" r="3" /><circle cx="6" cy="12" r="3" /><circle cx="18" cy="19" r="3" /><path d="M8.6 10.5l6.8-4" /><path d="M8.6 13.5l6.8 4" />`,
);

const link = icon(
  'link',
  svg`<path d="M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4L12 5.6" /><path d="M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.2-1.2" />`,
);

const print = icon(
  'print',
  svg`<path d="M6 9V3h12v6" /><rect x="3" y="9" width="18" height="8" rx="2" /><path d="M6 14h12v7H6z" />`,
);

const map = icon('map', svg`<path d="M9 4 3 6v14l6-2 6 2 6-2V4l-6 2z" /><path d="M9 4v14" /><path d="M15 6v14" />`);

const list = icon(
  'list',
  svg`<path d="M9 6h12" /><path d="M9 12h12" /><path d="M9 18h12" /><path d="M4 6h.01" /><path d="M4 12h.01" /><path d="M4 18h.01" />`,
);

const close = icon('close', svg`<path d="M6 6l12 12" /><path d="M18 6 6 18" />`);

const location = icon(
  'location',
  svg`<path d="M12 22s7-6.2 7-12a7 7 0 0 0-14 0c0 5.8 7 12 7 12z" /><circle cx="12" cy="10" r="2.5" />`,
);

/** Every icon by name: `icons.back`, `icons.share` … */
export const icons = { back, directions, video, phone, calendar, share, link, print, map, list, close, location } as const;

export type IconName = keyof typeof icons;
