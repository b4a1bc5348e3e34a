/**
 * The package API's `presetFilters`: the filters a page's preset attributes ask for, Meeting Guide
 * type codes included (the element reads its presets with `readPresets`, and the code table once the
 * finder's chunk has brought it). Pure: no DOM.
 */
import { featureForMeetingGuideType } from '../model/meeting-guide-types.js';
import { readPresets, type PresetAttributes } from './presets.js';
import type { FilterState } from './filter-state.js';

/** The filters the attributes ask for, and the tokens that mean nothing (`ignored`, in attribute order). */
export function presetFilters(attributes: PresetAttributes): { filters: FilterState; ignored: string[] } {
  const { filters, ignored } = readPresets(attributes, (code) => featureForMeetingGuideType(code));
  return { filters, ignored };
}
