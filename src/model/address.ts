/**
 * The one-line form of an address, as the Meeting Guide ecosystem (and Google's geocoder) writes
 * it — "3186 Pullman St, Costa Mesa, CA 92626, USA" — from its parts. Adapters build it for feeds
 * that give only parts, and directions fall back to it for a meeting that has no formatted address.
 */

export interface AddressParts {
  street?: string | undefined;
  city?: string | undefined;
  state?: string | undefined;
  postalCode?: string | undefined;
  country?: string | undefined;
}

/** One line from parts, as the geocoder writes it: "street, city, ST 12345, country". */
export function joinAddress(parts: AddressParts): string {
  const stateLine = [parts.state, parts.postalCode].filter(Boolean).join(' ');
  return [parts.street, parts.city, stateLine, parts.country].filter(Boolean).join(', ');
}
