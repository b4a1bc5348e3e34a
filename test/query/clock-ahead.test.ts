/**
 * Clock views made ahead of their minute: what makes them safe (a view made at any instant of a
 * minute is the view at every other instant of it) and how they are taken.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { clockViewFor, prepareClockView } from '../../src/query/clock-ahead.js';
import { clockView } from '../../src/query/clock-view.js';
import type { Meeting } from '../../src/model/meeting.js';
import { testMeeting } from '../fixtures/meetings.js';

const MINUTE = 60_000;

const meeting = fc.record({
  day: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  start: fc.option(fc.integer({ min: 0, max: 24 * 60 }), { nil: undefined }),
  end: fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: undefined }),
  timezone: fc.constantFrom(undefined, 'America/Chicago', 'America/Phoenix', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata'),
});

const feedOf = (specs: Array<{ day: number | undefined; start: number | undefined; end: number | undefined; timezone: string | undefined }>): Meeting[] =>
  specs.map((spec, i) => testMeeting({ id: `m${i}`, day: spec.day as Meeting['day'], start: spec.start, end: spec.start === undefined ? undefined : spec.end, timezone: spec.timezone }));

const plain = (view: ReturnType<typeof clockView>) => ({ minute: view.minute, flags: [...view.flags], minutesUntil: [...view.minutesUntil], order: [...view.order], ranks: [...view.ranks] });

// Minutes around the clock changes of 2026 (Chicago 8 March and 1 November, Berlin 29 March and
// 25 October, Lord Howe 5 April and 4 October), and an ordinary week.
const minutes = fc.oneof(
  ...[
    ['2026-03-08T06:00:00Z', '2026-03-08T10:00:00Z'],
    ['2026-03-29T00:00:00Z', '2026-03-29T02:00:00Z'],
    ['2026-04-04T14:00:00Z', '2026-04-04T16:00:00Z'],
    ['2026-10-03T15:00:00Z', '2026-10-03T17:00:00Z'],
    ['2026-10-25T00:00:00Z', '2026-10-25T02:00:00Z'],
    ['2026-11-01T05:00:00Z', '2026-11-01T09:00:00Z'],
    ['2026-12-01T00:00:00Z', '2026-12-08T00:00:00Z'],
  ].map(([from, to]) => fc.integer({ min: Date.parse(from!) / MINUTE, max: Date.parse(to!) / MINUTE })),
  // A day either side of a change: a zone's "steady" reading looks 27 hours each way.
  fc.integer({ min: Date.parse('2026-03-07T05:00:00Z') / MINUTE, max: Date.parse('2026-03-09T12:00:00Z') / MINUTE }),
);

describe('clock views made ahead of their minute', () => {
  it('a minute’s view is the same made at any instant of it, around the clock changes too', () => {
    fc.assert(
      fc.property(fc.array(meeting, { minLength: 1, maxLength: 60, size: 'max' }), minutes, fc.integer({ min: 1, max: MINUTE - 1 }), (specs, minute, within) => {
        const meetings = feedOf(specs);
        expect(plain(clockView(meetings, new Date(minute * MINUTE + within)))).to.deep.equal(plain(clockView(meetings, new Date(minute * MINUTE))));
      }),
      { numRuns: 300 },
    );
  });

  it('the turn takes the view made for its minute, and makes its own for any other', () => {
    const meetings = feedOf([
      { day: 2, start: 19 * 60, end: 20 * 60, timezone: 'America/Chicago' },
      { day: 3, start: 7 * 60, end: 8 * 60, timezone: 'America/Chicago' },
    ]);
    const next = new Date('2026-12-08T01:00:00Z');
    const made = prepareClockView(meetings, next);
    // Taken a few seconds into its minute: the view made ahead, as it is.
    const taken = clockViewFor(meetings, new Date(next.getTime() + 4_200));
    expect(taken).to.equal(made);
    expect(plain(taken)).to.deep.equal(plain(clockView(meetings, new Date(next.getTime() + 4_200))));
    // Taken once: the next turn makes its own.
    expect(clockViewFor(meetings, new Date(next.getTime() + 4_200))).not.to.equal(taken);

    // Made ahead, but the turn came late (a page in the background): made anew, for its minute,
    // and the old one is dropped.
    const stale = prepareClockView(meetings, next);
    const later = new Date(next.getTime() + 3 * MINUTE);
    const other = clockViewFor(meetings, later);
    expect(other).not.to.equal(stale);
    expect(plain(other)).to.deep.equal(plain(clockView(meetings, later)));
    expect(clockViewFor(meetings, next)).not.to.equal(stale);
    // A view for a minute still to come stays until its minute.
    const future = new Date(later.getTime() + MINUTE);
    const ahead = prepareClockView(meetings, future);
    expect(clockViewFor(meetings, later)).not.to.equal(ahead);
    expect(clockViewFor(meetings, new Date(future.getTime() + 59_999))).to.equal(ahead);
    // One feed's view is not another's.
    const mine = prepareClockView(meetings, next);
    expect(clockViewFor([...meetings], next)).not.to.equal(mine);
    expect(clockViewFor(meetings, next)).to.equal(mine);
  });
});
