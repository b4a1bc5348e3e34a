/**
 * The preview of a large feed gives each meeting the id the whole feed gives it, whatever the feed
 * holds: repeated keys, records on several days, records without a key, records that cannot be
 * shown. Checked against the full adapters on generated feeds of both formats.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { adaptBmlt } from '../../src/feeds/bmlt.js';
import { adaptMeetingGuide } from '../../src/feeds/meeting-guide.js';
import { previewMeetings } from '../../src/feeds/preview.js';
import type { Meeting } from '../../src/model/meeting.js';

const SOURCE = 'https://example.org/feed.json';

/** A Meeting Guide record: keys from a small set (so they repeat), or none; now and then unusable. */
const mgRecord = fc.record(
  {
    slug: fc.constantFrom('a', 'b', 'c', 'a~2', ''),
    name: fc.constantFrom('Serenity', 'Hope', ''),
    location: fc.constantFrom('Hall', ''),
    day: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom([1, 3], ['2', 2], 9, 'x', '')),
    time: fc.constantFrom('19:00', '07:30', '25:00', ''),
    formatted_address: fc.constantFrom('1 Main St, Memphis, TN 38103, USA', ''),
  },
  { requiredKeys: ['day', 'time'] },
);

const bmltRecord = fc.record(
  {
    id_bigint: fc.constantFrom('1', '2', '3', ''),
    meeting_name: fc.constantFrom('Serenity', 'Hope', ''),
    weekday_tinyint: fc.constantFrom('1', '4', '7', '9'),
    start_time: fc.constantFrom('19:00:00', '07:30:00', 'soon', ''),
    location_text: fc.constantFrom('Hall', ''),
    location_street: fc.constantFrom('1 Main St', ''),
    published: fc.constantFrom('1', '0'),
  },
  { requiredKeys: ['weekday_tinyint'] },
);

/** The meetings of the chosen records, from the whole feed's adaptation. */
function chosenFromWhole(whole: readonly Meeting[], records: readonly unknown[], only: ReadonlySet<number>): Meeting[] {
  return whole.filter((meeting) => only.has(records.indexOf(meeting.raw)));
}

const ids = (meetings: readonly Meeting[]) => meetings.map((meeting) => `${meeting.id} ${meeting.day}`).sort();

describe('a preview’s ids', () => {
  it('are the whole Meeting Guide feed’s, for any records chosen', () => {
    fc.assert(
      fc.property(fc.array(mgRecord, { maxLength: 30 }), fc.array(fc.nat(40), { maxLength: 8 }), (records, picks) => {
        const only = new Set(picks.filter((pick) => pick < records.length));
        const whole = adaptMeetingGuide(records, { source: SOURCE }).meetings;
        const chosen = adaptMeetingGuide(records, { source: SOURCE, only }).meetings;
        expect(ids(chosen)).to.deep.equal(ids(chosenFromWhole(whole, records, only)));
      }),
      { numRuns: 300 },
    );
  });

  it('are the whole BMLT answer’s, for any records chosen', () => {
    fc.assert(
      fc.property(fc.array(bmltRecord, { maxLength: 30 }), fc.array(fc.nat(40), { maxLength: 8 }), (records, picks) => {
        const only = new Set(picks.filter((pick) => pick < records.length));
        const whole = adaptBmlt(records, { source: SOURCE }).meetings;
        const chosen = adaptBmlt(records, { source: SOURCE, only }).meetings;
        expect(ids(chosen)).to.deep.equal(ids(chosenFromWhole(whole, records, only)));
      }),
      { numRuns: 300 },
    );
  });

  it('of the next meetings, in a feed where the next one repeats an earlier key', () => {
    const records = Array.from({ length: 1200 }, (_, i) => ({ slug: i === 1100 ? 'k5' : `k${i}`, name: `Group ${i}`, day: i === 1100 ? 2 : 4, time: '19:00' }));
    // A Tuesday at 6:40 PM in UTC: the record on Tuesday at 19:00 comes next.
    const preview = previewMeetings(records, { source: SOURCE, timezone: 'UTC' }, new Date('2026-11-24T18:40:00Z'), 5)!;
    const whole = adaptMeetingGuide(records, { source: SOURCE, timezone: 'UTC' }).meetings;
    const next = preview.find((meeting) => meeting.name === 'Group 1100')!;
    expect(next.id).to.equal(whole.find((meeting) => meeting.name === 'Group 1100')!.id);
    expect(next.id).to.match(/-k5~2$/);
  });
});
