/**
 * BMLT `GetSearchResults` answers (what Narcotics Anonymous root servers publish) → normalized
 * meetings. Both shapes: a plain array of meetings, and `{ meetings, formats }` from
 * `get_used_formats=1`. Every BMLT value is a string; `weekday_tinyint` 1 is Sunday; times are
 * `HH:MM:SS`; `venue_type` 1/2/3 is in person / virtual / hybrid; `time_zone` is often empty; values
 * of custom fields may be written `prompt#@-@#value`. One record is one meeting on one weekday.
 *
 * Formats are joined through `format_shared_id_list` (format ids) when present, else through the
 * `formats` key strings, and interpreted by `world_id`; every format keeps the server's own name
 * and description, including formats with no world id.
 */
import type { Attendance, Diagnostic, Meeting, MeetingLocation, MeetingType, NormalizedFeed, OnlineAccess, Weekday } from '../model/meeting.js';
import { BMLT_ATTENDANCE_WORLD_IDS, BMLT_LANGUAGE_WORLD_ID, BMLT_WORLD_IDS } from '../model/bmlt-world-ids.js';
import { languageFeature } from '../model/features.js';
import { stableHash } from '../model/stable-key.js';
import { cleanText, safeWebUrl } from '../model/text.js';
import { canonicalTimeZone, MINUTES_PER_DAY, parseClock } from '../model/time.js';
import { decimalCoordinates, missingTimeZone, pageTimeZone, plausibleEnd, setOnlineLink, shownValue, type AdapterOptions } from './adapter-common.js';
import { joinAddress } from '../model/address.js';
import { setAddressParts } from './address.js';
import { drain, PAUSE_EVERY, type Steps } from '../model/run-in-slices.js';
import { splitBmltAnswer } from './detect-format.js';
import { safeEmail } from '../model/contacts.js';

export { splitBmltAnswer };

export interface BmltFormat {
  id?: string;
  key_string?: string;
  name_string?: string;
  description_string?: string;
  world_id?: string;
  format_type_enum?: string;
  lang?: string;
}

type BmltRecord = Record<string, unknown>;

/** Legacy custom-field values look like "prompt#@-@#value": the value is what to show. */
function bmltText(value: unknown): string | undefined {
  const text = cleanText(value);
  if (!text) return undefined;
  const marker = text.lastIndexOf('#@-@#');
  return marker >= 0 ? cleanText(text.slice(marker + 5)) : text;
}

/** "ÖPNV#@-@#U1 Kottbusser Tor" → "ÖPNV: U1 Kottbusser Tor", keeping the server's own label. */
function labelledText(value: unknown): string | undefined {
  const text = cleanText(value);
  if (!text) return undefined;
  const marker = text.indexOf('#@-@#');
  if (marker < 0) return text;
  const prompt = text.slice(0, marker);
  const shown = bmltText(text.slice(marker));
  return shown ? (cleanText(prompt) ? `${cleanText(prompt)}: ${shown}` : shown) : undefined;
}

interface FormatIndex {
  byId: Map<string, BmltFormat>;
  byKey: Map<string, BmltFormat>;
}

function indexFormats(formats: readonly unknown[]): FormatIndex {
  const byId = new Map<string, BmltFormat>();
  const byKey = new Map<string, BmltFormat>();
  for (const value of formats) {
    if (typeof value !== 'object' || value === null) continue;
    const format = value as BmltFormat;
    const id = cleanText(format.id);
    const key = cleanText(format.key_string);
    if (id && !byId.has(id)) byId.set(id, format);
    if (key && !byKey.has(key)) byKey.set(key, format);
  }
  return { byId, byKey };
}

let languageNames: Intl.DisplayNames | undefined;

/** A tag Intl knows as a language ("es", "fa"), not just any short word ("BL", "ES/EN"). */
function isKnownLanguage(tag: string): boolean {
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) return false;
  try {
    languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return languageNames.of(tag) !== undefined;
  } catch {
    return false;
  }
}

function typeOf(code: string, format: BmltFormat | undefined): MeetingType {
  const type: MeetingType = { code };
  if (!format) return type;
  const label = cleanText(format.name_string);
  const description = cleanText(format.description_string);
  if (label) type.label = label;
  if (description && description !== label) type.description = description;
  const worldId = cleanText(format.world_id)?.toUpperCase();
  const feature = worldId ? BMLT_WORLD_IDS[worldId] : undefined;
  if (feature) {
    type.feature = feature;
  } else if (worldId === BMLT_LANGUAGE_WORLD_ID || cleanText(format.format_type_enum)?.toUpperCase() === BMLT_LANGUAGE_WORLD_ID) {
    // A language format's key string is its language tag ("es", "de"); a key that is not a tag
    // stays a plain type with the server's label.
    if (isKnownLanguage(code)) type.feature = languageFeature(code);
  }
  if (worldId && !type.feature) type.worldId = worldId;
  return type;
}

/** A record's own key (its id_bigint), or undefined; null for what is not a record (it has no ids). */
export function bmltKey(value: unknown): string | null | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? bmltText((value as BmltRecord).id_bigint) : null;
}

export function adaptBmlt(data: unknown, options: AdapterOptions): NormalizedFeed {
  return drain(adaptBmltSteps(data, options));
}

/** `adaptBmlt`, pausing every few hundred records (see `model/run-in-slices.ts`). */
export function* adaptBmltSteps(data: unknown, options: AdapterOptions): Steps<NormalizedFeed> {
  const answer = splitBmltAnswer(data) ?? { meetings: [], formats: [] };
  const diagnostics: Diagnostic[] = [];
  const meetings: Meeting[] = [];
  const sourceId = stableHash(options.source);
  const formats = indexFormats(answer.formats);
  const pageZone = pageTimeZone(options, diagnostics);
  const usedIds = new Set<string>();
  let withoutZone = 0;

  /** False while a record that is not chosen (`options.only`) is read for its id alone. */
  let reporting = true;
  const problem = (severity: Diagnostic['severity'], code: string, message: string, record?: number, key?: string, field?: string) =>
    reporting &&
    diagnostics.push({
      severity,
      code,
      message,
      source: options.source,
      ...(record === undefined ? {} : { record }),
      ...(key ? { key } : {}),
      ...(field ? { field } : {}),
    });

  if (answer.meetings.length > 0 && formats.byId.size === 0 && formats.byKey.size === 0) {
    problem('warning', 'missing-formats', 'This BMLT answer has no formats (ask with get_used_formats=1): meeting types are shown by their codes and cannot be matched to features such as wheelchair access.');
  }

  /** The id of a record shown, the first free one for its key (a repeated key gets "~2", "~3"…). */
  const allocate = (ownKey: string, index: number, key: string | undefined): string => {
    let id = `${sourceId}-${ownKey}`;
    for (let n = 2; usedIds.has(id); n++) id = `${sourceId}-${ownKey}~${n}`;
    if (usedIds.size && id !== `${sourceId}-${ownKey}`) problem('warning', 'duplicate-key', `Meeting id ${ownKey} is used by more than one record; both are shown, this one as "${id}".`, index, key, 'id_bigint');
    usedIds.add(id);
    return id;
  };

  const adaptOne = (value: unknown, index: number) => {
    // A record not chosen is read only as far as its id (and what decides whether it is shown).
    const chosen = !options.only || options.only.has(index);
    reporting = chosen;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problem('error', 'not-an-object', `Record ${index + 1} is not an object.`, index);
      return;
    }
    const record = value as BmltRecord;
    const key = bmltText(record.id_bigint);
    const fail = (code: string, field: string, message: string) => problem('error', code, message, index, key, field);
    const warn = (code: string, field: string, message: string) => problem('warning', code, message, index, key, field);

    if (cleanText(record.published) === '0') return fail('unpublished', 'published', `Meeting ${key ?? index + 1} is not published.`);
    const name = bmltText(record.meeting_name) ?? bmltText(record.location_text);
    if (!name) return fail('missing-name', 'meeting_name', `Record ${index + 1} has no meeting name.`);
    if (!bmltText(record.meeting_name)) warn('missing-name', 'meeting_name', `Record ${index + 1} has no meeting name; it is shown as "${name}".`);
    const weekday = Number(cleanText(record.weekday_tinyint));
    if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
      return fail('invalid-day', 'weekday_tinyint', `"${name}" has weekday_tinyint ${shownValue(record.weekday_tinyint)}; BMLT weekdays are 1 (Sunday) to 7.`);
    }
    const startText = bmltText(record.start_time);
    const clock = startText ? parseClock(startText) : undefined;
    // "24:00:00" ends a day; it cannot start one.
    const start = clock === MINUTES_PER_DAY ? undefined : clock;
    if (startText && start === undefined) return fail('invalid-time', 'start_time', `"${name}" has the start time "${startText}", which is not a time of day.`);
    if (!chosen && key) {
      allocate(key, index, key);
      return;
    }
    if (!startText) warn('missing-time', 'start_time', `"${name}" has no start time; it is listed at the start of its day with no time.`);
    const durationText = bmltText(record.duration_time);
    const duration = durationText ? parseClock(durationText) : undefined;
    if (durationText && duration === undefined) warn('invalid-duration', 'duration_time', `"${name}" has the duration "${durationText}", which is not HH:MM:SS; it is ignored.`);

    let timezone = pageZone;
    const ownZone = bmltText(record.time_zone);
    if (ownZone) {
      const canonical = canonicalTimeZone(ownZone);
      if (canonical) timezone = canonical;
      else warn('invalid-timezone', 'time_zone', `"${name}" has the unknown time zone "${ownZone}".`);
    }
    if (!timezone && chosen) withoutZone++;

    const types = readFormats(record, formats, (code) => warn('unknown-format', 'formats', `"${name}" has the format "${code}", which the server's format list does not describe; it is shown as written.`));
    const worldIds = new Set(types.map((type) => type.worldId));
    const online = readOnline(record, (field, text) => warn('unsafe-url', field, `${field} ${JSON.stringify(text.slice(0, 80))} is not an http(s) link; it is not shown as a link.`));
    const venueType = cleanText(record.venue_type);
    if (venueType && !VENUE_TYPES[venueType]) warn('invalid-venue-type', 'venue_type', `"${name}" has venue_type "${venueType}", not 1 (in person), 2 (virtual) or 3 (hybrid); worked out from its formats and links instead.`);
    const attendance = readAttendance(record, online, worldIds);
    const location = readLocation(record, attendance, warn);

    const meeting: Meeting = {
      id: '',
      source: options.source,
      name,
      day: (weekday - 1) as Weekday,
      attendance,
      location,
      online,
      features: [...new Set(types.flatMap((type) => (type.feature ? [type.feature] : [])))],
      types,
      raw: value,
    };
    if (start !== undefined) {
      meeting.start = start;
      if (duration) {
        const end = plausibleEnd(start, (start + duration) % MINUTES_PER_DAY, name, 'duration_time', warn);
        if (end !== undefined) meeting.end = end;
      }
    }
    if (timezone) meeting.timezone = timezone;
    const notes = [bmltText(record.comments), labelledText(record.format_comments)].filter(Boolean).join('\n');
    if (notes) meeting.notes = notes;
    // Published only when the server's administrator makes it public (the contact_* fields never are).
    const contact = bmltText(record.email_contact);
    if (contact) {
      const address = safeEmail(contact);
      if (address) meeting.email = address;
      else warn('invalid-email', 'email_contact', `"${name}": email_contact is not one e-mail address; it is not shown.`);
    }
    // Whose meeting it is: the service body's name, helpline and site come from GetServiceBodies.
    const body = bmltText(record.service_body_bigint);
    if (body) meeting.serviceBody = body;

    meeting.id = allocate(key ?? `r${stableHash(JSON.stringify([name, weekday, startText, location.formattedAddress]))}`, index, key);
    if (chosen) meetings.push(meeting);
  };
  // A preview reads only the records that can decide its meetings' ids, in order.
  const { deciding } = options;
  const total = deciding ? deciding.length : answer.meetings.length;
  for (let step = 0; step < total; step++) {
    const index = deciding ? deciding[step]! : step;
    adaptOne(answer.meetings[index], index);
    if (step % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  reporting = true;

  if (withoutZone > 0) diagnostics.push(missingTimeZone(withoutZone, options.source, 'time_zone'));
  return { meetings, diagnostics, records: answer.meetings.length };
}

/**
 * The meeting's formats. The id list is authoritative: key strings are in the server's language and
 * may differ from the format list's (Berlin's meetings say `wf` where its English list says `rf`
 * for the same id). An id the list lacks falls back to the key at the same position, when the two
 * lists line up; without ids, keys are looked up directly.
 */
function readFormats(record: BmltRecord, formats: FormatIndex, unknown: (code: string) => void): MeetingType[] {
  const types: MeetingType[] = [];
  const seen = new Set<string>();
  const hasList = formats.byKey.size > 0 || formats.byId.size > 0;
  const add = (code: string, format: BmltFormat | undefined) => {
    if (seen.has(code)) return;
    seen.add(code);
    types.push(typeOf(code, format));
    if (!format && hasList) unknown(code);
  };
  const ids = (cleanText(record.format_shared_id_list) ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  const keys = (cleanText(record.formats) ?? '').split(',').map((key) => key.trim()).filter(Boolean);
  if (ids.length > 0 && formats.byId.size > 0) {
    const aligned = ids.length === keys.length;
    ids.forEach((id, position) => {
      const format = formats.byId.get(id);
      if (format) add(cleanText(format.key_string) ?? id, format);
      else {
        const key = aligned ? keys[position]! : id;
        add(key, formats.byKey.get(key));
      }
    });
  } else {
    for (const key of keys) add(key, formats.byKey.get(key));
  }
  return types;
}

function readOnline(record: BmltRecord, unsafe: (field: string, text: string) => void): OnlineAccess {
  const online: OnlineAccess = {};
  const link = bmltText(record.virtual_meeting_link);
  if (link) {
    const url = safeWebUrl(link);
    if (url) setOnlineLink(online, url);
    else unsafe('virtual_meeting_link', link);
  }
  const info = bmltText(record.virtual_meeting_additional_info);
  if (info) online.urlNotes = info;
  const phone = bmltText(record.phone_meeting_number);
  if (phone) online.phone = phone;
  return online;
}

const VENUE_TYPES: Readonly<Record<string, Attendance>> = { '1': 'in_person', '2': 'online', '3': 'hybrid' };

/**
 * `venue_type` when the server sends it; else the VM/HYBR formats and the presence of an online
 * link or phone. A temporarily closed place (TC) leaves an online meeting online, and makes an
 * in-person-only one inactive.
 */
function readAttendance(record: BmltRecord, online: OnlineAccess, worldIds: ReadonlySet<string | undefined>): Attendance {
  const hasOnline = Boolean(online.url || online.phone);
  let attendance = VENUE_TYPES[cleanText(record.venue_type) ?? ''];
  if (!attendance) {
    if (worldIds.has(BMLT_ATTENDANCE_WORLD_IDS.hybrid)) attendance = 'hybrid';
    else if (worldIds.has(BMLT_ATTENDANCE_WORLD_IDS.virtual)) attendance = 'online';
    else attendance = hasOnline && !bmltText(record.location_street) ? 'online' : hasOnline ? 'hybrid' : 'in_person';
  }
  if (worldIds.has(BMLT_ATTENDANCE_WORLD_IDS.temporarilyClosed)) {
    if (attendance === 'hybrid') return 'online';
    if (attendance === 'in_person') return hasOnline ? 'online' : 'inactive';
  }
  return attendance;
}

function readLocation(record: BmltRecord, attendance: Attendance, warn: (code: string, field: string, message: string) => void): MeetingLocation {
  const street = bmltText(record.location_street);
  const city = bmltText(record.location_municipality) ?? bmltText(record.location_city_subsection);
  const state = bmltText(record.location_province);
  const postalCode = bmltText(record.location_postal_code_1);
  const country = bmltText(record.location_nation);
  const neighbourhood = bmltText(record.location_neighborhood) ?? bmltText(record.location_city_subsection);
  const county = bmltText(record.location_sub_province);
  const formattedAddress = joinAddress({ street, city, state, postalCode, country });

  // A virtual meeting's coordinates are a service body's placeholder, never a place to go.
  const location: MeetingLocation = { approximate: attendance === 'online' || !street, regions: [county, city, neighbourhood !== city ? neighbourhood : undefined].filter((text): text is string => Boolean(text)) };
  const name = bmltText(record.location_text);
  if (name) location.name = name;
  if (formattedAddress) location.formattedAddress = formattedAddress;
  setAddressParts(location, { street, city, state, postalCode, country });
  const notes = [bmltText(record.location_info), labelledText(record.public_transport)].filter(Boolean).join('\n');
  if (notes) location.notes = notes;

  const latText = cleanText(record.latitude);
  const lngText = cleanText(record.longitude);
  if (latText || lngText) {
    const coordinates = decimalCoordinates(latText, lngText);
    if (coordinates) location.coordinates = coordinates;
    else if (attendance !== 'online') {
      warn('invalid-coordinates', 'latitude', `Coordinates ${shownValue([record.latitude, record.longitude])} are not a valid position; the meeting is kept without a map position.`);
    }
  }
  return location;
}
