/**
 * Where the layout changes, by the element's own width (not the window's: the same element may be
 * a full page, a sidebar or a phone column), in rem, as the container queries measure. The styles
 * and the width controller read them from here, so CSS and script agree.
 */
export const BREAKPOINTS = {
  /** Below this, a row's time goes above its name and a detail's labels above their values. */
  stacked: 26,
  /** Below this, the Print button shows only its icon. */
  compact: 30,
  /** The host's panels start open from this width (closed below, where the meetings come first). */
  panelsOpen: 40,
  /** `view="auto"` and `view="both"` put list and map side by side when the main area is this wide. */
  sideBySide: 44,
  /** The host's panels move beside the list from this width (without a map). */
  panelsBeside: 52,
  /** …and beside list and map from this one. */
  panelsBesideMap: 90,
} as const;
