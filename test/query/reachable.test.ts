/**
 * "Still possible": which meetings a person can still get to from now — online ones within the hour
 * or joinable late, in-person ones later than a rough travel time — and, when none, which is next.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { adaptMeetingGuide } from '../../src/feeds/meeting-guide.js';
import type { Meeting } from '../../src/model/meeting.js';
import { clockView } from '../../src/query/clock-view.js';
import { distancesFrom } from '../../src/query/places.js';
import { buildFilterIndex } from '../../src/query/filter-index.js';
import { mayReach, reachWays } from '../../src/query/reach-ways.js';
import { createReachSelector, inPersonHorizon, reachable, reachableMeetings, REACH, travelEstimate, type ReachInputs } from '../../src/query/reachable.js';

const ZONE = 'America/Chicago';
/** Tuesday 24 November 2026, 10:40 PM in Memphis. */
const NOW = new Date('2026-11-25T04:40:00Z');
const HERE = { latitude: 35.1495, longitude: -90.049 };

const RECORDS = [
  // Online, started 20 minutes ago, an hour long: joinable late.
  { slug: 'late-ok', name: 'Late Online', day: 2, time: '22:20', end_time: '23:20', conference_url: 'https://zoom.us/j/1' },
  // Online, started 40 minutes ago: too late to join.
  { slug: 'late-no', name: 'Too Late Online', day: 2, time: '22:00', end_time: '23:30', conference_url: 'https://zoom.us/j/2' },
  // Online, started 25 minutes ago, ends in 5: too little left.
  { slug: 'ending', name: 'Ending Online', day: 2, time: '22:15', end_time: '22:45', conference_url: 'https://zoom.us/j/3' },
  // Online by phone only, in 50 minutes.
  { slug: 'phone', name: 'Phone Meeting', day: 2, time: '23:30', conference_phone: '+1 901 555 0100' },
  // Online in 90 minutes: past the hour.
  { slug: 'later-online', name: 'Later Online', day: 3, time: '00:10', conference_url: 'https://zoom.us/j/4' },
  // In person, 0.5 km away, in 20 minutes: a walk of about 8 minutes.
  { slug: 'near', name: 'Near Midnight', day: 2, time: '23:00', latitude: 35.1495, longitude: -90.0435, formatted_address: '1 Main St, Memphis, TN' },
  // In person, about 15 km away, in 20 minutes: about 44 minutes by car — too far.
  { slug: 'far', name: 'Far Midnight', day: 2, time: '23:00', latitude: 35.2845, longitude: -90.049, formatted_address: '9 Far Rd, Millington, TN' },
  // In person, 15 km away, in 80 minutes: reachable by car.
  { slug: 'far-later', name: 'Far Later', day: 3, time: '00:00', latitude: 35.2845, longitude: -90.049, formatted_address: '9 Far Rd, Millington, TN' },
  // Hybrid, near, in 30 minutes: both ways.
  { slug: 'hybrid', name: 'Hybrid Late', day: 2, time: '23:10', latitude: 35.15, longitude: -90.05, formatted_address: '2 Main St, Memphis, TN', conference_url: 'https://meet.google.com/abc-defg-hij' },
  // An in-person meeting with only an approximate place: no point to travel to.
  { slug: 'approx', name: 'Somewhere', day: 2, time: '23:15', latitude: 35.15, longitude: -90.05, approximate: 'yes', formatted_address: 'Memphis, TN' },
  // Tomorrow morning.
  { slug: 'morning', name: 'Morning Walk', day: 3, time: '07:00', latitude: 35.15, longitude: -90.05, formatted_address: '3 Main St, Memphis, TN' },
].map((record) => ({ ...record, timezone: ZONE }));

function setup(records: unknown[] = RECORDS): { meetings: Meeting[]; inputs: (changes?: Partial<ReachInputs>) => ReachInputs } {
  const { meetings } = adaptMeetingGuide(records, { source: 'test' });
  const clock = clockView(meetings, NOW);
  const positions = Int32Array.from(meetings.keys());
  return {
    meetings,
    inputs: (changes = {}) => ({ meetings, positions, ways: reachWays(meetings), clock, now: NOW, distances: undefined, inPersonAhead: inPersonHorizon(22 * 60 + 40), inPersonWithoutOrigin: false, limit: 10, ...changes }),
  };
}

describe('still possible tonight', () => {
  it('estimates travel on foot up to 1.5 km and by car beyond, with a detour factor', () => {
    expect(travelEstimate(0)).to.deep.equal({ mode: 'walk', minutes: 1 });
    // 1 km × 1.3 at 5 km/h = 15.6 min.
    expect(travelEstimate(1)).to.deep.equal({ mode: 'walk', minutes: 16 });
    // 10 km × 1.3 at 30 km/h = 26 min, + 5 to set off.
    expect(travelEstimate(10)).to.deep.equal({ mode: 'drive', minutes: 31 });
  });

  it('counts in-person meetings until the night ends at 4:00, at least three hours ahead', () => {
    expect(inPersonHorizon(22 * 60)).to.equal(6 * 60);
    expect(inPersonHorizon(3 * 60)).to.equal(REACH.inPersonAhead);
    expect(inPersonHorizon(10 * 60)).to.equal(18 * 60);
  });

  it('without a position: online meetings within the hour or joinable late, soonest first', () => {
    const { meetings, inputs } = setup();
    const reach = reachableMeetings(inputs());
    expect(reach.items.map((item) => meetings[item.position]!.name)).to.deep.equal(['Late Online', 'Hybrid Late', 'Phone Meeting']);
    expect(reach.items.map((item) => item.minutesUntil)).to.deep.equal([-20, 30, 50]);
    expect(reach.items.every((item) => item.online && !item.inPerson)).to.equal(true);
    expect(reach.next).to.equal(undefined);
  });

  it('with a position: in-person meetings that start later than the travel estimate, with it', () => {
    const { meetings, inputs } = setup();
    const distances = distancesFrom(meetings, HERE);
    const reach = reachableMeetings(inputs({ distances }));
    const byName = new Map(reach.items.map((item) => [meetings[item.position]!.name, item]));
    expect([...byName.keys()]).to.deep.equal(['Late Online', 'Near Midnight', 'Hybrid Late', 'Phone Meeting', 'Far Later']);
    expect(byName.get('Near Midnight')!.travel).to.deep.equal({ mode: 'walk', minutes: 8 });
    expect(byName.get('Far Later')!.travel!.mode).to.equal('drive');
    expect(byName.has('Far Midnight')).to.equal(false);
    expect(byName.has('Somewhere')).to.equal(false);
    // Tomorrow at 7:00 is past the night.
    expect(byName.has('Morning Walk')).to.equal(false);
    const hybrid = byName.get('Hybrid Late')!;
    expect([hybrid.online, hybrid.inPerson]).to.deep.equal([true, true]);
  });

  it('the compact view counts in-person meetings that have not started, without a position', () => {
    const { meetings, inputs } = setup();
    const reach = reachableMeetings(inputs({ inPersonWithoutOrigin: true, limit: 3 }));
    expect(reach.items.map((item) => meetings[item.position]!.name)).to.deep.equal(['Late Online', 'Near Midnight', 'Far Midnight']);
    expect(reach.items[1]!.travel).to.equal(undefined);
  });

  it('when nothing can be reached, names the next meeting to start', () => {
    const { meetings, inputs } = setup(RECORDS.filter((record) => ['late-no', 'morning', 'approx'].includes(record.slug)));
    const reach = reachableMeetings(inputs({ inPersonAhead: 60 }));
    expect(reach.items).to.deep.equal([]);
    expect(meetings[reach.next!.position]!.name).to.equal('Somewhere');
    expect(reach.next!.start.toISOString()).to.equal('2026-11-25T05:15:00.000Z');
  });

  it('only looks among the positions the list shows, and stops at the limit', () => {
    const { meetings, inputs } = setup();
    const phone = meetings.findIndex((meeting) => meeting.name === 'Phone Meeting');
    const reach = reachableMeetings(inputs({ positions: Int32Array.of(phone), limit: 1 }));
    expect(reach.items.map((item) => meetings[item.position]!.name)).to.deep.equal(['Phone Meeting']);
    expect(reachableMeetings(inputs({ limit: 1 })).items.map((item) => meetings[item.position]!.name)).to.deep.equal(['Late Online']);
  });

  it('takes its candidates from the ways kept in the filter index, made at load', () => {
    const { meetings, inputs } = setup();
    const index = buildFilterIndex(meetings);
    expect([...index.reach]).to.deep.equal([...reachWays(meetings)]);
    const name = (position: number) => meetings[position]!.name;
    // Late Online, Phone Meeting, Hybrid Late: joinable; the in-person ones have a place (not Somewhere).
    expect(meetings.filter((_, i) => index.reach[i]! & 1).map((meeting) => meeting.name)).to.have.members(['Late Online', 'Too Late Online', 'Ending Online', 'Phone Meeting', 'Later Online', 'Hybrid Late']);
    expect(meetings.filter((_, i) => index.reach[i]! & 2).map((meeting) => meeting.name)).to.have.members(['Near Midnight', 'Far Midnight', 'Far Later', 'Hybrid Late', 'Morning Walk']);
    // A meeting whose ways say "none" is not looked at, whatever it is.
    const ways = Uint8Array.from(index.reach);
    ways[meetings.findIndex((meeting) => meeting.name === 'Late Online')] = 0;
    expect(reachableMeetings(inputs({ ways })).items.map((item) => name(item.position))).to.deep.equal(['Hybrid Late', 'Phone Meeting']);
  });

  it('the selector recomputes nothing when its inputs are the same', () => {
    const { meetings, inputs } = setup();
    const select = createReachSelector();
    const { positions, ways, clock } = inputs();
    const query = { meetings, positions, ways, clock, now: NOW, distances: undefined, hereMinutes: 22 * 60 + 40, compact: false, limit: 3, upcoming: false };
    const first = select(query);
    expect(select({ ...query })).to.equal(first);
    expect(select({ ...query, limit: 2 })).not.to.equal(first);
  });

  it('skips as candidates only meetings it could never list: whatever is reachable may be reached', () => {
    const record = fc.record(
      {
        day: fc.integer({ min: 0, max: 6 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.constantFrom(0, 15, 30, 45),
        conference_url: fc.constant('https://zoom.us/j/1'),
        conference_phone: fc.constant('+1 901 555 0100'),
        latitude: fc.double({ min: 35.0, max: 35.3, noNaN: true }),
        approximate: fc.constant('yes'),
        types: fc.constantFrom(['TC'], ['ONL'], ['O']),
        attendance_option: fc.constantFrom('in_person', 'online', 'hybrid', 'inactive'),
      },
      { requiredKeys: ['day', 'hour', 'minute'] },
    );
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 7 * 24 * 60 }), fc.constantFrom(-Infinity, 180, 600), fc.boolean(), (specs, offset, inPersonAhead, located) => {
        const records = specs.map(({ hour, minute, latitude, ...rest }, i) => ({
          ...rest,
          slug: `m${i}`,
          name: `Meeting ${i}`,
          time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
          ...(latitude === undefined ? {} : { latitude, longitude: -90.05, formatted_address: '1 Main St, Memphis, TN' }),
          timezone: ZONE,
        }));
        const { meetings } = adaptMeetingGuide(records, { source: 'test' });
        const now = new Date(NOW.getTime() + offset * 60_000);
        const distances = located ? distancesFrom(meetings, HERE) : undefined;
        meetings.forEach((meeting, position) => {
          if (reachable(meeting, position, now, distances, inPersonAhead)) expect(mayReach(meeting, inPersonAhead > -Infinity), meeting.id).to.equal(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('in upcoming order, looks only at the stretch near now and finds what the whole list gives', () => {
    // The list in the clock's order (or a part of it, as filters leave it): the candidates are found
    // by bisection, and the next meeting from the first one not under way; the answers worked out
    // for a feed are kept for the minute, and only for it.
    const record = fc.record(
      {
        // Around now (Tuesday night), so that the stretch near now has meetings in it.
        day: fc.option(fc.constantFrom(1, 2, 3), { nil: undefined, freq: 8 }),
        hour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: undefined, freq: 8 }),
        minute: fc.constantFrom(0, 10, 30, 45),
        conference_url: fc.constant('https://zoom.us/j/1'),
        latitude: fc.double({ min: 35.0, max: 35.3, noNaN: true }),
        attendance_option: fc.constantFrom('in_person', 'online', 'hybrid', 'inactive'),
      },
      { requiredKeys: ['minute'] },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(record, fc.boolean()), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: -24 * 60, max: 24 * 60 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        fc.boolean(),
        (specs, offset, limit, located, compact) => {
          const records = specs.map(([{ day, hour, minute, latitude, ...rest }], i) => ({
            ...rest,
            ...(day === undefined ? {} : { day }),
            slug: `m${i}`,
            name: `Meeting ${i}`,
            ...(hour === undefined ? {} : { time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` }),
            ...(latitude === undefined ? {} : { latitude, longitude: -90.05, formatted_address: '1 Main St, Memphis, TN' }),
            timezone: ZONE,
          }));
          const { meetings } = adaptMeetingGuide(records, { source: 'test' });
          const now = new Date(NOW.getTime() + offset * 60_000);
          const clock = clockView(meetings, now);
          // A part of the order, as a filter leaves it (the adapter may drop records: keep by position).
          const positions = clock.order.filter((position) => specs[position]?.[1] ?? true);
          const inputs: ReachInputs = {
            meetings,
            positions,
            ways: reachWays(meetings),
            clock,
            now,
            distances: located ? distancesFrom(meetings, HERE) : undefined,
            inPersonAhead: inPersonHorizon((((22 * 60 + 40 + offset) % 1440) + 1440) % 1440),
            inPersonWithoutOrigin: compact,
            limit,
          };
          // Answers kept from a minute before (the same meetings) must not be taken for this one's.
          const before = new Date(now.getTime() - 37 * 60_000);
          reachableMeetings({ ...inputs, now: before, clock: clockView(meetings, before), positions: clockView(meetings, before).order });
          // The whole list walked, with nothing kept (a copy of the meetings is a feed of its own).
          expect(reachableMeetings({ ...inputs, upcoming: true })).to.deep.equal(reachableMeetings({ ...inputs, meetings: [...meetings] }));
        },
      ),
      { numRuns: 300 },
    );
  });
});
