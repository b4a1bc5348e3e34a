import { expect } from '@open-wc/testing';
import { directionsLinks, isAppleDevice } from '../../src/export/directions.js';
import { onlineMeeting, testMeeting } from '../fixtures/meetings.js';

const nav = (userAgent: string, platform = '', maxTouchPoints = 0) => ({ userAgent, platform, maxTouchPoints });

describe('isAppleDevice', () => {
  it('knows iPhone, iPad (also as a desktop Mac), Mac', () => {
    expect(isAppleDevice(nav('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15', 'iPhone', 5))).to.equal(true);
    expect(isAppleDevice(nav('Mozilla/5.0 (iPad; CPU OS 16_0 like Mac OS X)', 'iPad', 5))).to.equal(true);
    // iPadOS asks for desktop pages.
    expect(isAppleDevice(nav('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15', 'MacIntel', 5))).to.equal(true);
    expect(isAppleDevice(nav('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/126.0', 'MacIntel'))).to.equal(true);
  });

  it('says no elsewhere', () => {
    expect(isAppleDevice(nav('Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/126.0 Mobile', 'Linux armv8l', 5))).to.equal(false);
    expect(isAppleDevice(nav('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0', 'Win32'))).to.equal(false);
    expect(isAppleDevice(nav('Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0', 'Linux x86_64'))).to.equal(false);
  });
});

describe('directionsLinks', () => {
  it('goes to exact coordinates; Apple Maps first and only on Apple devices', () => {
    const apple = directionsLinks(testMeeting(), { apple: true });
    expect(apple.map((link) => link.app)).to.deep.equal(['apple', 'google', 'osm']);
    expect(apple[0]!.url).to.equal('https://maps.apple.com/?daddr=35.1418%2C-90.0489');
    expect(apple[1]!.url).to.equal('https://www.google.com/maps/dir/?api=1&destination=35.1418%2C-90.0489');
    expect(apple[2]!.url).to.equal('https://www.openstreetmap.org/directions?route=%3B35.1418%2C-90.0489');
    const other = directionsLinks(testMeeting(), { apple: false });
    expect(other.map((link) => link.app)).to.deep.equal(['google', 'osm']);
  });

  it('rounds coordinates to 6 decimals', () => {
    const [google] = directionsLinks(testMeeting({ location: { coordinates: { latitude: 35.14181234567, longitude: -90.04890000001 } } }), { apple: false });
    expect(new URL(google!.url).searchParams.get('destination')).to.equal('35.141812,-90.0489');
  });

  it('uses the address when there are no coordinates, or only approximate ones', () => {
    for (const location of [{ coordinates: undefined }, { approximate: true }]) {
      const links = directionsLinks(testMeeting({ location }), { apple: true });
      const address = '100 Union Ave, Memphis, TN 38103, USA';
      expect(new URL(links[0]!.url).searchParams.get('daddr')).to.equal(address);
      expect(new URL(links[1]!.url).searchParams.get('destination')).to.equal(address);
      expect(links[2]!.url.startsWith('https://www.openstreetmap.org/directions?to=')).to.equal(true);
      expect(new URL(links[2]!.url).searchParams.get('to')).to.equal(address);
    }
  });

  it('builds an address from its parts when the feed gives no formatted one', () => {
    const links = directionsLinks(
      testMeeting({ location: { coordinates: undefined, formattedAddress: undefined, street: '1 Main St', city: 'Springfield', state: 'IL', postalCode: '62701' } }),
      { apple: false },
    );
    expect(new URL(links[0]!.url).searchParams.get('destination')).to.equal('1 Main St, Springfield, IL 62701');
  });

  it('encodes a hostile address as data', () => {
    const address = '1 Elm St & 2nd Ave; #5 ?x=1 <script>"\'</script> Peña';
    const links = directionsLinks(testMeeting({ location: { coordinates: undefined, formattedAddress: address } }), { apple: true });
    for (const link of links) {
      expect(link.url).not.to.match(/[\s<>"'#&;](?![a-z]+=)/i);
      const url = new URL(link.url);
      expect(['maps.apple.com', 'www.google.com', 'www.openstreetmap.org']).to.include(url.host);
      expect(url.hash).to.equal('');
      expect([...url.searchParams.values()]).to.include(address);
    }
  });

  it('has none for an online-only meeting or one without a place', () => {
    expect(directionsLinks(onlineMeeting(), { apple: true })).to.deep.equal([]);
    expect(directionsLinks(onlineMeeting({ location: { formattedAddress: 'Memphis, TN', coordinates: { latitude: 35, longitude: -90 } } }), { apple: true })).to.deep.equal([]);
    expect(directionsLinks(testMeeting({ location: { coordinates: undefined, formattedAddress: undefined } }), { apple: true })).to.deep.equal([]);
    expect(directionsLinks(testMeeting({ location: { approximate: true, formattedAddress: undefined } }), { apple: true })).to.deep.equal([]);
  });

  it('keeps directions for a hybrid meeting', () => {
    expect(directionsLinks(testMeeting({ attendance: 'hybrid' }), { apple: false })).to.have.length(2);
  });
});
