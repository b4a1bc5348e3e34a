import { expect } from '@open-wc/testing';
import type { Weekday } from '../../src/model/meeting.js';
import {
  DEFAULT_DURATION,
  currentOrNextOccurrence,
  inViewerZone,
  instantOf,
  isInProgress,
  isOnDay,
  nextOccurrence,
  offsetMinutes,
  startsWithin,
  zonedParts,
  zonesDiffer,
} from '../../src/model/occurrence.js';

const CHICAGO = 'America/Chicago';
const BERLIN = 'Europe/Berlin';

const at = (iso: string): Date => new Date(iso);
const iso = (date: Date | undefined): string | undefined => date?.toISOString();
const hm = (hours: number, minutes = 0): number => hours * 60 + minutes;
const weekly = (day: Weekday, start: number, timezone?: string, end?: number) => ({ day, start, end, timezone });
const occurrence = (value: { start: Date; end: Date } | undefined) =>
  value && { start: value.start.toISOString(), end: value.end.toISOString() };

// 2026: America/Chicago springs forward on Sunday 2026-03-08 at 02:00 (→ 03:00 CDT) and falls back
// on Sunday 2026-11-01 at 02:00 CDT (→ 01:00 CST); Europe/Berlin on Sundays 2026-03-29 02:00 and
// 2026-10-25 03:00.

describe('zonedParts and offsetMinutes', () => {
  it('reads the wall clock where the zone is', () => {
    const instant = at('2026-11-24T03:30:00Z');
    expect(zonedParts(instant, CHICAGO)).to.deep.equal({ year: 2026, month: 11, day: 23, weekday: 1, minutes: 1290 });
    expect(zonedParts(instant, BERLIN)).to.deep.equal({ year: 2026, month: 11, day: 24, weekday: 2, minutes: 270 });
    expect(zonedParts(at('2026-12-31T23:59:59Z'), 'Asia/Kolkata')).to.deep.equal({ year: 2027, month: 1, day: 1, weekday: 5, minutes: 329 });
  });

  it('gives minutes east of UTC, following DST to the second', () => {
    expect(offsetMinutes(at('2026-01-15T12:00:00Z'), CHICAGO)).to.equal(-360);
    expect(offsetMinutes(at('2026-07-01T12:00:00Z'), CHICAGO)).to.equal(-300);
    expect(offsetMinutes(at('2026-01-15T12:00:00Z'), BERLIN)).to.equal(60);
    expect(offsetMinutes(at('2026-07-01T12:00:00Z'), BERLIN)).to.equal(120);
    expect(offsetMinutes(at('2026-07-01T12:00:00Z'), 'Asia/Kathmandu')).to.equal(345);
    expect(offsetMinutes(at('2026-03-08T07:59:59Z'), CHICAGO)).to.equal(-360);
    expect(offsetMinutes(at('2026-03-08T08:00:00Z'), CHICAGO)).to.equal(-300);
    expect(offsetMinutes(at('2026-11-01T06:59:59Z'), CHICAGO)).to.equal(-300);
    expect(offsetMinutes(at('2026-11-01T07:00:00Z'), CHICAGO)).to.equal(-360);
  });
});

describe('instantOf', () => {
  it('turns a wall clock in a zone into an instant, with the offset of that date', () => {
    expect(iso(instantOf(2026, 1, 15, hm(19), CHICAGO))).to.equal('2026-01-16T01:00:00.000Z');
    expect(iso(instantOf(2026, 7, 1, hm(19), CHICAGO))).to.equal('2026-07-02T00:00:00.000Z');
    expect(iso(instantOf(2026, 1, 1, 0, 'Asia/Kolkata'))).to.equal('2025-12-31T18:30:00.000Z');
    expect(iso(instantOf(2026, 1, 32, 1440, 'UTC'))).to.equal('2026-02-02T00:00:00.000Z');
  });

  it('moves a time in the spring-forward gap forward by the gap', () => {
    expect(iso(instantOf(2026, 3, 8, hm(1, 59), CHICAGO))).to.equal('2026-03-08T07:59:00.000Z');
    expect(iso(instantOf(2026, 3, 8, hm(2), CHICAGO))).to.equal('2026-03-08T08:00:00.000Z');
    expect(iso(instantOf(2026, 3, 8, hm(2, 30), CHICAGO))).to.equal('2026-03-08T08:30:00.000Z');
    expect(iso(instantOf(2026, 3, 8, hm(3), CHICAGO))).to.equal('2026-03-08T08:00:00.000Z');
    expect(iso(instantOf(2026, 3, 29, hm(2, 30), BERLIN))).to.equal('2026-03-29T01:30:00.000Z');
  });

  it('takes the first of the two instants of a fall-back wall clock', () => {
    expect(iso(instantOf(2026, 11, 1, hm(0, 59), CHICAGO))).to.equal('2026-11-01T05:59:00.000Z');
    expect(iso(instantOf(2026, 11, 1, hm(1), CHICAGO))).to.equal('2026-11-01T06:00:00.000Z');
    expect(iso(instantOf(2026, 11, 1, hm(1, 30), CHICAGO))).to.equal('2026-11-01T06:30:00.000Z');
    expect(iso(instantOf(2026, 11, 1, hm(2), CHICAGO))).to.equal('2026-11-01T08:00:00.000Z');
    expect(iso(instantOf(2026, 10, 25, hm(2, 30), BERLIN))).to.equal('2026-10-25T00:30:00.000Z');
    // Southern hemisphere: Sydney falls back from AEDT (+11) to AEST (+10) on 2026-04-05 at 03:00.
    expect(iso(instantOf(2026, 4, 5, hm(2, 30), 'Australia/Sydney'))).to.equal('2026-04-04T15:30:00.000Z');
  });
});

describe('nextOccurrence', () => {
  it('is undefined for a meeting without a weekly day or start', () => {
    expect(nextOccurrence({ start: hm(19), timezone: CHICAGO }, at('2026-03-07T18:00:00Z'))).to.equal(undefined);
    expect(nextOccurrence({ day: 1, timezone: CHICAGO }, at('2026-03-07T18:00:00Z'))).to.equal(undefined);
  });

  it('puts a Sunday 02:30 meeting at 03:30 CDT on spring-forward day, and at 02:30 a week later', () => {
    const meeting = weekly(0, hm(2, 30), CHICAGO);
    expect(iso(nextOccurrence(meeting, at('2026-03-07T18:00:00Z')))).to.equal('2026-03-08T08:30:00.000Z');
    expect(iso(nextOccurrence(meeting, at('2026-03-08T08:30:00Z')))).to.equal('2026-03-08T08:30:00.000Z');
    expect(iso(nextOccurrence(meeting, at('2026-03-08T09:00:00Z')))).to.equal('2026-03-15T07:30:00.000Z');
  });

  it('holds a Sunday 01:30 meeting once on fall-back day: at the first 01:30 (CDT)', () => {
    const meeting = weekly(0, hm(1, 30), CHICAGO);
    expect(iso(nextOccurrence(meeting, at('2026-10-31T18:00:00Z')))).to.equal('2026-11-01T06:30:00.000Z');
    // At 01:15 CST, the second time the clock reads 01:15, the meeting has already been.
    expect(iso(nextOccurrence(meeting, at('2026-11-01T07:15:00Z')))).to.equal('2026-11-08T07:30:00.000Z');
  });

  it('keeps a weekly 19:00 meeting at 19:00 local while its UTC time moves by an hour (Chicago)', () => {
    const thursday = weekly(4, hm(19), CHICAGO);
    expect(iso(nextOccurrence(thursday, at('2026-03-05T12:00:00Z')))).to.equal('2026-03-06T01:00:00.000Z');
    expect(iso(nextOccurrence(thursday, at('2026-03-06T12:00:00Z')))).to.equal('2026-03-13T00:00:00.000Z');
    expect(iso(nextOccurrence(thursday, at('2026-10-29T12:00:00Z')))).to.equal('2026-10-30T00:00:00.000Z');
    expect(iso(nextOccurrence(thursday, at('2026-10-30T12:00:00Z')))).to.equal('2026-11-06T01:00:00.000Z');
    // Asked in CST about a Monday that is already in CDT: the offset of the meeting's date counts.
    expect(iso(nextOccurrence(weekly(1, hm(19), CHICAGO), at('2026-03-07T18:00:00Z')))).to.equal('2026-03-10T00:00:00.000Z');
  });

  it('does the same across the Europe/Berlin changes', () => {
    const saturday = weekly(6, hm(19), BERLIN);
    expect(iso(nextOccurrence(saturday, at('2026-03-28T12:00:00Z')))).to.equal('2026-03-28T18:00:00.000Z');
    expect(iso(nextOccurrence(saturday, at('2026-03-28T19:00:00Z')))).to.equal('2026-04-04T17:00:00.000Z');
    expect(iso(nextOccurrence(saturday, at('2026-10-24T12:00:00Z')))).to.equal('2026-10-24T17:00:00.000Z');
    expect(iso(nextOccurrence(saturday, at('2026-10-24T18:00:00Z')))).to.equal('2026-10-31T18:00:00.000Z');
    const sundayNight = weekly(0, hm(2, 30), BERLIN);
    expect(iso(nextOccurrence(sundayNight, at('2026-03-28T12:00:00Z')))).to.equal('2026-03-29T01:30:00.000Z');
    expect(iso(nextOccurrence(sundayNight, at('2026-10-24T12:00:00Z')))).to.equal('2026-10-25T00:30:00.000Z');
  });

  it('keeps a meeting that started less than graceMinutes ago as the current occurrence', () => {
    const monday = weekly(1, hm(19), CHICAGO);
    const tenPast = at('2026-11-24T01:10:00Z'); // Monday 19:10 CST
    expect(iso(nextOccurrence(monday, tenPast, 15))).to.equal('2026-11-24T01:00:00.000Z');
    expect(iso(nextOccurrence(monday, tenPast, 10))).to.equal('2026-12-01T01:00:00.000Z');
    expect(iso(nextOccurrence(monday, tenPast))).to.equal('2026-12-01T01:00:00.000Z');
    expect(iso(nextOccurrence(monday, at('2026-11-24T01:00:00Z')))).to.equal('2026-11-24T01:00:00.000Z');
    // Across the end of the week: Saturday 23:50, asked on Sunday at 00:10.
    const saturdayLate = weekly(6, hm(23, 50), CHICAGO);
    expect(iso(nextOccurrence(saturdayLate, at('2026-11-29T06:10:00Z'), 30))).to.equal('2026-11-29T05:50:00.000Z');
    expect(iso(nextOccurrence(saturdayLate, at('2026-11-29T06:10:00Z')))).to.equal('2026-12-06T05:50:00.000Z');
  });

  it('gives the same answers whatever was asked before (caches are keyed correctly)', () => {
    const meetings = [weekly(0, hm(2, 30), CHICAGO), weekly(6, hm(19), BERLIN), weekly(1, hm(0, 30), 'Asia/Tokyo'), weekly(3, hm(12), undefined)];
    const nows = ['2026-03-07T18:00:00Z', '2026-03-08T09:00:00Z', '2026-10-24T18:00:00Z', '2026-11-01T07:15:00Z'].map(at);
    const ask = (order: Date[]) => order.flatMap((now) => meetings.map((meeting) => `${now.toISOString()} ${iso(nextOccurrence(meeting, now))}`)).sort();
    expect(ask([...nows].reverse())).to.deep.equal(ask(nows));
    // A returned Date is the caller's own.
    const first = nextOccurrence(meetings[0]!, nows[0]!)!;
    first.setTime(0);
    expect(iso(nextOccurrence(meetings[0]!, nows[0]!))).to.equal('2026-03-08T08:30:00.000Z');
  });
});

describe('currentOrNextOccurrence and isInProgress', () => {
  it('sees a meeting that runs past midnight as in progress after midnight', () => {
    const friday = weekly(5, hm(23, 30), CHICAGO, hm(0, 30));
    expect(occurrence(currentOrNextOccurrence(friday, at('2026-11-28T06:15:00Z')))).to.deep.equal({
      start: '2026-11-28T05:30:00.000Z',
      end: '2026-11-28T06:30:00.000Z',
    });
    expect(isInProgress(friday, at('2026-11-28T05:29:00Z'))).to.equal(false);
    expect(isInProgress(friday, at('2026-11-28T05:30:00Z'))).to.equal(true);
    expect(isInProgress(friday, at('2026-11-28T06:15:00Z'))).to.equal(true);
    expect(isInProgress(friday, at('2026-11-28T06:30:00Z'))).to.equal(false);
    expect(occurrence(currentOrNextOccurrence(friday, at('2026-11-28T06:30:00Z')))).to.deep.equal({
      start: '2026-12-05T05:30:00.000Z',
      end: '2026-12-05T06:30:00.000Z',
    });
  });

  it('sees a Saturday-night meeting as in progress early on Sunday (across the end of the week)', () => {
    const saturday = weekly(6, hm(23, 30), CHICAGO, hm(0, 30));
    expect(isInProgress(saturday, at('2026-11-29T06:15:00Z'))).to.equal(true);
    expect(occurrence(currentOrNextOccurrence(saturday, at('2026-11-29T06:15:00Z')))).to.deep.equal({
      start: '2026-11-29T05:30:00.000Z',
      end: '2026-11-29T06:30:00.000Z',
    });
  });

  it('gives a meeting without an end DEFAULT_DURATION (60) minutes', () => {
    expect(DEFAULT_DURATION).to.equal(60);
    const monday = weekly(1, hm(19), CHICAGO);
    expect(occurrence(currentOrNextOccurrence(monday, at('2026-11-24T01:59:00Z')))).to.deep.equal({
      start: '2026-11-24T01:00:00.000Z',
      end: '2026-11-24T02:00:00.000Z',
    });
    expect(isInProgress(monday, at('2026-11-24T01:59:00Z'))).to.equal(true);
    expect(isInProgress(monday, at('2026-11-24T02:00:00Z'))).to.equal(false);
    // An end equal to the start is read as unknown, not as a 24-hour or 0-minute meeting.
    expect(occurrence(currentOrNextOccurrence(weekly(1, hm(19), CHICAGO, hm(19)), at('2026-11-24T01:59:00Z')))?.end).to.equal(
      '2026-11-24T02:00:00.000Z',
    );
  });

  it('uses end − start as the elapsed duration', () => {
    expect(occurrence(currentOrNextOccurrence(weekly(1, hm(19), CHICAGO, hm(20, 30)), at('2026-11-23T12:00:00Z')))).to.deep.equal({
      start: '2026-11-24T01:00:00.000Z',
      end: '2026-11-24T02:30:00.000Z',
    });
    // 23:00–03:00 on the night the clocks spring forward lasts four real hours (until 04:00 CDT).
    expect(occurrence(currentOrNextOccurrence(weekly(6, hm(23), CHICAGO, hm(3)), at('2026-03-07T12:00:00Z')))).to.deep.equal({
      start: '2026-03-08T05:00:00.000Z',
      end: '2026-03-08T09:00:00.000Z',
    });
  });

  it('is never in progress without a weekly day or start', () => {
    expect(currentOrNextOccurrence({ start: hm(19), timezone: CHICAGO }, at('2026-11-24T01:30:00Z'))).to.equal(undefined);
    expect(isInProgress({ day: 1, timezone: CHICAGO }, at('2026-11-24T01:30:00Z'))).to.equal(false);
  });
});

describe('startsWithin', () => {
  const monday = weekly(1, hm(19), CHICAGO);

  it('is true for a start in [now, now + minutes]', () => {
    const quarterPast = at('2026-11-24T00:15:00Z'); // Monday 18:15 CST
    expect(startsWithin(monday, quarterPast, 60)).to.equal(true);
    expect(startsWithin(monday, quarterPast, 45)).to.equal(true);
    expect(startsWithin(monday, quarterPast, 30)).to.equal(false);
    expect(startsWithin(monday, at('2026-11-24T01:00:00Z'), 60)).to.equal(true);
  });

  it('is false for a meeting that has already started', () => {
    expect(startsWithin(monday, at('2026-11-24T01:05:00Z'), 60)).to.equal(false);
  });

  it('counts real minutes, across the end of the week and across a DST change', () => {
    // Sunday 00:30, asked on Saturday 23:45.
    expect(startsWithin(weekly(0, hm(0, 30), CHICAGO), at('2026-11-29T05:45:00Z'), 60)).to.equal(true);
    // Sunday 03:15 on spring-forward day, asked at 01:30 CST: the wall clock says 1 h 45, it is 45 minutes.
    expect(startsWithin(weekly(0, hm(3, 15), CHICAGO), at('2026-03-08T07:30:00Z'), 60)).to.equal(true);
    expect(startsWithin(weekly(0, hm(3, 15), CHICAGO), at('2026-03-08T07:30:00Z'), 44)).to.equal(false);
  });

  it('is false without a weekly day or start', () => {
    expect(startsWithin({ start: hm(19), timezone: CHICAGO }, at('2026-11-24T00:15:00Z'), 60)).to.equal(false);
  });
});

describe('isOnDay', () => {
  // Monday 23:30 in Chicago is already Tuesday 06:30 in Berlin.
  const now = at('2026-11-24T05:30:00Z');

  it('uses the calendar where the meeting is, not where the viewer is', () => {
    expect(zonedParts(now, CHICAGO).weekday).to.equal(1);
    expect(isOnDay({ day: 2, timezone: BERLIN }, now, 0)).to.equal(true);
    expect(isOnDay({ day: 1, timezone: BERLIN }, now, 0)).to.equal(false);
    expect(isOnDay({ day: 3, timezone: BERLIN }, now, 1)).to.equal(true);
    expect(isOnDay({ day: 1, timezone: CHICAGO }, now, 0)).to.equal(true);
    expect(isOnDay({ day: 2, timezone: CHICAGO }, now, 0)).to.equal(false);
    expect(isOnDay({ day: 2, timezone: CHICAGO }, now, 1)).to.equal(true);
  });

  it('wraps tomorrow from Saturday to Sunday and is false without a day', () => {
    expect(isOnDay({ day: 0, timezone: CHICAGO }, at('2026-11-29T05:45:00Z'), 1)).to.equal(true);
    expect(isOnDay({ timezone: CHICAGO }, now, 0)).to.equal(false);
  });
});

describe('inViewerZone', () => {
  it('shows the occurrence at the viewer’s wall clock', () => {
    expect(inViewerZone(weekly(1, hm(19), CHICAGO), at('2026-11-20T12:00:00Z'), 'America/New_York')).to.deep.equal({ weekday: 1, minutes: hm(20) });
    expect(inViewerZone(weekly(1, hm(0, 30), BERLIN), at('2026-11-20T12:00:00Z'), 'America/Los_Angeles')).to.deep.equal({
      weekday: 0,
      minutes: hm(15, 30),
    });
    expect(inViewerZone(weekly(1, hm(19), CHICAGO), at('2026-11-20T12:00:00Z'), CHICAGO)).to.deep.equal({ weekday: 1, minutes: hm(19) });
  });

  it('follows the dates when the two zones change clocks on different weeks', () => {
    // Between the US change (2026-03-08) and the EU one (2026-03-29) Berlin is 8 hours ahead of Los Angeles, not 9.
    expect(inViewerZone(weekly(1, hm(0, 30), BERLIN), at('2026-03-10T12:00:00Z'), 'America/Los_Angeles')).to.deep.equal({
      weekday: 0,
      minutes: hm(16, 30),
    });
  });

  it('is undefined without a weekly day or start', () => {
    expect(inViewerZone({ start: hm(19), timezone: CHICAGO }, at('2026-11-20T12:00:00Z'), 'America/New_York')).to.equal(undefined);
  });
});

describe('zonesDiffer', () => {
  const winter = at('2026-01-15T12:00:00Z');
  const summer = at('2026-07-01T12:00:00Z');

  it('compares offsets, not names', () => {
    expect(zonesDiffer(CHICAGO, 'America/Winnipeg', winter)).to.equal(false);
    expect(zonesDiffer(CHICAGO, 'America/Winnipeg', summer)).to.equal(false);
    expect(zonesDiffer(CHICAGO, CHICAGO, summer)).to.equal(false);
    expect(zonesDiffer(CHICAGO, 'America/New_York', winter)).to.equal(true);
  });

  it('depends on the date when only one of the zones keeps DST', () => {
    expect(zonesDiffer('America/Phoenix', 'America/Denver', winter)).to.equal(false);
    expect(zonesDiffer('America/Phoenix', 'America/Denver', summer)).to.equal(true);
    expect(zonesDiffer('America/Phoenix', 'America/Los_Angeles', winter)).to.equal(true);
    expect(zonesDiffer('America/Phoenix', 'America/Los_Angeles', summer)).to.equal(false);
  });
});

describe('meetings without a time zone', () => {
  const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const instants = ['2026-01-15T12:00:00Z', '2026-03-08T08:30:00Z', '2026-07-01T23:59:00Z', '2026-11-01T06:30:00Z', '2026-12-31T23:30:00Z'].map(at);

  it('read the wall clock in the viewer’s zone', () => {
    for (const instant of instants) {
      expect(zonedParts(instant, undefined), instant.toISOString()).to.deep.equal(zonedParts(instant, viewer));
      expect(offsetMinutes(instant, undefined), instant.toISOString()).to.equal(offsetMinutes(instant, viewer));
    }
    expect(iso(instantOf(2026, 3, 8, hm(2, 30), undefined))).to.equal(iso(instantOf(2026, 3, 8, hm(2, 30), viewer)));
    expect(iso(instantOf(2026, 11, 1, hm(1, 30), undefined))).to.equal(iso(instantOf(2026, 11, 1, hm(1, 30), viewer)));
  });

  it('happen at the viewer’s wall clock', () => {
    for (const now of instants) {
      for (const [day, start] of [[0, hm(1, 30)], [0, hm(2, 30)], [4, hm(19)], [3, hm(23, 30)]] as const) {
        const label = `${now.toISOString()} ${day} ${start}`;
        expect(iso(nextOccurrence({ day, start }, now)), label).to.equal(iso(nextOccurrence({ day, start, timezone: viewer }, now)));
        expect(isOnDay({ day }, now, 0), label).to.equal(isOnDay({ day, timezone: viewer }, now, 0));
        expect(inViewerZone({ day, start }, now, viewer), label).to.deep.equal(inViewerZone({ day, start, timezone: viewer }, now, viewer));
      }
      // Seen from its own zone a meeting keeps its wall clock (away from a DST gap).
      expect(inViewerZone({ day: 4, start: hm(19) }, now, undefined)).to.deep.equal({ weekday: 4, minutes: hm(19) });
      expect(zonesDiffer(undefined, viewer, now)).to.equal(false);
    }
  });

  it('treat an unknown zone as the viewer’s', () => {
    const now = at('2026-07-01T12:00:00Z');
    expect(iso(nextOccurrence({ day: 4, start: hm(19), timezone: 'Mars/Olympus_Mons' }, now))).to.equal(
      iso(nextOccurrence({ day: 4, start: hm(19) }, now)),
    );
    expect(zonesDiffer('Mars/Olympus_Mons', undefined, now)).to.equal(false);
  });
});
