/**
 * The meetings in columns, built once per load: small integers per meeting for day, time of day,
 * attendance, features and regions, with no string work: the filter's sets of meetings
 * (`filter-sets.ts`) are made from these, and regions are counted by walking them.
 */
import type { Meeting } from '../model/meeting.js';
import { reachWaysOf } from './reach-ways.js';
import { TIME_BUCKETS, timeBucket } from './time-buckets.js';

export const NO_DAY = 7;
export const NO_BUCKET = TIME_BUCKETS.length;

/** Attendance as bits, so "in person" can match hybrid meetings too. */
export const ATTENDANCE_BITS = { in_person: 1, online: 2, hybrid: 4, inactive: 8 } as const;

export interface FilterIndex {
  readonly meetings: readonly Meeting[];
  /** Weekday 0–6, or NO_DAY for meetings by appointment. */
  readonly day: Uint8Array;
  /** Index into TIME_BUCKETS, or NO_BUCKET without a start time. */
  readonly bucket: Uint8Array;
  readonly attendance: Uint8Array;
  /** How each meeting could be reached at all, for "still possible" (`reach-ways.ts` bits). */
  readonly reach: Uint8Array;
  /** Feature ids of meeting i: `featureIds[featureStart[i] … featureStart[i + 1])`. */
  readonly featureStart: Uint32Array;
  readonly featureIds: Uint16Array;
  /** Feature keys by id. */
  readonly features: readonly string[];
  /** Ids by feature key. */
  readonly featureIdOf: ReadonlyMap<string, number>;
  readonly regionStart: Uint32Array;
  readonly regionIds: Uint16Array;
  /** Region and city names by id, as the feeds write them. */
  readonly regions: readonly string[];
  /** Ids by region or city name. */
  readonly regionIdOf: ReadonlyMap<string, number>;
  /** For each region id, the broadest region it was seen under (for grouping a long list). */
  readonly regionGroup: readonly string[];
}

function interner(): { id(name: string): number; names: string[]; ids: ReadonlyMap<string, number> } {
  const ids = new Map<string, number>();
  const names: string[] = [];
  return {
    names,
    ids,
    id(name) {
      let id = ids.get(name);
      if (id === undefined) {
        id = names.length;
        ids.set(name, id);
        names.push(name);
      }
      return id;
    },
  };
}

export function buildFilterIndex(meetings: readonly Meeting[]): FilterIndex {
  const n = meetings.length;
  const day = new Uint8Array(n);
  const bucket = new Uint8Array(n);
  const attendance = new Uint8Array(n);
  const reach = new Uint8Array(n);
  const featureStart = new Uint32Array(n + 1);
  const regionStart = new Uint32Array(n + 1);
  const featureList: number[] = [];
  const regionList: number[] = [];
  const features = interner();
  const regions = interner();
  const regionGroup: string[] = [];

  meetings.forEach((meeting, i) => {
    day[i] = meeting.day ?? NO_DAY;
    const slot = timeBucket(meeting.start);
    bucket[i] = slot === undefined ? NO_BUCKET : TIME_BUCKETS.indexOf(slot);
    attendance[i] = ATTENDANCE_BITS[meeting.attendance];
    reach[i] = reachWaysOf(meeting);
    featureStart[i] = featureList.length;
    for (const feature of meeting.features) featureList.push(features.id(feature));
    regionStart[i] = regionList.length;
    const { regions: path, city } = meeting.location;
    const names = city && !path.includes(city) ? [...path, city] : path;
    for (const name of names) {
      const id = regions.id(name);
      regionGroup[id] ??= path[0] && path[0] !== name ? path[0] : name;
      if (!regionList.includes(id, regionStart[i])) regionList.push(id);
    }
  });
  featureStart[n] = featureList.length;
  regionStart[n] = regionList.length;

  return {
    meetings,
    day,
    bucket,
    attendance,
    reach,
    featureStart,
    featureIds: Uint16Array.from(featureList),
    features: features.names,
    featureIdOf: features.ids,
    regionStart,
    regionIds: Uint16Array.from(regionList),
    regions: regions.names,
    regionIdOf: regions.ids,
    regionGroup,
  };
}
