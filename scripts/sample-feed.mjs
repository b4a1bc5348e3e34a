// Fictional sample data for the demo: Narcotics-Anonymous-style meetings in and around Memphis, TN,
// in the Meeting Guide JSON format (code4recovery "Meeting Guide API").
//
// Everything here is invented: group names, meeting places, street numbers, coordinates (placed
// plausibly inside each neighbourhood), conference links (fake ids) and phone numbers (the fictional
// 555-01xx range). Street and city names are real so the map and the addresses look right.
//
// The output is deterministic: a seeded PRNG (mulberry32) and no clock, so every run gives the
// same records in the same order.

export const SAMPLE_FEED_NOTICE =
  'These meetings are fictional sample data generated for the meeting-locator demo; they are not real meetings, and their places, links and phone numbers do not exist.';

const SEED = 0x4d454d50; // "MEMP"

/** The fictional service entity of every sample row (555-01xx: a number that does not exist). */
const SAMPLE_ENTITY = {
  entity: 'Memphis Area (sample)',
  entity_phone: '(901) 555-0100',
  entity_url: 'https://example.org/',
  feedback_url: 'https://example.org/meeting-status/',
};

/** mulberry32: a tiny, fast, well-distributed 32-bit PRNG. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------

/**
 * Neighbourhoods: a bounding box the locations are placed in, the postal city, and the region path.
 * `regions: true` makes that neighbourhood's rows use the `regions` array form instead of
 * `region` + `sub_region` (feeds in the wild use both).
 */
const HOODS = {
  downtown: { box: [35.139, 35.155, -90.055, -90.046], city: 'Memphis', state: 'TN', zip: '38103', region: 'Memphis', sub: 'Downtown' },
  midtown: { box: [35.131, 35.149, -90.011, -89.986], city: 'Memphis', state: 'TN', zip: '38104', region: 'Memphis', sub: 'Midtown' },
  cooperYoung: { box: [35.115, 35.123, -89.996, -89.985], city: 'Memphis', state: 'TN', zip: '38104', region: 'Memphis', sub: 'Cooper-Young' },
  eastMemphis: { box: [35.096, 35.124, -89.928, -89.882], city: 'Memphis', state: 'TN', zip: '38117', region: 'Memphis', sub: 'East Memphis' },
  whitehaven: { box: [35.021, 35.058, -90.033, -89.997], city: 'Memphis', state: 'TN', zip: '38116', region: 'Memphis', sub: 'Whitehaven' },
  raleigh: { box: [35.196, 35.223, -89.963, -89.927], city: 'Memphis', state: 'TN', zip: '38128', region: 'Memphis', sub: 'Raleigh', regions: true },
  frayser: { box: [35.222, 35.248, -90.018, -89.987], city: 'Memphis', state: 'TN', zip: '38127', region: 'Memphis', sub: 'Frayser', regions: true },
  cordova: { box: [35.141, 35.173, -89.798, -89.752], city: 'Cordova', state: 'TN', zip: '38018', region: 'Memphis', sub: 'Cordova' },
  germantown: { box: [35.071, 35.099, -89.828, -89.782], city: 'Germantown', state: 'TN', zip: '38138', region: 'Shelby County', sub: 'Germantown' },
  collierville: { box: [35.031, 35.058, -89.688, -89.652], city: 'Collierville', state: 'TN', zip: '38017', region: 'Shelby County', sub: 'Collierville', regions: true },
  bartlett: { box: [35.196, 35.223, -89.888, -89.842], city: 'Bartlett', state: 'TN', zip: '38134', region: 'Shelby County', sub: 'Bartlett' },
  millington: { box: [35.331, 35.353, -89.908, -89.882], city: 'Millington', state: 'TN', zip: '38053', region: 'Shelby County', sub: 'Millington' },
  southaven: { box: [34.966, 34.994, -90.028, -89.982], city: 'Southaven', state: 'MS', zip: '38671', region: 'DeSoto County, MS', sub: 'Southaven' },
  oliveBranch: { box: [34.946, 34.974, -89.848, -89.812], city: 'Olive Branch', state: 'MS', zip: '38654', region: 'DeSoto County, MS', sub: 'Olive Branch' },
  westMemphis: { box: [35.136, 35.158, -90.198, -90.167], city: 'West Memphis', state: 'AR', zip: '72301', region: 'Crittenden County, AR', sub: 'West Memphis', regions: true },
};

/** City centres for online-only meetings (approximate location: the city only). */
const CITY_CENTRES = {
  Memphis: { lat: 35.1495, lng: -90.049, state: 'TN', region: 'Memphis' },
  Germantown: { lat: 35.0868, lng: -89.8101, state: 'TN', region: 'Shelby County' },
  Southaven: { lat: 34.9889, lng: -90.0126, state: 'MS', region: 'DeSoto County, MS' },
};

/**
 * Meeting places: invented generic names on real street names (the numbers are invented).
 * Each group meets `n` times a week at the place; `lang: 'es'` marks a Spanish-speaking group,
 * `focus` a group with a standing focus (women, men, young people, LGBTQ+).
 */
const LOCATIONS = [
  // Midtown
  { hood: 'midtown', name: 'Union Avenue Fellowship Hall', street: 'Union Ave', nums: [1400, 2400], wheelchair: true,
    groups: [{ name: 'Hope on Union', n: 3 }] },
  { hood: 'midtown', name: 'Midtown Recovery Clubhouse', street: 'N Cleveland St', nums: [100, 700], wheelchair: true,
    location_notes: 'Enter through the side door off the parking lot. The meeting room is upstairs; a ramp and an elevator are at the back entrance.',
    groups: [{ name: 'Clean Start Midtown', n: 3 }, { name: 'Nueva Vida', n: 2, lang: 'es' }] },
  { hood: 'midtown', name: 'Overton Community Center', street: 'Madison Ave', nums: [1500, 2300], wheelchair: true,
    groups: [{ name: 'Just for Today Midtown', n: 3 }] },
  { hood: 'midtown', name: 'Poplar Avenue Fellowship Hall', street: 'Poplar Ave', nums: [1500, 2500],
    groups: [{ name: 'Rainbow Recovery Midtown', n: 2, focus: 'LGBTQ' }, { name: 'Midtown Candlelight', n: 2, band: 'late', format: 'CAN' }] },
  { hood: 'midtown', name: 'McLean Neighborhood Center', street: 'N McLean Blvd', nums: [100, 900],
    groups: [{ name: 'Open Door Midtown', n: 2 }] },
  // Downtown
  { hood: 'downtown', name: 'Riverside Community Room', street: 'S Front St', nums: [100, 600], wheelchair: true,
    groups: [{ name: 'Freedom at Noon', n: 2, band: 'noon' }] },
  { hood: 'downtown', name: 'Main Street Fellowship Hall', street: 'S Main St', nums: [100, 500], wheelchair: true,
    groups: [{ name: 'Bridge to Recovery', n: 3 }] },
  { hood: 'downtown', name: 'Adams Avenue Recovery Clubhouse', street: 'Adams Ave', nums: [100, 400],
    groups: [{ name: 'Downtown Early Risers', n: 3, band: 'morning' }, { name: 'Riverfront Serenity', n: 2 }] },
  { hood: 'downtown', name: 'Monroe Avenue Community Center', street: 'Monroe Ave', nums: [100, 600], wheelchair: true,
    groups: [{ name: 'Fresh Air Downtown', n: 2 }] },
  // Cooper-Young
  { hood: 'cooperYoung', name: 'Cooper Street Community Center', street: 'S Cooper St', nums: [800, 1100], wheelchair: true,
    groups: [{ name: 'Corner of Hope', n: 3 }] },
  { hood: 'cooperYoung', name: 'Young Avenue Fellowship Hall', street: 'Young Ave', nums: [2000, 2300],
    groups: [{ name: 'Cooper-Young Literature Circle', n: 2 }, { name: 'Women of Grace and Grit', n: 1, focus: 'W' }] },
  { hood: 'cooperYoung', name: 'Central Avenue Wellness Center', street: 'Central Ave', nums: [1900, 2200], wheelchair: true,
    groups: [{ name: 'Open Hearts', n: 3 }] },
  // East Memphis
  { hood: 'eastMemphis', name: 'White Station Community Center', street: 'S White Station Rd', nums: [200, 900], wheelchair: true,
    groups: [{ name: 'White Station Steps', n: 3 }] },
  { hood: 'eastMemphis', name: 'Quince Road Fellowship Hall', street: 'Quince Rd', nums: [4800, 5600], wheelchair: true,
    groups: [{ name: 'East Side Open Door', n: 3 }, { name: 'Renacer', n: 2, lang: 'es' }] },
  { hood: 'eastMemphis', name: 'Park Avenue Recreation Center', street: 'Park Ave', nums: [4200, 5200],
    groups: [{ name: 'Women in Recovery East', n: 2, focus: 'W' }] },
  { hood: 'eastMemphis', name: 'Mendenhall Recovery House', street: 'S Mendenhall Rd', nums: [400, 1100],
    groups: [{ name: 'Living Clean East', n: 3 }] },
  // Germantown
  { hood: 'germantown', name: 'Germantown Parkway Community Center', street: 'S Germantown Rd', nums: [1800, 2600], wheelchair: true,
    groups: [{ name: 'Germantown Gratitude', n: 3 }] },
  { hood: 'germantown', name: 'Wolf River Fellowship Hall', street: 'Wolf River Blvd', nums: [7600, 8400], wheelchair: true,
    groups: [{ name: 'Wolf River Recovery', n: 2 }] },
  { hood: 'germantown', name: 'Farmington Neighborhood Center', street: 'Farmington Blvd', nums: [7600, 8200],
    groups: [{ name: 'Sunrise Serenity', n: 2, band: 'morning' }] },
  // Collierville
  { hood: 'collierville', name: 'Town Square Fellowship Hall', street: 'N Main St', nums: [100, 400], wheelchair: true,
    groups: [{ name: 'Town Square Hope', n: 3 }] },
  { hood: 'collierville', name: 'Byhalia Road Community Center', street: 'Byhalia Rd', nums: [600, 1400],
    groups: [{ name: 'Collierville Clean and Free', n: 2 }] },
  { hood: 'collierville', name: 'Shea Road Recovery House', street: 'Shea Rd', nums: [300, 900],
    groups: [{ name: 'New Day Collierville', n: 2 }] },
  // Bartlett
  { hood: 'bartlett', name: 'Stage Road Community Center', street: 'Stage Rd', nums: [5800, 6900], wheelchair: true,
    groups: [{ name: 'Stage Road Recovery', n: 3 }] },
  { hood: 'bartlett', name: 'Bartlett Fellowship Hall', street: 'Bartlett Blvd', nums: [2800, 3600], wheelchair: true,
    groups: [{ name: 'Bartlett Basic Text', n: 3 }] },
  { hood: 'bartlett', name: 'Yale Road Recovery Clubhouse', street: 'Yale Rd', nums: [6000, 7000],
    groups: [{ name: 'Steady Steps Bartlett', n: 2 }, { name: 'Young and Clean Bartlett', n: 1, focus: 'Y' }] },
  // Cordova
  { hood: 'cordova', name: 'Cordova Crossroads Community Center', street: 'N Germantown Pkwy', nums: [900, 1800], wheelchair: true,
    groups: [{ name: 'Cordova Crossroads', n: 3 }] },
  { hood: 'cordova', name: 'Macon Road Fellowship Hall', street: 'Macon Rd', nums: [8000, 9000],
    groups: [{ name: 'Second Chance Cordova', n: 3 }] },
  { hood: 'cordova', name: 'Dexter Road Wellness Center', street: 'Dexter Rd', nums: [8200, 9200], wheelchair: true,
    groups: [{ name: 'Gratitude in Cordova', n: 2 }] },
  // Whitehaven
  { hood: 'whitehaven', name: 'Whitehaven Community Center', street: 'Elvis Presley Blvd', nums: [3600, 4600], wheelchair: true,
    groups: [{ name: 'Whitehaven Way Out', n: 3 }] },
  { hood: 'whitehaven', name: 'Millbranch Fellowship Hall', street: 'Millbranch Rd', nums: [3800, 4800],
    groups: [{ name: 'Esperanza', n: 2, lang: 'es' }, { name: 'Southside Hope', n: 2 }] },
  { hood: 'whitehaven', name: 'Raines Road Recovery House', street: 'E Raines Rd', nums: [800, 1600],
    groups: [{ name: 'Men on the Move', n: 2, focus: 'M' }] },
  // Raleigh
  { hood: 'raleigh', name: 'Raleigh Community Center', street: 'Austin Peay Hwy', nums: [3600, 4400], wheelchair: true,
    groups: [{ name: 'Raleigh Recovery Road', n: 3 }] },
  { hood: 'raleigh', name: 'Coleman Road Fellowship Hall', street: 'Coleman Rd', nums: [3000, 3900],
    groups: [{ name: 'Keep Coming Back Raleigh', n: 2 }] },
  { hood: 'raleigh', name: 'Covington Pike Recovery House', street: 'Covington Pike', nums: [2800, 3600],
    groups: [{ name: 'Raleigh Men\u2019s Step Study', n: 2, focus: 'M' }] },
  // Frayser
  { hood: 'frayser', name: 'Frayser Community Center', street: 'Frayser Blvd', nums: [2000, 3200], wheelchair: true,
    groups: [{ name: 'Frayser Fresh Start', n: 3 }] },
  { hood: 'frayser', name: 'Watkins Street Fellowship Hall', street: 'N Watkins St', nums: [3000, 3900],
    groups: [{ name: 'Northside Unity', n: 2 }] },
  // Millington
  { hood: 'millington', name: 'Millington Community Center', street: 'Navy Rd', nums: [4800, 5600], wheelchair: true,
    groups: [{ name: 'Millington Lifeline', n: 3 }] },
  { hood: 'millington', name: 'Easley Street Fellowship Hall', street: 'Easley St', nums: [7800, 8200],
    groups: [{ name: 'Navy Road Recovery', n: 2 }] },
  // Southaven, MS
  { hood: 'southaven', name: 'Stateline Road Community Center', street: 'Stateline Rd W', nums: [100, 900], wheelchair: true,
    groups: [{ name: 'Stateline Serenity', n: 3 }] },
  { hood: 'southaven', name: 'Southaven Fellowship Hall', street: 'Main St', nums: [600, 1000],
    groups: [{ name: 'Solo por Hoy', n: 2, lang: 'es' }, { name: 'Southaven Surrender', n: 2 }] },
  { hood: 'southaven', name: 'Airways Recovery House', street: 'Airways Blvd', nums: [7800, 8800],
    groups: [{ name: 'Airways Open Arms', n: 2 }] },
  // Olive Branch, MS
  { hood: 'oliveBranch', name: 'Olive Branch Community Center', street: 'Goodman Rd E', nums: [6000, 7400], wheelchair: true,
    groups: [{ name: 'Olive Branch Open Arms', n: 3 }] },
  { hood: 'oliveBranch', name: 'Pigeon Roost Fellowship Hall', street: 'Pigeon Roost Rd', nums: [8800, 9800],
    groups: [{ name: 'Goodman Road Gratitude', n: 2 }] },
  // West Memphis, AR
  { hood: 'westMemphis', name: 'Broadway Community Center', street: 'E Broadway St', nums: [100, 1400], wheelchair: true,
    groups: [{ name: 'Across the Bridge', n: 3 }] },
  { hood: 'westMemphis', name: 'Missouri Street Fellowship Hall', street: 'N Missouri St', nums: [200, 1200],
    groups: [{ name: 'West Memphis Clean Living', n: 2 }] },
];

/** Online-only groups: `n` meetings a week each. */
const ONLINE_GROUPS = [
  { name: 'Bluff City Online', n: 4, city: 'Memphis' },
  { name: 'Night Owls Online', n: 3, city: 'Memphis', band: 'late' },
  { name: 'Morning Meditation Online', n: 3, city: 'Memphis', band: 'morning', format: 'MED' },
  { name: 'Lunch Break Online', n: 3, city: 'Germantown', band: 'noon' },
  { name: 'Young and Clean Online', n: 2, city: 'Memphis', focus: 'Y' },
  { name: 'Rainbow Recovery Online', n: 2, city: 'Memphis', focus: 'LGBTQ' },
  { name: 'Mujeres en Recuperaci\u00f3n en L\u00ednea', n: 2, city: 'Southaven', lang: 'es', focus: 'W' },
  { name: 'Daily Reprieve Online', n: 3, city: 'Memphis' },
];

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

/** Formats: [code, weight, optional name suffix]. BT and JFT are NA codes the generic spec lacks. */
const FORMATS = [
  ['D', 34, ''],
  ['SP', 16, ' Speaker Meeting'],
  ['ST', 14, ' Step Study'],
  ['LIT', 10, ' Literature Study'],
  ['BT', 9, ' Basic Text Study'],
  ['JFT', 9, ' Just for Today Reading'],
  ['MED', 4, ' Meditation'],
  ['CAN', 4, ' Candlelight'],
];

const MORNING = ['06:30', '07:00', '07:00', '07:30', '09:00', '10:00', '10:30'];
const NOON = ['12:00', '12:00', '12:00', '12:15', '12:30', '13:00'];
const EVENING = ['17:30', '18:00', '18:00', '18:30', '19:00', '19:00', '19:00', '19:30', '19:30', '20:00', '20:00', '20:30'];
const LATE = ['20:00', '20:30', '21:00', '21:30', '22:00', '23:00'];
const BANDS = { morning: MORNING, noon: NOON, evening: EVENING, late: LATE };

const NOTES_EN = [
  'Newcomers are always welcome. Coffee is on a few minutes before the meeting starts.',
  'Keytags for clean time are given out on the last meeting of the month.',
  'Free parking in the lot behind the building.',
  'Please silence phones. Children are welcome if they stay with a parent.',
  'Meeting ends with a short newcomer Q&A for anyone who wants to stay.',
  'Literature is available at the table by the door, and a starter pamphlet is free for newcomers.',
  'Street parking only on weekday evenings; the side lot opens at 6 pm.',
  'We read from the Basic Text, then the floor is open for sharing.',
];

const NOTES_MULTILINE = [
  'Doors open 30 minutes early.\nCoffee and snacks provided.\nNewcomers welcome: no one has to speak.',
  'First Monday: group business meeting after the regular meeting.\nLast Friday: keytag and birthday celebration.',
  'Parking in the rear lot.\nEnter through the door marked \u201cFellowship Hall\u201d.\nPlease be mindful of the neighbours when leaving.',
  'Format:\n\u2022 Readings (15 min)\n\u2022 Topic or step discussion\n\u2022 Closing circle',
];

const NOTES_ES = [
  'Reuni\u00f3n en espa\u00f1ol. Todos son bienvenidos, especialmente los reci\u00e9n llegados.',
  'Reuni\u00f3n en espa\u00f1ol.\nEstacionamiento detr\u00e1s del edificio.\nCaf\u00e9 gratis antes de la reuni\u00f3n.',
  'Se lee el Texto B\u00e1sico y despu\u00e9s se comparte. No es necesario hablar.',
  'Reuni\u00f3n de mujeres en espa\u00f1ol. La c\u00e1mara es opcional; puede unirse solo con audio.',
];

const CONFERENCE_URL_NOTES = [
  'Passcode: clean',
  'Passcode: hope. Cameras optional.',
  'Please use your first name only. Cameras optional.',
  'The waiting room opens 10 minutes early.',
];

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Random helpers on top of a PRNG (also used by bmlt-sample-feed.mjs). */
export function makeTools(rand) {
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  const weighted = (list) => {
    const total = list.reduce((sum, item) => sum + item[1], 0);
    let r = rand() * total;
    for (const item of list) {
      r -= item[1];
      if (r < 0) return item;
    }
    return list[list.length - 1];
  };
  const shuffle = (list) => {
    const out = list.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  const digits = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += String(int(0, 9));
    return s;
  };
  const letters = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += 'abcdefghijkmnopqrstuvwxyz'[int(0, 24)];
    return s;
  };
  return { int, pick, chance, weighted, shuffle, digits, letters };
}

const pad = (n) => String(n).padStart(2, '0');
const round6 = (x) => Math.round(x * 1e6) / 1e6;

function addMinutes(hhmm, minutes) {
  const [h, m] = hhmm.split(':').map(Number);
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

function slugify(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// ---------------------------------------------------------------------------------------------
// Generator
// ---------------------------------------------------------------------------------------------

/** @returns {Array<Record<string, unknown>>} Meeting Guide JSON records (fictional). */
export function generateSampleFeed() {
  const rand = mulberry32(SEED);
  const t = makeTools(rand);

  // 1. Resolve each place: a street number and coordinates inside its neighbourhood.
  const places = LOCATIONS.map((loc) => {
    const hood = HOODS[loc.hood];
    const [latMin, latMax, lngMin, lngMax] = hood.box;
    const number = t.int(loc.nums[0] / 10, loc.nums[1] / 10) * 10 + t.pick([0, 1, 4, 5, 6, 8]);
    return {
      ...loc,
      hoodInfo: hood,
      address: `${number} ${loc.street}, ${hood.city}, ${hood.state} ${hood.zip}, USA`,
      lat: round6(latMin + rand() * (latMax - latMin)),
      lng: round6(lngMin + rand() * (lngMax - lngMin)),
    };
  });

  // 2. Lay out the in-person meetings: each group's meetings on distinct days, the place's
  //    meetings at distinct day+time pairs.
  const slots = [];
  for (const place of places) {
    const used = new Set();
    for (const group of place.groups) {
      const days = t.shuffle([0, 1, 2, 3, 4, 5, 6]).slice(0, group.n).sort((a, b) => a - b);
      const band = BANDS[group.band] ?? (t.chance(0.72) ? EVENING : t.chance(0.5) ? NOON : MORNING);
      let time = t.pick(band);
      for (const day of days) {
        // Most groups keep one time all week; some vary it.
        if (t.chance(0.25)) time = t.pick(BANDS[group.band] ?? (t.chance(0.75) ? EVENING : t.chance(0.5) ? NOON : MORNING));
        let tries = 0;
        while (used.has(`${day} ${time}`) && tries++ < 10) time = t.pick(BANDS[group.band] ?? EVENING);
        used.add(`${day} ${time}`);
        slots.push({ place, group, day, time });
      }
    }
  }

  // 3. About 15% of all meetings are hybrid: chosen among the in-person ones.
  const hybridCount = Math.round(slots.length * 0.18);
  const hybridSet = new Set(t.shuffle(slots.map((_, i) => i)).slice(0, hybridCount));

  const conference = (kind) => {
    if (kind === 'google') {
      return { url: `https://meet.google.com/${t.letters(3)}-${t.letters(4)}-${t.letters(3)}` };
    }
    const id = `8${t.digits(9)}`;
    const url = t.chance(0.4) ? `https://zoom.us/j/${id}?pwd=${t.letters(12)}${t.digits(4)}` : `https://zoom.us/j/${id}`;
    return { url, id };
  };
  const phone = (meetingId) => `+1 901 555 01${t.digits(2)},,${meetingId}#`;
  const spacedId = (id) => `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6)}`; // 10 digits: 3-3-4

  const typesFor = ({ group, time, inPerson, wheelchair }) => {
    const types = new Set();
    types.add(t.chance(0.7) ? 'O' : 'C');
    let suffix = '';
    let format = group.format ? FORMATS.find((f) => f[0] === group.format) : t.weighted(FORMATS);
    if (format[0] === 'CAN' && Number(time.slice(0, 2)) < 18) format = FORMATS[0];
    types.add(format[0]);
    const named = /Study|Literature|Basic Text|Just for Today|Meditation|Candlelight|Speaker/.test(group.name);
    if (format[0] !== 'D' && !group.format && !named && t.chance(0.45)) suffix = format[2];
    if (t.chance(0.15)) types.add('BE');
    if (inPerson && wheelchair) types.add('X');
    if (group.lang === 'es') types.add('S');
    if (group.focus) types.add(group.focus);
    if (t.chance(0.04)) types.add('CHIPS');
    return { types: [...types], suffix, long: format[0] === 'ST' || format[0] === 'SP' };
  };

  const updated = () => {
    const month = t.int(1, 11);
    const day = t.int(1, month === 2 ? 28 : month === 11 ? 20 : 30);
    return `2026-${pad(month)}-${pad(day)} ${pad(t.int(7, 22))}:${pad(t.int(0, 59))}:${pad(t.int(0, 59))}`;
  };

  const records = [];
  const groupConference = new Map();

  slots.forEach((slot, index) => {
    const { place, group, day, time } = slot;
    const hood = place.hoodInfo;
    const hybrid = hybridSet.has(index);
    const { types, suffix, long } = typesFor({ group, time, inPerson: true, wheelchair: place.wheelchair });
    const name = suffix && !group.lang ? `${group.name}${suffix}` : group.name;
    const rec = {
      name,
      day,
      time,
      end_time: addMinutes(time, long ? 90 : 60),
    };
    if (t.chance(0.5)) rec.timezone = 'America/Chicago';
    rec.types = types;
    const notes = group.lang === 'es'
      ? t.pick(NOTES_ES.slice(0, 3))
      : t.chance(0.1) ? t.pick(NOTES_MULTILINE) : t.chance(0.45) ? t.pick(NOTES_EN) : '';
    if (notes) rec.notes = notes;
    if (hybrid) {
      // A group keeps one link for all its hybrid meetings.
      const conf = groupConference.get(group) ?? conference(t.chance(0.8) ? 'zoom' : 'google');
      groupConference.set(group, conf);
      rec.conference_url = conf.url;
      if (t.chance(0.5)) rec.conference_url_notes = t.pick(CONFERENCE_URL_NOTES);
      if (conf.id && t.chance(0.6)) {
        rec.conference_phone = phone(conf.id);
        rec.conference_phone_notes = `Meeting ID: ${spacedId(conf.id)}`;
      }
    }
    rec.location = place.name;
    if (place.location_notes) rec.location_notes = place.location_notes;
    rec.formatted_address = place.address;
    rec.latitude = place.lat;
    rec.longitude = place.lng;
    rec.approximate = 'no';
    if (hood.regions) rec.regions = [hood.region, hood.sub];
    else {
      rec.region = hood.region;
      rec.sub_region = hood.sub;
    }
    rec.group = group.name;
    rec.attendance_option = hybrid ? 'hybrid' : 'in_person';
    rec.updated = updated();
    records.push(rec);
  });

  // 4. Online-only meetings: a city as the (approximate) address, a conference link and often a phone.
  let jitsiUsed = false;
  for (const group of ONLINE_GROUPS) {
    const days = t.shuffle([0, 1, 2, 3, 4, 5, 6]).slice(0, group.n).sort((a, b) => a - b);
    const band = BANDS[group.band] ?? EVENING;
    const time = t.pick(band);
    // One online group uses an unfamiliar provider, so the element must not treat it as inactive.
    const provider = !jitsiUsed && group.name === 'Daily Reprieve Online' ? 'jitsi' : t.chance(0.3) ? 'google' : 'zoom';
    let conf;
    if (provider === 'jitsi') {
      jitsiUsed = true;
      conf = { url: `https://meet.jit.si/DailyReprieveMemphis${t.digits(4)}` };
    } else conf = conference(provider);
    const centre = CITY_CENTRES[group.city];
    for (const day of days) {
      const { types, suffix, long } = typesFor({ group, time, inPerson: false });
      const rec = {
        name: suffix && !group.lang ? `${group.name}${suffix}` : group.name,
        day,
        time,
        end_time: addMinutes(time, long ? 90 : 60),
      };
      if (t.chance(0.5)) rec.timezone = 'America/Chicago';
      rec.types = types;
      const notes = group.lang === 'es' ? NOTES_ES[3] : t.chance(0.4) ? t.pick(NOTES_EN.slice(0, 2)) : '';
      if (notes) rec.notes = notes;
      rec.conference_url = conf.url;
      if (provider === 'jitsi') rec.conference_url_notes = 'Opens in the browser; no app or account needed.';
      else if (t.chance(0.6)) rec.conference_url_notes = t.pick(CONFERENCE_URL_NOTES);
      if (conf.id) {
        rec.conference_phone = phone(conf.id);
        rec.conference_phone_notes = `Meeting ID: ${spacedId(conf.id)}`;
      }
      rec.location = 'Online';
      rec.formatted_address = `${group.city}, ${centre.state}, USA`;
      rec.latitude = centre.lat;
      rec.longitude = centre.lng;
      rec.approximate = 'yes';
      rec.region = centre.region;
      rec.group = group.name;
      rec.attendance_option = 'online';
      rec.updated = updated();
      records.push(rec);
    }
  }

  // 5. Edge cases a real feed contains, placed on fixed records so they are easy to find.
  const byGroup = (name) => records.filter((r) => r.group === name);

  // A meeting on several days in one record: Freedom at Noon, Monday/Wednesday/Friday.
  const [freedom, freedomSecond] = byGroup('Freedom at Noon');
  Object.assign(freedom, { name: 'Freedom at Noon', day: [1, 3, 5], time: '12:00', end_time: '13:00', types: ['O', 'D', 'BE', 'X'] });
  Object.assign(freedomSecond, { name: 'Freedom at Noon Saturday Step Study', day: 6, time: '12:00', end_time: '13:30', types: ['C', 'ST', 'X'] });

  // Times without a leading zero ("H:MM").
  const [early1, early2] = byGroup('Downtown Early Risers');
  Object.assign(early1, { time: '7:00', end_time: '8:00' });
  Object.assign(early2, { time: '6:30', end_time: '7:30' });

  // Coordinates given as strings.
  for (const r of byGroup('Frayser Fresh Start').slice(0, 2)) {
    r.latitude = String(r.latitude);
    r.longitude = String(r.longitude);
  }

  // A Spanish online meeting with Spanish notes already exists; make sure a Spanish in-person one
  // has notes with line breaks.
  byGroup('Nueva Vida')[0].notes = NOTES_ES[1];

  // Unknown custom code: guarantee at least two rows carry it.
  for (const r of [byGroup('Bridge to Recovery')[0], byGroup('Millington Lifeline')[0]]) {
    if (!r.types.includes('CHIPS')) r.types.push('CHIPS');
  }

  // A meeting by appointment: no day, no time.
  records.push({
    name: 'Newcomer Orientation (by appointment)',
    types: ['O', 'BE', 'X'],
    notes: 'A member will sit down with you, answer questions and walk you to your first meeting.\nAsk at the front desk of the clubhouse to set a time.',
    location: 'Midtown Recovery Clubhouse',
    location_notes: 'Ask at the front desk; the orientation room is on the ground floor.',
    formatted_address: places[1].address,
    latitude: places[1].lat,
    longitude: places[1].lng,
    approximate: 'no',
    region: 'Memphis',
    sub_region: 'Midtown',
    group: 'Clean Start Midtown',
    attendance_option: 'in_person',
    updated: '2026-09-14 10:12:00',
  });

  // 6. Sort like a typical feed (by day, then time, then name), then add unique slugs and URLs.
  const sortDay = (r) => (r.day === undefined ? 7 : Array.isArray(r.day) ? r.day[0] : r.day);
  const sortTime = (r) => (r.time ? r.time.padStart(5, '0') : '99:99');
  records.sort((a, b) =>
    sortDay(a) - sortDay(b) || sortTime(a).localeCompare(sortTime(b)) || a.name.localeCompare(b.name, 'en'));

  const seen = new Map();
  return records.map((r) => {
    const base = slugify(r.name);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const slug = n === 1 ? base : `${base}-${n}`;
    // Key order: slug right after name, url last, as most feeds do.
    const { name, ...rest } = r;
    // Who runs the listings (the helpline beside the list) and where to report a problem: as a
    // 12 Step Meeting List site writes them on every row. Fictional, like the rest.
    return { name, slug, ...rest, ...SAMPLE_ENTITY, url: `https://example.org/meetings/${slug}/` };
  });
}
