/**
 * The Meeting Guide adapter against three real public feeds, read in place from ../shared/feeds
 * through the test server (never copied into the repository). Skipped, with a message, when
 * ../shared is absent. Proves that every record is either shown or explained by an error.
 */
import { expect } from '@open-wc/testing';
import { adaptMeetingGuide } from '../../src/feeds/meeting-guide.js';
import type { NormalizedFeed } from '../../src/model/meeting.js';

interface RealFeed {
  label: string;
  file: string;
  timezone: string;
  /** Records in the file, as counted when the file was added. */
  records: number;
  /** Records whose end is implausibly long after their start (more than 6 hours), as counted in the file. */
  implausibleEnds: number;
}

const FEEDS: readonly RealFeed[] = [
  {
    label: 'SEPIA (Philadelphia)',
    file: 'tsml-ui-git_public-data-aasepia_SEPIA-Philadelphia_2038-meetings.json',
    timezone: 'America/New_York',
    records: 2038,
    // 12:15–01:15 three times (read as 13:15), and 17:30–16:30 (its end dropped).
    implausibleEnds: 4,
  },
  {
    label: 'Orange County, CA',
    file: 'tsml-ui-git_public-data-oc_Orange-County-CA-TSML-plugin_1967-meetings.json',
    timezone: 'America/Los_Angeles',
    records: 1967,
    // Its six 00:00–23:59 "24 Hour" meetings are meant: they are no error.
    implausibleEnds: 0,
  },
  {
    label: 'Al-Anon MA',
    file: 'tsml-ui-git_public-data-al-anon_Al-Anon-MA-staging_360-meetings.json',
    timezone: 'America/New_York',
    records: 360,
    implausibleEnds: 0,
  },
];

type Row = Record<string, unknown>;

function rawTypes(row: Row): string[] {
  const value = row.types;
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const codes = list.filter((code): code is string => typeof code === 'string').map((code) => code.trim()).filter(Boolean);
  return [...new Set(codes)];
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

for (const spec of FEEDS) {
  describe(`real Meeting Guide feed: ${spec.label}`, function () {
    const url = `/shared-feeds/meeting-guide/${encodeURIComponent(spec.file)}`;
    let data: unknown[] = [];
    let feed: NormalizedFeed = { meetings: [], diagnostics: [], records: 0 };
    /** Record → its index in the feed, to find which record made which meeting. */
    let indexOf = new Map<unknown, number>();
    let errorRecords = new Set<number>();

    before(async function () {
      const response = await fetch(url);
      if (response.status === 404) {
        console.log(`Skipping "${spec.label}": ../shared/feeds/meeting-guide/${spec.file} is not present (the shared real feeds live outside the repository).`);
        this.skip();
      }
      expect(response.ok, `GET ${url}: HTTP ${response.status}`).to.equal(true);
      const json: unknown = await response.json();
      expect(json).to.be.an('array');
      data = json as unknown[];
      feed = adaptMeetingGuide(data, { source: url, timezone: spec.timezone });
      indexOf = new Map(data.map((record, index) => [record, index]));
      errorRecords = new Set(feed.diagnostics.filter((d) => d.severity === 'error').map((d) => d.record ?? -1));

      const warnings = new Map<string, number>();
      for (const d of feed.diagnostics) if (d.severity === 'warning') warnings.set(d.code, (warnings.get(d.code) ?? 0) + 1);
      const warningCount = [...warnings.values()].reduce((a, b) => a + b, 0);
      const byCode = warnings.size ? [...warnings].map(([code, count]) => `${code} ${count}`).join(', ') : 'none';
      console.log(`${spec.label}: ${feed.records} records, ${feed.meetings.length} meetings, ${errorRecords.size} error records (${feed.diagnostics.length - warningCount} errors), ${warningCount} warnings (${byCode})`);
    });

    it(`has the known ${spec.records} records`, function () {
      expect(data).to.have.length(spec.records);
      expect(feed.records).to.equal(spec.records);
    });

    it(`reports its ${spec.implausibleEnds} implausible end times, and no meeting lasts more than 6 hours unless round the clock`, function () {
      const reported = new Set(feed.diagnostics.filter((d) => d.code === 'implausible-end-time').map((d) => d.record));
      expect(reported.size).to.equal(spec.implausibleEnds);
      for (const meeting of feed.meetings) {
        if (meeting.start === undefined || meeting.end === undefined) continue;
        const minutes = (meeting.end - meeting.start + 1440) % 1440;
        expect(minutes <= 360 || (meeting.start === 0 && meeting.end === 1439), `${meeting.name} ${meeting.start}–${meeting.end}`).to.equal(true);
      }
    });

    it('shows or explains every record: meeting records ∪ error records = all, and never both', function () {
      const shown = new Set<number>();
      for (const meeting of feed.meetings) {
        const index = indexOf.get(meeting.raw);
        expect(index, `meeting ${meeting.id} has no record of the feed as raw`).to.be.a('number');
        shown.add(index!);
      }
      for (const index of errorRecords) {
        expect(index, 'an error diagnostic without a record index').to.be.within(0, data.length - 1);
        expect(shown.has(index), `record ${index} is both shown and an error`).to.equal(false);
      }
      const explained = new Set([...shown, ...errorRecords]);
      const missing = data.map((_, index) => index).filter((index) => !explained.has(index));
      expect(missing, 'records neither shown nor explained').to.deep.equal([]);
      expect(explained.size).to.equal(data.length);
    });

    it('meetings = records + extra days of multi-day records − error records', function () {
      let extraDays = 0;
      data.forEach((record, index) => {
        if (errorRecords.has(index) || !isRow(record) || !Array.isArray(record.day)) return;
        extraDays += Math.max(new Set(record.day.map(Number)).size - 1, 0);
      });
      expect(feed.meetings.length).to.equal(data.length + extraDays - errorRecords.size);
    });

    it(`loses no meeting: ${spec.records} meetings and no error`, function () {
      expect(feed.meetings).to.have.length(spec.records);
      expect(feed.diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
    });

    it('gives every meeting a unique id, the same on a second read', function () {
      const ids = feed.meetings.map((m) => m.id);
      expect(new Set(ids).size).to.equal(ids.length);
      const again = adaptMeetingGuide(data, { source: url, timezone: spec.timezone }).meetings.map((m) => m.id);
      expect(again).to.deep.equal(ids);
    });

    it('keeps every type code of every record, known or not', function () {
      for (const meeting of feed.meetings) {
        const expected = rawTypes(meeting.raw as Row);
        expect(meeting.types.map((type) => type.code), meeting.id).to.deep.equal(expected);
      }
    });

    it('uses the page’s zone for every meeting (the feed has none)', function () {
      expect(feed.meetings.filter((m) => m.timezone !== spec.timezone)).to.have.length(0);
      expect(feed.diagnostics.filter((d) => d.code === 'missing-timezone')).to.deep.equal([]);
    });

    it('never marks a meeting with an online link or phone inactive', function () {
      const wronglyInactive = feed.meetings.filter((m) => m.attendance === 'inactive' && (m.online.url || m.online.phone));
      expect(wronglyInactive.map((m) => m.id)).to.deep.equal([]);
    });

    it('reads every given position as numbers', function () {
      for (const meeting of feed.meetings) {
        const row = meeting.raw as Row;
        if (!hasText(String(row.latitude ?? '')) || Number(row.latitude) === 0) continue;
        expect(meeting.location.coordinates, meeting.id).to.deep.equal({ latitude: Number(row.latitude), longitude: Number(row.longitude) });
      }
    });

    if (spec.file.includes('aasepia')) {
      it('SEPIA: keeps the misspelt ASBI on every meeting that has it, mapped to As Bill Sees It', function () {
        const withCode = data.filter((row) => isRow(row) && rawTypes(row).includes('ASBI')).length;
        expect(withCode).to.equal(26);
        const meetings = feed.meetings.filter((m) => m.types.some((type) => type.code === 'ASBI'));
        expect(meetings).to.have.length(withCode);
        for (const meeting of meetings) expect(meeting.features, meeting.id).to.include('as-bill-sees-it');
      });

      it('SEPIA: TC with a link is online, TC without one inactive (no attendance_option in this feed)', function () {
        for (const meeting of feed.meetings) {
          const codes = meeting.types.map((type) => type.code);
          if (!codes.includes('TC')) continue;
          const expected = meeting.online.url || meeting.online.phone ? 'online' : 'inactive';
          expect(meeting.attendance, meeting.id).to.equal(expected);
        }
        expect(feed.meetings.filter((m) => m.attendance === 'inactive')).to.have.length(134);
      });
    }

    if (spec.file.includes('-oc_')) {
      it('Orange County: the record without day and time is a meeting by appointment, not dropped', function () {
        const indices = data.flatMap((row, index) => (isRow(row) && row.day === undefined ? [index] : []));
        expect(indices).to.have.length(1);
        const meetings = feed.meetings.filter((m) => indexOf.get(m.raw) === indices[0]);
        expect(meetings).to.have.length(1);
        expect(meetings[0]!.day).to.equal(undefined);
        expect(meetings[0]!.start).to.equal(undefined);
        expect(feed.meetings.filter((m) => m.day === undefined)).to.have.length(1);
        expect(feed.diagnostics.filter((d) => d.record === indices[0])).to.deep.equal([]);
      });

      it('Orange County: Spanish (S) meetings carry language:es', function () {
        const spanish = feed.meetings.filter((m) => m.features.includes('language:es'));
        expect(spanish).to.have.length(499);
      });
    }

    if (spec.file.includes('al-anon')) {
      it('Al-Anon: keeps LGBTQIA and AC (outside the AA spec) on their meetings', function () {
        expect(feed.meetings.filter((m) => m.types.some((type) => type.code === 'LGBTQIA' && type.feature === 'lgbtq'))).to.have.length(1);
        expect(feed.meetings.filter((m) => m.types.some((type) => type.code === 'AC' && type.feature === 'adult-children'))).to.have.length(48);
      });

      it('Al-Anon: online meetings with approximate addresses are online and approximate, never dropped', function () {
        const indices = data.flatMap((row, index) =>
          isRow(row) && row.approximate === 'yes' && (hasText(row.conference_url) || hasText(row.conference_phone)) ? [index] : [],
        );
        expect(indices).to.have.length(24);
        for (const index of indices) {
          const meetings = feed.meetings.filter((m) => indexOf.get(m.raw) === index);
          expect(meetings, `record ${index}`).to.have.length(1);
          expect(meetings[0]!.attendance, `record ${index}`).to.equal('online');
          expect(meetings[0]!.location.approximate, `record ${index}`).to.equal(true);
        }
      });
    }

    if (spec.file.includes('al-anon') || spec.file.includes('-oc_')) {
      it('follows the feed’s attendance_option on every meeting', function () {
        for (const meeting of feed.meetings) {
          expect(meeting.attendance, meeting.id).to.equal((meeting.raw as Row).attendance_option);
        }
      });
    }
  });
}
