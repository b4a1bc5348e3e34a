/**
 * The filter panel's options: native checkboxes in labelled fieldsets (keyboard and screen readers
 * work as they do everywhere), each option with the number of meetings it would give. Options that
 * would give none stay visible, disabled, with 0. The long lists (meeting types, areas) sit in
 * disclosures; areas can be searched and are grouped by their broadest region. In a chunk of its
 * own (`filter-view.ts`): the panel starts closed, so the first screen never needs this.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Weekday } from '../model/meeting.js';
import { FEATURE_KEYS } from '../model/features.js';
import { fold } from '../model/text.js';
import type { FilterCounts } from '../query/apply-filters.js';
import type { FilterIndex } from '../query/filter-index.js';
import { TIME_BUCKETS } from '../query/time-buckets.js';
import type { AttendanceOption, DayOption, FilterState, TimeOption } from '../state/filter-state.js';
import type { FilterList } from '../state/locator-state.js';
import { activeCount } from './filter-panel.js';
import type { Localizer } from '../i18n/localize.js';

export interface FilterGroupsProps {
  state: FilterState;
  counts: FilterCounts;
  index: FilterIndex;
  l10n: Localizer;
  today: Weekday;
  /** Text typed into the area finder. */
  regionQuery: string;
  /** The long lists that are open; closed ones are not rendered at all. */
  openLists: ReadonlySet<FilterList>;
  onList(name: FilterList, open: boolean): void;
  onChange(next: FilterState): void;
  onRegionQuery(text: string): void;
}

type ListDimension = 'days' | 'times' | 'attendance' | 'features' | 'regions';

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);
}

function chip<T>(props: FilterGroupsProps, dimension: ListDimension, value: T, name: string, count: number, title?: string): TemplateResult {
  const list = props.state[dimension] as unknown as readonly T[];
  const checked = list.includes(value);
  const disabled = !checked && count === 0;
  return html`<label class="chip ${checked ? 'on' : ''} ${disabled ? 'off' : ''}" title=${title ?? nothing}>
    <input
      type="checkbox"
      .checked=${checked}
      ?disabled=${disabled}
      @change=${(event: Event) => props.onChange({ ...props.state, [dimension]: toggled(list, value, (event.target as HTMLInputElement).checked) })}
    /><span>${name}</span> <span class="n">${props.l10n.number(count)}</span>
  </label>`;
}

const FEATURE_ORDER = new Map<string, number>(FEATURE_KEYS.map((key, index) => [key, index]));

export function renderFilterGroups(props: FilterGroupsProps): TemplateResult {
  const { l10n, counts, state, index, today } = props;
  const { strings } = l10n;
  const active = activeCount(state);
  const days: DayOption[] = ['today', 'tomorrow', ...Array.from({ length: 7 }, (_, k) => ((today + k) % 7) as Weekday)];
  const bucketHours = (bucket: number) => {
    const from = [4, 11, 14, 17, 21][bucket]! * 60;
    const to = [11, 14, 17, 21, 4][bucket]! * 60 - 1;
    return strings.timeRangeHint(l10n.time(from), l10n.time((to + 1440) % 1440));
  };
  const features = [...index.features].sort((a, b) => (FEATURE_ORDER.get(a) ?? FEATURE_ORDER.size) - (FEATURE_ORDER.get(b) ?? FEATURE_ORDER.size) || a.localeCompare(b));
  const selectedFeatures = state.features.filter((feature) => !index.features.includes(feature));

  return html`<div class="filter-groups">
      <fieldset>
        <legend>${strings.dayLegend}</legend>
        ${days.map((day) =>
          chip(props, 'days', day, day === 'today' ? strings.today : day === 'tomorrow' ? strings.tomorrow : l10n.weekday(day), counts.days.get(day) ?? 0),
        )}
      </fieldset>
      <fieldset>
        <legend>${strings.timeLegend}</legend>
        ${TIME_BUCKETS.map((bucket, b) => chip(props, 'times', bucket as TimeOption, strings.timeOptions[bucket], counts.times.get(bucket) ?? 0, bucketHours(b)))}
        ${(['soon', 'now'] as const).map((time) => chip(props, 'times', time, strings.timeOptions[time], counts.times.get(time) ?? 0))}
      </fieldset>
      <fieldset>
        <legend>${strings.attendanceLegend}</legend>
        ${(['in_person', 'online', 'hybrid'] as AttendanceOption[]).map((option) =>
          chip(props, 'attendance', option, strings.attendanceOptions[option], counts.attendance.get(option) ?? 0),
        )}
        <p class="hint">${strings.hybridNote}</p>
      </fieldset>
      ${features.length || selectedFeatures.length
        ? html`<details class="more" .open=${props.openLists.has('features')} @toggle=${listToggle(props, 'features')}>
            <summary>${strings.featuresLegend}${state.features.length ? html` <span class="n">${l10n.number(state.features.length)}</span>` : nothing}</summary>
            ${props.openLists.has('features')
              ? html`<fieldset>
                  <legend class="visually-hidden">${strings.featuresLegend}</legend>
                  ${[...features, ...selectedFeatures].map((feature) =>
                    chip(props, 'features', feature, l10n.featureName(feature) ?? feature, counts.features.get(feature) ?? 0),
                  )}
                </fieldset>`
              : nothing}
          </details>`
        : nothing}
      ${index.regions.length ? renderRegions(props) : nothing}
      ${active
        ? html`<button type="button" class="quiet" @click=${() => props.onChange({ ...state, days: [], times: [], attendance: [], features: [], regions: [] })}>
            ${strings.clearFilters}
          </button>`
        : nothing}
  </div>`;
}

/** Keeps a long list's open state, so a closed one costs nothing to re-render. */
function listToggle(props: FilterGroupsProps, name: FilterList) {
  return (event: Event) => {
    const open = (event.target as HTMLDetailsElement).open;
    if (open !== props.openLists.has(name)) props.onList(name, open);
  };
}

function renderRegions(props: FilterGroupsProps): TemplateResult {
  const { l10n, state } = props;
  const { strings } = l10n;
  const open = props.openLists.has('regions');
  return html`<details class="more" .open=${open} @toggle=${listToggle(props, 'regions')}>
    <summary>${strings.regionsLegend}${state.regions.length ? html` <span class="n">${l10n.number(state.regions.length)}</span>` : nothing}</summary>
    ${open ? renderRegionList(props) : nothing}
  </details>`;
}

function renderRegionList(props: FilterGroupsProps): TemplateResult {
  const { l10n, index, state, counts, regionQuery } = props;
  const { strings } = l10n;
  const wanted = fold(regionQuery.trim());
  const groups = new Map<string, string[]>();
  index.regions.forEach((region, id) => {
    if (wanted && !fold(region).includes(wanted) && !state.regions.includes(region)) return;
    const group = index.regionGroup[id] ?? region;
    const list = groups.get(group);
    if (list) list.push(region);
    else groups.set(group, [region]);
  });
  const collator = new Intl.Collator(l10n.locale, { numeric: true, sensitivity: 'base' });
  const ordered = [...groups].sort(([a], [b]) => collator.compare(a, b));
  return html`<label class="region-search">
      <span>${strings.regionSearchLabel}</span>
      <input type="search" autocomplete="off" .value=${regionQuery} @input=${(event: Event) => props.onRegionQuery((event.target as HTMLInputElement).value)} />
    </label>
    <div class="regions">
      ${ordered.map(
        ([group, regions]) => html`<fieldset>
          <legend>${group}</legend>
          ${regions.sort(collator.compare).map((region) => chip(props, 'regions', region, region, counts.regions.get(region) ?? 0))}
        </fieldset>`,
      )}
    </div>`;
}
