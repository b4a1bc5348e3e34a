/**
 * The preview of a large feed gives each meeting the id the whole feed gives it, whatever the feed
 * holds: repeated keys, records on several days, records without a key, records that cannot be
 * shown. Checked against the full adapters on generated feeds of both formats.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { adaptBmlt, bmltKey } from '../../src/feeds/bmlt.js';
import { adaptMeetingGuide, meetingGuideKey } from '../../src/feeds/meeting-guide.js';
import { previewMeetings, recordsDecidingIds } from '../../src/feeds/preview.js';
import type { Meeting } from '../../src/model/meeting.js';

const SOURCE = 'https://example.org/feed.json';

/** A Meeting Guide record: keys from a small set (so they repeat), or none; now and then unusable. */
const mgRecord = fc.record(
  {
    slug: fc.constantFrom('a', 'b', 'ab', 'a~2', 'a@3', 'a@3~2', 'a~2~3', 'a~', ' a ', ''),
    id: fc.constantFrom(1, 'a', '1', ''),
    name: fc.constantFrom('Serenity', 'Hope', 'Open Door', ''),
    location: fc.constantFrom('Hall', 'Church', ''),
    day: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 1, arbitrary: fc.constantFrom([1, 3], ['2', 2], 9, 'x', '') }),
    time: fc.constantFrom('19:00', '07:30', '12:00', '25:00', ''),
    formatted_address: fc.constantFrom('1 Main St, Memphis, TN 38103, USA', ''),
  },
  { requiredKeys: ['day', 'time'] },
);

/** Now and then something that is not a record at all. */
const notRecord = fc.constantFrom(null, 7, 'text', [1, 2]);

const bmltRecord = fc.record(
  {
    id_bigint: fc.constantFrom('1', '2', '12', '1~2', '1@3', ' 1', ''),
    meeting_name: fc.constantFrom('Serenity', 'Hope', 'Open Door', ''),
    weekday_tinyint: fc.constantFrom('1', '4', '7', '2', '9'),
    start_time: fc.constantFrom('19:00:00', '07:30:00', '12:00:00', 'soon', ''),
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
  const FORMATS = [
    { name: 'Meeting Guide feed', records: fc.array(fc.oneof({ weight: 9, arbitrary: mgRecord }, { weight: 1, arbitrary: notRecord }), { maxLength: 30 }), adapt: adaptMeetingGuide, key: meetingGuideKey },
    { name: 'BMLT answer', records: fc.array(fc.oneof({ weight: 9, arbitrary: bmltRecord }, { weight: 1, arbitrary: notRecord }), { maxLength: 30 }), adapt: adaptBmlt, key: bmltKey },
  ] as const;

  for (const { name, records: feeds, adapt, key } of FORMATS) {
    it(`are the whole ${name}’s, for any records chosen`, () => {
      fc.assert(
        fc.property(feeds, fc.array(fc.nat(30), { maxLength: 8 }), (records: unknown[], picks) => {
          const only = new Set(picks.filter((pick) => pick < records.length));
          const whole = adapt(records, { source: SOURCE }).meetings;
          // As the preview reads them: only the records that can decide the chosen ones' ids.
          const deciding = recordsDecidingIds(records.length, (index) => key(records[index]), only);
          const chosen = adapt(records, { source: SOURCE, only, deciding }).meetings;
          expect(ids(chosen)).to.deep.equal(ids(chosenFromWhole(whole, records, only)));
        }),
        { numRuns: 500 },
      );
    });
  }

  it('count the records whose keys differ only by the suffixes ids add', () => {
    // "a" twice takes "a" and "a~2", so the record keyed "a~2" becomes "a~2~2"; "a@3" and "a~2~3"
    // compete in the same way. Only the last records are chosen.
    const records = ['a', 'a', 'a~2', 'b', 'a@3', 'a~2~3'].map((slug, i) => ({ slug, name: `Group ${i}`, day: 3, time: '19:00' }));
    records.push({ slug: 'a', name: 'Two days', day: [3, 4] as unknown as number, time: '20:00' });
    const only = new Set([2, 4, 5, 6]);
    const whole = adaptMeetingGuide(records, { source: SOURCE }).meetings;
    const deciding = recordsDecidingIds(records.length, (index) => meetingGuideKey(records[index]), only);
    const chosen = adaptMeetingGuide(records, { source: SOURCE, only, deciding }).meetings;
    expect(ids(chosen)).to.deep.equal(ids(chosenFromWhole(whole, records, only)));
    expect(chosen.map((meeting) => meeting.id.slice(meeting.id.indexOf('-') + 1))).to.deep.equal(['a~2~2', 'a@3', 'a~2~3', 'a@3~2', 'a@4']);
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
