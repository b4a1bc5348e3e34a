/**
 * Splits a one-line address in the form the Meeting Guide ecosystem (and Google's geocoder) writes
 * it — "3186 Pullman St, Costa Mesa, CA 92626, USA" — into parts, so a city can be searched and
 * later filtered on. Anything that does not match that form is left whole: a wrong guess is worse
 * than no guess.
 */
export interface AddressParts {
  street?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  country?: string;
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
