import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CLOCK, clockView, SOON_MINUTES } from '../../src/query/clock-view.js';
import { orderByMinute } from '../../src/query/minute-order.js';
import { sortedPositions } from '../../src/query/sorted-positions.js';
import { DEFAULT_DURATION, isInProgress, startsWithin, zonedParts } from '../../src/model/occurrence.js';
import { MINUTES_PER_DAY } from '../../src/model/time.js';
import type { Meeting } from '../../src/model/meeting.js';
import { testMeeting } from '../fixtures/meetings.js';

/**
 * The clock view against its plain reading: each meeting's own fields read off the object, now on
 * its zone's wall clock, and the order by a sort of the minutes (ties in position order). The view
 * reads columns made once per feed and orders by a counting sort; both must give the same answer.
 */
const WEEK = 7 * MINUTES_PER_DAY;

function plainClock(meetings: readonly Meeting[], now: Date) {
  const flags = new Uint8Array(meetings.length);
  const minutesUntil = new Float64Array(meetings.length);
  meetings.forEach((meeting, i) => {
    if (meeting.day === undefined) {
      minutesUntil[i] = NaN;
      return;
    }
    const here = zonedParts(now, meeting.timezone);
    const daysAhead = (meeting.day - here.weekday + 7) % 7;
    if (daysAhead === 0) flags[i]! |= CLOCK.today;
    if (daysAhead === 1) flags[i]! |= CLOCK.tomorrow;
    if (meeting.start === undefined) {
      minutesUntil[i] = daysAhead * MINUTES_PER_DAY - here.minutes;
      return;
    }
    const lasts = meeting.end === undefined ? DEFAULT_DURATION : (meeting.end - meeting.start + MINUTES_PER_DAY) % MINUTES_PER_DAY || DEFAULT_DURATION;
    let until = (daysAhead * MINUTES_PER_DAY + meeting.start - here.minutes + WEEK) % WEEK;
    if (until > WEEK - lasts) until -= WEEK;
    // A meeting in progress whose wall clock puts it next week (the clocks went forward while it
    // ran) is counted from its current start. (Within a couple of hours of a clock change the
    // minutes are the wall clock's, whether in progress or not.)
    const inProgress = isInProgress(meeting, now);
    if (inProgress && until > SOON_MINUTES + 120) until -= WEEK;
    minutesUntil[i] = until;
    if (inProgress) flags[i]! |= CLOCK.now;
    else if (startsWithin(meeting, now, SOON_MINUTES)) flags[i]! |= CLOCK.soon;
  });
  return { flags, minutesUntil, order: sortedPositions(minutesUntil, (until) => until + 2 * MINUTES_PER_DAY) };
}

const meeting = fc.record({
  day: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  start: fc.option(fc.integer({ min: 0, max: 24 * 60 }), { nil: undefined }),
  end: fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: undefined }),
  // The viewer's own zone (undefined), one without DST, and ones whose clocks change.
  timezone: fc.constantFrom(undefined, 'America/Chicago', 'America/Phoenix', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata'),
});

// Around the nights the clocks change in Chicago and Berlin, and an ordinary evening.
const instants = fc.oneof(
  fc.date({ min: new Date('2026-03-07T00:00:00Z'), max: new Date('2026-03-09T12:00:00Z'), noInvalidDate: true }),
  fc.date({ min: new Date('2026-10-24T00:00:00Z'), max: new Date('2026-10-26T12:00:00Z'), noInvalidDate: true }),
  fc.date({ min: new Date('2026-12-01T00:00:00Z'), max: new Date('2026-12-08T00:00:00Z'), noInvalidDate: true }),
);

describe('the clock view', () => {
  it('says what the meetings’ own fields say: today, tomorrow, soon, in progress, minutes until, upcoming order', () => {
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 80, size: 'max' }), instants, (specs, now) => {
        const meetings = specs.map((spec, i) => testMeeting({ id: `m${i}`, day: spec.day as Meeting['day'], start: spec.start, end: spec.start === undefined ? undefined : spec.end, timezone: spec.timezone }));
        const view = clockView(meetings, now);
        const plain = plainClock(meetings, now);
        expect([...view.flags]).to.deep.equal([...plain.flags]);
        expect([...view.minutesUntil]).to.deep.equal([...plain.minutesUntil]);
        expect([...view.order]).to.deep.equal([...plain.order]);
        view.order.forEach((position, rank) => expect(view.ranks[position]).to.equal(rank));
        expect(view.minute).to.equal(Math.floor(now.getTime() / 60_000));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a meeting in progress across the clocks going forward, though its wall clock says it is over', () => {
    // Sunday 00:00–02:01 in Chicago; at 02:00 CST the clocks go to 03:00 CDT. At 03:00 CDT the
    // meeting has lasted two real hours of its 121 minutes, three by the wall clock.
    const meeting = testMeeting({ id: 'late', day: 0, start: 0, end: 121, timezone: 'America/Chicago' });
    const now = new Date('2026-03-08T08:00:00Z');
    const view = clockView([meeting, testMeeting({ id: 'next', day: 0, start: 4 * 60, timezone: 'America/Chicago' })], now);
    expect(view.flags[0]! & CLOCK.now).to.equal(CLOCK.now);
    expect(view.minutesUntil[0]).to.be.below(0);
    expect([...view.order]).to.deep.equal([0, 1]);
  });

  it('draws the lines of "in progress" and "starting soon" at whole minutes, as the exact checks do', () => {
    // Thursday 3 December 2026, a day far from any clock change in Chicago.
    const at = (start: number, end?: number) => testMeeting({ id: `m${start}`, day: 4, start, end, timezone: 'America/Chicago' });
    const meetings = [at(19 * 60 + 5, 20 * 60), at(18 * 60 + 5, 19 * 60 + 5), at(20 * 60 + 5), at(20 * 60 + 6), at(19 * 60 + 6)];
    for (const now of [new Date('2026-12-03T19:05:00-06:00'), new Date('2026-12-03T19:05:30-06:00'), new Date('2026-12-03T19:05:59.999-06:00')]) {
      const { flags } = clockView(meetings, now);
      const said = [...flags].map((flag) => (flag & CLOCK.now ? 'now' : flag & CLOCK.soon ? 'soon' : '-'));
      expect(said, now.toISOString()).to.deep.equal(['now', '-', 'soon', '-', 'soon']);
      expect(said, now.toISOString()).to.deep.equal(meetings.map((meeting) => (isInProgress(meeting, now) ? 'now' : startsWithin(meeting, now, SOON_MINUTES) ? 'soon' : '-')));
    }
  });

  it('reads each feed’s schedules once: a later minute of the same meetings gives the same as a fresh read', () => {
    const meetings = [0, 1, 2, 3, 4, 5, 6].flatMap((day) => [testMeeting({ id: `a${day}`, day: day as Meeting['day'], start: 19 * 60, end: 20 * 60, timezone: 'America/Chicago' }), testMeeting({ id: `b${day}`, day: day as Meeting['day'], start: 7 * 60, timezone: 'Europe/Berlin' })]);
    clockView(meetings, new Date('2026-12-06T00:00:00Z'));
    const later = new Date('2026-12-06T01:05:00Z');
    expect([...clockView(meetings, later).order]).to.deep.equal([...clockView([...meetings], later).order]);
  });
});

describe('the order by minute', () => {
  it('is the order a sort gives, ties in position order, NaN last, with each position’s rank', () => {
    const minutes = fc.oneof(fc.constant(NaN), fc.integer({ min: -1440, max: WEEK }), fc.double({ min: -1440, max: WEEK, noNaN: true }));
    fc.assert(
      fc.property(fc.array(minutes, { maxLength: 200, size: 'max' }), (values) => {
        const array = Float64Array.from(values);
        const { order, ranks } = orderByMinute(array, 2 * MINUTES_PER_DAY);
        expect([...order]).to.deep.equal([...sortedPositions(array, (value) => value + 2 * MINUTES_PER_DAY)]);
        order.forEach((position, rank) => expect(ranks[position]).to.equal(rank));
      }),
    );
  });

  it('falls back to a sort for minutes outside its range, with the same answer', () => {
    const array = Float64Array.from([5, -5000, NaN, 20_000, 5, 0]);
    const { order, ranks } = orderByMinute(array, 0);
    expect([...order]).to.deep.equal([...sortedPositions(array, (value) => value)]);
    expect([...order]).to.deep.equal([1, 5, 0, 4, 3, 2]);
    order.forEach((position, rank) => expect(ranks[position]).to.equal(rank));
  });
});
