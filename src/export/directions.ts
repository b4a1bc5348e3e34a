/**
 * Links that open directions to a meeting in the person's own map app. Nothing is looked up here:
 * the destination goes to the map app only when the person follows a link. Exact coordinates when
 * the feed has them (a geocoder may put an address on the wrong side of a large building); the
 * address otherwise; none for a meeting held only online.
 */
import { joinAddress } from '../model/address.js';
import type { Meeting } from '../model/meeting.js';

export type DirectionsApp = 'apple' | 'google' | 'osm';

export interface DirectionsLink {
  app: DirectionsApp;
  url: string;
}

/** What `isAppleDevice` reads of a navigator. */
export type DeviceNavigator = Pick<Navigator, 'userAgent' | 'platform' | 'maxTouchPoints'>;

/**
 * iPhone, iPad or Mac: devices where Apple Maps is at hand. iPadOS asks for desktop pages and says
 * "Macintosh"/"MacIntel"; the Mac check covers it either way.
 */
export function isAppleDevice(nav: DeviceNavigator): boolean {
  return /iPhone|iPad|iPod|Macintosh|Mac OS X/.test(nav.userAgent) || /^(Mac|iPhone|iPad|iPod)/.test(nav.platform ?? '');
}

/** Up to 6 decimals (about 10 cm): more says nothing, and fewer characters in a shared link. */
function coordinate(value: number): string {
  return String(Number(value.toFixed(6)));
}

function addressOf(meeting: Meeting): string | undefined {
  const { location } = meeting;
  return (location.formattedAddress ?? joinAddress(location)).trim() || undefined;
}

/** Apple Maps first on Apple devices (and only there), then Google Maps, then OpenStreetMap. */
export function directionsLinks(meeting: Meeting, options: { apple: boolean }): DirectionsLink[] {
  if (meeting.attendance === 'online') return [];
  const { coordinates, approximate } = meeting.location;
  const point = coordinates && !approximate ? `${coordinate(coordinates.latitude)},${coordinate(coordinates.longitude)}` : undefined;
  const address = addressOf(meeting);
  const destination = point ?? address;
  if (!destination) return [];
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  const links: DirectionsLink[] = [];
  if (options.apple) links.push({ app: 'apple', url: `https://maps.apple.com/?${query({ daddr: destination })}` });
  links.push({ app: 'google', url: `https://www.google.com/maps/dir/?${query({ api: '1', destination })}` });
  // openstreetmap.org's directions page takes `route=<from>;<to>` as coordinates and `to=` as text
  // it geocodes; an empty start lets the person fill in where they are.
  links.push({
    app: 'osm',
    url: `https://www.openstreetmap.org/directions?${point ? query({ route: `;${point}` }) : query({ to: destination })}`,
  });
  return links;
}
