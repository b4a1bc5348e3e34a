/**
 * The list: meetings in upcoming order under day headings ("Thursday · Today", "Friday ·
 * Tomorrow", …, "Thursday, next week"), or nearest first with the meetings at an unknown distance
 * after them. Virtualized: only the rows on screen exist, so 50,000 meetings scroll like 50.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
// Imported statically: the default layout would be fetched as a separate chunk on first render,
// one more round trip before the first meeting shows.
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
// The package's public path to the virtualizer's ResizeObserver hook (meant for polyfills).
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import type { Meeting } from '../model/meeting.js';
import { KM_PER_MILE, type DistanceUnit } from '../model/geo.js';
import { nextOccurrence, type ZonedParts } from '../model/occurrence.js';
import { CLOCK, SOON_MINUTES, type ClockView } from '../query/clock-view.js';
import type { ListItems } from '../query/list-items.js';
import type { Localizer } from '../i18n/localize.js';
import { renderMeeting, type RowExtras } from './meeting-item.js';
import { headingLabel } from './day-heading.js';
import { FrameResizeObserver } from './frame-resize-observer.js';
import { rowArray } from './row-array.js';

// The virtualizer's observers answer a frame later, so none of its rounds ends in a loop error.
provideResizeObserver(FrameResizeObserver);

/**
 * The virtualizer's flow layout with a smaller margin of rows kept beyond the visible ones (its
 * default is 1000 px on each side: some twenty extra rows). Every filter change renders and lays out
 * each of those rows anew, so fewer make a change reach the screen a frame sooner; 400 px still
 * covers a fling's first frames.
 *
 * And rows exist while the list is scrolled out of the window: the virtualizer measures what is
 * visible of it through the window, which is nothing then, and would render no row at all. A screen
 * reader reading the page from the top would then meet an empty list and read on into the map.
 * Given a screenful of room instead, the list keeps the rows at its scroll position (the first
 * ones, coming from above; the last ones, coming back from below): the reader enters them, its
 * cursor scrolls them into view, and the virtualizer renders the next ones from there.
 */
class ListLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = 400;
  }

  protected override get _viewDim1(): number {
    const visible = super._viewDim1;
    // Height 0 but a width: laid out, only outside the window. (Hidden, both are 0: render nothing.)
    return visible === 0 && this._viewDim2 > 0 ? OUT_OF_VIEW_HEIGHT : visible;
  }
}

/** The height of list taken as "visible" while the list is outside the window, in px: about a phone screen. */
const OUT_OF_VIEW_HEIGHT = 800;

export interface MeetingListProps {
  meetings: readonly Meeting[];
  /** The rows and headings, in display order (`query/list-items.ts`); the same object for the same list. */
  items: ListItems;
  clock: ClockView;
  /** Now, in the zone the day headings follow (the element's `timezone`, else the viewer's). */
  here: ZonedParts;
  l10n: Localizer;
  now: Date;
  viewerZone: string | undefined;
  /** Kilometres, NaN where unknown; set when sorting by distance or showing distances. */
  distances?: Float64Array;
  byDistance: boolean;
  unit: DistanceUnit;
  /** The deep link to a meeting's details. */
  detailHref: (id: string) => string;
  /** Meetings chosen on the map, highlighted. */
  selected?: ReadonlySet<string>;
  /** A meeting's name was pressed (without a modifier key: those open the link as a link). */
  onOpen?: (id: string) => void;
  /** The starred meetings ("My meetings"); with `onStar`, each row has its star. */
  starred?: ReadonlySet<string>;
  onStar?: (id: string) => void;
}

function extras(props: MeetingListProps, position: number, meeting: Meeting): RowExtras {
  const { clock, l10n, distances, unit } = props;
  const { strings } = l10n;
  const row: RowExtras = { now: props.now, viewerZone: props.viewerZone, detailHref: props.detailHref(meeting.id), selected: props.selected?.has(meeting.id) ?? false };
  if (props.onStar) row.starred = props.starred?.has(meeting.id) ?? false;
  const flags = clock.flags[position]!;
  if (flags & CLOCK.now) row.status = strings.inProgress;
  else if (flags & CLOCK.soon) {
    // Real minutes, not wall-clock ones: they differ on the night the clocks change.
    const start = nextOccurrence(meeting, props.now);
    const minutes = start ? Math.round((start.getTime() - props.now.getTime()) / 60_000) : SOON_MINUTES;
    row.status = strings.startsIn(minutes, l10n.number(Math.max(1, minutes)));
  }
  const km = distances?.[position];
  if (km !== undefined && !Number.isNaN(km) && meeting.attendance !== 'online') {
    const value = unit === 'mi' ? km / KM_PER_MILE : km;
    row.distance = strings.distance[unit](l10n.number(Math.round(value * 10) / 10));
  }
  return row;
}

function openOnPress(props: MeetingListProps): (event: MouseEvent) => void {
  return (event) => {
    const star = (event.target as Element).closest?.('button.star');
    if (star && props.onStar) return props.onStar(star.getAttribute('data-id')!);
    const link = (event.target as Element).closest?.('a.open');
    if (!link || !props.onOpen || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    props.onOpen(link.getAttribute('data-id')!);
  };
}

/**
 * Scrolls the list so the meeting at `position` is in view (rows off screen do not exist until
 * then). Resolves false when the meeting is not in the list.
 */
export async function scrollToMeeting(list: Element | null, items: ListItems, position: number): Promise<boolean> {
  const index = items.rows.indexOf(position);
  const virtualizer = (list as VirtualizerHostElement | null)?.[virtualizerRef];
  if (index < 0 || !virtualizer) return false;
  virtualizer.element(index)?.scrollIntoView({ block: 'center' });
  await virtualizer.layoutComplete;
  return true;
}

/**
 * Brings the row at `index` to the top of the list and resolves with it once rendered (undefined
 * when the list has no such row). Rows far below do not exist yet: the virtualizer is asked to
 * scroll there first. Only the list scrolls (not the page, as the row's own scrollIntoView would
 * when the row happens to exist); whoever focuses in the row then brings the list into view.
 */
export async function scrollToRow(list: Element | null, index: number): Promise<HTMLElement | undefined> {
  const virtualizer = (list as VirtualizerHostElement | null)?.[virtualizerRef];
  if (!list || !virtualizer || !virtualizer.element(index)) return undefined;
  const row = () => list.querySelector<HTMLElement>(`:scope > [aria-posinset="${index + 1}"]`) ?? undefined;
  if (!row()) {
    virtualizer.element(index)!.scrollIntoView({ block: 'start' });
    await virtualizer.layoutComplete;
  }
  // The rows scrolled past are drawn, and measured, only once the list has moved: a height that
  // differs from the virtualizer's guess moves the row again. So the row is aligned until it stays
  // (a round or two; a few at most, and none once the list cannot scroll further).
  for (let round = 0; round < 4; round++) {
    const target = row();
    if (!target) return undefined;
    const offset = target.getBoundingClientRect().top - list.getBoundingClientRect().top - list.clientTop;
    const before = list.scrollTop;
    if (Math.abs(offset) < 1) return target;
    list.scrollTop = before + offset;
    if (list.scrollTop === before) return target;
    await settled(virtualizer);
  }
  return row();
}

/** The virtualizer's next layout, or three frames when the scroll asked for none. */
function settled(virtualizer: { layoutComplete: Promise<void> }): Promise<void> {
  const frames = new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  return Promise.race([virtualizer.layoutComplete.catch(() => undefined), frames]);
}

/**
 * A list, as a screen reader tells it: "Meetings, list"; each row "item 12 of 190", counted over the
 * whole result even though only the rows near the view exist; each day's heading inside the row of
 * its first meeting, so it is there whenever that meeting is.
 */
export function renderMeetingList(props: MeetingListProps): TemplateResult {
  const { l10n, meetings, here } = props;
  const { rows, headingAt, headings } = props.items;
  const total = rows.length;
  return html`<div class="list" part="list" role="list" tabindex="0" aria-label=${l10n.strings.meetingsLabel} @click=${openOnPress(props)}>
    ${virtualize({
      items: rowArray(rows) as number[],
      scroller: true,
      layout: { type: ListLayout },
      // The virtualizer may render once more with the previous range before it lays out a shorter
      // list (when the element updates in between): indices past the end are then undefined.
      keyFunction: (position: number | undefined, index: number) => (position === undefined ? `past-end-${index}` : meetings[position]!.id),
      renderItem: (position: number | undefined, index: number) => {
        if (position === undefined) return html``;
        const meeting = meetings[position]!;
        const heading = headingAt.get(index);
        return html`<div class="row" role="listitem" aria-setsize=${total} aria-posinset=${index + 1}>${heading === undefined
          ? nothing
          : html`<h3 class="day" part="day" tabindex="-1">${headingLabel(headings[heading]!, here, l10n)}</h3>`}${renderMeeting(meeting, l10n, extras(props, position, meeting))}</div>`;
      },
    })}
  </div>`;
}
