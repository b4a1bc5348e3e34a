/**
 * The BMLT adapter against real public BMLT answers, read in place from ../shared/feeds/bmlt through
 * the test server (never copied into the repository). Skipped, with a message, when ../shared is
 * absent. Expectations are worked out from the raw records wherever they can be, and pinned to the
 * counts the files are known to have, so that a change in either shows.
 */
import { expect } from '@open-wc/testing';
import { adaptBmlt } from '../../src/feeds/bmlt.js';
import { detectFormat } from '../../src/feeds/detect-format.js';
import { normalizeFeed } from '../../src/feeds/normalize-feed.js';
import { languageFeature } from '../../src/model/features.js';
import type { Attendance, Meeting, NormalizedFeed } from '../../src/model/meeting.js';

const BERLIN_MEETINGS = 'bread-tests_narcotics-anonymous-de_Berlin_GetSearchResults_108-meetings.json';
const BERLIN_FORMATS = 'bread-tests_narcotics-anonymous-de_GetFormats-en_67-formats.json';
const TENNESSEE = 'MyMeetingsApp-fixture_natennessee-Volunteer-Region_GetSearchResults-get_used_formats_3-meetings-11-formats.json';

type Row = Record<string, unknown>;

function urlOf(file: string): string {
  return `/shared-feeds/bmlt/${encodeURIComponent(file)}`;
}

/** The parsed file, or undefined when the test server answers 404 (../shared is absent). */
async function fetchShared(file: string): Promise<unknown> {
  const response = await fetch(urlOf(file));
  if (response.status === 404) return undefined;
  expect(response.ok, `GET ${urlOf(file)}: HTTP ${response.status}`).to.equal(true);
  return response.json();
}

function skipMessage(label: string, files: readonly string[]): string {
  return `Skipping "${label}": ${files.map((file) => `../shared/feeds/bmlt/${file}`).join(' and ')} not present (the shared real feeds live outside the repository).`;
}

function text(row: Row, key: string): string {
  const value = row[key];
  return typeof value === 'string' ? value.trim() : '';
}

function list(row: Row, key: string): string[] {
  return text(row, key).split(',').map((part) => part.trim()).filter(Boolean);
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The formats a raw record names, by id and by key, as the format list describes them. */
function rawFormatsOf(row: Row, formats: readonly Row[]): Row[] {
  const byId = new Map(formats.map((format) => [text(format, 'id'), format]));
  const byKey = new Map(formats.map((format) => [text(format, 'key_string'), format]));
  const found = new Set<Row>();
  for (const id of list(row, 'format_shared_id_list')) {
    const format = byId.get(id);
    if (format) found.add(format);
  }
  for (const key of list(row, 'formats')) {
    const format = byKey.get(key);
    if (format) found.add(format);
  }
  return [...found];
}

const VENUE_TYPES: Readonly<Record<string, Attendance>> = { '1': 'in_person', '2': 'online', '3': 'hybrid' };

/** The attendance rule, from the raw record: venue_type, then a TC world id closes the room. */
function expectedAttendance(row: Row, formats: readonly Row[]): Attendance {
  const venue = VENUE_TYPES[text(row, 'venue_type')];
  expect(venue, `venue_type of ${text(row, 'id_bigint')}`).to.be.a('string');
  const temporarilyClosed = rawFormatsOf(row, formats).some((format) => text(format, 'world_id').toUpperCase() === 'TC');
  if (!temporarilyClosed) return venue!;
  const hasOnline = Boolean(text(row, 'virtual_meeting_link') || text(row, 'phone_meeting_number'));
  if (venue === 'hybrid') return 'online';
  if (venue === 'in_person') return hasOnline ? 'online' : 'inactive';
  return venue!;
}

function attendanceCounts(meetings: readonly Meeting[]): Record<Attendance, number> {
  const counts: Record<Attendance, number> = { in_person: 0, online: 0, hybrid: 0, inactive: 0 };
  for (const meeting of meetings) counts[meeting.attendance]++;
  return counts;
}

/** One line per feed: meetings, attendance breakdown, diagnostics by severity and code. */
function report(label: string, feed: NormalizedFeed): void {
  const attendance = Object.entries(attendanceCounts(feed.meetings)).map(([kind, count]) => `${kind} ${count}`).join(', ');
  const warnings = new Map<string, number>();
  let errors = 0;
  for (const d of feed.diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings.set(d.code, (warnings.get(d.code) ?? 0) + 1);
  }
  const byCode = warnings.size ? [...warnings].map(([code, count]) => `${code} ${count}`).join(', ') : 'none';
  console.log(`${label}: ${feed.records} records, ${feed.meetings.length} meetings (${attendance}), ${errors} errors, warnings: ${byCode}`);
}

/** Every text the meeting shows (everything but its raw record). */
function shownText(meeting: Meeting): string {
  const { raw: _raw, ...shown } = meeting;
  return JSON.stringify(shown);
}

describe('real BMLT answer: Berlin (GetSearchResults array + GetFormats in English)', function () {
  const source = urlOf(BERLIN_MEETINGS);
  const timezone = 'Europe/Berlin';
  let rows: Row[] = [];
  let formats: Row[] = [];
  let feed: NormalizedFeed = { meetings: [], diagnostics: [], records: 0 };
  let plain: NormalizedFeed = { meetings: [], diagnostics: [], records: 0 };
  /** Raw record → its index, to find which record made which meeting. */
  let indexOf = new Map<unknown, number>();

  before(async function () {
    const [meetings, formatList] = await Promise.all([fetchShared(BERLIN_MEETINGS), fetchShared(BERLIN_FORMATS)]);
    if (meetings === undefined || formatList === undefined) {
      console.log(skipMessage('Berlin BMLT', [BERLIN_MEETINGS, BERLIN_FORMATS]));
      this.skip();
    }
    expect(meetings).to.be.an('array');
    expect(formatList).to.be.an('array');
    rows = (meetings as unknown[]).filter(isRow);
    formats = (formatList as unknown[]).filter(isRow);
    expect(rows).to.have.length((meetings as unknown[]).length);
    feed = adaptBmlt({ meetings, formats: formatList }, { source, timezone });
    plain = adaptBmlt(meetings, { source, timezone });
    indexOf = new Map(rows.map((row, index) => [row, index]));
    report('BMLT Berlin { meetings, formats }', feed);
    report('BMLT Berlin plain array (no formats)', plain);
  });

  it('the files have the known 108 meetings and 67 formats, every value a string', function () {
    expect(rows).to.have.length(108);
    expect(formats).to.have.length(67);
    for (const row of rows) for (const value of Object.values(row)) expect(typeof value).to.equal('string');
  });

  it('is detected as BMLT in both shapes', function () {
    expect(detectFormat(rows)).to.equal('bmlt');
    expect(detectFormat({ meetings: rows, formats })).to.equal('bmlt');
    expect(normalizeFeed({ meetings: rows, formats }, { source, timezone }).meetings).to.have.length(108);
  });

  it('shows all 108 meetings, each from its own record, with no error', function () {
    expect(feed.records).to.equal(108);
    expect(feed.meetings).to.have.length(108);
    expect(feed.diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
    expect(new Set(feed.meetings.map((m) => indexOf.get(m.raw))).size).to.equal(108);
  });

  it('gives every meeting a unique id, the same on a second read', function () {
    const ids = feed.meetings.map((m) => m.id);
    expect(new Set(ids).size).to.equal(108);
    expect(adaptBmlt({ meetings: rows, formats }, { source, timezone }).meetings.map((m) => m.id)).to.deep.equal(ids);
    for (const meeting of feed.meetings) expect(meeting.id.endsWith(`-${text(meeting.raw as Row, 'id_bigint')}`), meeting.id).to.equal(true);
  });

  it('days and times follow weekday_tinyint (1 = Sunday), start_time and duration_time', function () {
    for (const meeting of feed.meetings) {
      const row = meeting.raw as Row;
      const [h, m] = text(row, 'start_time').split(':').map(Number);
      const [dh, dm] = text(row, 'duration_time').split(':').map(Number);
      const start = h! * 60 + m!;
      expect(meeting.day, meeting.id).to.equal(Number(text(row, 'weekday_tinyint')) - 1);
      expect(meeting.start, meeting.id).to.equal(start);
      expect(meeting.end, meeting.id).to.equal((start + dh! * 60 + dm!) % 1440);
    }
    expect(feed.meetings.filter((m) => m.day === 0)).to.have.length(18);
    expect(feed.meetings.filter((m) => m.day === 6)).to.have.length(10);
  });

  it('time_zone is empty on every record: every meeting is in the page’s zone, without a missing-timezone warning', function () {
    expect(rows.filter((row) => text(row, 'time_zone') !== '')).to.have.length(0);
    expect(feed.meetings.filter((m) => m.timezone !== timezone)).to.have.length(0);
    expect(feed.diagnostics.filter((d) => d.code === 'missing-timezone')).to.deep.equal([]);
  });

  it('venue_type gives 85 in person and 23 online; attendance follows venue_type and the TC rule on every meeting', function () {
    const venues = rows.map((row) => text(row, 'venue_type'));
    expect(venues.filter((venue) => venue === '1')).to.have.length(85);
    expect(venues.filter((venue) => venue === '2')).to.have.length(23);
    const withTc = rows.filter((row) => rawFormatsOf(row, formats).some((format) => text(format, 'world_id') === 'TC'));
    expect(withTc, 'records with a TC format').to.have.length(0);
    for (const meeting of feed.meetings) {
      expect(meeting.attendance, meeting.id).to.equal(expectedAttendance(meeting.raw as Row, formats));
    }
    expect(attendanceCounts(feed.meetings)).to.deep.equal({ in_person: 85, online: 23, hybrid: 0, inactive: 0 });
  });

  it('every online meeting has a link, and its placeholder location is approximate', function () {
    const online = feed.meetings.filter((m) => m.attendance === 'online');
    expect(online).to.have.length(23);
    for (const meeting of online) {
      expect(meeting.online.url, meeting.id).to.be.a('string');
      expect(meeting.online.url!.startsWith('https://') || meeting.online.url!.startsWith('http://'), meeting.id).to.equal(true);
      expect(meeting.location.approximate, meeting.id).to.equal(true);
    }
    expect(feed.meetings.filter((m) => m.online.url)).to.have.length(23);
  });

  it('every format the record names by id has the server’s English name as its label', function () {
    const byId = new Map(formats.map((format) => [text(format, 'id'), format]));
    let checked = 0;
    for (const meeting of feed.meetings) {
      for (const id of list(meeting.raw as Row, 'format_shared_id_list')) {
        const format = byId.get(id);
        if (!format) continue;
        const type = meeting.types.find((t) => t.code === text(format, 'key_string'));
        expect(type, `${meeting.id}: format ${id}`).to.not.equal(undefined);
        expect(type!.label, `${meeting.id}: format ${id}`).to.equal(text(format, 'name_string'));
        checked++;
      }
    }
    expect(checked).to.equal(314);
  });

  it('every type whose code is a key of the format list has that format’s name as label', function () {
    const byKey = new Map(formats.map((format) => [text(format, 'key_string'), format]));
    for (const meeting of feed.meetings) {
      for (const type of meeting.types) {
        const format = byKey.get(type.code);
        if (format) expect(type.label, `${meeting.id}: ${type.code}`).to.equal(text(format, 'name_string'));
      }
    }
  });

  it('every unknown-format warning names a key the format list does not have; ids 100–103 (Wo1–Wo4) are among them', function () {
    const keys = new Set(formats.map((format) => text(format, 'key_string')));
    const unknown = feed.diagnostics.filter((d) => d.code === 'unknown-format');
    for (const d of unknown) {
      expect(d.severity).to.equal('warning');
      expect(d.field).to.equal('formats');
      const code = /has the format "([^"]+)"/.exec(d.message)?.[1];
      expect(code, d.message).to.be.a('string');
      expect(keys.has(code!), code).to.equal(false);
    }
    const named = unknown.map((d) => /has the format "([^"]+)"/.exec(d.message)?.[1]);
    for (const code of ['Wo1', 'Wo2', 'Wo3', 'Wo4']) expect(named, code).to.include(code);
  });

  // Reported, not fixed here: the meetings give their keys in German ("wf", "FuA") and the format
  // list is English ("rf", "Q&A") with the same ids. The adapter joins id 110 as "rf" and then adds
  // "wf" again as an unknown format (10 spurious warnings, and the format listed twice).
  it('a format joined by id is not listed again under the record’s own key in another language', function () {
    const unknown = feed.diagnostics.filter((d) => d.code === 'unknown-format').map((d) => /has the format "([^"]+)"/.exec(d.message)?.[1]);
    expect(unknown.sort()).to.deep.equal(['Wo1', 'Wo2', 'Wo3', 'Wo4']);
    for (const meeting of feed.meetings) {
      const ids = list(meeting.raw as Row, 'format_shared_id_list');
      expect(meeting.types.length, meeting.id).to.equal(Math.max(ids.length, list(meeting.raw as Row, 'formats').length));
    }
  });

  it('wheelchair meetings are found through world id WCHR (key Beh): 14, as the raw data says', function () {
    const wchr = formats.filter((format) => text(format, 'world_id') === 'WCHR');
    expect(wchr.map((format) => text(format, 'key_string'))).to.deep.equal(['Beh']);
    const expected = rows.filter((row) => rawFormatsOf(row, formats).some((format) => text(format, 'world_id') === 'WCHR')).map((row) => text(row, 'id_bigint'));
    expect(expected).to.have.length(14);
    const found = feed.meetings.filter((m) => m.features.includes('wheelchair'));
    expect(found.map((m) => text(m.raw as Row, 'id_bigint'))).to.deep.equal(expected);
    for (const meeting of found) {
      expect(meeting.types.find((type) => type.code === 'Beh'), meeting.id).to.deep.equal({
        code: 'Beh',
        label: 'wheelchair',
        description: text(wchr[0]!, 'description_string'),
        feature: 'wheelchair',
      });
    }
  });

  it('languages from LANG formats (world id or format type) become language:xx on exactly their meetings', function () {
    const isLanguage = (format: Row) => text(format, 'world_id') === 'LANG' || text(format, 'format_type_enum') === 'LANG';
    for (const meeting of feed.meetings) {
      const expected = rawFormatsOf(meeting.raw as Row, formats)
        .filter(isLanguage)
        .map((format) => languageFeature(text(format, 'key_string')));
      const actual = meeting.features.filter((feature) => feature.startsWith('language:'));
      expect([...actual].sort(), meeting.id).to.deep.equal([...new Set(expected)].sort());
    }
    const count = (tag: string) => feed.meetings.filter((m) => m.features.includes(`language:${tag}`)).length;
    expect({ en: count('en'), ru: count('ru'), fa: count('fa'), pl: count('pl'), de: count('de'), uk: count('uk'), es: count('es'), fr: count('fr') }).to.deep.equal({
      en: 17,
      ru: 6,
      fa: 6,
      pl: 3,
      de: 2,
      uk: 1,
      es: 1,
      fr: 1,
    });
  });

  it('legacy "#@-@#" values never appear in any text the meetings show', function () {
    const legacy = rows.filter((row) => Object.values(row).some((value) => typeof value === 'string' && value.includes('#@-@#')));
    expect(legacy.length).to.be.greaterThan(0);
    for (const meeting of feed.meetings) expect(shownText(meeting), meeting.id).not.to.include('#@-@#');
    for (const meeting of plain.meetings) expect(shownText(meeting), meeting.id).not.to.include('#@-@#');
  });

  it('public transport "prompt#@-@#value" becomes "prompt: value" in the location notes (48 records)', function () {
    let checked = 0;
    for (const meeting of feed.meetings) {
      const value = text(meeting.raw as Row, 'public_transport');
      if (!value.includes('#@-@#')) continue;
      const [prompt, rest] = value.split('#@-@#');
      expect(meeting.location.notes, meeting.id).to.include(`${prompt!.trim()}: ${rest!.trim()}`);
      checked++;
    }
    expect(checked).to.equal(48);
  });

  it('format comments "prompt#@-@#value" become "prompt: value" in the meeting notes (17 records)', function () {
    let checked = 0;
    for (const meeting of feed.meetings) {
      const value = text(meeting.raw as Row, 'format_comments');
      if (!value.includes('#@-@#')) continue;
      const [prompt, rest] = value.split('#@-@#');
      expect(meeting.notes, meeting.id).to.include(`${prompt!.trim()}: ${rest!.trim()}`);
      checked++;
    }
    expect(checked).to.equal(17);
  });

  it('the plain array alone: all 108 shown, one missing-formats warning, bare codes and no features', function () {
    expect(plain.meetings).to.have.length(108);
    expect(plain.diagnostics.map((d) => [d.severity, d.code])).to.deep.equal([['warning', 'missing-formats']]);
    expect(attendanceCounts(plain.meetings)).to.deep.equal({ in_person: 85, online: 23, hybrid: 0, inactive: 0 });
    for (const meeting of plain.meetings) {
      expect(meeting.types, meeting.id).to.deep.equal(list(meeting.raw as Row, 'formats').map((code) => ({ code })));
      expect(meeting.features, meeting.id).to.deep.equal([]);
    }
    expect(plain.meetings.map((m) => m.id)).to.deep.equal(feed.meetings.map((m) => m.id));
  });
});

describe('real BMLT answer: Tennessee (Volunteer Region, { meetings, formats } without format ids)', function () {
  const source = urlOf(TENNESSEE);
  const timezone = 'America/Chicago';
  let data: { meetings: Row[]; formats: Row[] } = { meetings: [], formats: [] };
  let feed: NormalizedFeed = { meetings: [], diagnostics: [], records: 0 };

  before(async function () {
    const json = await fetchShared(TENNESSEE);
    if (json === undefined) {
      console.log(skipMessage('Tennessee BMLT', [TENNESSEE]));
      this.skip();
    }
    expect(json).to.be.an('object');
    data = json as { meetings: Row[]; formats: Row[] };
    feed = adaptBmlt(json, { source, timezone });
    report('BMLT Tennessee', feed);
  });

  it('has 3 meetings and 11 formats, no format ids', function () {
    expect(data.meetings).to.have.length(3);
    expect(data.formats).to.have.length(11);
    expect(data.formats.filter((format) => 'id' in format)).to.have.length(0);
    expect(data.meetings.filter((row) => 'format_shared_id_list' in row)).to.have.length(0);
    expect(detectFormat(data)).to.equal('bmlt');
  });

  it('shows all 3 meetings, in person, with no diagnostic', function () {
    expect(feed.records).to.equal(3);
    expect(feed.meetings).to.have.length(3);
    expect(feed.diagnostics).to.deep.equal([]);
    expect(feed.meetings.map((m) => m.attendance)).to.deep.equal(['in_person', 'in_person', 'in_person']);
    expect(new Set(feed.meetings.map((m) => m.id)).size).to.equal(3);
  });

  it('normalizeFeed detects it and gives the same meetings', function () {
    const normalized = normalizeFeed(data, { source, timezone });
    expect(normalized.format).to.equal('bmlt');
    expect(normalized.meetings.map((m) => m.id)).to.deep.equal(feed.meetings.map((m) => m.id));
  });

  it('time_zone is empty: the page’s America/Chicago is used', function () {
    expect(data.meetings.map((row) => text(row, 'time_zone'))).to.deep.equal(['', '', '']);
    expect(feed.meetings.map((m) => m.timezone)).to.deep.equal([timezone, timezone, timezone]);
  });

  it('formats are joined by key and keep the server’s labels: every code of every record, in order', function () {
    const byKey = new Map(data.formats.map((format) => [text(format, 'key_string'), format]));
    for (const meeting of feed.meetings) {
      const codes = list(meeting.raw as Row, 'formats');
      expect(meeting.types.map((type) => type.code), meeting.id).to.deep.equal(codes);
      for (const type of meeting.types) expect(type.label, `${meeting.id}: ${type.code}`).to.equal(text(byKey.get(type.code)!, 'name_string'));
    }
  });

  it('H is wheelchair ("Handicapped accessible") on all 3', function () {
    for (const meeting of feed.meetings) {
      expect(meeting.types.find((type) => type.code === 'H'), meeting.id).to.deep.equal({ code: 'H', label: 'Handicapped accessible', feature: 'wheelchair' });
      expect(meeting.features, meeting.id).to.include('wheelchair');
    }
  });

  it('SP (world id TOP) is discussion with the server’s label "Spiritual Principle", on one meeting', function () {
    const withSp = feed.meetings.filter((m) => m.types.some((type) => type.code === 'SP'));
    expect(withSp).to.have.length(1);
    expect(withSp[0]!.types.find((type) => type.code === 'SP')).to.deep.equal({ code: 'SP', label: 'Spiritual Principle', feature: 'discussion' });
    expect(withSp[0]!.features).to.include('discussion');
    expect(withSp[0]!.features.filter((feature) => feature === 'discussion')).to.have.length(1);
  });

  it('days and times: all on Sunday, ends from durations', function () {
    expect(feed.meetings.map((m) => m.day)).to.deep.equal([0, 0, 0]);
    for (const meeting of feed.meetings) {
      const row = meeting.raw as Row;
      const [h, m] = text(row, 'start_time').split(':').map(Number);
      const [dh, dm] = text(row, 'duration_time').split(':').map(Number);
      expect(meeting.start, meeting.id).to.equal(h! * 60 + m!);
      expect(meeting.end, meeting.id).to.equal(h! * 60 + m! + dh! * 60 + dm!);
    }
  });

  it('location parts, region and notes: "(Meeting meets in the basement)"', function () {
    const inBasement = feed.meetings.filter((m) => m.location.notes === '(Meeting meets in the basement)');
    expect(inBasement).to.have.length(1);
    for (const meeting of feed.meetings) {
      const row = meeting.raw as Row;
      const street = text(row, 'location_street');
      const city = text(row, 'location_municipality');
      const state = text(row, 'location_province');
      const postalCode = text(row, 'location_postal_code_1');
      const notes = text(row, 'location_info');
      expect(meeting.location, meeting.id).to.deep.equal({
        name: text(row, 'location_text'),
        formattedAddress: `${street}, ${city}, ${state} ${postalCode}`,
        street,
        city,
        state,
        postalCode,
        coordinates: { latitude: Number(text(row, 'latitude')), longitude: Number(text(row, 'longitude')) },
        approximate: false,
        ...(notes ? { notes } : {}),
        regions: [city],
      });
      expect(state).to.equal('TN');
    }
  });
});
