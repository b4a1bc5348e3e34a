import { expect } from '@open-wc/testing';
import { canonicalTimeZone, daysAfter, parseClock } from '../../src/model/time.js';
import { zonedParts } from '../../src/model/occurrence.js';

describe('parseClock', () => {
  it('reads HH:MM, H:MM and HH:MM:SS as minutes after midnight', () => {
    expect(parseClock('19:30')).to.equal(1170);
    expect(parseClock('7:05')).to.equal(425);
    expect(parseClock('06:30:00')).to.equal(390);
    expect(parseClock('00:00')).to.equal(0);
    expect(parseClock('24:00')).to.equal(1440);
  });

  it('refuses what is not a time of day', () => {
    for (const text of ['25:00', '12:60', '19:00:99', '7pm', '', '12', '24:30', 'noon']) expect(parseClock(text), text).to.equal(undefined);
  });
});

describe('time zones and weekdays', () => {
  it('knows real IANA zones, in their canonical spelling, and refuses made-up ones', () => {
    expect(canonicalTimeZone('America/Chicago')).to.equal('America/Chicago');
    expect(canonicalTimeZone('america/chicago')).to.equal('America/Chicago');
    expect(canonicalTimeZone('Mars/Olympus_Mons')).to.equal(undefined);
  });

  it('gives the weekday where the zone is, not where the viewer is', () => {
    // Tuesday 2026-11-24 03:30 UTC is still Monday evening in Memphis and already Tuesday in Berlin.
    const instant = new Date('2026-11-24T03:30:00Z');
    expect(zonedParts(instant, 'America/Chicago').weekday).to.equal(1);
    expect(zonedParts(instant, 'Europe/Berlin').weekday).to.equal(2);
  });

  it('counts days forward through the end of the week', () => {
    expect(daysAfter(5, 1)).to.equal(3);
    expect(daysAfter(2, 2)).to.equal(0);
  });
});
