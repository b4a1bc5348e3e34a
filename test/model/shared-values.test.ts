import { expect } from '@open-wc/testing';
import { adaptMeetingGuide } from '../../src/feeds/meeting-guide.js';
import { normalizeFeed } from '../../src/feeds/normalize-feed.js';
import { adaptBmlt } from '../../src/feeds/bmlt.js';
import { readMeetingGuideContacts } from '../../src/feeds/meeting-guide-contacts.js';
import { drain } from '../../src/model/run-in-slices.js';
import { shareRepeatedValues } from '../../src/model/shared-values.js';

/** Records as feeds write them: the same state, region, status page and types on many rows. */
const records = () => [
  { slug: 'a', name: 'Alpha', day: 1, time: '19:00', location: 'Hall', address: '1 Main St', city: 'Philadelphia', state: 'PA', country: 'USA', regions: ['Philadelphia County', 'Center City'], types: ['O', 'D'], latitude: '39.95', longitude: '-75.16', feedback_url: 'https://example.org/status/' },
  { slug: 'b', name: 'Beta', day: [2, 4], time: '19:00', location: 'Hall', address: '1 Main St', city: 'Philadelphia', state: 'PA', country: 'USA', regions: ['Philadelphia County', 'Center City'], types: ['O', 'D'], latitude: '39.95', longitude: '-75.16', feedback_url: 'https://example.org/status/' },
  { slug: 'c', name: 'Gamma', day: 3, time: '07:00', formatted_address: '9 Elm St, Media, PA 19063, USA', regions: ['Delaware County'], types: ['C', 'W', 'CUSTOM'], notes: 'Side door', feedback_url: 'https://example.org/status/' },
  { slug: 'd', name: 'Delta', day: 5, time: '20:00', conference_url: 'https://zoom.us/j/1', types: ['ONL', 'O', 'D'], regions: ['Philadelphia County', 'Kensington'] },
  { slug: 'e', name: 'Epsilon', day: 6, time: '12:00', location: 'Hall', address: '1 Main St', city: 'Philadelphia', state: 'PA', regions: ['Philadelphia County', 'Center City'], types: ['D', 'O'] },
];

describe('one copy of each repeated value', () => {
  it('changes nothing a person or a script reads: meetings and original records are equal to the unshared ones', () => {
    const input = records();
    const untouched = structuredClone(input);
    const shared = normalizeFeed(input, { source: 'https://example.org/feed.json', timezone: 'America/New_York' });
    // The same adapter with the same contact reader, without the sharing pass.
    const plain = adaptMeetingGuide(records(), { source: 'https://example.org/feed.json', timezone: 'America/New_York', contacts: readMeetingGuideContacts });
    expect(JSON.parse(JSON.stringify(shared.meetings))).to.deep.equal(JSON.parse(JSON.stringify(plain.meetings)));
    expect(shared.meetings.map((meeting) => meeting.raw)).to.deep.equal(plain.meetings.map((meeting) => meeting.raw));
    // Each meeting still has its own original record object, equal to what the feed gave.
    expect(input).to.deep.equal(untouched);
    expect(shared.meetings.every((meeting) => input.includes(meeting.raw as (typeof input)[number]))).to.equal(true);
  });

  it('keeps equal type objects, type lists, feature lists, region lists and positions once, frozen', () => {
    const { meetings } = normalizeFeed(records(), { source: 'feed', timezone: 'America/New_York' });
    const [alpha, betaMonday, betaThursday, delta, epsilon, gamma] = meetings.sort((a, b) => a.name.localeCompare(b.name) || (a.day ?? 0) - (b.day ?? 0));
    expect(alpha!.types).to.equal(betaMonday!.types);
    expect(alpha!.types).to.equal(betaThursday!.types);
    expect(Object.isFrozen(alpha!.types)).to.equal(true);
    // The same types in another order are another list, but the same type objects.
    expect(epsilon!.types).not.to.equal(alpha!.types);
    expect(epsilon!.types[0]).to.equal(alpha!.types[1]);
    expect(delta!.types[1]).to.equal(alpha!.types[0]);
    expect(Object.isFrozen(alpha!.types[0])).to.equal(true);
    expect(alpha!.features).to.equal(betaMonday!.features);
    expect(alpha!.location.regions).to.equal(epsilon!.location.regions);
    expect(alpha!.location.regions).not.to.equal(delta!.location.regions);
    expect(alpha!.location.coordinates).to.equal(betaMonday!.location.coordinates);
    expect(gamma!.types.map((type) => type.code)).to.deep.equal(['C', 'W', 'CUSTOM']);
  });

  it('keeps types apart that differ in anything but their code (BMLT labels)', () => {
    const formats = [
      { id: '1', key_string: 'O', name_string: 'Open', world_id: 'OPEN' },
      { id: '2', key_string: 'O', name_string: 'Offen', world_id: 'OPEN' },
    ];
    const meetings = [
      { id_bigint: '1', meeting_name: 'One', weekday_tinyint: '2', start_time: '19:00:00', format_shared_id_list: '1', formats: 'O', location_municipality: 'Berlin' },
      { id_bigint: '2', meeting_name: 'Two', weekday_tinyint: '3', start_time: '19:00:00', format_shared_id_list: '2', formats: 'O', location_municipality: 'Berlin' },
    ];
    const feed = adaptBmlt({ meetings, formats }, { source: 'bmlt', timezone: 'Europe/Berlin' });
    const before = JSON.stringify(feed.meetings);
    drain(shareRepeatedValues(feed.meetings));
    expect(JSON.stringify(feed.meetings)).to.equal(before);
    expect(feed.meetings.map((meeting) => meeting.types[0]!.label)).to.deep.equal(['Open', 'Offen']);
  });
});
