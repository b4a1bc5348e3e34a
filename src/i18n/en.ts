import type { Strings } from './strings.js';

const meetings = (count: number, formatted: string) => `${formatted} ${count === 1 ? 'meeting' : 'meetings'}`;

export const EN: Strings = {
  searchLabel: 'Search meetings',
  searchPlaceholder: 'Name, place, city or type',
  meetingsLabel: 'Meetings',
  loading: 'Loading meetings…',
  resultCount: (count, formatted) => (count === 0 ? 'No meetings' : meetings(count, formatted)),
  resultCountOf: (count, formatted, total) => (count === 0 ? `No meetings of ${total}` : `${formatted} of ${total} meetings`),
  noResults: (query) => `No meeting matches “${query}”. Try fewer or other words.`,
  clearSearch: 'Clear search',
  today: 'Today',
  tomorrow: 'Tomorrow',
  byAppointment: 'By appointment',
  timeNotGiven: 'Time not given',
  timesIn: (zone) => `Times are ${zone}.`,
  attendance: {
    in_person: 'In person',
    online: 'Online',
    hybrid: 'In person and online',
    inactive: 'Temporarily closed',
  },
  online: 'Online',
  joinOnline: (provider) => (provider ? `Join on ${provider}` : 'Join online'),
  dialIn: 'Dial in',
  listing: 'Listing',
  listingFor: (name) => `Listing of ${name}`,
  errorTitle: 'The meetings could not be loaded',
  feedError: {
    network: () => 'The meeting list could not be reached. Check your connection and try again.',
    timeout: () => 'The meeting list is taking too long to answer. Try again in a moment.',
    http: ({ status }) => `The meeting list's server answered with an error${status ? ` (HTTP ${status})` : ''}.`,
    'not-json': () => 'The meeting list answered with something that is not a list of meetings (not JSON).',
    'unknown-format': () => 'The meeting list is in a format this page cannot read.',
    empty: () => 'The meeting list is empty: it has no meetings right now.',
    'no-valid-records': () => 'None of the meetings in the list could be read.',
    'no-source': () => 'No meeting list has been set for this page.',
  },
  retry: 'Try again',
  skippedRecords: (count, formatted) => `${formatted} ${count === 1 ? 'listing' : 'listings'} could not be shown`,
  recordNumber: (number) => `Listing ${number}`,
};
