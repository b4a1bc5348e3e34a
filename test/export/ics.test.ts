import { expect } from '@open-wc/testing';
import { icsDataUrl, icsFileName, meetingToIcs } from '../../src/export/ics.js';
import { instantOf, zonedParts } from '../../src/model/occurrence.js';
import { loadLocalizer } from '../../src/i18n/localize.js';
import { onlineMeeting, testMeeting } from '../fixtures/meetings.js';
import { basicAt, changes, child, localMs, parseIcs, prop, toUtc, unescapeText, unfold, value, type Component } from './ics-reader.js';

const CHICAGO = 'America/Chicago';
const BERLIN = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);

// America/Chicago: DST ends Sunday 2026-11-01 02:00 CDT (-0500 → -0600) and starts Sunday
// 2027-03-14 02:00 CST (-0600 → -0500). Europe/Berlin: starts Sunday 2027-03-28 02:00 CET (+0100 →
// +0200), ends Sunday 2026-10-25 03:00 CEST.

function ics(meeting = testMeeting(), now = at('2027-03-09T12:00:00Z'), url?: string): string {
  const text = meetingToIcs(meeting, { now, url });
  if (text === undefined) throw new Error('no ics');
  return text;
}

function event(text: string): Component {
  return child(child(parseIcs(text), 'VCALENDAR'), 'VEVENT');
}

function vtimezone(text: string): Component {
  return child(child(parseIcs(text), 'VCALENDAR'), 'VTIMEZONE');
}

/** Onsets of one kind of observance as "YYYYMMDDTHHMMSS from→to", through 2030. */
function transitionsOf(zone: Component): string[] {
  return changes(zone, 2030).map((change) => {
    const sign = (minutes: number) => `${minutes < 0 ? '-' : '+'}${String(Math.abs(minutes) / 60).padStart(2, '0')}`;
    return `${basicAt(new Date(change.at), change.from)} ${sign(change.from)}→${sign(change.to)}`;
  });
}

describe('meetingToIcs: the file format', () => {
  it('ends every line with CRLF, and only there', () => {
    const text = ics();
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(/\r(?!\n)|(?<!\r)\n/.test(text)).to.equal(false);
    const calendar = child(parseIcs(text), 'VCALENDAR');
    expect(value(calendar, 'VERSION')).to.equal('2.0');
    expect(value(calendar, 'PRODID')).to.match(/^-\/\/meeting-locator\/\//);
    expect(value(calendar, 'CALSCALE')).to.equal('GREGORIAN');
    expect(value(calendar, 'METHOD')).to.equal('PUBLISH');
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const name = `Grupo Esperanza y Serenidad 🌅 — reunión de los martes en la «Casa Ñandú» ${'é'.repeat(60)} 𝄞 fin`;
    const notes = 'Línea uno. '.repeat(30);
    const text = ics(testMeeting({ name, notes }));
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) {
      expect(encoder.encode(line).length, line).to.be.at.most(75);
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line), 'split surrogate pair').to.equal(false);
    }
    expect(text.split('\r\n').some((line) => line.startsWith(' '))).to.equal(true);
    expect(unescapeText(value(event(text), 'SUMMARY')!)).to.equal(name);
    expect(unescapeText(value(event(text), 'DESCRIPTION')!)).to.contain(notes.trim());
  });

  it('escapes hostile text so it stays one value', () => {
    const name = 'Hope; Faith, Love \\ Peace\nBEGIN:VEVENT\r\nSUMMARY:injected';
    const text = ics(testMeeting({ name, location: { name: 'Hall; Room 2, Door \\A' } }));
    const vevent = event(text);
    expect(value(vevent, 'SUMMARY')).to.equal('Hope\\; Faith\\, Love \\\\ Peace\\nBEGIN:VEVENT\\nSUMMARY:injected');
    expect(unescapeText(value(vevent, 'SUMMARY')!)).to.equal(name.replace('\r\n', '\n'));
    expect(unescapeText(value(vevent, 'LOCATION')!)).to.equal('Hall; Room 2, Door \\A, 100 Union Ave, Memphis, TN 38103, USA');
    expect(child(parseIcs(text), 'VCALENDAR').components.filter((c) => c.name === 'VEVENT')).to.have.length(1);
    expect(unfold(text).filter((line) => line.startsWith('SUMMARY'))).to.have.length(1);
  });

  it('has a stable UID, a UTC DTSTAMP, the deep link as URL', () => {
    const now = at('2027-03-09T12:34:56.789Z');
    const first = event(ics(testMeeting({ id: 'src:a b/ç' }), now, 'https://example.org/meetings?m=1#x'));
    const second = event(ics(testMeeting({ id: 'src:a b/ç' }), at('2027-05-01T00:00:00Z')));
    expect(value(first, 'UID')).to.equal(value(second, 'UID'));
    expect(value(first, 'UID')).to.match(/^[A-Za-z0-9%._!~*'()-]+@meeting-locator$/);
    expect(value(first, 'DTSTAMP')).to.equal('20270309T123456Z');
    expect(value(first, 'URL')).to.equal('https://example.org/meetings?m=1#x');
    expect(value(second, 'URL')).to.equal(undefined);
    const listed = event(ics(testMeeting({ url: 'https://example.org/meetings/tuesday' })));
    expect(value(listed, 'URL')).to.equal('https://example.org/meetings/tuesday');
  });

  it('describes the meeting: types, notes, join link, phone, listing', async () => {
    const meeting = onlineMeeting({ notes: 'Cameras optional.', url: 'https://example.org/m/online-noon' });
    const vevent = event(ics(meeting));
    expect(unescapeText(value(vevent, 'LOCATION')!)).to.equal('https://zoom.us/j/5550100123');
    const description = unescapeText(value(vevent, 'DESCRIPTION')!);
    expect(description).to.contain('Online · Open, Discussion');
    expect(description).to.contain('Cameras optional.');
    expect(description).to.contain('Join on Zoom: https://zoom.us/j/5550100123');
    expect(description).to.contain('Dial in: +1 555-010-0123,,5550100123#,,,,*424242#');
    expect(description).to.contain('Meeting ID 555 010 0123, passcode 424242');
    expect(description).to.contain('Listing: https://example.org/m/online-noon');
    expect(prop(vevent, 'GEO')).to.equal(undefined);

    const spanish = meetingToIcs(meeting, { now: at('2027-03-09T12:00:00Z'), l10n: await loadLocalizer('es') })!;
    expect(unescapeText(value(event(spanish), 'DESCRIPTION')!)).to.contain('Entrar por Zoom: https://zoom.us/j/5550100123');
  });

  it('gives exact coordinates as GEO, never approximate ones', () => {
    expect(value(event(ics()), 'GEO')).to.equal('35.1418;-90.0489');
    expect(prop(event(ics(testMeeting({ location: { approximate: true } }))), 'GEO')).to.equal(undefined);
  });

  it('names a safe file and makes a data: URL that decodes to the file', () => {
    expect(icsFileName(testMeeting())).to.equal('tuesday-night-group.ics');
    expect(icsFileName(testMeeting({ name: '¡Peña / "Libres"!  <script>' }))).to.equal('pena-libres-script.ics');
    expect(icsFileName(testMeeting({ name: '☕☕' }))).to.equal('meeting.ics');
    const text = ics();
    const href = icsDataUrl(text);
    expect(href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).to.equal(text);
  });
});

describe('meetingToIcs: when', () => {
  it('repeats weekly on the meeting day', () => {
    expect(value(event(ics()), 'RRULE')).to.equal('FREQ=WEEKLY;BYDAY=TU');
    expect(value(event(ics(testMeeting({ day: 0 }))), 'RRULE')).to.equal('FREQ=WEEKLY;BYDAY=SU');
    expect(value(event(ics(testMeeting({ day: 6 }))), 'RRULE')).to.equal('FREQ=WEEKLY;BYDAY=SA');
  });

  it('starts at the next occurrence, at the meeting wall clock in its zone', () => {
    const vevent = event(ics());
    expect(prop(vevent, 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { TZID: CHICAGO }, value: '20270309T190000' });
    expect(prop(vevent, 'DTEND')).to.deep.equal({ name: 'DTEND', params: { TZID: CHICAGO }, value: '20270309T200000' });
    // An hour after it ended, the series starts next week.
    expect(value(event(ics(testMeeting(), at('2027-03-10T02:00:00Z'))), 'DTSTART')).to.equal('20270316T190000');
    // While it is going on, it is this week's.
    expect(value(event(ics(testMeeting(), at('2027-03-10T01:30:00Z'))), 'DTSTART')).to.equal('20270309T190000');
  });

  it('has a VTIMEZONE for America/Chicago with its DST changes', () => {
    const zone = vtimezone(ics());
    expect(value(zone, 'TZID')).to.equal(CHICAGO);
    const daylight = zone.components.filter((c) => c.name === 'DAYLIGHT');
    const standard = zone.components.filter((c) => c.name === 'STANDARD');
    expect(daylight.length).to.be.greaterThan(0);
    expect(standard.length).to.be.greaterThan(0);
    expect(daylight.every((c) => value(c, 'TZOFFSETFROM') === '-0600' && value(c, 'TZOFFSETTO') === '-0500')).to.equal(true);
    expect(standard.every((c) => value(c, 'TZOFFSETFROM') === '-0500' && value(c, 'TZOFFSETTO') === '-0600')).to.equal(true);
    expect(value(daylight[0]!, 'TZNAME')).to.equal('CDT');
    expect(value(standard[0]!, 'TZNAME')).to.equal('CST');
    // A yearly rule, so calendars stay right after the years scanned.
    expect(value(daylight[0]!, 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(value(standard[0]!, 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    const transitions = transitionsOf(zone);
    expect(transitions).to.include('20261101T020000 -05→-06');
    expect(transitions).to.include('20270314T020000 -06→-05');
    expect(transitions).to.include('20271107T020000 -05→-06');
    expect(transitions).to.include('20280312T020000 -06→-05');
  });

  it('keeps 19:00 local on both sides of the March change (Chicago)', () => {
    // Tuesday 2027-03-09, five days before the clocks go forward.
    const text = ics(testMeeting(), at('2027-03-09T12:00:00Z'));
    const vevent = event(text);
    const zone = vtimezone(text);
    const start = value(vevent, 'DTSTART')!;
    expect(start).to.equal('20270309T190000');
    expect(toUtc(zone, start)?.toISOString()).to.equal('2027-03-10T01:00:00.000Z');
    // The next weekly occurrence, after the change: the same wall clock, an hour earlier in UTC.
    expect(toUtc(zone, '20270316T190000')?.toISOString()).to.equal('2027-03-17T00:00:00.000Z');
    expect(toUtc(zone, start)?.getTime()).to.equal(instantOf(2027, 3, 9, 19 * 60, CHICAGO).getTime());
  });

  it('keeps 19:00 local on both sides of the November change (Chicago)', () => {
    const text = ics(testMeeting(), at('2026-10-27T12:00:00Z'));
    const zone = vtimezone(text);
    expect(value(event(text), 'DTSTART')).to.equal('20261027T190000');
    expect(toUtc(zone, '20261027T190000')?.toISOString()).to.equal('2026-10-28T00:00:00.000Z');
    expect(toUtc(zone, '20261103T190000')?.toISOString()).to.equal('2026-11-04T01:00:00.000Z');
  });

  it('has a VTIMEZONE for Europe/Berlin with its DST changes', () => {
    const text = ics(testMeeting({ timezone: BERLIN }), at('2027-03-23T08:00:00Z'));
    const zone = vtimezone(text);
    expect(value(zone, 'TZID')).to.equal(BERLIN);
    expect(prop(event(text), 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: { TZID: BERLIN }, value: '20270323T190000' });
    const daylight = zone.components.find((c) => c.name === 'DAYLIGHT')!;
    const standard = zone.components.find((c) => c.name === 'STANDARD')!;
    expect([value(daylight, 'TZOFFSETFROM'), value(daylight, 'TZOFFSETTO')]).to.deep.equal(['+0100', '+0200']);
    expect([value(standard, 'TZOFFSETFROM'), value(standard, 'TZOFFSETTO')]).to.deep.equal(['+0200', '+0100']);
    expect(value(daylight, 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(value(standard, 'RRULE')).to.equal('FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    const transitions = transitionsOf(zone);
    expect(transitions).to.include('20261025T030000 +02→+01');
    expect(transitions).to.include('20270328T020000 +01→+02');
    expect(toUtc(zone, '20270323T190000')?.toISOString()).to.equal('2027-03-23T18:00:00.000Z');
    expect(toUtc(zone, '20270330T190000')?.toISOString()).to.equal('2027-03-30T17:00:00.000Z');
  });

  it('agrees with the browser on every hour of the years it covers, in many zones', () => {
    const zones = [CHICAGO, BERLIN, 'Australia/Sydney', 'Australia/Lord_Howe', 'America/Santiago', 'Asia/Kathmandu', 'Africa/Casablanca', 'America/Sao_Paulo'];
    for (const zoneName of zones) {
      const zone = vtimezone(ics(testMeeting({ timezone: zoneName }), at('2027-01-05T12:00:00Z')));
      let compared = 0;
      // Every 7 h 13 min through 2026–2029 (inside the scanned window), skipping wall clocks that
      // do not exist (spring-forward gaps), where there is no single right answer to compare.
      for (let wall = Date.UTC(2026, 0, 2); wall < Date.UTC(2029, 11, 30); wall += (7 * 60 + 13) * 60_000) {
        const date = new Date(wall);
        const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
        const expected = instantOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), minutes, zoneName);
        const basic = date.toISOString().replace(/[-:]/g, '').slice(0, 15);
        const seen = zonedParts(expected, zoneName);
        if (seen.day !== date.getUTCDate() || seen.minutes !== minutes) continue;
        expect(toUtc(zone, basic)?.toISOString(), `${zoneName} ${basic}`).to.equal(expected.toISOString());
        compared++;
      }
      expect(compared, zoneName).to.be.greaterThan(4000);
    }
  });

  it('gives a zone without DST a single STANDARD (Asia/Tokyo)', () => {
    const text = ics(testMeeting({ timezone: 'Asia/Tokyo' }), at('2027-03-09T00:00:00Z'));
    const zone = vtimezone(text);
    expect(zone.components.map((c) => c.name)).to.deep.equal(['STANDARD']);
    expect(value(zone.components[0]!, 'TZOFFSETFROM')).to.equal('+0900');
    expect(value(zone.components[0]!, 'TZOFFSETTO')).to.equal('+0900');
    expect(prop(zone.components[0]!, 'RRULE')).to.equal(undefined);
    expect(localMs(value(zone.components[0]!, 'DTSTART')!)).to.be.below(localMs('20270309T190000'));
    expect(value(event(text), 'DTSTART')).to.equal('20270309T190000');
    expect(toUtc(zone, '20270309T190000')?.toISOString()).to.equal('2027-03-09T10:00:00.000Z');
  });

  it('ends the next day for a meeting across midnight', () => {
    // Saturday 23:30 – 00:30 in Chicago.
    const vevent = event(ics(testMeeting({ day: 6, start: 23 * 60 + 30, end: 30 }), at('2027-03-09T12:00:00Z')));
    expect(value(vevent, 'DTSTART')).to.equal('20270313T233000');
    expect(value(vevent, 'DTEND')).to.equal('20270314T003000');
    expect(value(vevent, 'RRULE')).to.equal('FREQ=WEEKLY;BYDAY=SA');
  });

  it('lasts an hour when the end is unknown', () => {
    const vevent = event(ics(testMeeting({ end: undefined, start: 23 * 60 + 15 })));
    expect(value(vevent, 'DTSTART')).to.equal('20270309T231500');
    expect(value(vevent, 'DTEND')).to.equal('20270310T001500');
  });

  it('writes floating time, without TZID or VTIMEZONE, when the zone is unknown', () => {
    for (const timezone of [undefined, 'Mars/Olympus_Mons']) {
      const text = ics(testMeeting({ timezone }), at('2027-03-09T12:00:00Z'));
      const calendar = child(parseIcs(text), 'VCALENDAR');
      expect(calendar.components.map((c) => c.name)).to.deep.equal(['VEVENT']);
      // Read in the viewer's zone (the test runner's: America/Chicago).
      expect(prop(event(text), 'DTSTART')).to.deep.equal({ name: 'DTSTART', params: {}, value: '20270309T190000' });
      expect(prop(event(text), 'DTEND')).to.deep.equal({ name: 'DTEND', params: {}, value: '20270309T200000' });
    }
  });

  it('has no file for a meeting by appointment or without a time', () => {
    expect(meetingToIcs(testMeeting({ day: undefined }), { now: at('2027-03-09T12:00:00Z') })).to.equal(undefined);
    expect(meetingToIcs(testMeeting({ start: undefined }), { now: at('2027-03-09T12:00:00Z') })).to.equal(undefined);
  });
});
