/**
 * "Go to a day": a link for each day in the results, above the list, with its number of meetings.
 * The list is virtualized, so a day's heading exists only while its first meeting's row is
 * rendered: a screen reader's "next heading" or a keyboard cannot reach Sunday from Tuesday
 * without passing every row between. These links are always there. Named and counted from the
 * list's own headings (`query/list-items.ts`), so they cannot disagree with it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ZonedParts } from '../model/occurrence.js';
import { headingSpans, type ListItems } from '../query/list-items.js';
import type { Localizer } from '../i18n/localize.js';
import { headingLabel } from './day-heading.js';

export interface DayNavProps {
  items: ListItems;
  here: ZonedParts;
  l10n: Localizer;
  /** Nearest first: the list has no day headings, so no days to go to. */
  byDistance: boolean;
  /** A day's link activated: `start` is the row index of its first meeting. */
  onDay: (start: number) => void;
}

/** Nothing when there is no second day to go to (one day only), or no days (nearest first). */
export function renderDayNav(props: DayNavProps): TemplateResult | typeof nothing {
  const { l10n, here } = props;
  const spans = headingSpans(props.items);
  if (props.byDistance || spans.length < 2) return nothing;
  const { strings } = l10n;
  return html`<nav class="days" part="days" aria-labelledby="days-label">
    <span id="days-label" class="days-label">${strings.dayNavLabel}</span>
    <ul>
      ${spans.map(
        ({ heading, start, count }) => html`<li>
          <a
            href="#"
            @click=${(event: MouseEvent) => {
              // An in-page link: its target is a row that may not exist yet, so the element goes there.
              event.preventDefault();
              props.onDay(start);
            }}
            >${headingLabel(heading, here, l10n)}<span class="n" aria-hidden="true">${l10n.number(count)}</span>
            <span class="visually-hidden">${strings.resultCount(count, l10n.number(count))}</span></a
          >
        </li>`,
      )}
    </ul>
  </nav>`;
}
