/**
 * Meeting Guide JSON (the format of the 12 Step Meeting List plugin, TSML UI and the Meeting Guide
 * app) → normalized meetings. Written against the spec and the quirks of real feeds: days as
 * numbers, strings or arrays; "H:MM" times; coordinates as strings; "" for absent values; address
 * parts or one formatted line; TC/ONL codes or `attendance_option`; custom type codes.
 *
 * Every record becomes a meeting or an `error` diagnostic naming it and the reason; a part that is
 * ignored or guessed gets a `warning`. Nothing is dropped silently.
 */
import type { Attendance, Coordinates, Diagnostic, Meeting, MeetingLocation, MeetingType, NormalizedFeed, OnlineAccess, Weekday } from '../model/meeting.js';
import { ATTENDANCE_CODES } from '../model/features.js';
import { featureForMeetingGuideType } from '../model/meeting-guide-types.js';
import { stableHash } from '../model/stable-key.js';
import { cleanText, safeWebUrl } from '../model/text.js';
import { canonicalTimeZone, isWeekday, parseClock } from '../model/time.js';
import { joinAddress } from '../model/address.js';
import { setAddressParts, splitAddress } from './address.js';
import { decimalCoordinates, missingTimeZone, pageTimeZone, plausibleEnd, setOnlineLink, shownValue, type AdapterOptions } from './adapter-common.js';
import { drain, PAUSE_EVERY, type Steps } from '../model/run-in-slices.js';

export type { AdapterOptions };

type FeedRecord = Record<string, unknown>;
type ReadContacts = (record: FeedRecord, meeting: Meeting, warn: (code: string, field: string, message: string) => void) => void;

/** Collects diagnostics for one record, so each call site only says what went wrong. */
class RecordReport {
  constructor(
    private readonly out: Diagnostic[],
    private readonly source: string,
    private readonly record: number,
    private readonly key: string | undefined,
  ) {}

  warn(code: string, field: string, message: string): void {
    this.add('warning', code, field, message);
  }

  fail(code: string, field: string | undefined, message: string): null {
    this.add('error', code, field, message);
    return null;
  }

  private add(severity: Diagnostic['severity'], code: string, field: string | undefined, message: string): void {
    this.out.push({
      severity,
      code,
      message,
      source: this.source,
      record: this.record,
      ...(this.key ? { key: this.key } : {}),
      ...(field ? { field } : {}),
    });
  }
}

export function adaptMeetingGuide(records: readonly unknown[], options: AdapterOptions): NormalizedFeed {
  return drain(adaptMeetingGuideSteps(records, options));
}

/** `adaptMeetingGuide`, pausing every few hundred records (see `model/run-in-slices.ts`). */
export function* adaptMeetingGuideSteps(records: readonly unknown[], options: AdapterOptions): Steps<NormalizedFeed> {
  const diagnostics: Diagnostic[] = [];
  const meetings: Meeting[] = [];
  const sourceId = stableHash(options.source);
  const pageZone = pageTimeZone(options, diagnostics);
  const usedIds = new Set<string>();
  // Entities and feedback repeat on every row: one shared object each (see meeting-guide-contacts.ts).
  const shared = new Map<string, object>();
  const contacts = options.contacts;
  const readContacts: ReadContacts | undefined = contacts && ((record, meeting, warn) => contacts(record, meeting, shared, warn));
  let withoutZone = 0;

  const adaptOne = (value: unknown, index: number) => {
    const chosen = !options.only || options.only.has(index);
    // A record not chosen is only identified (into diagnostics nobody reads), to take its ids.
    const parsed = chosen ? adaptRecord(value, index, options.source, pageZone, diagnostics, readContacts) : identifyRecord(value, index, options.source, [], false);
    if (!parsed) return;
    const { days, key } = parsed;
    const meeting = chosen ? (parsed as ParsedRecord).meeting : undefined;
    if (meeting && !meeting.timezone) withoutZone += days.length;
    let renamed: string | undefined;
    for (const day of days) {
      const baseId = `${sourceId}-${key}${days.length > 1 ? `@${day}` : ''}`;
      let id = baseId;
      // A repeated key keeps both records; the later one gets the first free "~n" suffix (a feed
      // may itself use such a key, so the suffixed id is checked too).
      for (let n = 2; usedIds.has(id); n++) id = `${baseId}~${n}`;
      usedIds.add(id);
      if (id !== baseId) renamed ??= id;
      if (!meeting) continue;
      // One object per meeting, built once: feeds have tens of thousands of records.
      const dated: Meeting = days.length > 1 ? { ...meeting } : meeting;
      dated.id = id;
      if (day !== undefined) dated.day = day;
      meetings.push(dated);
    }
    if (!meeting) return;
    if (renamed) {
      diagnostics.push({
        severity: 'warning',
        code: 'duplicate-key',
        message: `The id for key "${key}" is taken by an earlier record; both are shown, this one as "${renamed}".`,
        source: options.source,
        record: index,
        key,
        field: 'slug',
      });
    }
  };
  // A preview reads only the records that can decide its meetings' ids, in order.
  const { deciding } = options;
  const total = deciding ? deciding.length : records.length;
  for (let step = 0; step < total; step++) {
    const index = deciding ? deciding[step]! : step;
    adaptOne(records[index], index);
    if (step % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }

  if (withoutZone > 0) diagnostics.push(missingTimeZone(withoutZone, options.source, 'timezone'));
  return { meetings, diagnostics, records: records.length };
}

/** A record's own key (its slug, else its id), or undefined; null for what is not a record (it has no ids). */
export function meetingGuideKey(value: unknown): string | null | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as FeedRecord;
  const slug = record.slug;
  // Most slugs need no cleaning (a preview asks for every record's key before the first meeting shows).
  if (typeof slug === 'string' && slug.length > 0 && slug.charCodeAt(0) > 32 && slug.charCodeAt(slug.length - 1) > 32 && !slug.includes('\r')) return slug;
  return cleanText(slug) ?? cleanText(record.id);
}

/** What decides whether a record is shown and under which ids: its key and its days. */
interface RecordIdentity {
  days: Array<Weekday | undefined>;
  key: string;
}

interface IdentifiedRecord extends RecordIdentity {
  record: FeedRecord;
  report: RecordReport;
  name: string;
  start: number | undefined;
  timeText: string | undefined;
  /** Read first when asked (`placeFirst`), else only if the name or key needed it. */
  location: MeetingLocation | undefined;
}

interface ParsedRecord extends RecordIdentity {
  /** Complete but for `id` and `day`, which depend on which of its days it is. */
  meeting: Meeting;
}

/**
 * The part of reading a record that decides whether it is shown and what its ids are. The full
 * adapter starts with it, and a preview runs only it on the records it does not show: one
 * derivation, so a meeting has the same id either way. `placeFirst` reads the location before
 * anything else, as the full adapter reports it first.
 */
function identifyRecord(value: unknown, index: number, source: string, diagnostics: Diagnostic[], placeFirst: boolean): IdentifiedRecord | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return new RecordReport(diagnostics, source, index, undefined).fail('not-an-object', undefined, `Record ${index + 1} is not an object (it is ${describe(value)}).`);
  }
  const record = value as FeedRecord;
  const ownKey = meetingGuideKey(record) ?? undefined;
  const report = new RecordReport(diagnostics, source, index, ownKey);
  let location = placeFirst ? readLocation(record, report) : undefined;
  const place = () => (location ??= readLocation(record, report));

  const name = cleanText(record.name) ?? cleanText(record.group) ?? place().name;
  if (!name) return report.fail('missing-name', 'name', `Record ${index + 1} has no name, group or location to call it by.`);
  if (!cleanText(record.name)) report.warn('missing-name', 'name', `Record ${index + 1} has no name; it is shown as "${name}".`);

  const days = readDays(record.day, report);
  if (!days) return null;
  const appointment = days.length === 1 && days[0] === undefined;

  let start: number | undefined;
  const timeText = cleanText(record.time);
  if (timeText) {
    start = parseClock(timeText);
    // "24:00" ends a day; it cannot start one.
    if (start === 1440) start = undefined;
    if (start === undefined) return report.fail('invalid-time', 'time', `Record ${index + 1} ("${name}") has the time "${timeText}", which is not a time of day (HH:MM).`);
  } else if (!appointment) {
    report.warn('missing-time', 'time', `"${name}" has a day but no time; it is listed at the start of its day with no time.`);
  }
  const key = ownKey ?? `r${stableHash(JSON.stringify([name, record.day, timeText, place().formattedAddress ?? place().name]))}`;
  return { record, report, name, days, start, timeText, key, location };
}

function adaptRecord(
  value: unknown,
  index: number,
  source: string,
  pageZone: string | undefined,
  diagnostics: Diagnostic[],
  readContacts: ReadContacts | undefined,
): ParsedRecord | null {
  const identity = identifyRecord(value, index, source, diagnostics, true);
  if (!identity) return null;
  const { record, report, name, days, start, key } = identity;
  const location = identity.location!;
  let end: number | undefined;
  const endText = cleanText(record.end_time);
  if (endText) {
    end = parseClock(endText);
    if (end === undefined) report.warn('invalid-end-time', 'end_time', `"${name}" has the end time "${endText}", which is not a time of day; it is ignored.`);
    else if (start !== undefined) end = plausibleEnd(start, end, name, 'end_time', (code, field, message) => report.warn(code, field, message));
  }

  let timezone = pageZone;
  const ownZone = cleanText(record.timezone);
  if (ownZone) {
    const canonical = canonicalTimeZone(ownZone);
    if (canonical) timezone = canonical;
    else report.warn('invalid-timezone', 'timezone', `"${name}" has the unknown time zone "${ownZone}"; ${pageZone ? `the page's ${pageZone} is used` : 'its time is shown as written'}.`);
  }

  const types = readTypes(record.types, report);
  const online = readOnline(record, report);
  const attendance = readAttendance(record, types, location, online, report);
  const features = [...new Set(types.flatMap((type) => (type.feature ? [type.feature] : [])))];

  const url = readWebUrl(record.url, 'url', report);
  const notes = cleanText(record.notes);
  const group = cleanText(record.group);
  const groupNotes = cleanText(record.group_notes);
  const updated = cleanText(record.updated);

  const meeting: Meeting = { id: '', source, name, attendance, location, online, features, types, raw: value };
  if (start !== undefined) meeting.start = start;
  if (end !== undefined) meeting.end = end;
  if (timezone) meeting.timezone = timezone;
  if (notes) meeting.notes = notes;
  if (group) meeting.group = group;
  if (groupNotes) meeting.groupNotes = groupNotes;
  if (updated) meeting.updated = updated;
  if (url) meeting.url = url;
  readContacts?.(record, meeting, (code, field, message) => report.warn(code, field, `"${name}": ${message}`));
  return { meeting, days, key };
}

/** One entry per weekly day; `[undefined]` for a meeting by appointment. Null when unusable. */
function readDays(value: unknown, report: RecordReport): Array<Weekday | undefined> | null {
  if (value === undefined || value === null || value === '') return [undefined];
  const values = Array.isArray(value) ? value : [value];
  const days: Weekday[] = [];
  const rejected: unknown[] = [];
  for (const item of values) {
    const day = typeof item === 'string' && /^\s*\d\s*$/.test(item) ? Number(item) : item;
    if (isWeekday(day)) {
      if (!days.includes(day)) days.push(day);
    } else rejected.push(item);
  }
  if (days.length === 0) {
    if (Array.isArray(value) && value.length === 0) return [undefined];
    return report.fail('invalid-day', 'day', `The day ${shownValue(value)} is not a weekday number from 0 (Sunday) to 6 (Saturday).`);
  }
  if (rejected.length) report.warn('invalid-day', 'day', `Ignored day values ${shownValue(rejected)}: not weekday numbers from 0 to 6.`);
  return days;
}

function readTypes(value: unknown, report: RecordReport): MeetingType[] {
  if (value === undefined || value === null || value === '') return [];
  // Older exporters write types as one comma-separated string.
  const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null;
  if (!list) {
    report.warn('invalid-types', 'types', `Types ${describe(value)} are neither a list nor text; ignored.`);
    return [];
  }
  const types: MeetingType[] = [];
  for (const item of list) {
    const code = cleanText(item);
    if (!code) continue;
    if (types.some((type) => type.code === code)) continue;
    const feature = featureForMeetingGuideType(code);
    types.push(feature ? { code, feature } : { code });
  }
  return types;
}

function readLocation(record: FeedRecord, report: RecordReport): MeetingLocation {
  const formatted = cleanText(record.formatted_address);
  const street = cleanText(record.address);
  const city = cleanText(record.city);
  const state = cleanText(record.state);
  const postalCode = cleanText(record.postal_code);
  const country = cleanText(record.country);
  const formattedAddress = formatted ?? (street || city || state || postalCode || country ? joinAddress({ street, city, state, postalCode, country }) : undefined);

  const location: MeetingLocation = { approximate: readApproximate(record.approximate, formattedAddress), regions: readRegions(record) };
  const name = cleanText(record.location);
  if (name) location.name = name;
  if (formattedAddress) location.formattedAddress = formattedAddress;
  // Parts the feed gives win; the rest come from splitting the formatted line when it has one.
  const split = formatted && !(street && city) ? splitAddress(formatted) : undefined;
  const parts = {
    street: street ?? split?.street,
    city: city ?? split?.city,
    state: state ?? split?.state,
    postalCode: postalCode ?? split?.postalCode,
    country: country ?? split?.country,
  };
  setAddressParts(location, parts);
  const coordinates = readCoordinates(record, report);
  if (coordinates) location.coordinates = coordinates;
  const notes = cleanText(record.location_notes);
  if (notes) location.notes = notes;
  return location;
}

/**
 * The feed's own `approximate` flag when it has one. Feeds without it (custom exporters) write an
 * online group's "address" as just a city — "Philadelphia, PA, USA" — so an address with no digit
 * at all (no street number, no postal code) is taken as approximate.
 */
function readApproximate(value: unknown, formattedAddress: string | undefined): boolean {
  if (value === true) return true;
  if (value === false) return false;
  const flag = cleanText(value)?.toLowerCase();
  if (flag === 'yes' || flag === 'true') return true;
  if (flag === 'no' || flag === 'false') return false;
  return formattedAddress !== undefined && !/\d/.test(formattedAddress);
}


function readRegions(record: FeedRecord): string[] {
  if (Array.isArray(record.regions)) {
    const regions = record.regions.map(cleanText).filter((text): text is string => Boolean(text));
    if (regions.length) return regions;
  }
  return [cleanText(record.region), cleanText(record.sub_region)].filter((text): text is string => Boolean(text));
}

function readCoordinates(record: FeedRecord, report: RecordReport): Coordinates | undefined {
  const latText = cleanText(record.latitude);
  const lngText = cleanText(record.longitude);
  if (!latText && !lngText) return undefined;
  const coordinates = decimalCoordinates(latText, lngText);
  if (!coordinates) {
    report.warn('invalid-coordinates', 'latitude', `Coordinates ${shownValue([record.latitude, record.longitude])} are not a valid position; the meeting is kept without a map position.`);
  }
  return coordinates;
}

function readWebUrl(value: unknown, field: string, report: RecordReport): string | undefined {
  const text = cleanText(value);
  if (!text) return undefined;
  const url = safeWebUrl(text);
  if (!url) report.warn('unsafe-url', field, `${field} ${JSON.stringify(text.slice(0, 80))} is not an http(s) link; it is not shown as a link.`);
  return url;
}

function readOnline(record: FeedRecord, report: RecordReport): OnlineAccess {
  const online: OnlineAccess = {};
  const url = readWebUrl(record.conference_url, 'conference_url', report);
  if (url) setOnlineLink(online, url);
  const urlNotes = cleanText(record.conference_url_notes);
  const phone = cleanText(record.conference_phone);
  const phoneNotes = cleanText(record.conference_phone_notes);
  if (urlNotes) online.urlNotes = urlNotes;
  if (phone) online.phone = phone;
  if (phoneNotes) online.phoneNotes = phoneNotes;
  return online;
}

const ATTENDANCE_OPTIONS: Readonly<Record<string, Attendance>> = {
  in_person: 'in_person',
  online: 'online',
  hybrid: 'hybrid',
  inactive: 'inactive',
};

/**
 * The feed's `attendance_option` when it has one; else derived as the Meeting Guide spec says: an
 * online link or phone makes a meeting online; it is hybrid when it also has a real (not
 * approximate) address and its location is not temporarily closed (`TC`); a closed location with
 * no online option is inactive. The link's host is never a reason to call a meeting inactive.
 */
function readAttendance(record: FeedRecord, types: MeetingType[], location: MeetingLocation, online: OnlineAccess, report: RecordReport): Attendance {
  const option = cleanText(record.attendance_option);
  if (option) {
    const attendance = ATTENDANCE_OPTIONS[option.toLowerCase()];
    if (attendance) return attendance;
    report.warn('invalid-attendance', 'attendance_option', `attendance_option "${option}" is not in_person, online, hybrid or inactive; worked out from the record instead.`);
  }
  const codes = new Set(types.map((type) => type.code.toUpperCase()));
  const closed = codes.has(ATTENDANCE_CODES.temporarilyClosed);
  const isOnline = Boolean(online.url || online.phone) || codes.has(ATTENDANCE_CODES.online);
  // A place name alone ("Zoom", "Online") is not somewhere to go: hybrid needs a real address.
  const hasPlace = Boolean(location.formattedAddress) && !location.approximate;
  if (isOnline) return hasPlace && !closed ? 'hybrid' : 'online';
  return closed ? 'inactive' : 'in_person';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  return /^[aeiou]/.test(typeof value) ? `an ${typeof value}` : `a ${typeof value}`;
}
