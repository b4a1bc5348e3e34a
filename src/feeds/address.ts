/**
 * Addresses, from the one-line form the Meeting Guide ecosystem (and Google's geocoder) writes —
 * "3186 Pullman St, Costa Mesa, CA 92626, USA" — to its parts, for every adapter (the other way is
 * `model/address.ts`). Splitting gives a
 * city that can be searched and filtered on; anything not in that form is left whole, because a
 * wrong guess is worse than no guess.
 */
import type { MeetingLocation } from '../model/meeting.js';
import type { AddressParts } from '../model/address.js';

/** Copies the parts that are present onto a location (absent ones stay absent, not ""). */
export function setAddressParts(location: MeetingLocation, parts: AddressParts): void {
  if (parts.street) location.street = parts.street;
  if (parts.city) location.city = parts.city;
  if (parts.state) location.state = parts.state;
  if (parts.postalCode) location.postalCode = parts.postalCode;
  if (parts.country) location.country = parts.country;
}

const STATE_AND_POSTCODE = /^([A-Z]{2})\s+(\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$/;
const COUNTRY = /^(USA|US|United States|Canada|CA)$/;

export function splitAddress(formatted: string): AddressParts {
  const parts = formatted.split(',').map((part) => part.trim()).filter(Boolean);
  let country: string | undefined;
  if (parts.length > 1 && COUNTRY.test(parts[parts.length - 1] ?? '')) country = parts.pop();
  const statePart = parts[parts.length - 1] ?? '';
  const match = STATE_AND_POSTCODE.exec(statePart);
  if (!match || parts.length < 2) return {};
  parts.pop();
  const city = parts.pop();
  return {
    ...(parts.length ? { street: parts.join(', ') } : {}),
    ...(city ? { city } : {}),
    state: match[1],
    postalCode: match[2],
    ...(country ? { country } : {}),
  };
}
