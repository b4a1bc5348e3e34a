/**
 * Bisection over a sorted stretch: the list is in an order (upcoming, by day) in which a bound
 * splits it in two, so its boundary is found in a few dozen look-ups instead of a walk of up to
 * 200,000 rows. Pure.
 */

/**
 * The first index in `[low, high)` at which `holds` is true, or `high` when there is none.
 * `holds` must be false for a first stretch of the range and true for all the rest.
 */
export function firstIndexWhere(low: number, high: number, holds: (index: number) => boolean): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
