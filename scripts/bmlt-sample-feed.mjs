// Fictional sample data for the demo: the answer a Narcotics Anonymous area's BMLT root server gives
// to `GetSearchResults&get_used_formats=1` — `{ "meetings": [...], "formats": [...] }` — for a
// fictional "Mid-South Area" service body in and around Memphis, TN.
//
// Everything here is invented: group names, meeting places, street numbers, coordinates, world ids,
// conference links (fake ids) and phone numbers (the fictional 555-01xx range). Street and city names
// are real so the map and the addresses look right. The places are NOT the Meeting Guide sample's
// (scripts/sample-feed.mjs), except for exactly two meetings that are deliberately the same meetings
// as two of that feed's (same weekday, start time, name, street address, coordinates within a few
// metres), so the element's cross-source de-duplication has something to do.
//
// BMLT conventions followed (see the real answers in ../shared/feeds/bmlt/): every value is a string;
// `weekday_tinyint` "1" is Sunday … "7" Saturday; `venue_type` "1" in person, "2" virtual, "3" hybrid;
// times are "HH:MM:SS"; `time_zone` is mostly empty (the page supplies it); `formats` holds the
// server's own key strings and `format_shared_id_list` the format ids; custom fields may be written
// in the legacy `prompt#@-@#value` form; format keys are server-specific (here `H` is wheelchair
// access, `JT` Just for Today) and are interpreted by `world_id`, and one format has no world id.
//
// The output is deterministic: a seeded PRNG (mulberry32) and no clock.
import { generateSampleFeed, makeTools, mulberry32 } from './sample-feed.mjs';

export const BMLT_SAMPLE_NOTICE =
  'These meetings are fictional sample data in BMLT format generated for the meeting-locator demo; they are not real meetings, and their places, links and phone numbers do not exist.';

const SEED = 0x4d534e41; // "MSNA"
const ROOT_SERVER = 'https://bmlt.example.org/main_server';
const SERVICE_BODY = '27'; // the fictional Mid-South Area
const AREA_CENTRE = { lat: '35.1495', lng: '-90.049' }; // what the server stores for virtual meetings

// ---------------------------------------------------------------------------------------------
// Formats: this server's own keys and ids (they differ from server to server; world ids do not)
// ---------------------------------------------------------------------------------------------

const FORMATS = [
  { id: '1', key_string: 'B', name_string: 'Beginners', description_string: 'This meeting is focused on the needs of new members of NA.', world_id: 'BEG', format_type_enum: 'FC3' },
  { id: '3', key_string: 'BT', name_string: 'Basic Text', description_string: 'This meeting is focused on discussion of the Basic Text of Narcotics Anonymous.', world_id: 'BT', format_type_enum: 'FC1' },
  { id: '4', key_string: 'C', name_string: 'Closed', description_string: 'This meeting is closed to non-addicts. You should attend only if you believe that you may have a problem with substance abuse.', world_id: 'CLOSED', format_type_enum: 'O' },
  { id: '9', key_string: 'D', name_string: 'Discussion', description_string: 'This meeting invites participation by all attendees.', world_id: 'DISC', format_type_enum: 'FC1' },
  { id: '14', key_string: 'JT', name_string: 'Just for Today', description_string: 'This meeting is focused on discussion of the Just for Today text.', world_id: 'JFT', format_type_enum: 'FC1' },
  { id: '15', key_string: 'H', name_string: 'Handicapped accessible', description_string: 'This meeting is in a facility with wheelchair access.', world_id: 'WCHR', format_type_enum: 'FC2' },
  { id: '17', key_string: 'O', name_string: 'Open', description_string: 'This meeting is open to addicts and non-addicts alike. All are welcome.', world_id: 'OPEN', format_type_enum: 'O' },
  { id: '21', key_string: 'M', name_string: 'Men', description_string: 'This meeting is meant to be attended by men only.', world_id: 'M', format_type_enum: 'FC3' },
  { id: '22', key_string: 'SP', name_string: 'Speaker', description_string: 'One or more members share their experience, strength and hope at length.', world_id: 'SPK', format_type_enum: 'FC1' },
  { id: '27', key_string: 'ST', name_string: 'Step Study', description_string: 'This meeting is focused on discussion of the Twelve Steps of NA.', world_id: 'STEP', format_type_enum: 'FC1' },
  { id: '32', key_string: 'W', name_string: 'Women', description_string: 'This meeting is meant to be attended by women only.', world_id: 'W', format_type_enum: 'FC3' },
  { id: '54', key_string: 'VM', name_string: 'Virtual Meeting', description_string: 'Meets virtually.', world_id: 'VM', format_type_enum: 'FC2' },
  { id: '55', key_string: 'HY', name_string: 'Hybrid Meeting', description_string: 'Meets in person and virtually at the same time.', world_id: 'HYBR', format_type_enum: 'FC2' },
  { id: '56', key_string: 'TC', name_string: 'Temporarily Closed', description_string: 'The facility is temporarily closed.', world_id: 'TC', format_type_enum: 'FC2' },
  { id: '58', key_string: 'es', name_string: 'Spanish', description_string: 'This meeting is conducted in Spanish.', world_id: 'LANG', format_type_enum: 'LANG' },
  // A server-specific format with no world id: the element shows the server's own name for it.
  { id: '61', key_string: 'CH', name_string: 'Closed Holidays', description_string: 'This meeting gathers in a facility that is usually closed on holidays.', world_id: '', format_type_enum: 'FC2' },
];
const FORMAT_BY_KEY = new Map(FORMATS.map((format) => [format.key_string, format]));
/** Order of keys in a meeting's `formats`: open/closed, then meeting formats, then the rest. */
const KEY_ORDER = ['O', 'C', 'D', 'SP', 'ST', 'BT', 'JT', 'B', 'W', 'M', 'H', 'CH', 'HY', 'VM', 'TC', 'es'];

/** Main formats: [key, weight]. */
const MAIN_FORMATS = [['D', 34], ['SP', 16], ['ST', 14], ['BT', 10], ['JT', 10]];

// ---------------------------------------------------------------------------------------------
// Places (none of them is a place of the Meeting Guide sample)
// ---------------------------------------------------------------------------------------------

const HOODS = {
  binghampton: { box: [35.142, 35.148, -89.984, -89.962], city: 'Memphis', state: 'TN', zip: '38112', county: 'Shelby County', neighborhood: 'Binghampton' },
  university: { box: [35.112, 35.127, -89.946, -89.939], city: 'Memphis', state: 'TN', zip: '38111', county: 'Shelby County', neighborhood: 'University District' },
  berclair: { box: [35.150, 35.157, -89.924, -89.897], city: 'Memphis', state: 'TN', zip: '38122', county: 'Shelby County', neighborhood: 'Berclair' },
  hickoryHill: { box: [35.045, 35.056, -89.868, -89.832], city: 'Memphis', state: 'TN', zip: '38115', county: 'Shelby County', neighborhood: 'Hickory Hill' },
  orangeMound: { box: [35.108, 35.117, -89.979, -89.963], city: 'Memphis', state: 'TN', zip: '38114', county: 'Shelby County', neighborhood: 'Orange Mound' },
  southMemphis: { box: [35.096, 35.111, -90.029, -90.019], city: 'Memphis', state: 'TN', zip: '38106', county: 'Shelby County', neighborhood: 'South Memphis' },
  nutbush: { box: [35.166, 35.177, -89.958, -89.937], city: 'Memphis', state: 'TN', zip: '38108', county: 'Shelby County', neighborhood: 'Nutbush' },
  medical: { box: [35.141, 35.145, -90.039, -90.026], city: 'Memphis', state: 'TN', zip: '38105', county: 'Shelby County', neighborhood: 'Medical District' },
  arlington: { box: [35.287, 35.299, -89.671, -89.661], city: 'Arlington', state: 'TN', zip: '38002', county: 'Shelby County', neighborhood: '' },
  lakeland: { box: [35.221, 35.238, -89.744, -89.736], city: 'Lakeland', state: 'TN', zip: '38002', county: 'Shelby County', neighborhood: '' },
  hornLake: { box: [34.946, 34.961, -90.047, -90.031], city: 'Horn Lake', state: 'MS', zip: '38637', county: 'DeSoto County', neighborhood: '' },
  hernando: { box: [34.821, 34.827, -90.001, -89.990], city: 'Hernando', state: 'MS', zip: '38632', county: 'DeSoto County', neighborhood: 'Downtown' },
  marion: { box: [35.206, 35.219, -90.204, -90.191], city: 'Marion', state: 'AR', zip: '72364', county: 'Crittenden County', neighborhood: '' },
};

/**
 * Meeting places: invented names on real streets (the numbers are invented). Each group meets `n`
 * times a week; `lang: 'es'` is a Spanish-speaking group, `focus` a women's or men's group,
 * `beginners` a group whose meetings all carry the Beginners format.
 */
const LOCATIONS = [
  { hood: 'binghampton', name: 'Broad Avenue Community Room', street: 'Broad Ave', nums: [2500, 2900], wheelchair: true,
    info: 'Storefront room next to the gallery; the door is on the side street.',
    groups: [{ name: 'Broad Avenue Recovery Group', n: 3 }] },
  { hood: 'university', name: 'Highland Street Fellowship Hall', street: 'S Highland St', nums: [300, 900], wheelchair: true,
    info: 'Room 104, ground floor.',
    groups: [{ name: 'Campus Clean and Serene', n: 3 }, { name: 'Sisters in the Solution', n: 1, focus: 'W' }] },
  { hood: 'berclair', name: 'Summer Avenue Recovery Clubhouse', street: 'Summer Ave', nums: [4000, 4800],
    info: 'Upstairs, at the back of the building.', transport: 'MATA bus#@-@#Summer Ave line; the stop is in front of the clubhouse',
    groups: [{ name: 'Summer Avenue Lifeline', n: 3 }] },
  { hood: 'hickoryHill', name: 'Winchester Road Community Center', street: 'Winchester Rd', nums: [5600, 6400], wheelchair: true,
    info: 'Multipurpose room B, left of the main entrance.',
    groups: [{ name: 'Hickory Hill Hope', n: 3 }, { name: 'Luz del Camino', n: 2, lang: 'es' }] },
  { hood: 'orangeMound', name: 'Lamar Avenue Fellowship Hall', street: 'Lamar Ave', nums: [2500, 3200],
    info: '',
    groups: [{ name: 'Orange Mound Miracles', n: 2 }, { name: 'Men Staying Clean on Lamar', n: 1, focus: 'M' }] },
  { hood: 'southMemphis', name: 'Bellevue Neighborhood House', street: 'S Bellevue Blvd', nums: [1000, 1600], wheelchair: true,
    info: 'Use the ramp entrance on the north side.',
    groups: [{ name: 'Bellevue New Beginnings', n: 2, beginners: true }] },
  { hood: 'nutbush', name: 'Jackson Avenue Recovery House', street: 'Jackson Ave', nums: [3000, 3800],
    info: '',
    groups: [{ name: 'Jackson Avenue Just for Today', n: 2, format: 'JT' }] },
  { hood: 'medical', name: 'Jefferson Avenue Wellness Center', street: 'Jefferson Ave', nums: [800, 1200], wheelchair: true, closedHolidays: true,
    info: 'Conference room on the second floor; an elevator is in the lobby.',
    groups: [{ name: 'Medical District Noon Group', n: 1, band: 'noon' }] },
  { hood: 'arlington', name: 'Airline Road Fellowship Hall', street: 'Airline Rd', nums: [5500, 6200], wheelchair: true,
    info: '',
    groups: [{ name: 'Arlington Anchors', n: 2 }] },
  { hood: 'lakeland', name: 'Canada Road Community Center', street: 'Canada Rd', nums: [3000, 3800],
    info: 'Side entrance by the playground.',
    groups: [{ name: 'Lakeland Lighthouse', n: 2 }] },
  { hood: 'hornLake', name: 'Tulane Road Community Center', street: 'Tulane Rd', nums: [2500, 3400], wheelchair: true,
    info: '',
    groups: [{ name: 'Horn Lake Fresh Perspective', n: 2 }, { name: 'Camino Limpio', n: 1, lang: 'es' }] },
  { hood: 'hernando', name: 'Courthouse Square Fellowship Hall', street: 'W Commerce St', nums: [100, 600], closedHolidays: true,
    info: 'Half a block west of the square; meeting room in the basement.',
    groups: [{ name: 'Hernando Square Recovery', n: 2 }] },
  { hood: 'marion', name: 'Military Road Community Center', street: 'Military Rd', nums: [200, 3000], wheelchair: true,
    info: '',
    groups: [{ name: 'Marion Miracle Makers', n: 2 }] },
];

/** Virtual-only groups (venue_type 2). */
const VIRTUAL_GROUPS = [
  { name: 'Mid-South Virtual Basic Text', n: 2, format: 'BT' },
  { name: 'After Hours Mid-South', n: 2, band: 'late' },
];

/** The Meeting Guide sample's groups whose first in-person meeting this server also lists. */
const SHARED_GROUPS = ['Corner of Hope', 'Stateline Serenity'];

const MORNING = ['06:30', '07:00', '07:30', '09:00', '10:00'];
const NOON = ['12:00', '12:00', '12:15', '12:30'];
const EVENING = ['17:30', '18:00', '18:30', '19:00', '19:00', '19:30', '19:30', '20:00'];
const LATE = ['21:00', '21:30', '22:00', '23:00'];
const BANDS = { morning: MORNING, noon: NOON, evening: EVENING, late: LATE };

const COMMENTS_EN = [
  'Newcomers welcome. Keytags are given out at every meeting.',
  'Coffee is ready 20 minutes before the meeting.',
  'Parking in the lot behind the building; please do not park in the neighbors\u2019 spaces.',
  'Birthday celebrations at the last meeting of each month.',
  'Literature and meeting lists are on the table by the door.',
  'Please silence phones during the meeting.',
];
const COMMENTS_ES = [
  'Reuni\u00f3n en espa\u00f1ol. Todos son bienvenidos.',
  'Reuni\u00f3n en espa\u00f1ol. Caf\u00e9 antes de la reuni\u00f3n; los reci\u00e9n llegados no tienen que hablar.',
];
const PASSCODES = ['clean', 'hope', 'justfortoday', 'recovery'];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const pad = (n) => String(n).padStart(2, '0');
const round7 = (x) => Math.round(x * 1e7) / 1e7;
const clock = (hhmm) => `${hhmm.padStart(5, '0')}:00`;
const duration = (minutes) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`;
const minutesOf = (hhmm) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

function orderedKeys(keys) {
  return [...new Set(keys)].sort((a, b) => KEY_ORDER.indexOf(a) - KEY_ORDER.indexOf(b));
}

/** `formats` and `format_shared_id_list` for a set of key strings. */
function formatFields(keys) {
  const ordered = orderedKeys(keys);
  for (const key of ordered) if (!FORMAT_BY_KEY.has(key)) throw new Error(`Unknown BMLT sample format key ${key}`);
  return {
    formats: ordered.join(','),
    format_shared_id_list: ordered.map((key) => Number(FORMAT_BY_KEY.get(key).id)).sort((a, b) => a - b).join(','),
  };
}

/** A record with every field BMLT sends, in its order, all strings. */
function bmltRecord(fields) {
  const record = {
    id_bigint: '',
    worldid_mixed: '',
    shared_group_id_bigint: '',
    service_body_bigint: SERVICE_BODY,
    weekday_tinyint: '',
    venue_type: '1',
    start_time: '',
    duration_time: '01:00:00',
    time_zone: '',
    formats: '',
    lang_enum: 'en',
    longitude: '',
    latitude: '',
    distance_in_km: '',
    distance_in_miles: '',
    email_contact: '',
    published: '1',
    root_server_uri: ROOT_SERVER,
    format_shared_id_list: '',
    meeting_name: '',
    location_text: '',
    location_info: '',
    location_street: '',
    location_city_subsection: '',
    location_neighborhood: '',
    location_municipality: '',
    location_sub_province: '',
    location_province: '',
    location_postal_code_1: '',
    location_nation: '',
    comments: '',
    contact_name2: '',
    contact_name1: '',
    contact_email1: '',
    contact_email2: '',
    public_transport: '',
    format_comments: '',
    virtual_meeting_link: '',
    virtual_meeting_additional_info: '',
    phone_meeting_number: '',
  };
  for (const [key, value] of Object.entries(fields)) {
    if (!(key in record)) throw new Error(`Unexpected BMLT field ${key}`);
    if (typeof value !== 'string') throw new Error(`BMLT field ${key} must be a string`);
    record[key] = value;
  }
  return record;
}

/** Meeting Guide type codes → this server's format keys (for the shared meetings). */
const MEETING_GUIDE_TO_KEY = { O: 'O', C: 'C', D: 'D', SP: 'SP', ST: 'ST', BT: 'BT', JFT: 'JT', X: 'H', BE: 'B', W: 'W', M: 'M', S: 'es' };
const MAIN_KEYS = new Set(MAIN_FORMATS.map(([key]) => key));

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

/**
 * @param {Array<Record<string, unknown>>} [meetingGuide] the Meeting Guide sample (for the two
 *   shared meetings); generated when not given.
 * @returns {{ meetings: Array<Record<string, string>>, formats: Array<Record<string, string>> }}
 */
export function generateBmltSampleFeed(meetingGuide = generateSampleFeed()) {
  const rand = mulberry32(SEED);
  const t = makeTools(rand);

  // 1. Places: a street number and coordinates inside the neighbourhood.
  const places = LOCATIONS.map((loc) => {
    const hood = HOODS[loc.hood];
    const [latMin, latMax, lngMin, lngMax] = hood.box;
    const number = t.int(loc.nums[0] / 10, loc.nums[1] / 10) * 10 + t.pick([0, 1, 3, 5, 7, 9]);
    return {
      ...loc,
      hoodInfo: hood,
      streetLine: `${number} ${loc.street}`,
      lat: String(round7(latMin + rand() * (latMax - latMin))),
      lng: String(round7(lngMin + rand() * (lngMax - lngMin))),
    };
  });

  // 2. Each group's meetings on distinct days; a place's meetings at distinct day+time pairs.
  const slots = [];
  const worldIds = new Map(); // group → its NA World Services id ("" when not registered)
  for (const place of places) {
    const used = new Set();
    for (const group of place.groups) {
      worldIds.set(group, t.chance(0.85) ? `G00${t.digits(6)}` : '');
      const days = t.shuffle([1, 2, 3, 4, 5, 6, 7]).slice(0, group.n).sort((a, b) => a - b);
      const band = BANDS[group.band] ?? (t.chance(0.75) ? EVENING : t.chance(0.5) ? NOON : MORNING);
      let time = t.pick(band);
      for (const weekday of days) {
        if (t.chance(0.2)) time = t.pick(band);
        let tries = 0;
        while (used.has(`${weekday} ${time}`) && tries++ < 10) time = t.pick(band);
        used.add(`${weekday} ${time}`);
        slots.push({ place, group, weekday, time });
      }
    }
  }

  // 3. A few in-person meetings are hybrid; one (its group's only meeting) is at a temporarily
  //    closed place, so the element shows it as inactive.
  const closedSlot = slots.findIndex((slot) => slot.group.name === 'Medical District Noon Group');
  const hybridSet = new Set(t.shuffle(slots.map((_, i) => i).filter((i) => i !== closedSlot)).slice(0, 5));

  let nextId = 1180;
  const newId = () => String((nextId += t.int(1, 9)));
  const conference = () => {
    const id = `8${t.digits(9)}`;
    const spaced = `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6)}`;
    return {
      link: t.chance(0.4) ? `https://zoom.us/j/${id}?pwd=${t.letters(12)}${t.digits(4)}` : `https://zoom.us/j/${id}`,
      info: `Meeting ID: ${spaced} \u00b7 Passcode: ${t.pick(PASSCODES)}`,
      phone: t.chance(0.7) ? `+1 901 555 01${t.digits(2)},,${id}#` : '',
    };
  };
  const groupConference = new Map();
  const timeZone = () => (t.chance(0.12) ? 'America/Chicago' : '');
  const mainKey = (group) => group.format ?? t.weighted(MAIN_FORMATS)[0];
  const openClosed = () => (t.chance(0.6) ? 'O' : 'C');

  const meetings = [];
  slots.forEach((slot, index) => {
    const { place, group, weekday, time } = slot;
    const hood = place.hoodInfo;
    const hybrid = hybridSet.has(index);
    const main = mainKey(group);
    const keys = [openClosed(), main];
    if (group.beginners || t.chance(0.1)) keys.push('B');
    if (place.wheelchair) keys.push('H');
    if (place.closedHolidays) keys.push('CH');
    if (group.focus) keys.push(group.focus);
    if (group.lang === 'es') keys.push('es');
    if (hybrid) keys.push('HY');
    const fields = {
      id_bigint: newId(),
      worldid_mixed: worldIds.get(group),
      weekday_tinyint: String(weekday),
      venue_type: hybrid ? '3' : '1',
      start_time: clock(time),
      duration_time: duration(main === 'SP' || main === 'ST' ? 90 : t.chance(0.15) ? 75 : 60),
      time_zone: timeZone(),
      longitude: place.lng,
      latitude: place.lat,
      meeting_name: group.name,
      location_text: place.name,
      location_info: place.info,
      location_street: place.streetLine,
      location_neighborhood: hood.neighborhood,
      location_municipality: hood.city,
      location_sub_province: hood.county,
      location_province: hood.state,
      location_postal_code_1: hood.zip,
      location_nation: 'USA',
      comments: group.lang === 'es' ? t.pick(COMMENTS_ES) : t.chance(0.45) ? t.pick(COMMENTS_EN) : '',
      public_transport: place.transport ?? '',
    };
    if (index === closedSlot) {
      keys.push('TC');
      fields.comments = 'Temporarily closed while the wellness center is renovated. The group will meet here again when the building reopens.';
    }
    if (hybrid) {
      const conf = groupConference.get(group) ?? conference();
      groupConference.set(group, conf);
      fields.virtual_meeting_link = conf.link;
      fields.virtual_meeting_additional_info = conf.info;
      fields.phone_meeting_number = conf.phone;
    }
    meetings.push(bmltRecord({ ...fields, ...formatFields(keys) }));
  });

  // 4. Virtual meetings: the area's default position, no street, a link and usually a phone.
  for (const group of VIRTUAL_GROUPS) {
    worldIds.set(group, `G00${t.digits(6)}`);
    const days = t.shuffle([1, 2, 3, 4, 5, 6, 7]).slice(0, group.n).sort((a, b) => a - b);
    const time = t.pick(BANDS[group.band] ?? EVENING);
    const conf = conference();
    for (const weekday of days) {
      const main = mainKey(group);
      meetings.push(bmltRecord({
        id_bigint: newId(),
        worldid_mixed: worldIds.get(group),
        weekday_tinyint: String(weekday),
        venue_type: '2',
        start_time: clock(time),
        duration_time: duration(main === 'SP' || main === 'ST' ? 90 : 60),
        time_zone: timeZone(),
        longitude: AREA_CENTRE.lng,
        latitude: AREA_CENTRE.lat,
        meeting_name: group.name,
        location_municipality: 'Memphis',
        location_sub_province: 'Shelby County',
        location_province: 'TN',
        location_nation: 'USA',
        comments: t.chance(0.5) ? 'Cameras optional. Please use your first name only.' : '',
        virtual_meeting_link: conf.link,
        virtual_meeting_additional_info: conf.info,
        phone_meeting_number: conf.phone,
        ...formatFields([openClosed(), main, 'VM']),
      }));
    }
  }

  // 5. Two meetings this server shares with the Meeting Guide sample: the same meeting, as the
  //    area's volunteers typed it in (weekday 1 = Sunday, seconds on the clock, coordinates a few
  //    metres off, the address split into fields).
  const mgPlaces = new Set(meetingGuide.map((r) => r.location));
  const mgNames = new Set(meetingGuide.map((r) => r.name));
  for (const m of meetings) {
    if (mgPlaces.has(m.location_text) || mgNames.has(m.meeting_name)) {
      throw new Error(`BMLT sample meeting "${m.meeting_name}" at "${m.location_text}" duplicates the Meeting Guide sample`);
    }
  }
  const COUNTIES = { TN: 'Shelby County', MS: 'DeSoto County', AR: 'Crittenden County' };
  for (const groupName of SHARED_GROUPS) {
    const mg = meetingGuide.find((r) => r.group === groupName && typeof r.day === 'number' && r.time && r.attendance_option === 'in_person');
    if (!mg) throw new Error(`The Meeting Guide sample has no single-day in-person meeting of "${groupName}" to share`);
    const [street, city, stateZip] = String(mg.formatted_address).split(', ');
    const [state, zip] = stateZip.split(' ');
    const keys = (mg.types ?? []).map((code) => MEETING_GUIDE_TO_KEY[code]).filter(Boolean);
    if (!keys.some((key) => MAIN_KEYS.has(key))) keys.push('D');
    if (!keys.includes('O') && !keys.includes('C')) keys.unshift('O');
    const nudge = () => (t.chance(0.5) ? 1 : -1) * t.int(15, 35) / 1e6; // 1.5–4 m
    const end = mg.end_time ? minutesOf(mg.end_time) : minutesOf(mg.time) + 60;
    meetings.push(bmltRecord({
      id_bigint: newId(),
      worldid_mixed: `G00${t.digits(6)}`,
      weekday_tinyint: String(mg.day + 1),
      start_time: clock(mg.time),
      duration_time: duration((end - minutesOf(mg.time) + 1440) % 1440 || 60),
      longitude: String(round7(Number(mg.longitude) + nudge())),
      latitude: String(round7(Number(mg.latitude) + nudge())),
      meeting_name: mg.name,
      location_text: mg.location,
      location_street: street,
      location_neighborhood: mg.sub_region && mg.sub_region !== city ? mg.sub_region : '',
      location_municipality: city,
      location_sub_province: COUNTIES[state] ?? '',
      location_province: state,
      location_postal_code_1: zip,
      location_nation: 'USA',
      comments: 'Also listed by the treatment center\u2019s meeting list.',
      ...formatFields(keys),
    }));
  }

  // 6. A legacy "prompt#@-@#value" in a second custom field.
  const jft = meetings.find((m) => m.meeting_name === 'Jackson Avenue Just for Today');
  jft.format_comments = 'Format comments#@-@#Last meeting of the month is a speaker meeting';

  // 7. Sorted as the server sorts by default: weekday, then start time.
  meetings.sort((a, b) =>
    Number(a.weekday_tinyint) - Number(b.weekday_tinyint) || a.start_time.localeCompare(b.start_time) || Number(a.id_bigint) - Number(b.id_bigint));

  // get_used_formats=1 lists only the formats the meetings use.
  const usedIds = new Set(meetings.flatMap((m) => m.format_shared_id_list.split(',')));
  const formats = FORMATS.filter((format) => usedIds.has(format.id)).map((format) => ({ ...format, lang: 'en', root_server_uri: ROOT_SERVER }));
  return { meetings, formats };
}
