/**
 * Generated feeds, valid, odd and hostile: every record becomes a meeting or an error diagnostic
 * (never both, never neither), and the only exception the data layer throws is a FeedError.
 * Bounded: a few hundred feeds per property, a few seconds in all.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { adaptMeetingGuide } from '../../src/feeds/meeting-guide.js';
import { adaptBmlt } from '../../src/feeds/bmlt.js';
import { normalizeFeed } from '../../src/feeds/normalize-feed.js';
import { FeedError } from '../../src/feeds/feed-error.js';
import type { NormalizedFeed } from '../../src/model/meeting.js';

const odd = fc.oneof(fc.anything(), fc.constant(1e400), fc.constant(-0), fc.constant(Number.NaN), fc.constant('<img src=x onerror=alert(1)>'), fc.constant('javascript:alert(1)'), fc.constant('__proto__'));
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(fc.oneof(arbitrary, odd), { nil: undefined });
const clock = fc.oneof(fc.constantFrom('19:00', '7:30', '23:59', '00:00', '12:15', '01:15', '24:00', '19:00:00', '7pm', ''), fc.string());
const url = fc.oneof(fc.webUrl(), fc.constantFrom('https://evil.example\\@zoom.us/j/1', 'javascript:alert(1)', 'data:text/html,x', 'zoom.us/j/1'));

const meetingGuideRecord = fc.record(
  {
    slug: maybe(fc.oneof(fc.string(), fc.integer())),
    name: maybe(fc.string()),
    day: maybe(fc.oneof(fc.integer({ min: -2, max: 9 }), fc.array(fc.integer({ min: -1, max: 8 }), { maxLength: 4 }), fc.constantFrom('1', 'Monday', 'tuesday'))),
    time: maybe(clock),
    end_time: maybe(clock),
    timezone: maybe(fc.constantFrom('America/Chicago', 'Mars/Olympus', 'utc', '')),
    location: maybe(fc.string()),
    formatted_address: maybe(fc.string()),
    latitude: maybe(fc.oneof(fc.double(), fc.string())),
    longitude: maybe(fc.oneof(fc.double(), fc.string())),
    types: maybe(fc.oneof(fc.array(fc.constantFrom('O', 'C', 'ONL', 'W', 'TC', 'X', 'ZZ', '')), fc.string())),
    conference_url: maybe(url),
    conference_phone: maybe(fc.string()),
    url: maybe(url),
    updated: maybe(fc.string()),
  },
  { requiredKeys: [] },
);

const bmltRecord = fc.record(
  {
    id_bigint: maybe(fc.oneof(fc.string(), fc.integer().map(String))),
    meeting_name: maybe(fc.string()),
    weekday_tinyint: maybe(fc.oneof(fc.integer({ min: 0, max: 9 }).map(String), fc.string())),
    start_time: maybe(clock),
    duration_time: maybe(clock),
    venue_type: maybe(fc.constantFrom('1', '2', '3', '4', 'x')),
    latitude: maybe(fc.oneof(fc.double().map(String), fc.string())),
    longitude: maybe(fc.oneof(fc.double().map(String), fc.string())),
    formats: maybe(fc.string()),
    virtual_meeting_link: maybe(url),
    location_text: maybe(fc.string()),
    location_street: maybe(fc.string()),
    published: maybe(fc.constantFrom('0', '1')),
  },
  { requiredKeys: [] },
);

/** Every record index is a meeting's or an error's, never both, never neither. */
function everyRecordAccountedFor(records: readonly unknown[], feed: NormalizedFeed): void {
  const shown = new Set(feed.meetings.map((meeting) => records.indexOf(meeting.raw)));
  const failed = new Set(feed.diagnostics.filter((d) => d.severity === 'error' && d.record !== undefined).map((d) => d.record!));
  records.forEach((_, index) => {
    expect(shown.has(index) !== failed.has(index), `record ${index}: shown ${shown.has(index)}, error ${failed.has(index)}`).to.equal(true);
  });
  expect(feed.records).to.equal(records.length);
}

describe('generated feeds', () => {
  it('Meeting Guide: every record shown or explained', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 5, arbitrary: meetingGuideRecord }, { weight: 1, arbitrary: odd }), { maxLength: 30 }), (records) => {
        everyRecordAccountedFor(records, adaptMeetingGuide(records, { source: 'fuzz', timezone: 'America/Chicago' }));
      }),
      { numRuns: 300 },
    );
  });

  it('BMLT: every record shown or explained', () => {
    fc.assert(
      fc.property(fc.array(bmltRecord, { maxLength: 30 }), (records) => {
        // Unpublished ones included: they are explained ("not published"), not silently dropped.
        everyRecordAccountedFor(records, adaptBmlt(records, { source: 'fuzz', timezone: 'America/Chicago' }));
      }),
      { numRuns: 300 },
    );
  });

  it('normalizeFeed throws nothing but a FeedError, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(meetingGuideRecord, { maxLength: 10 }), fc.record({ meetings: fc.array(bmltRecord, { maxLength: 10 }), formats: fc.anything() })), (data) => {
        try {
          const feed = normalizeFeed(data, { source: 'fuzz' });
          expect(feed.meetings.length).to.be.greaterThan(0);
        } catch (error) {
          expect(error, String(error)).to.be.instanceOf(FeedError);
        }
      }),
      { numRuns: 400 },
    );
  });
});
