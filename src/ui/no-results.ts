/**
 * Nothing matches: which choices exclude everything, each with a button that removes it and says
 * how many meetings would then show, beside the host's own `empty` slot.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Relaxation } from '../query/apply-filters.js';
import { EMPTY_FILTERS, without, type FilterState } from '../state/filter-state.js';
import type { Localizer } from '../i18n/localize.js';
import { activeCount, activeNames } from './filter-panel.js';
import type { DistanceUnit } from '../model/geo.js';

export interface NoResultsProps {
  filters: FilterState;
  relax: readonly Relaxation[];
  l10n: Localizer;
  unit: DistanceUnit;
  /** Applies the filters without the removed choice; `focusSearch` when the search was removed. */
  onChange(next: FilterState, focusSearch: boolean): void;
}

function constraintName(item: Relaxation, filters: FilterState, l10n: Localizer, unit: DistanceUnit): string {
  const { strings } = l10n;
  switch (item.dimension) {
    case 'q':
      return strings.searchConstraint(filters.q.trim());
    case 'features':
      return l10n.featureName(item.value!) ?? item.value!;
    case 'days':
    case 'times':
    case 'attendance':
    case 'regions':
      return l10n.list(activeNames(filters, l10n)[item.dimension]);
    case 'radius':
      return strings.radiusConstraint(strings.distance[unit](l10n.number(filters.radius ?? 0)));
  }
}

export function renderNoResults({ filters, relax, l10n, unit, onChange }: NoResultsProps): TemplateResult {
  const { strings } = l10n;
  const remove = (item: Relaxation) =>
    onChange(item.dimension === 'q' ? { ...filters, q: '' } : without(filters, item.dimension, item.value), item.dimension === 'q');
  const active = activeCount(filters);
  return html`<div class="message no-results" part="no-results">
    <slot name="empty"></slot>
    <p>${strings.noMatchTitle}</p>
    <ul>
      ${relax.map(
        (item) => html`<li>
          <button type="button" class="quiet" @click=${() => remove(item)}>
            ${strings.removeConstraint(constraintName(item, filters, l10n, unit), strings.resultCount(item.count, l10n.number(item.count)))}
          </button>
        </li>`,
      )}
    </ul>
    ${active > 1 || (active && filters.q)
      ? html`<button type="button" @click=${() => onChange({ ...EMPTY_FILTERS }, false)}>${strings.clearFilters}</button>`
      : nothing}
  </div>`;
}
