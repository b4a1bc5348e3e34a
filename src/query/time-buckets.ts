/**
 * Times of day, as a person looking for a meeting thinks of them. Non-overlapping and covering the
 * whole day, by the meeting's own wall-clock start:
 *   morning 04:00–10:59 · midday 11:00–13:59 · afternoon 14:00–16:59 · evening 17:00–20:59 ·
 *   night 21:00–03:59
 */
export const TIME_BUCKETS = ['morning', 'midday', 'afternoon', 'evening', 'night'] as const;
export type TimeBucket = (typeof TIME_BUCKETS)[number];

/** Start minute of each bucket, in order (night wraps past midnight). */
const STARTS: ReadonlyArray<readonly [number, TimeBucket]> = [
  [4 * 60, 'morning'],
  [11 * 60, 'midday'],
  [14 * 60, 'afternoon'],
  [17 * 60, 'evening'],
  [21 * 60, 'night'],
];

export function timeBucket(start: number | undefined): TimeBucket | undefined {
  if (start === undefined) return undefined;
  let bucket: TimeBucket = 'night';
  for (const [from, name] of STARTS) if (start >= from) bucket = name;
  return bucket;
}
