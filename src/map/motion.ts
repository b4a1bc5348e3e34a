/**
 * Whether the person asked for less motion. The stylesheet already stops CSS transitions and smooth
 * scrolling; this is for motion started from script (`scrollIntoView`, a map's fly-to), which CSS
 * cannot reach.
 */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
