import { expect } from '@open-wc/testing';
import { splitAddress } from '../../src/feeds/address.js';
import { detectFormat } from '../../src/feeds/detect-format.js';
import { adaptMeetingGuide, type AdapterOptions } from '../../src/feeds/meeting-guide.js';
import { normalizeFeed } from '../../src/feeds/normalize-feed.js';
import { ATTENDANCE_CODES, isFeatureKey, isLanguageFeature, languageFeature } from '../../src/model/features.js';
import { MEETING_GUIDE_TYPES, featureForMeetingGuideType } from '../../src/model/meeting-guide-types.js';
import type { Diagnostic, Meeting, NormalizedFeed } from '../../src/model/meeting.js';
import * as quirks from '../fixtures/meeting-guide-quirks.js';
import { body, brief, onlyMeeting, thrown } from './helpers.js';
import type { FixtureRecord } from '../fixtures/meeting-guide-quirks.js';

const SOURCE = 'https://example.org/meetings.json';
const ZONE = 'America/Chicago';

function adapt(records: readonly unknown[], options: Partial<AdapterOptions> = {}): NormalizedFeed {
  return adaptMeetingGuide(records, { source: SOURCE, timezone: ZONE, ...options });
}

/** The one meeting a one-record feed gives, with the feed's diagnostics. */
function one(record: unknown, options: Partial<AdapterOptions> = {}): { meeting: Meeting; diagnostics: Diagnostic[] } {
  return onlyMeeting(adapt([record], options));
}

/** Every single-record fixture that makes a meeting, for the id tests. */
const SHOWABLE: readonly FixtureRecord[] = [
  quirks.plainInPerson,
  quirks.dayAsArray,
  quirks.dayAsNumericString,
  quirks.dayArrayWithInvalidValue,
  quirks.timeWithoutLeadingZero,
  quirks.timeWithSeconds,
  quirks.timeMissing,
  quirks.endTimeInvalid,
  quirks.coordinatesAsStrings,
  quirks.coordinatesZeroZero,
  quirks.coordinatesOutOfRange,
  quirks.emptyStringsForAbsentValues,
  quirks.addressParts,
  quirks.formattedAddressOnly,
  quirks.approximateYes,
  quirks.approximateNoWithCityOnlyAddress,
  quirks.cityOnlyAddressWithoutApproximateFlag,
  quirks.regionsArray,
  quirks.regionAndSubRegion,
  quirks.conferenceUrlAndPhoneWithNotes,
  quirks.temporarilyClosedWithOnline,
  quirks.temporarilyClosedWithoutOnline,
  quirks.onlWithStreetAddress,
  quirks.attendanceOptionGiven,
  quirks.attendanceOptionInvalid,
  quirks.appointmentOnly,
  quirks.unknownProviderUrl,
  quirks.customAndUnknownTypes,
  quirks.typesAsCommaString,
  quirks.typesWithDuplicatesAndCase,
  quirks.typesAsObject,
  quirks.ownTimezone,
  quirks.invalidTimezone,
  quirks.noSlug,
  quirks.numericIdWithoutSlug,
  ...quirks.duplicateSlugs,
  quirks.nameFromGroup,
  quirks.nameFromLocation,
  quirks.hostileStrings,
  quirks.urlsWithoutScheme,
];

describe('adaptMeetingGuide', () => {
  describe('a plain record', () => {
    it('becomes one meeting in the normalized shape, with no diagnostics', () => {
      const { meeting, diagnostics } = one(quirks.plainInPerson);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.raw).to.equal(quirks.plainInPerson);
      expect(meeting.id).to.include('tuesday-night-group');
      expect(body(meeting)).to.deep.equal({
        source: SOURCE,
        name: 'Tuesday Night Group',
        day: 2,
        start: 19 * 60,
        end: 20 * 60,
        timezone: ZONE,
        attendance: 'in_person',
        location: {
          name: 'Fellowship Hall',
          formattedAddress: '100 Union Ave, Memphis, TN 38103, USA',
          street: '100 Union Ave',
          city: 'Memphis',
          state: 'TN',
          postalCode: '38103',
          country: 'USA',
          coordinates: { latitude: 35.1418, longitude: -90.0489 },
          approximate: false,
          regions: ['Shelby County'],
        },
        online: {},
        features: ['open', 'discussion'],
        types: [
          { code: 'O', feature: 'open' },
          { code: 'D', feature: 'discussion' },
        ],
        notes: 'Use the side door.',
        group: 'Tuesday Night Group',
        updated: '2026-10-01 12:00:00',
        url: 'https://example.org/meetings/tuesday-night-group',
      });
    });

    it('does not change the records it reads', () => {
      const records = [...SHOWABLE, ...quirks.brokenRecords];
      const before = JSON.stringify(records);
      adapt(records);
      expect(JSON.stringify(records)).to.equal(before);
    });
  });

  describe('days', () => {
    it('dayAsArray: one meeting per weekday, with distinct ids and the same details', () => {
      const feed = adapt([quirks.dayAsArray]);
      expect(feed.diagnostics).to.deep.equal([]);
      expect(feed.records).to.equal(1);
      expect(feed.meetings.map((m) => m.day)).to.deep.equal([1, 3, 5]);
      expect(new Set(feed.meetings.map((m) => m.id)).size).to.equal(3);
      for (const meeting of feed.meetings) {
        expect(meeting.id).to.include('weekday-noon');
        expect(meeting.name).to.equal('Weekday Noon');
        expect(meeting.start).to.equal(12 * 60);
        expect(meeting.end).to.equal(13 * 60);
        expect(meeting.features).to.deep.equal(['closed']);
        expect(meeting.raw).to.equal(quirks.dayAsArray);
      }
    });

    it('dayAsNumericString: "4" is Thursday', () => {
      const { meeting, diagnostics } = one(quirks.dayAsNumericString);
      expect(meeting.day).to.equal(4);
      expect(meeting.start).to.equal(18 * 60 + 30);
      expect(diagnostics).to.deep.equal([]);
    });

    it('dayArrayWithInvalidValue: keeps the valid days once each and warns about the rest', () => {
      const feed = adapt([quirks.dayArrayWithInvalidValue]);
      expect(feed.meetings.map((m) => m.day)).to.deep.equal([1, 3]);
      expect(feed.meetings.map((m) => m.start)).to.deep.equal([7 * 60, 7 * 60]);
      expect(brief(feed.diagnostics)).to.deep.equal([{ severity: 'warning', code: 'invalid-day', record: 0, field: 'day' }]);
      expect(feed.diagnostics[0]!.message).to.include('9');
    });

    it('dayOutOfRange: day 7 is an error naming the record, its key and the field', () => {
      const feed = adapt([quirks.dayOutOfRange]);
      expect(feed.meetings).to.deep.equal([]);
      expect(brief(feed.diagnostics)).to.deep.equal([{ severity: 'error', code: 'invalid-day', record: 0, field: 'day' }]);
      expect(feed.diagnostics[0]!.key).to.equal('day-seven');
      expect(feed.diagnostics[0]!.source).to.equal(SOURCE);
    });

    it('dayAsWord: "Monday" is an error, not a guess', () => {
      const feed = adapt([quirks.dayAsWord]);
      expect(feed.meetings).to.have.length(0);
      expect(brief(feed.diagnostics)).to.deep.equal([{ severity: 'error', code: 'invalid-day', record: 0, field: 'day' }]);
    });

    it('rejects other values that are not weekdays', () => {
      for (const day of [-1, 1.5, true, {}, ['x'], '1.0', '12']) {
        const feed = adapt([{ ...quirks.plainInPerson, day }]);
        expect(feed.meetings, JSON.stringify(day)).to.have.length(0);
        expect(brief(feed.diagnostics), JSON.stringify(day)).to.deep.equal([{ severity: 'error', code: 'invalid-day', record: 0, field: 'day' }]);
      }
    });
  });

  describe('times', () => {
    it('timeWithoutLeadingZero: "7:00" is 7 a.m.', () => {
      const { meeting, diagnostics } = one(quirks.timeWithoutLeadingZero);
      expect(meeting.start).to.equal(7 * 60);
      expect(meeting.end).to.equal(8 * 60 + 15);
      expect(diagnostics).to.deep.equal([]);
    });

    it('timeWithSeconds: "19:30:00" ignores the seconds', () => {
      const { meeting, diagnostics } = one(quirks.timeWithSeconds);
      expect(meeting.day).to.equal(0);
      expect(meeting.start).to.equal(19 * 60 + 30);
      expect(meeting.end).to.equal(20 * 60 + 30);
      expect(diagnostics).to.deep.equal([]);
    });

    it('timeInvalid: a time that cannot be read is an error on the time field', () => {
      const feed = adapt([quirks.timeInvalid]);
      expect(feed.meetings).to.have.length(0);
      expect(brief(feed.diagnostics)).to.deep.equal([{ severity: 'error', code: 'invalid-time', record: 0, field: 'time' }]);
      expect(feed.diagnostics[0]!.message).to.include('7pm');
    });

    it('timeMissing: a day without a time is shown with a warning', () => {
      const { meeting, diagnostics } = one(quirks.timeMissing);
      expect(meeting.day).to.equal(3);
      expect(meeting).not.to.have.property('start');
      expect(brief(diagnostics)).to.deep.equal([{ severity: 'warning', code: 'missing-time', record: 0, field: 'time' }]);
    });

    it('endTimeInvalid: the end is dropped with a warning, the meeting is kept', () => {
      const { meeting, diagnostics } = one(quirks.endTimeInvalid);
      expect(meeting.start).to.equal(22 * 60);
      expect(meeting).not.to.have.property('end');
      expect(brief(diagnostics)).to.deep.equal([{ severity: 'warning', code: 'invalid-end-time', record: 0, field: 'end_time' }]);
    });
  });

  describe('coordinates', () => {
    it('coordinatesAsStrings: become numbers', () => {
      const { meeting, diagnostics } = one(quirks.coordinatesAsStrings);
      expect(meeting.location.coordinates).to.deep.equal({ latitude: 35.1372, longitude: -90.0331 });
      expect(typeof meeting.location.coordinates?.latitude).to.equal('number');
      expect(diagnostics).to.deep.equal([]);
    });

    it('coordinatesZeroZero: 0,0 is no position, with a warning', () => {
      const { meeting, diagnostics } = one(quirks.coordinatesZeroZero);
      expect(meeting.location).not.to.have.property('coordinates');
      expect(meeting.location.formattedAddress).to.equal('1200 Union Ave, Memphis, TN 38104, USA');
      expect(brief(diagnostics)).to.deep.equal([{ severity: 'warning', code: 'invalid-coordinates', record: 0, field: 'latitude' }]);
    });

    it('coordinatesOutOfRange: a latitude beyond 90 is no position, with a warning', () => {
      const { meeting, diagnostics } = one(quirks.coordinatesOutOfRange);
      expect(meeting.location).not.to.have.property('coordinates');
      expect(brief(diagnostics)).to.deep.equal([{ severity: 'warning', code: 'invalid-coordinates', record: 0, field: 'latitude' }]);
    });

    it('a latitude without a longitude is no position, with a warning', () => {
      const { meeting, diagnostics } = one({ ...quirks.coordinatesAsStrings, longitude: '' });
      expect(meeting.location).not.to.have.property('coordinates');
      expect(brief(diagnostics)).to.deep.equal([{ severity: 'warning', code: 'invalid-coordinates', record: 0, field: 'latitude' }]);
    });
  });

  describe('absent values', () => {
    it('emptyStringsForAbsentValues: "" everywhere is absent, not a value, and not a problem', () => {
      const { meeting, diagnostics } = one(quirks.emptyStringsForAbsentValues);
      expect(diagnostics).to.deep.equal([]);
      expect(body(meeting)).to.deep.equal({
        source: SOURCE,
        name: 'All Keys Empty',
        day: 2,
        start: 19 * 60,
        timezone: ZONE,
        attendance: 'in_person',
        location: { approximate: false, regions: [] },
        online: {},
        features: [],
        types: [],
      });
    });
  });

  describe('addresses', () => {
    it('addressParts: parts are kept and joined into one line', () => {
      const { meeting, diagnostics } = one(quirks.addressParts);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.location).to.deep.equal({
        name: 'Community Center',
        formattedAddress: '1400 Jackson Ave, Memphis, TN 38107, US',
        street: '1400 Jackson Ave',
        city: 'Memphis',
        state: 'TN',
        postalCode: '38107',
        country: 'US',
        approximate: false,
        regions: [],
      });
    });

    it('formattedAddressOnly: the line is kept and split into parts', () => {
      const { meeting } = one(quirks.formattedAddressOnly);
      expect(meeting.location).to.deep.equal({
        name: 'Chapel',
        formattedAddress: '1500 Central Ave, Memphis, TN 38104, USA',
        street: '1500 Central Ave',
        city: 'Memphis',
        state: 'TN',
        postalCode: '38104',
        country: 'USA',
        approximate: false,
        regions: [],
      });
    });

    it('approximateYes: the feed’s flag makes the address approximate and the meeting online, not hybrid', () => {
      const { meeting, diagnostics } = one(quirks.approximateYes);
      expect(meeting.location.approximate).to.equal(true);
      expect(meeting.location.city).to.equal('Memphis');
      expect(meeting.location.postalCode).to.equal('38103');
      expect(meeting.attendance).to.equal('online');
      expect(diagnostics).to.deep.equal([]);
    });

    it('approximate flags as booleans and in any case', () => {
      expect(one({ ...quirks.plainInPerson, approximate: true }).meeting.location.approximate).to.equal(true);
      expect(one({ ...quirks.plainInPerson, approximate: 'YES' }).meeting.location.approximate).to.equal(true);
      expect(one({ ...quirks.plainInPerson, approximate: 'true' }).meeting.location.approximate).to.equal(true);
      expect(one({ ...quirks.plainInPerson, approximate: false }).meeting.location.approximate).to.equal(false);
    });

    it('approximateNoWithCityOnlyAddress: an explicit "no" wins over the city-only guess', () => {
      const { meeting } = one(quirks.approximateNoWithCityOnlyAddress);
      expect(meeting.location.approximate).to.equal(false);
      expect(meeting.attendance).to.equal('in_person');
    });

    it('cityOnlyAddressWithoutApproximateFlag: "Memphis, TN, USA" is approximate, the meeting online', () => {
      const { meeting, diagnostics } = one(quirks.cityOnlyAddressWithoutApproximateFlag);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.attendance).to.equal('online');
      expect(meeting.location).to.deep.equal({
        name: 'Online',
        formattedAddress: 'Memphis, TN, USA',
        coordinates: { latitude: 35.1495, longitude: -90.049 },
        approximate: true,
        regions: [],
      });
    });
  });

  describe('regions', () => {
    it('regionsArray: the list is the path, empty entries dropped, `region` ignored', () => {
      expect(one(quirks.regionsArray).meeting.location.regions).to.deep.equal(['Shelby County', 'Midtown']);
    });

    it('regionAndSubRegion: region then sub-region', () => {
      expect(one(quirks.regionAndSubRegion).meeting.location.regions).to.deep.equal(['Shelby County', 'Midtown']);
    });

    it('a region alone is a one-step path; an empty list falls back to region', () => {
      expect(one({ ...quirks.regionAndSubRegion, sub_region: '' }).meeting.location.regions).to.deep.equal(['Shelby County']);
      expect(one({ ...quirks.regionAndSubRegion, regions: [] }).meeting.location.regions).to.deep.equal(['Shelby County', 'Midtown']);
    });
  });

  describe('online access and attendance', () => {
    it('conferenceUrlAndPhoneWithNotes: url, provider, phone and both notes are kept', () => {
      const { meeting, diagnostics } = one(quirks.conferenceUrlAndPhoneWithNotes);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.attendance).to.equal('online');
      expect(meeting.online).to.deep.equal({
        url: 'https://us02web.zoom.us/j/5550100123?pwd=fictional',
        provider: 'Zoom',
        urlNotes: 'Password: serenity',
        phone: '+1 646 555 0100,,5550100123#',
        phoneNotes: 'Meeting ID 555 010 0123',
      });
      expect(meeting.types).to.deep.equal([{ code: 'ONL' }, { code: 'O', feature: 'open' }]);
      expect(meeting.features).to.deep.equal(['open']);
    });

    it('a phone number alone makes a meeting online', () => {
      const { meeting } = one({ ...quirks.unknownProviderUrl, conference_url: '', types: [], conference_phone: '+1 901 555 0100' });
      expect(meeting.attendance).to.equal('online');
      expect(meeting.online).to.deep.equal({ phone: '+1 901 555 0100' });
    });

    it('temporarilyClosedWithOnline: TC with a link is online (not hybrid, not inactive)', () => {
      const { meeting, diagnostics } = one(quirks.temporarilyClosedWithOnline);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.attendance).to.equal('online');
      expect(meeting.online).to.deep.equal({ url: 'https://meet.google.com/abc-defg-hij', provider: 'Google Meet' });
      expect(meeting.types).to.deep.equal([{ code: 'TC' }, { code: 'ONL' }, { code: 'O', feature: 'open' }]);
      expect(meeting.features).to.deep.equal(['open']);
      expect(meeting.location.formattedAddress).to.equal('1800 Peabody Ave, Memphis, TN 38104, USA');
    });

    it('temporarilyClosedWithoutOnline: TC without any online option is inactive', () => {
      const { meeting, diagnostics } = one(quirks.temporarilyClosedWithoutOnline);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.attendance).to.equal('inactive');
      expect(meeting.online).to.deep.equal({});
      expect(meeting.features).to.deep.equal(['closed']);
    });

    it('onlWithStreetAddress: ONL with a link and a street address is hybrid', () => {
      const { meeting, diagnostics } = one(quirks.onlWithStreetAddress);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.attendance).to.equal('hybrid');
      expect(meeting.online).to.deep.equal({ url: 'https://zoom.us/j/5550100123', provider: 'Zoom' });
      expect(meeting.features).to.deep.equal(['discussion']);
    });

    it('attendanceOptionGiven: the feed’s attendance_option wins over the derivation', () => {
      const { meeting, diagnostics } = one(quirks.attendanceOptionGiven);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.attendance).to.equal('online');
      for (const [option, attendance] of [
        ['in_person', 'in_person'],
        ['hybrid', 'hybrid'],
        ['inactive', 'inactive'],
        ['Hybrid', 'hybrid'],
        [' ONLINE ', 'online'],
      ] as const) {
        const result = one({ ...quirks.attendanceOptionGiven, attendance_option: option });
        expect(result.meeting.attendance, option).to.equal(attendance);
        expect(result.diagnostics, option).to.deep.equal([]);
      }
    });

    it('attendanceOptionInvalid: an unknown option is reported and attendance worked out from the record', () => {
      const { meeting, diagnostics } = one(quirks.attendanceOptionInvalid);
      expect(meeting.attendance).to.equal('hybrid');
      expect(brief(diagnostics)).to.deep.equal([{ severity: 'warning', code: 'invalid-attendance', record: 0, field: 'attendance_option' }]);
      expect(diagnostics[0]!.message).to.include('sometimes');
    });

    it('unknownProviderUrl: a link on an unknown host is kept with no provider, and the meeting is online', () => {
      const { meeting, diagnostics } = one(quirks.unknownProviderUrl);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.attendance).to.equal('online');
      expect(meeting.online).to.deep.equal({ url: 'https://meet.example.net/room' });
    });
  });

  describe('meetings by appointment', () => {
    it('appointmentOnly: no day and no time is a meeting with no weekday, not an error', () => {
      const feed = adapt([quirks.appointmentOnly]);
      expect(feed.diagnostics).to.deep.equal([]);
      expect(feed.meetings).to.have.length(1);
      const meeting = feed.meetings[0]!;
      expect(meeting).not.to.have.property('day');
      expect(meeting).not.to.have.property('start');
      expect(meeting).not.to.have.property('end');
      expect(meeting.name).to.equal('By Appointment');
      expect(meeting.attendance).to.equal('in_person');
      expect(meeting.notes).to.equal('Call the office to arrange a meeting.');
      expect(meeting.id).to.include('by-appointment');
    });

    it('"" , null and [] as day are also by appointment', () => {
      for (const day of ['', null, []]) {
        const feed = adapt([{ ...quirks.appointmentOnly, day, time: '' }]);
        expect(feed.meetings, JSON.stringify(day)).to.have.length(1);
        expect(feed.meetings[0]!.day, JSON.stringify(day)).to.equal(undefined);
        expect(feed.diagnostics, JSON.stringify(day)).to.deep.equal([]);
      }
    });
  });

  describe('types and features', () => {
    it('customAndUnknownTypes: every code is kept; known ones (also outside the spec) map to features', () => {
      const { meeting, diagnostics } = one(quirks.customAndUnknownTypes);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.types).to.deep.equal([
        { code: 'LGBTQIA', feature: 'lgbtq' },
        { code: 'CHIPS' },
        { code: 'X', feature: 'wheelchair' },
        { code: 'O', feature: 'open' },
        { code: 'ASBI', feature: 'as-bill-sees-it' },
        { code: 'AC', feature: 'adult-children' },
      ]);
      expect(meeting.features).to.deep.equal(['lgbtq', 'wheelchair', 'open', 'as-bill-sees-it', 'adult-children']);
    });

    it('typesAsCommaString: "O, D,X" is three codes', () => {
      const { meeting, diagnostics } = one(quirks.typesAsCommaString);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.types).to.deep.equal([
        { code: 'O', feature: 'open' },
        { code: 'D', feature: 'discussion' },
        { code: 'X', feature: 'wheelchair' },
      ]);
    });

    it('typesWithDuplicatesAndCase: duplicates and blanks go, the feed’s spelling stays, lower case still maps', () => {
      const { meeting, diagnostics } = one(quirks.typesWithDuplicatesAndCase);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.types).to.deep.equal([
        { code: 'O', feature: 'open' },
        { code: 's', feature: 'language:es' },
        { code: 'W', feature: 'women' },
      ]);
      expect(meeting.features).to.deep.equal(['open', 'language:es', 'women']);
    });

    it('features are deduplicated when two codes mean the same', () => {
      const { meeting } = one({ ...quirks.plainInPerson, types: ['LGBTQ', 'LGBTQIA', 'GL'] });
      expect(meeting.types.map((type) => type.code)).to.deep.equal(['LGBTQ', 'LGBTQIA', 'GL']);
      expect(meeting.features).to.deep.equal(['lgbtq']);
    });

    it('typesAsObject: types that are neither a list nor text are ignored with a warning', () => {
      const { meeting, diagnostics } = one(quirks.typesAsObject);
      expect(meeting.types).to.deep.equal([]);
      expect(meeting.features).to.deep.equal([]);
      expect(brief(diagnostics)).to.deep.equal([{ severity: 'warning', code: 'invalid-types', record: 0, field: 'types' }]);
    });
  });

  describe('time zones', () => {
    it('uses the page’s zone for records without one', () => {
      expect(one(quirks.plainInPerson, { timezone: 'America/New_York' }).meeting.timezone).to.equal('America/New_York');
    });

    it('ownTimezone: the record’s zone wins over the page’s', () => {
      const { meeting, diagnostics } = one(quirks.ownTimezone);
      expect(meeting.timezone).to.equal('America/Denver');
      expect(diagnostics).to.deep.equal([]);
    });

    it('invalidTimezone: an unknown zone is reported and the page’s zone used', () => {
      const { meeting, diagnostics } = one(quirks.invalidTimezone);
      expect(meeting.timezone).to.equal(ZONE);
      expect(brief(diagnostics)).to.deep.equal([{ severity: 'warning', code: 'invalid-timezone', record: 0, field: 'timezone' }]);
      expect(diagnostics[0]!.message).to.include('Mars/Olympus_Mons');
    });

    it('without any zone, meetings are kept and one feed-level warning counts them', () => {
      const feed = adapt([quirks.plainInPerson, quirks.dayAsArray, quirks.ownTimezone], { timezone: undefined });
      expect(feed.meetings).to.have.length(5);
      expect(feed.meetings.map((m) => m.timezone)).to.deep.equal([undefined, undefined, undefined, undefined, 'America/Denver']);
      expect(brief(feed.diagnostics)).to.deep.equal([{ severity: 'warning', code: 'missing-timezone', field: 'timezone' }]);
      expect(feed.diagnostics[0]!.message).to.match(/^4 meetings/);
    });

    it('invalidTimezone without a page zone: reported, and the meeting has no zone', () => {
      const feed = adapt([quirks.invalidTimezone], { timezone: undefined });
      expect(feed.meetings).to.have.length(1);
      expect(feed.meetings[0]).not.to.have.property('timezone');
      expect(brief(feed.diagnostics)).to.deep.equal([
        { severity: 'warning', code: 'invalid-timezone', record: 0, field: 'timezone' },
        { severity: 'warning', code: 'missing-timezone', field: 'timezone' },
      ]);
    });
  });

  describe('ids and names', () => {
    it('ids are unique, and stable: the same input (or a copy of it) gives the same ids', () => {
      const first = adapt(SHOWABLE).meetings.map((m) => m.id);
      const again = adapt(SHOWABLE).meetings.map((m) => m.id);
      const copy = adapt(JSON.parse(JSON.stringify(SHOWABLE)) as unknown[]).meetings.map((m) => m.id);
      expect(first).to.have.length(SHOWABLE.length + 2 + 1); // dayAsArray gives 3, dayArrayWithInvalidValue 2
      expect(new Set(first).size).to.equal(first.length);
      expect(again).to.deep.equal(first);
      expect(copy).to.deep.equal(first);
    });

    it('an id does not depend on the record’s position in the feed', () => {
      const alone = one(quirks.plainInPerson).meeting.id;
      const later = adapt([quirks.dayAsNumericString, quirks.noSlug, quirks.plainInPerson]).meetings[2]!.id;
      expect(later).to.equal(alone);
      const noSlugAlone = one(quirks.noSlug).meeting.id;
      const noSlugLater = adapt([quirks.plainInPerson, quirks.noSlug]).meetings[1]!.id;
      expect(noSlugLater).to.equal(noSlugAlone);
    });

    it('the same record from two sources gets two ids', () => {
      const a = one(quirks.plainInPerson, { source: 'https://a.example.org/feed.json' }).meeting;
      const b = one(quirks.plainInPerson, { source: 'https://b.example.org/feed.json' }).meeting;
      expect(a.id).not.to.equal(b.id);
      expect(a.source).to.equal('https://a.example.org/feed.json');
      expect(b.source).to.equal('https://b.example.org/feed.json');
    });

    it('noSlug: a record without slug or id is kept, with an id made from its content', () => {
      const { meeting, diagnostics } = one(quirks.noSlug);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.id).not.to.include('undefined');
      expect(one(quirks.noSlug).meeting.id).to.equal(meeting.id);
      expect(one({ ...quirks.noSlug, time: '17:45' }).meeting.id).not.to.equal(meeting.id);
    });

    it('two identical records without slug are both shown, with distinct ids and a warning', () => {
      const feed = adapt([quirks.noSlug, { ...quirks.noSlug }]);
      expect(feed.meetings).to.have.length(2);
      expect(feed.meetings[0]!.id).not.to.equal(feed.meetings[1]!.id);
      expect(brief(feed.diagnostics)).to.deep.equal([{ severity: 'warning', code: 'duplicate-key', record: 1, field: 'slug' }]);
    });

    it('numericIdWithoutSlug: the numeric id is the key', () => {
      const { meeting, diagnostics } = one(quirks.numericIdWithoutSlug);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.id).to.match(/-4711$/);
    });

    it('duplicateSlugs: both meetings are shown, with distinct ids and a warning on the second record', () => {
      const feed = adapt(quirks.duplicateSlugs);
      expect(feed.meetings.map((m) => m.name)).to.deep.equal(['Serenity Group', 'Serenity Group Saturday']);
      expect(feed.meetings[0]!.id).not.to.equal(feed.meetings[1]!.id);
      expect(brief(feed.diagnostics)).to.deep.equal([{ severity: 'warning', code: 'duplicate-key', record: 1, field: 'slug' }]);
      expect(feed.diagnostics[0]!.key).to.equal('serenity-group');
    });

    it('nameFromGroup: the group’s name stands in, with a warning', () => {
      const { meeting, diagnostics } = one(quirks.nameFromGroup);
      expect(meeting.name).to.equal('Serenity Seekers');
      expect(meeting.group).to.equal('Serenity Seekers');
      expect(brief(diagnostics)).to.deep.equal([{ severity: 'warning', code: 'missing-name', record: 0, field: 'name' }]);
    });

    it('nameFromLocation: the location’s name stands in, with a warning', () => {
      const { meeting, diagnostics } = one(quirks.nameFromLocation);
      expect(meeting.name).to.equal("St. Mark's Annex");
      expect(brief(diagnostics)).to.deep.equal([{ severity: 'warning', code: 'missing-name', record: 0, field: 'name' }]);
    });

    it('noNameAtAll: nothing to call it by is an error', () => {
      const feed = adapt([quirks.noNameAtAll]);
      expect(feed.meetings).to.have.length(0);
      expect(brief(feed.diagnostics)).to.deep.equal([{ severity: 'error', code: 'missing-name', record: 0, field: 'name' }]);
    });
  });

  describe('untrusted text', () => {
    it('hostileStrings: markup stays plain text; script and data URLs are dropped with a warning each', () => {
      const { meeting, diagnostics } = one(quirks.hostileStrings);
      expect(meeting.name).to.equal('<img src=x onerror=alert(1)>');
      expect(meeting.notes).to.equal('<script>alert("notes")</script>');
      expect(meeting.group).to.equal('"><svg onload=alert(3)>');
      expect(meeting.location.name).to.equal('<b onmouseover="alert(2)">Hall</b>');
      expect(meeting.location.notes).to.equal('</div><iframe src="https://evil.example.net"></iframe>');
      expect(meeting.online).to.deep.equal({});
      expect(meeting).not.to.have.property('url');
      expect(meeting.attendance).to.equal('in_person');
      expect(JSON.stringify(body(meeting))).not.to.match(/javascript:|data:text/i);
      expect(brief(diagnostics)).to.deep.equal([
        { severity: 'warning', code: 'unsafe-url', record: 0, field: 'conference_url' },
        { severity: 'warning', code: 'unsafe-url', record: 0, field: 'url' },
      ]);
    });

    it('refuses script URLs in any case and with white space', () => {
      const { meeting, diagnostics } = one({ ...quirks.unknownProviderUrl, conference_url: '  JaVaScRiPt:alert(1)' });
      expect(meeting.online).to.deep.equal({});
      expect(brief(diagnostics)).to.deep.equal([{ severity: 'warning', code: 'unsafe-url', record: 0, field: 'conference_url' }]);
    });

    it('urlsWithoutScheme: "www." links get https, stray spaces go, the host is normalized', () => {
      const { meeting, diagnostics } = one(quirks.urlsWithoutScheme);
      expect(diagnostics).to.deep.equal([]);
      expect(meeting.url).to.equal('https://www.example.org/meetings/loose-links');
      expect(meeting.online).to.deep.equal({ url: 'https://zoom.us/j/5550100123', provider: 'Zoom' });
    });
  });

  describe('broken records', () => {
    it('brokenRecords: 10 records with 2 broken give 8 meetings and 2 error diagnostics naming them', () => {
      const feed = adapt(quirks.brokenRecords);
      expect(feed.records).to.equal(10);
      expect(feed.meetings).to.have.length(8);
      expect(brief(feed.diagnostics)).to.deep.equal([
        { severity: 'error', code: 'invalid-day', record: 3, field: 'day' },
        { severity: 'error', code: 'not-an-object', record: 7 },
      ]);
      expect(feed.diagnostics[0]!.key).to.equal('group-4');
      expect(feed.diagnostics[1]).not.to.have.property('key');
      const shown = feed.meetings.map((m) => quirks.brokenRecords.indexOf(m.raw));
      expect(shown).to.deep.equal([0, 1, 2, 4, 5, 6, 8, 9]);
      expect(feed.diagnostics.filter((d) => d.severity === 'error').map((d) => d.record)).to.deep.equal([...quirks.BROKEN_RECORD_INDICES]);
      expect(new Set(feed.meetings.map((m) => m.id)).size).to.equal(8);
    });

    it('null, numbers, lists and text are records that are not objects', () => {
      const feed = adapt([null, 42, [quirks.plainInPerson], 'x', quirks.plainInPerson]);
      expect(feed.records).to.equal(5);
      expect(feed.meetings).to.have.length(1);
      expect(brief(feed.diagnostics)).to.deep.equal([0, 1, 2, 3].map((record) => ({ severity: 'error', code: 'not-an-object', record })));
    });

    it('an empty list is an empty feed without diagnostics', () => {
      expect(adapt([])).to.deep.equal({ meetings: [], diagnostics: [], records: 0 });
    });
  });
});

describe('adaptMeetingGuide: edge cases found in review', () => {
  it('keeps ids unique when a feed itself uses a key like the suffix given to a repeated one', () => {
    const feed = adapt([
      { slug: 'a', name: 'A', day: 1, time: '19:00' },
      { slug: 'a', name: 'B', day: 1, time: '19:00' },
      { slug: 'a~2', name: 'C', day: 1, time: '19:00' },
    ]);
    const ids = feed.meetings.map((meeting) => meeting.id);
    expect(new Set(ids).size).to.equal(3);
    expect(feed.diagnostics.filter((d) => d.code === 'duplicate-key').map((d) => d.record)).to.deep.equal([1, 2]);
  });

  it('warns once, not once per day, for a repeated key on a record of several days', () => {
    const feed = adapt([
      { slug: 'a', name: 'A', day: [1, 3], time: '19:00' },
      { slug: 'a', name: 'B', day: [1, 3], time: '19:00' },
    ]);
    expect(new Set(feed.meetings.map((meeting) => meeting.id)).size).to.equal(4);
    expect(feed.diagnostics.filter((d) => d.code === 'duplicate-key')).to.have.length(1);
  });

  it('does not call an online meeting hybrid because its "location" is only a name like "Zoom"', () => {
    const { meeting } = one({ slug: 'z', name: 'Zoom group', day: 1, time: '19:00', location: 'Zoom', conference_url: 'https://zoom.us/j/1' });
    expect(meeting.attendance).to.equal('online');
  });

  it('says when the page gives an unknown time zone, and spells known ones canonically', () => {
    const invalid = adapt([{ slug: 'a', name: 'A', day: 1, time: '19:00' }], { timezone: 'Not/AZone' });
    expect(invalid.diagnostics.map((d) => d.code)).to.include('invalid-timezone');
    expect(invalid.meetings[0]!.timezone).to.equal(undefined);
    expect(one({ slug: 'b', name: 'B', day: 1, time: '19:00', timezone: 'america/chicago' }).meeting.timezone).to.equal('America/Chicago');
  });

  it('refuses coordinates written in forms other than plain decimals', () => {
    const { meeting, diagnostics } = one({ slug: 'h', name: 'Hex', day: 1, time: '19:00', latitude: '0x10', longitude: '1e1' });
    expect(meeting.location.coordinates).to.equal(undefined);
    expect(diagnostics.map((d) => d.code)).to.include('invalid-coordinates');
  });

  it('fills the parts a feed leaves out from its formatted address', () => {
    const { meeting } = one({ slug: 'p', name: 'Parts', day: 1, time: '19:00', formatted_address: '123 Main St, Memphis, TN 38103, USA', address: '123 Main St' });
    expect(meeting.location).to.include({ street: '123 Main St', city: 'Memphis', state: 'TN', postalCode: '38103' });
  });
});

describe('splitAddress', () => {
  it('splits the geocoder’s form into street, city, state, postal code and country', () => {
    expect(splitAddress('3186 Pullman St, Costa Mesa, CA 92626, USA')).to.deep.equal({
      street: '3186 Pullman St',
      city: 'Costa Mesa',
      state: 'CA',
      postalCode: '92626',
      country: 'USA',
    });
  });

  it('keeps a street of several parts whole, and works without a country', () => {
    expect(splitAddress('100 Union Ave, Suite 2, Memphis, TN 38103-1234')).to.deep.equal({
      street: '100 Union Ave, Suite 2',
      city: 'Memphis',
      state: 'TN',
      postalCode: '38103-1234',
    });
  });

  it('reads Canadian postal codes', () => {
    expect(splitAddress('100 Queen St W, Toronto, ON M5H 2N2, Canada')).to.deep.equal({
      street: '100 Queen St W',
      city: 'Toronto',
      state: 'ON',
      postalCode: 'M5H 2N2',
      country: 'Canada',
    });
  });

  it('reads a city without a street', () => {
    expect(splitAddress('Memphis, TN 38103, USA')).to.deep.equal({ city: 'Memphis', state: 'TN', postalCode: '38103', country: 'USA' });
  });

  it('leaves anything else whole rather than guess', () => {
    for (const text of ['Memphis, TN, USA', 'Online', '', 'Calle Mayor 1, 28013 Madrid, Spain', 'TN 38103', '1 Main St, Memphis, tn 38103', 'Memphis TN 38103']) {
      expect(splitAddress(text), text).to.deep.equal({});
    }
  });
});

describe('detectFormat', () => {
  it('knows a Meeting Guide list, and an empty list', () => {
    expect(detectFormat([quirks.plainInPerson])).to.equal('meeting-guide');
    expect(detectFormat([])).to.equal('meeting-guide');
  });

  it('looks past broken first records', () => {
    expect(detectFormat([null, 'x', 3, quirks.appointmentOnly])).to.equal('meeting-guide');
  });

  it('recognizes a record by any one Meeting Guide field', () => {
    for (const field of ['slug', 'name', 'day', 'time', 'types', 'formatted_address', 'conference_url', 'location']) {
      expect(detectFormat([{ [field]: 'x' }]), field).to.equal('meeting-guide');
    }
  });

  it('does not take other JSON for Meeting Guide', () => {
    for (const data of [null, 'text', 42, {}, { meetings: [quirks.plainInPerson] }, { status: 'ok', data: { items: 3 } }, [1, 2, 3], [{}], [{ foo: 'bar' }]]) {
      expect(detectFormat(data), JSON.stringify(data)).to.equal(undefined);
    }
  });

  it('does not take a BMLT answer for Meeting Guide', () => {
    expect(detectFormat([quirks.bmltShapedRecord])).not.to.equal('meeting-guide');
  });
});

describe('normalizeFeed', () => {
  it('adapts a Meeting Guide list with the given source and zone', () => {
    const feed = normalizeFeed([quirks.plainInPerson, quirks.dayAsArray], { source: SOURCE, timezone: 'America/New_York' });
    expect(feed.records).to.equal(2);
    expect(feed.meetings).to.have.length(4);
    expect(feed.meetings.every((m) => m.timezone === 'America/New_York' && m.source === SOURCE)).to.equal(true);
    expect(feed.diagnostics).to.deep.equal([]);
  });

  it('keeps the diagnostics of a feed that is partly broken', () => {
    const feed = normalizeFeed(quirks.brokenRecords, { source: SOURCE, timezone: ZONE });
    expect(feed.meetings).to.have.length(8);
    expect(feed.diagnostics.map((d) => d.record)).to.deep.equal([3, 7]);
  });

  it('throws unknown-format for JSON that is not a Meeting Guide list', () => {
    for (const data of [{ status: 'ok', data: { items: 3 } }, 'text', null, [1, 2, 3]]) {
      const error = thrown(() => normalizeFeed(data, { source: SOURCE }));
      expect(error.code, JSON.stringify(data)).to.equal('unknown-format');
      expect(error.source).to.equal(SOURCE);
      expect(error.message).to.include(SOURCE);
    }
  });

  it('throws empty for an empty list', () => {
    const error = thrown(() => normalizeFeed([], { source: SOURCE }));
    expect(error.code).to.equal('empty');
    expect(error.source).to.equal(SOURCE);
  });

  it('throws no-valid-records, with the diagnostics, when no record can be shown', () => {
    const error = thrown(() => normalizeFeed(['x', { ...quirks.dayOutOfRange }], { source: SOURCE }));
    expect(error.code).to.equal('no-valid-records');
    expect(error.message).to.include('2 records');
    expect(brief(error.diagnostics ?? [])).to.deep.equal([
      { severity: 'error', code: 'not-an-object', record: 0 },
      { severity: 'error', code: 'invalid-day', record: 1, field: 'day' },
    ]);
  });
});

describe('featureForMeetingGuideType', () => {
  it('maps spec codes, NA codes and common extras', () => {
    const expected: Record<string, string> = {
      O: 'open',
      C: 'closed',
      X: 'wheelchair',
      W: 'women',
      M: 'men',
      Y: 'young-people',
      BE: 'beginners',
      '12x12': 'twelve-and-twelve',
      S: 'language:es',
      'D-HOH': 'deaf-hard-of-hearing',
      BT: 'basic-text',
      JFT: 'just-for-today',
      ASBI: 'as-bill-sees-it',
      LGBTQIA: 'lgbtq',
      AC: 'adult-children',
    };
    for (const [code, feature] of Object.entries(expected)) expect(featureForMeetingGuideType(code), code).to.equal(feature);
  });

  it('ignores case and surrounding white space', () => {
    expect(featureForMeetingGuideType(' o ')).to.equal('open');
    expect(featureForMeetingGuideType('lgbtqia')).to.equal('lgbtq');
    expect(featureForMeetingGuideType('12X12')).to.equal('twelve-and-twelve');
    expect(featureForMeetingGuideType('d-hoh')).to.equal('deaf-hard-of-hearing');
  });

  it('gives nothing for attendance codes, unknown codes, blanks and Object.prototype names', () => {
    for (const code of ['TC', 'ONL', 'onl', 'CHIPS', '', '   ', 'toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      expect(featureForMeetingGuideType(code), code).to.equal(undefined);
    }
  });

  it('applies a known program’s meaning first, then the common table', () => {
    expect(featureForMeetingGuideType('Y', 'al-anon')).to.equal('alateen');
    expect(featureForMeetingGuideType('y', 'Al-Anon')).to.equal('alateen');
    expect(featureForMeetingGuideType('POA', 'al-anon')).to.equal('parents');
    expect(featureForMeetingGuideType('AA', 'al-anon')).to.equal('concurrent-aa');
    expect(featureForMeetingGuideType('O', 'al-anon')).to.equal('open');
    expect(featureForMeetingGuideType('Y')).to.equal('young-people');
    expect(featureForMeetingGuideType('POA')).to.equal('proof-of-attendance');
    expect(featureForMeetingGuideType('AA')).to.equal(undefined);
    expect(featureForMeetingGuideType('Y', 'na')).to.equal('young-people');
    expect(featureForMeetingGuideType('Y', 'toString')).to.equal('young-people');
  });

  it('the table maps only to canonical features, has no codes equal but for case, and no attendance codes', () => {
    const folded = new Set<string>();
    for (const [code, feature] of Object.entries(MEETING_GUIDE_TYPES)) {
      expect(isFeatureKey(feature) || isLanguageFeature(feature), `${code} → ${feature}`).to.equal(true);
      expect(folded.has(code.toLowerCase()), code).to.equal(false);
      folded.add(code.toLowerCase());
    }
    for (const code of Object.values(ATTENDANCE_CODES)) expect(Object.hasOwn(MEETING_GUIDE_TYPES, code), code).to.equal(false);
  });

  it('languageFeature keeps the primary subtag and refuses what is not a tag', () => {
    expect(languageFeature('es-MX')).to.equal('language:es');
    expect(languageFeature(' PT_br ')).to.equal('language:pt');
    for (const tag of ['', '123', 'e', 'x!']) expect(() => languageFeature(tag), tag).to.throw(RangeError);
  });
});
