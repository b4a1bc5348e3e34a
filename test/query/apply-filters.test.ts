import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { applyFilters, type FilterContext, type FilterResult } from '../../src/query/apply-filters.js';
import { buildFilterIndex } from '../../src/query/filter-index.js';
import { bitsWhere, has } from '../../src/query/meeting-bits.js';
import { CLOCK, clockView, type ClockView } from '../../src/query/clock-view.js';
import { TIME_BUCKETS, timeBucket } from '../../src/query/time-buckets.js';
import { ATTENDANCE_OPTIONS, TIME_OPTIONS, type AttendanceOption, type DayOption, type FilterState, type TimeOption } from '../../src/state/filter-state.js';
import type { Meeting } from '../../src/model/meeting.js';
import { testMeeting } from '../fixtures/meetings.js';

/**
 * The one-pass filter against the plain reading of its contract: every result and every count is
 * what filtering the meetings one predicate at a time gives.
 */

const FEATURES = ['open', 'closed', 'women', 'men', 'wheelchair', 'language:es'];
// More features than one 32-bit word holds.
const MANY_FEATURES = [...FEATURES, ...Array.from({ length: 34 }, (_, k) => `f${k}`)];
const REGIONS = ['Shelby County', 'Midtown', 'Downtown', 'Germantown'];
const DAY_OPTIONS: DayOption[] = [0, 1, 2, 3, 4, 5, 6, 'today', 'tomorrow'];
// A Tuesday evening in Memphis: the generated meetings fall on every side of "now".
const NOW = new Date('2026-11-24T18:40:00-06:00');

const meeting = fc.record({
    day: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    start: fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: undefined }),
    attendance: fc.constantFrom('in_person', 'online', 'hybrid', 'inactive'),
    features: fc.oneof(fc.subarray(FEATURES), fc.subarray(MANY_FEATURES, { maxLength: 8 })),
    regions: fc.subarray(REGIONS),
    city: fc.option(fc.constantFrom('Memphis', 'Midtown', 'Bartlett'), { nil: undefined }),
    timezone: fc.constantFrom('America/Chicago', 'America/New_York', 'Europe/Berlin'),
  });

const state = fc.record({
  days: fc.subarray(DAY_OPTIONS),
  times: fc.subarray([...TIME_OPTIONS]),
  attendance: fc.subarray([...ATTENDANCE_OPTIONS]),
  // A feature or region no meeting has can be selected too (an old link): it must match nothing.
  features: fc.subarray([...FEATURES, 'f31', 'f33', 'unknown-feature', 'another-unknown'], { maxLength: 4 }),
  regions: fc.subarray([...REGIONS, 'Memphis', 'Nowhere']),
});

function build(specs: Array<{ day?: number; start?: number; attendance: string; features: string[]; regions: string[]; city?: string; timezone: string }>): Meeting[] {
  return specs.map((spec, i) =>
    testMeeting({
      id: `m${i}`,
      day: spec.day as Meeting['day'],
      start: spec.start,
      end: undefined,
      timezone: spec.timezone,
      attendance: spec.attendance as Meeting['attendance'],
      features: spec.features,
      location: { regions: spec.regions, city: spec.city },
    }),
  );
}

type Predicate = (meeting: Meeting, i: number) => boolean;

/** The contract, one dimension at a time. */
function predicates(meetings: Meeting[], clock: ClockView, filters: FilterState, context: FilterContext): Record<string, Predicate> {
  const dayHolds = (option: DayOption, i: number) =>
    option === 'today' ? (clock.flags[i]! & CLOCK.today) !== 0 : option === 'tomorrow' ? (clock.flags[i]! & CLOCK.tomorrow) !== 0 : meetings[i]!.day === option;
  const timeHolds = (option: TimeOption, i: number) =>
    option === 'soon' ? (clock.flags[i]! & CLOCK.soon) !== 0 : option === 'now' ? (clock.flags[i]! & CLOCK.now) !== 0 : timeBucket(meetings[i]!.start) === option;
  const attendanceHolds = (option: AttendanceOption, m: Meeting) => m.attendance === option || (m.attendance === 'hybrid' && option !== 'hybrid');
  return {
    q: (_m, i) => !context.searched || has(context.searched, i),
    radius: (_m, i) => context.radiusKm === undefined || !context.distances || !(context.distances[i]! > context.radiusKm),
    days: (_m, i) => !filters.days.length || filters.days.some((option) => dayHolds(option, i)),
    times: (_m, i) => !filters.times.length || filters.times.some((option) => timeHolds(option, i)),
    attendance: (m) => !filters.attendance.length || filters.attendance.some((option) => attendanceHolds(option, m)),
    features: (m) => filters.features.every((feature) => m.features.includes(feature)),
    regions: (m) => !filters.regions.length || filters.regions.some((region) => regionsOf(m).includes(region)),
  };
}

function regionsOf(m: Meeting): string[] {
  return [...m.location.regions, ...(m.location.city ? [m.location.city] : [])];
}

function expectMatchesContract(meetings: Meeting[], filters: FilterState, context: FilterContext, result: FilterResult): void {
  const clock = context.clock;
  const holds = predicates(meetings, clock, filters, context);
  const passesAllBut = (skip: string | undefined, m: Meeting, i: number) => Object.entries(holds).every(([name, test]) => name === skip || test(m, i));
  const count = (test: Predicate) => meetings.filter(test).length;
  const order = Array.from(context.order ?? clock.order);

  expect(Array.from(result.positions)).to.deep.equal(order.filter((i) => passesAllBut(undefined, meetings[i]!, i)));

  const dayCount = (option: DayOption) => count((m, i) => passesAllBut('days', m, i) && predicates(meetings, clock, { ...filters, days: [option] }, context).days!(m, i));
  for (const option of DAY_OPTIONS) expect(result.counts.days.get(option), `day ${option}`).to.equal(dayCount(option));
  for (const option of TIME_OPTIONS) {
    const expected = count((m, i) => passesAllBut('times', m, i) && predicates(meetings, clock, { ...filters, times: [option] }, context).times!(m, i));
    expect(result.counts.times.get(option), `time ${option}`).to.equal(expected);
  }
  for (const option of ATTENDANCE_OPTIONS) {
    const expected = count((m, i) => passesAllBut('attendance', m, i) && predicates(meetings, clock, { ...filters, attendance: [option] }, context).attendance!(m, i));
    expect(result.counts.attendance.get(option), `attendance ${option}`).to.equal(expected);
  }
  for (const [feature, n] of result.counts.features) expect(n, `feature ${feature}`).to.equal(count((m, i) => passesAllBut(undefined, m, i) && m.features.includes(feature)));
  for (const [region, n] of result.counts.regions) expect(n, `region ${region}`).to.equal(count((m, i) => passesAllBut('regions', m, i) && regionsOf(m).includes(region)));
  // Every feature and region some meeting has gets a count.
  expect([...result.counts.features.keys()].sort()).to.deep.equal([...new Set(meetings.flatMap((m) => m.features))].sort());
  expect([...result.counts.regions.keys()].sort()).to.deep.equal([...new Set(meetings.flatMap(regionsOf))].sort());

  // Each active constraint: the results there would be without it.
  const expectedRelax: Array<{ dimension: string; value?: string; count: number }> = [];
  const without = (dimension: string) => count((m, i) => passesAllBut(dimension, m, i));
  if (filters.q.trim()) expectedRelax.push({ dimension: 'q', count: without('q') });
  if (filters.days.length) expectedRelax.push({ dimension: 'days', count: without('days') });
  if (filters.times.length) expectedRelax.push({ dimension: 'times', count: without('times') });
  if (filters.attendance.length) expectedRelax.push({ dimension: 'attendance', count: without('attendance') });
  for (const feature of filters.features) {
    const rest = predicates(meetings, clock, { ...filters, features: filters.features.filter((f) => f !== feature) }, context);
    expectedRelax.push({ dimension: 'features', value: feature, count: count((m, i) => Object.entries(rest).every(([, test]) => test(m, i))) });
  }
  if (filters.regions.length) expectedRelax.push({ dimension: 'regions', count: without('regions') });
  if (context.radiusKm !== undefined && context.distances) expectedRelax.push({ dimension: 'radius', count: without('radius') });
  expect(result.relax).to.deep.equal(expectedRelax);
}

describe('applyFilters', () => {
  it('gives the results and counts the contract describes, for any meetings and filters', () => {
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 70 }), state, fc.boolean(), fc.boolean(), (specs, picked, searching, everyFeature) => {
        // A first meeting with every feature, last first, puts common ones past the first 32 bits.
        const all = { day: 1, start: 600, attendance: 'in_person', features: [...MANY_FEATURES].reverse(), regions: [], timezone: 'America/Chicago' };
        const meetings = build(everyFeature ? [all, ...specs] : specs);
        const clock = clockView(meetings, NOW);
        // The search's own matching is tested with the searcher; here any subset stands for it.
        const searched = searching ? bitsWhere(meetings.length, (i) => i % 3 === 0) : undefined;
        const filters: FilterState = { q: searching ? 'step' : '', ...picked };
        const context: FilterContext = { clock, ...(searched ? { searched } : {}) };
        expectMatchesContract(meetings, filters, context, applyFilters(buildFilterIndex(meetings), filters, context));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a given order and a radius, and keeps meetings at an unknown distance', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(meeting, fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined })), { minLength: 1, maxLength: 30 }),
        state,
        fc.double({ min: 1, max: 80, noNaN: true }),
        fc.nat(),
        (rows, picked, radiusKm, seed) => {
          const meetings = build(rows.map(([spec]) => spec));
          const clock = clockView(meetings, NOW);
          const distances = Float64Array.from(rows, ([, km]) => km ?? NaN);
          // Any permutation stands for "nearest first".
          const order = Int32Array.from(meetings.map((_m, i) => i).sort((a, b) => ((a * 7919 + seed) % 31) - ((b * 7919 + seed) % 31) || a - b));
          const filters: FilterState = { q: '', ...picked };
          const context: FilterContext = { clock, distances, radiusKm, order };
          expectMatchesContract(meetings, filters, context, applyFilters(buildFilterIndex(meetings), filters, context));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stays true to the contract over a sequence of searches, filters and radii on one index', () => {
    // One index answers many states in a row, as while a person types and presses: whatever it keeps
    // from one answer to the next (the count without the search) must follow what changed.
    const step = fc.record({ picked: state, searching: fc.boolean(), mask: fc.nat(), radius: fc.option(fc.constantFrom(5, 20, 60), { nil: undefined }) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(meeting, fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined })), { minLength: 1, maxLength: 30 }),
        fc.array(step, { minLength: 2, maxLength: 8 }),
        fc.boolean(),
        (rows, steps, repeatFilters) => {
          const meetings = build(rows.map(([spec]) => spec));
          const index = buildFilterIndex(meetings);
          const clock = clockView(meetings, NOW);
          const distances = Float64Array.from(rows, ([, km]) => km ?? NaN);
          for (const { picked, searching, mask, radius } of steps) {
            // Typing keeps the filters and changes only the search: the first step's filters again.
            const filters: FilterState = { q: searching ? `q${mask}` : '', ...(repeatFilters ? steps[0]!.picked : picked) };
            const searched = searching ? bitsWhere(meetings.length, (i) => ((mask >> i % 8) & 1) === 1) : undefined;
            const context: FilterContext = { clock, ...(searched ? { searched } : {}), ...(radius === undefined ? {} : { distances, radiusKm: radius }) };
            expectMatchesContract(meetings, filters, context, applyFilters(index, filters, context));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the display order when a search leaves a few of many meetings', () => {
    // Few results of many are put in order by their ranks, not by walking the whole order.
    fc.assert(
      fc.property(fc.array(meeting, { minLength: 200, maxLength: 300 }), fc.uniqueArray(fc.nat({ max: 199 }), { maxLength: 10 }), fc.nat(), (specs, matched, seed) => {
        const meetings = build(specs);
        const clock = clockView(meetings, NOW);
        const searched = bitsWhere(meetings.length, (i) => matched.includes(i));
        const order = Int32Array.from(meetings.map((_m, i) => i).sort((a, b) => ((a * 7919 + seed) % 97) - ((b * 7919 + seed) % 97) || b - a));
        const filters: FilterState = { q: 'step', days: [], times: [], attendance: [], features: [], regions: [] };
        const context: FilterContext = { clock, searched, order };
        expectMatchesContract(meetings, filters, context, applyFilters(buildFilterIndex(meetings), filters, context));
      }),
      { numRuns: 50 },
    );
  });

  it('counts every time-of-day bucket and weekday with no filters at all', () => {
    const meetings = build(
      TIME_BUCKETS.map((_bucket, b) => ({ day: b, start: [5 * 60, 12 * 60, 15 * 60, 18 * 60, 22 * 60][b], attendance: 'in_person', features: [], regions: [], timezone: 'America/Chicago' })),
    );
    const result = applyFilters(buildFilterIndex(meetings), { q: '', days: [], times: [], attendance: [], features: [], regions: [] }, { clock: clockView(meetings, NOW) });
    expect(result.positions.length).to.equal(5);
    for (const bucket of TIME_BUCKETS) expect(result.counts.times.get(bucket), bucket).to.equal(1);
    for (const day of [0, 1, 2, 3, 4] as DayOption[]) expect(result.counts.days.get(day)).to.equal(1);
    expect(result.counts.days.get(5)).to.equal(0);
  });

  it('gives the display order itself when every meeting passes, and a list of its own otherwise', () => {
    // No copy of the whole order when nothing narrows the list (a filter turned off again).
    const meetings = build(
      TIME_BUCKETS.map((_bucket, b) => ({ day: b, start: [5 * 60, 12 * 60, 15 * 60, 18 * 60, 22 * 60][b], attendance: 'in_person', features: [], regions: [], timezone: 'America/Chicago' })),
    );
    const index = buildFilterIndex(meetings);
    const clock = clockView(meetings, NOW);
    const none: FilterState = { q: '', days: [], times: [], attendance: [], features: [], regions: [] };
    expect(applyFilters(index, none, { clock }).positions).to.equal(clock.order);
    // Every meeting is in person: the filter passes all of them, still in the order.
    expect(applyFilters(index, { ...none, attendance: ['in_person'] }, { clock }).positions).to.equal(clock.order);
    const evening = applyFilters(index, { ...none, times: ['evening'] }, { clock });
    expect(evening.positions).not.to.equal(clock.order);
    expect(evening.positions.length).to.equal(1);
  });

  it('works out the features\' and areas\' counts when they are read, each from its own filters', () => {
    // Their lists start closed and are not drawn closed: the counts are made on first reading,
    // however many filter passes came between.
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 50 }), state, state, (specs, first, second) => {
        const meetings = build(specs);
        const index = buildFilterIndex(meetings);
        const context: FilterContext = { clock: clockView(meetings, NOW) };
        const filters = (picked: typeof first): FilterState => ({ q: '', ...picked });
        const earlier = applyFilters(index, filters(first), context);
        const descriptor = Object.getOwnPropertyDescriptor(earlier.counts, 'regions');
        expect(descriptor?.get, 'a getter').to.be.a('function');
        applyFilters(index, filters(second), context);
        // Read after the second pass, the first pass's counts are still its own.
        expectMatchesContract(meetings, filters(first), context, earlier);
        expect(earlier.counts.features).to.equal(earlier.counts.features);
      }),
      { numRuns: 100 },
    );
  });
});
