/**
 * The current results as a paper schedule: every meeting (not only the few rows the virtualized
 * list has on screen), by weekday starting today, one compact row each, and what paper cannot
 * click written out (the join link, the dial-in number). Hidden on screen; `print-styles.ts`
 * shows it, and hides the interactive UI, when printing.
 *
 * Rendering is proportional to the results: render it when a print is asked for (the Print button,
 * `beforeprint`), not on every keystroke. And it stops at `PRINT_LIMIT` meetings, saying so.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting } from '../model/meeting.js';
import { displayTypes } from '../model/type-order.js';
import type { ZonedParts } from '../model/occurrence.js';
import type { ClockView } from '../query/clock-view.js';
import { weekdayGroups } from '../query/day-groups.js';
import { joinOnlineLabel, type Localizer } from '../i18n/localize.js';
import { whereText } from './meeting-item.js';

/**
 * The most meetings one printout holds: 1,000 are about 100 pages and render in ~0.1 s. All of
 * 50,000 froze the page for 2.4 s and kept the print preview busy for minutes.
 */
export const PRINT_LIMIT = 1000;

export interface PrintScheduleProps {
  meetings: readonly Meeting[];
  /** Positions into `meetings`: the current results, in any order. */
  positions: Int32Array;
  l10n: Localizer;
  /** Now, in the zone the days follow (the element's `timezone`, else the viewer's). */
  here: ZonedParts;
  clock: ClockView;
  /** The schedule's heading; the localized "Meeting schedule" by default. */
  title?: string;
  /** The most meetings printed: the first ones of `positions`. */
  limit?: number;
  /** Whom to call, printed under the meetings ("West Tennessee Area helpline (901) 555-0100"). */
  helplines?: readonly string[];
}

/** The date the schedule was printed, for "As of …": a paper copy outlives the feed. */
function today(here: ZonedParts, l10n: Localizer): string {
  return new Intl.DateTimeFormat(l10n.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(here.year, here.month - 1, here.day));
}

function row(meeting: Meeting, l10n: Localizer, showZone: boolean): TemplateResult {
  const { strings } = l10n;
  const time = meeting.start === undefined ? strings.timeNotGiven : l10n.timeRange(meeting.start, meeting.end);
  const canJoin = meeting.attendance !== 'in_person';
  const { url, phone, provider } = meeting.online;
  const where = whereText(meeting, l10n);
  const types = displayTypes(meeting).map((type) => l10n.typeName(type));
  return html`<li class="print-meeting">
    <span class="print-time"><bdi>${time}</bdi>${showZone && meeting.timezone ? html` <span class="print-zone">${l10n.zoneName(meeting.timezone)}</span>` : nothing}</span>
    <span class="print-body">
      <strong class="print-name">${meeting.name}</strong>
      <span class="print-types">${strings.attendance[meeting.attendance]}${types.length ? ` · ${l10n.list(types)}` : ''}</span>
      ${where ? html`<span class="print-where">${where}</span>` : nothing}
      ${canJoin && url ? html`<span class="print-link">${joinOnlineLabel(strings, provider)}: <span class="print-url">${url}</span></span>` : nothing}
      ${canJoin && phone ? html`<span class="print-link">${strings.dialIn}: ${phone}</span>` : nothing}
    </span>
  </li>`;
}

export function renderPrintSchedule({ meetings, positions: results, l10n, here, clock, title, limit = PRINT_LIMIT, helplines = [] }: PrintScheduleProps): TemplateResult {
  const { strings } = l10n;
  // The first ones as the list orders them (soonest, or nearest): what a person sees first.
  const positions = results.length > limit ? results.subarray(0, limit) : results;
  const zones = new Set<string | undefined>();
  for (const position of positions) zones.add(meetings[position]!.timezone);
  // One zone is said once, under the title; with several, each row names its own.
  const commonZone = zones.size === 1 ? [...zones][0] : undefined;
  return html`<section class="print-schedule" part="print" lang=${l10n.locale} dir=${l10n.dir}>
    <h2 class="print-title">${title ?? strings.printTitle}</h2>
    <p class="print-meta">
      ${strings.printAsOf(today(here, l10n))}
      ${positions.length < results.length
        ? strings.printFirst(l10n.number(positions.length), l10n.number(results.length))
        : html`${strings.resultCount(positions.length, l10n.number(positions.length))}.`}
      ${commonZone ? strings.timesIn(l10n.zoneName(commonZone)) : nothing}
    </p>
    ${weekdayGroups(positions, clock.minutesUntil, here).map(
      (group) => html`<div class="print-day">
        <h3>${group.weekday === undefined ? strings.byAppointment : l10n.weekday(group.weekday)}</h3>
        <ul>
          ${group.positions.map((position) => row(meetings[position]!, l10n, zones.size > 1))}
        </ul>
      </div>`,
    )}
    ${helplines.length
      ? html`<div class="print-helplines">
          <h3>${strings.helplinesTitle}</h3>
          <ul>
            ${helplines.map((line) => html`<li>${line}</li>`)}
          </ul>
        </div>`
      : nothing}
  </section>`;
}
