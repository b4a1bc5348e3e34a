import { expect } from '@open-wc/testing';
import { googleCalendarUrl } from '../../src/export/google-calendar.js';
import { onlineMeeting, testMeeting } from '../fixtures/meetings.js';

const now = new Date('2027-03-09T12:00:00Z');

function params(url: string | undefined): URLSearchParams {
  if (!url) throw new Error('no url');
  const parsed = new URL(url);
  expect(parsed.origin + parsed.pathname).to.equal('https://calendar.google.com/calendar/render');
  return parsed.searchParams;
}

describe('googleCalendarUrl', () => {
  it('prefills a weekly event at the meeting wall clock, in its zone', () => {
    const query = params(googleCalendarUrl(testMeeting(), { now, url: 'https://example.org/meetings#m=1' }));
    expect(query.get('action')).to.equal('TEMPLATE');
    expect(query.get('text')).to.equal('Tuesday Night Group');
    expect(query.get('dates')).to.equal('20270309T190000/20270309T200000');
    expect(query.get('ctz')).to.equal('America/Chicago');
    expect(query.get('recur')).to.equal('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(query.get('location')).to.equal('Fellowship Hall, 100 Union Ave, Memphis, TN 38103, USA');
    expect(query.get('details')).to.contain('In person · Open, Discussion');
    expect(query.get('details')).to.contain('https://example.org/meetings#m=1');
  });

  it('keeps the local time across a DST change (the zone does the rest)', () => {
    const before = params(googleCalendarUrl(testMeeting(), { now }));
    const after = params(googleCalendarUrl(testMeeting(), { now: new Date('2027-03-16T12:00:00Z') }));
    expect(before.get('dates')).to.equal('20270309T190000/20270309T200000');
    expect(after.get('dates')).to.equal('20270316T190000/20270316T200000');
  });

  it('ends the next day across midnight', () => {
    const query = params(googleCalendarUrl(testMeeting({ day: 6, start: 23 * 60 + 30, end: 30 }), { now }));
    expect(query.get('dates')).to.equal('20270313T233000/20270314T003000');
    expect(query.get('recur')).to.equal('RRULE:FREQ=WEEKLY;BYDAY=SA');
  });

  it('leaves the zone to the calendar when the meeting has none', () => {
    const query = params(googleCalendarUrl(testMeeting({ timezone: undefined }), { now }));
    expect(query.has('ctz')).to.equal(false);
    expect(query.get('dates')).to.equal('20270309T190000/20270309T200000');
  });

  it('puts the join link as the location of an online meeting', () => {
    const query = params(googleCalendarUrl(onlineMeeting(), { now }));
    expect(query.get('location')).to.equal('https://zoom.us/j/5550100123');
    expect(query.get('details')).to.contain('Join on Zoom: https://zoom.us/j/5550100123');
  });

  it('encodes hostile text as data', () => {
    const name = 'A&B=C #1 ?x <script>alert(1)</script>';
    const url = googleCalendarUrl(testMeeting({ name, notes: 'line 1\nline 2 & more' }), { now })!;
    expect(url).not.to.contain('<');
    expect(url).not.to.contain(' ');
    const query = params(url);
    expect(query.get('text')).to.equal(name);
    expect(query.get('details')).to.contain('line 1\nline 2 & more');
    expect([...query.keys()].sort()).to.deep.equal(['action', 'ctz', 'dates', 'details', 'location', 'recur', 'text']);
  });

  it('has no link for a meeting by appointment', () => {
    expect(googleCalendarUrl(testMeeting({ day: undefined }), { now })).to.equal(undefined);
  });
});
