import { expect } from '@open-wc/testing';
import { relatedMeetings } from '../../src/query/related.js';
import type { Meeting } from '../../src/model/meeting.js';
import { onlineMeeting, testMeeting } from '../fixtures/meetings.js';

const HALL = { latitude: 35.1418, longitude: -90.0489 };
const ids = (meetings: Meeting[]) => meetings.map((meeting) => meeting.id);

describe('relatedMeetings', () => {
  const self = testMeeting({ id: 'self', group: 'Tuesday Night Group' });
  const sameHallThursday = testMeeting({ id: 'hall-thu', name: 'Thursday Step Study', day: 4, start: 18 * 60 });
  const sameHallMonday = testMeeting({ id: 'hall-mon', name: 'Monday Big Book', day: 1, start: 12 * 60 });
  const sameHallMondayEarly = testMeeting({ id: 'hall-mon-early', name: 'Early Bird', day: 1, start: 7 * 60 });
  // Same address written differently, no coordinates.
  const sameAddress = testMeeting({
    id: 'addr',
    name: 'Sunday Serenity',
    day: 0,
    location: { coordinates: undefined, formattedAddress: '100 UNION AVE.,  Memphis, TN 38103, USA' },
  });
  const elsewhere = testMeeting({ id: 'elsewhere', location: { coordinates: { latitude: 35.2, longitude: -90.1 }, formattedAddress: '1 Other St' } });
  // Approximate points (a town centre) are not a shared place.
  const approximate = testMeeting({ id: 'approx', location: { approximate: true, formattedAddress: 'Memphis, TN' } });
  const onlineAtHall = onlineMeeting({ id: 'online', location: { coordinates: HALL, formattedAddress: '100 Union Ave, Memphis, TN 38103, USA' } });
  const hybridAtHall = testMeeting({ id: 'hybrid', attendance: 'hybrid', day: 5 });
  const groupOnline = onlineMeeting({ id: 'group-online', group: 'tuesday  night group', day: 3 });
  const groupOtherSource = testMeeting({ id: 'other-source', source: 'other', group: 'Tuesday Night Group', location: { coordinates: HALL } });
  const byAppointment = testMeeting({ id: 'appt', day: undefined, start: undefined, group: 'Tuesday Night Group', location: { coordinates: undefined, formattedAddress: undefined } });

  const all = [self, sameHallThursday, sameHallMonday, sameHallMondayEarly, sameAddress, elsewhere, approximate, onlineAtHall, hybridAtHall, groupOnline, groupOtherSource, byAppointment];

  it('finds meetings at the same coordinates or address, in weekly order, without itself or online-only ones', () => {
    const { sameLocation } = relatedMeetings(all, self);
    expect(ids(sameLocation)).to.deep.equal(['addr', 'hall-mon-early', 'hall-mon', 'other-source', 'hall-thu', 'hybrid']);
  });

  it('finds meetings of the same group in the same source, in weekly order, online ones too', () => {
    const { sameGroup } = relatedMeetings(all, self);
    expect(ids(sameGroup)).to.deep.equal(['group-online', 'appt']);
  });

  it('has no location matches for an online-only meeting', () => {
    expect(relatedMeetings(all, onlineAtHall).sameLocation).to.deep.equal([]);
  });

  it('has no group matches for a meeting without a group', () => {
    expect(relatedMeetings(all, sameHallThursday).sameGroup).to.deep.equal([]);
  });

  it('does not match by an approximate point', () => {
    const other = testMeeting({ id: 'approx-2', location: { approximate: true, formattedAddress: 'Germantown, TN' } });
    expect(relatedMeetings([approximate, other], approximate).sameLocation).to.deep.equal([]);
  });

  it('matches names and addresses whatever their case, accents, punctuation or spacing', () => {
    const a = testMeeting({ id: 'a', group: 'Grupo Señor de la Paz', location: { coordinates: undefined, formattedAddress: 'Calle Ñandú 5, Bogotá' } });
    const b = testMeeting({ id: 'b', group: 'grupo senor de la paz', location: { coordinates: undefined, formattedAddress: 'calle nandu 5 bogota' } });
    const c = testMeeting({ id: 'c', group: '  GRUPO SEÑOR  DE LA PAZ. ', location: { coordinates: undefined, formattedAddress: 'CALLE ÑANDÚ, 5, BOGOTÁ' } });
    const d = testMeeting({ id: 'd', group: 'Grupo Señor de la Paz 2', location: { coordinates: undefined, formattedAddress: 'Calle Ñandú 15, Bogotá' } });
    const e = testMeeting({ id: 'e', group: 'Straße', location: { coordinates: undefined, formattedAddress: 'Hauptstraße 1' } });
    const f = testMeeting({ id: 'f', group: 'strasse', location: { coordinates: undefined, formattedAddress: 'HAUPTSTRASSE 1' } });
    const list = [a, b, c, d, e, f];
    expect(ids(relatedMeetings(list, a).sameGroup).sort()).to.deep.equal(['b', 'c']);
    expect(ids(relatedMeetings(list, a).sameLocation).sort()).to.deep.equal(['b', 'c']);
    expect(ids(relatedMeetings(list, e).sameGroup)).to.deep.equal(['f']);
    expect(ids(relatedMeetings(list, e).sameLocation)).to.deep.equal(['f']);
  });

  it('does not change its input', () => {
    const copy = [...all];
    relatedMeetings(all, self);
    expect(all).to.deep.equal(copy);
  });

  it('is quick enough for a click at 50,000 meetings', () => {
    const many: Meeting[] = [];
    for (let i = 0; i < 50_000; i++) {
      many.push(
        testMeeting({
          id: `m${i}`,
          day: (i % 7) as Meeting['day'],
          group: `Group ${i % 5000}`,
          location: { coordinates: { latitude: 35 + (i % 1000) / 1000, longitude: -90 - (i % 1000) / 1000 }, formattedAddress: `${i % 4000} Main St, Town ${i % 40}` },
        }),
      );
    }
    const target = many[12_345]!;
    // The fastest of a few runs: what the code costs, not what else the machine is doing.
    let fastest = Infinity;
    let result = relatedMeetings(many, target);
    for (let run = 0; run < 10; run++) {
      const started = performance.now();
      result = relatedMeetings(many, target);
      fastest = Math.min(fastest, performance.now() - started);
    }
    expect(result.sameGroup.length).to.be.greaterThan(0);
    expect(result.sameLocation.length).to.be.greaterThan(0);
    expect(fastest, `${fastest.toFixed(1)} ms`).to.be.below(100);
  });
});
