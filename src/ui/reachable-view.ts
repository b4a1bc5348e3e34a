/**
 * "Still possible tonight": the few meetings a person can still get to, each with one tap to join,
 * call in or get directions, without opening its details. Above the list in the finder (only when it
 * has something), and on its own as the compact view (`view="next"`), where it also says honestly
 * when there is nothing left and which meeting is next.
 *
 * Every link is built from checked values: join links the adapter kept (http/https), `tel:` from the
 * digits, directions URLs we assemble; links that leave the page open a new tab and send no referrer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting } from '../model/meeting.js';
import { telUrl } from '../model/text.js';
import { directionsLinks, isAppleDevice } from '../export/directions.js';
import type { Localizer } from '../i18n/localize.js';
import type { ReachableStrings } from '../i18n/reachable-strings.js';
import { CLOCK, type ClockView } from '../query/clock-view.js';
import { REACH, type Reach, type ReachableMeeting } from '../query/reachable.js';
import { whereText } from './meeting-item.js';
import { meetingTimeText } from './meeting-time.js';

export interface ReachableProps {
  meetings: readonly Meeting[];
  reach: Reach;
  clock: ClockView;
  l10n: Localizer;
  now: Date;
  viewerZone: string | undefined;
  /** The compact view: a heading of its own, the honest "nothing left" and the link to the full page. */
  compact: boolean;
  /** Minutes after midnight where the list's headings are: from 17:00 until the night ends, the heading says "tonight". */
  hereMinutes: number;
  detailHref(id: string): string;
  /** Opens a meeting's details in place; without it, the name is a plain link (to the full page). */
  onOpen?: ((id: string) => void) | undefined;
  /** The host's full finder page (`full-url`), already checked. */
  fullUrl?: string | undefined;
  /**
   * In the finder, when the element is too short for it and the list (`reachable-room-controller.ts`):
   * folded to its title and a count (a button opens it), or out of the way (`hidden`).
   */
  fold?: { room: 'open' | 'folded' | 'hidden'; opened: boolean; onToggle(open: boolean): void } | undefined;
}

function external(href: string, text: string, label: string, className: string): TemplateResult {
  return html`<a class=${className} href=${href} target="_blank" rel="noopener noreferrer" aria-label=${label}>${text}</a>`;
}

/** Apple Maps is offered for directions on Apple devices only. */
const apple = isAppleDevice(navigator);

/** This view's strings (its own table) with the shared ones it uses. */
function stringsOf(l10n: Localizer): ReachableStrings & Pick<Localizer['strings'], 'startsIn' | 'today' | 'tomorrow'> {
  const { startsIn, today, tomorrow } = l10n.strings;
  return { ...l10n.reachable, startsIn, today, tomorrow };
}

function item(props: ReachableProps, reachable: ReachableMeeting): TemplateResult {
  const { l10n, meetings } = props;
  const strings = stringsOf(l10n);
  const meeting = meetings[reachable.position]!;
  const { own, yours } = meetingTimeText(meeting, l10n, { now: props.now, viewerZone: props.viewerZone });
  const minutes = reachable.minutesUntil;
  const status =
    minutes < 0 ? strings.startedAgo(-minutes, l10n.number(-minutes)) : minutes < 60 ? strings.startsIn(minutes, l10n.number(Math.max(1, minutes))) : undefined;
  const travel = reachable.travel;
  const travelText = travel && (travel.mode === 'walk' ? strings.travelOnFoot : strings.travelByCar)(travel.minutes, l10n.number(travel.minutes));
  const where = reachable.inPerson ? [meeting.location.name, meeting.location.formattedAddress].filter(Boolean).join(' · ') : whereText(meeting, l10n);
  const join = reachable.online ? meeting.online.url : undefined;
  const dial = reachable.online ? telUrl(meeting.online.phone) : undefined;
  const directions = reachable.inPerson ? directionsLinks(meeting, { apple })[0] : undefined;
  return html`<li class="reachable-item" data-id=${meeting.id}>
    <h4><a class="open" href=${props.detailHref(meeting.id)} data-id=${meeting.id}>${meeting.name}</a></h4>
    <p class="when">
      ${status ? html`<span class="status">${status}</span> · ` : nothing}<bdi>${own}</bdi>${yours ? html` · <span class="yours">${yours}</span>` : nothing}
    </p>
    ${where || travelText ? html`<p class="where">${travelText ? html`<span class="travel">${travelText}</span>${where ? ' · ' : ''}` : nothing}${where}</p>` : nothing}
    ${join || dial || directions
      ? html`<p class="reach-actions">
          ${join ? external(join, strings.join, strings.joinNamed(meeting.name), 'action primary') : nothing}
          ${dial ? html`<a class="action" href=${dial} aria-label=${strings.callNamed(meeting.name)}>${strings.call}</a>` : nothing}
          ${directions ? external(directions.url, strings.directions, strings.directionsNamed(meeting.name), 'action') : nothing}
        </p>`
      : nothing}
  </li>`;
}

/** "Sunrise Serenity, Tomorrow at 7:00 AM": the next meeting when nothing can be reached. */
function nextText(props: ReachableProps, next: NonNullable<Reach['next']>): string {
  const { l10n, meetings, clock } = props;
  const strings = stringsOf(l10n);
  const meeting = meetings[next.position]!;
  const flags = clock.flags[next.position]!;
  const day = flags & CLOCK.today ? strings.today : flags & CLOCK.tomorrow ? strings.tomorrow : l10n.weekday(meeting.day!);
  return strings.nextOne(meeting.name, strings.dayAt(day, l10n.time(meeting.start!)));
}

function openOnPress(onOpen: ((id: string) => void) | undefined): ((event: MouseEvent) => void) | undefined {
  if (!onOpen) return undefined;
  return (event) => {
    const link = (event.target as Element).closest?.('a.open');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(link.getAttribute('data-id')!);
  };
}

/**
 * The section, or nothing: in the finder it appears only when something can be reached; the compact
 * view always shows it, with the host's `empty` slot when nothing can.
 */
export function renderReachable(props: ReachableProps): TemplateResult | typeof nothing {
  const { reach, l10n, compact } = props;
  const strings = stringsOf(l10n);
  if (!compact && reach.items.length === 0) return nothing;
  const tonight = props.hereMinutes >= 17 * 60 || props.hereMinutes < REACH.nightEnds;
  const title = compact ? strings.nextMeetings : tonight ? strings.reachableTonight : strings.reachableToday;
  const estimated = reach.items.some((reachable) => reachable.travel);
  const fold = compact ? undefined : props.fold;
  // Hidden, it stays in the page: its place is measured to know when there is room again.
  const hidden = fold?.room === 'hidden';
  const folded = hidden || (fold?.room === 'folded' && !fold.opened);
  // One template whether folded or open, so the button that opens it keeps the focus.
  const heading =
    fold && fold.room !== 'open'
      ? html`<h3 id="reachable-title">
          <button type="button" class="reach-fold" aria-expanded=${folded ? 'false' : 'true'} @click=${() => fold.onToggle(folded)}>
            <span class="chevron" aria-hidden="true"></span>${title} (${l10n.number(reach.items.length)})
          </button>
        </h3>`
      : html`<h3 id="reachable-title">${title}</h3>`;
  const body = html`${reach.items.length
      ? html`<ul class="reachable-list" role="list">${reach.items.map((reachable) => item(props, reachable))}</ul>`
      : html`<div class="none-reachable">
          <p>${strings.noneReachable}${reach.next ? html` ${nextText(props, reach.next)}` : nothing}</p>
          <slot name="empty"></slot>
        </div>`}
    ${estimated ? html`<p class="travel-note">${strings.travelNote}</p>` : nothing}
    ${compact && props.fullUrl ? html`<p class="see-all"><a href=${props.fullUrl}>${strings.seeAllMeetings}</a></p>` : nothing}`;
  return html`<section
    class="reachable ${compact ? 'compact' : ''} ${folded ? 'folded' : ''}"
    part="reachable"
    aria-labelledby="reachable-title"
    ?hidden=${hidden}
    @click=${openOnPress(props.onOpen)}
  >
    ${heading} ${folded ? nothing : body}
  </section>`;
}
