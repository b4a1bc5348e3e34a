/**
 * The icons of the finder's and the details' actions (join, call, directions, calendar, share, a
 * link, print), drawn as `icons.ts` draws the first load's. Here, not there, so that the first load
 * does not carry them.
 */
import { svg } from 'lit';
import { icon } from './icons.js';

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

/** By name: `actionIcons.share`, `actionIcons.print` … */
export const actionIcons = { directions, video, phone, calendar, share, link, print } as const;
