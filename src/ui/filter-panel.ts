/**
 * The filter panel, closed at first so the first screen shows meetings: its summary says how many
 * filters are on and which ("Filters · 2 filters: Today, Women"), so a closed panel hides nothing a
 * person has chosen. Its options come from a chunk (`filter-view.ts`) fetched when the panel is
 * first opened, or once the list is idle.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FilterState } from '../state/filter-state.js';
import type { Localizer } from '../i18n/localize.js';
import type { FilterGroupsProps } from './filter-groups.js';

export type FilterView = typeof import('./filter-view.js');

export interface FilterPanelProps extends FilterGroupsProps {
  open: boolean;
  onToggle(open: boolean): void;
  /** The options' chunk; undefined while it is fetched. */
  view: FilterView | undefined;
  /** The chunk could not be fetched. */
  failed: boolean;
}

/** How many constraints are active, for the summary and the no-results view. */
export function activeCount(state: FilterState): number {
  return state.days.length + state.times.length + state.attendance.length + state.features.length + state.regions.length;
}

/** The names of the active choices, dimension by dimension, as the options call them. */
export function activeNames(state: FilterState, l10n: Localizer): Record<'days' | 'times' | 'attendance' | 'features' | 'regions', string[]> {
  const { strings } = l10n;
  return {
    days: state.days.map((day) => (day === 'today' ? strings.today : day === 'tomorrow' ? strings.tomorrow : l10n.weekday(day))),
    times: state.times.map((time) => strings.timeOptions[time]),
    attendance: state.attendance.map((option) => strings.attendanceOptions[option]),
    features: state.features.map((feature) => l10n.featureName(feature) ?? feature),
    regions: [...state.regions],
  };
}

export function renderFilterPanel(props: FilterPanelProps): TemplateResult {
  const { l10n, state } = props;
  const { strings } = l10n;
  const active = activeCount(state);
  const names = Object.values(activeNames(state, l10n)).flat();
  return html`<details class="filters" part="filters" .open=${props.open} @toggle=${(event: Event) => props.onToggle((event.target as HTMLDetailsElement).open)}>
    <summary>
      ${strings.filtersLabel}${active ? html` <span class="n">${strings.activeFilters(active, l10n.number(active))}</span>` : nothing}
      ${names.length ? html`<span class="active-names">${l10n.list(names)}</span>` : nothing}
    </summary>
    ${props.open
      ? props.view
        ? props.view.renderFilterGroups(props)
        : html`<p class="message" part="message" role=${props.failed ? 'alert' : 'status'}>${props.failed ? strings.filtersFailed : strings.filtersLoading}</p>`
      : nothing}
  </details>`;
}
