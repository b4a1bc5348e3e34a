/**
 * Text helpers shared by the adapters and the search index. Feeds are written by volunteers in many
 * tools, so every value is treated as untrusted text: never HTML, and a URL only when its scheme is
 * one we can safely put in a link.
 */

/** Letters that Unicode does not decompose into a base letter plus accents. */
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
  '’': "'", '‘': "'", '“': '"', '”': '"',
};
const EXTRA_FOLD_PATTERN = new RegExp(`[${Object.keys(EXTRA_FOLDS).join('')}]`, 'g');
const COMBINING_MARKS = /\p{M}+/gu;
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Case- and accent-insensitive form of a text, so that "peña", "Pena" and "PEÑA" compare equal.
 * Length may change (ß → ss), so never use its indices on the original text.
 */
export function fold(text: string): string {
  // Most of a feed is ASCII, where folding is lower-casing (every other step changes only
  // characters past U+007F), and it is five times cheaper: 50,000 meetings are folded at load.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(EXTRA_FOLD_PATTERN, (char) => EXTRA_FOLDS[char] ?? char);
}

/**
 * A trimmed non-empty string, or undefined. Feeds write absent values as "", null, or omit them;
 * numbers are accepted because some exporters write numeric ids or postal codes as numbers.
 */
export function cleanText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  // Normalize Windows line endings so notes render with the breaks their author meant.
  const text = (value.includes('\r') ? value.replace(/\r\n?/g, '\n') : value).trim();
  return text === '' ? undefined : text;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const LINK_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'tel', 'mailto']);
const WEB_SCHEMES: ReadonlySet<string> = new Set(['http', 'https']);

/**
 * The URL when it is safe to render as a link (http, https, tel, mailto by default); otherwise
 * undefined. This is what stops `javascript:` and `data:` URLs from feeds ever becoming links.
 * The scheme is read as the URL parser reads it (after trimming; case-insensitive); web links are
 * then given as the URL parser reads them (about a microsecond each), so what a label says of a
 * link's host is where it goes.
 */
export function safeLinkUrl(value: string | undefined, schemes: ReadonlySet<string> = LINK_SCHEMES): string | undefined {
  if (!value) return undefined;
  // The URL parser also drops tabs and newlines anywhere ("java\tscript:"): so do we, before reading the scheme.
  const url = value.trim().replace(/[\t\n\r]/g, '');
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (!scheme || !schemes.has(scheme)) return undefined;
  // A web link needs a host: "https:foo" or "https://" alone is a typo, not a place to go.
  let link = url;
  if (scheme === 'http' || scheme === 'https') {
    const origin = /^https?:\/\/[^\s/?#]+/i.exec(url)?.[0];
    if (!origin) return undefined;
    // Lower-case scheme and host, as the browser would, so equal links compare equal.
    link = origin.toLowerCase() + url.slice(origin.length);
    // As the browser will read it: the WHATWG parse decides the host ("a\\@b" goes to a, not b),
    // and the link carries that reading, so its label (link-host.ts) and its target agree.
    try {
      link = new URL(link).href;
    } catch {
      return undefined;
    }
  }
  return /\s/.test(link) ? link.replace(/\s/g, '%20') : link;
}

/** A web URL (http/https) or undefined; accepts "www.example.org/…" written without a scheme. */
export function safeWebUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const withScheme = /^www\./i.test(trimmed) ? `https://${trimmed}` : trimmed;
  return safeLinkUrl(withScheme, WEB_SCHEMES);
}

/**
 * A `tel:` URL for a phone number as feeds write it ("+1 901-555-0100,,123456#"). Keeps digits, a
 * leading +, and the `,` pauses, `;` waits, `*` and `#` that dial-in sequences rely on.
 */
export function telUrl(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const trimmed = phone.trim().replace(/^tel:/i, '');
  const plus = trimmed.startsWith('+') ? '+' : '';
  const body = trimmed.replace(/[^0-9,;*#]/g, '');
  if (!/[0-9]{3,}/.test(body)) return undefined;
  // `#` must be escaped in a URL or everything after it becomes a fragment.
  return `tel:${plus}${body.replace(/#/g, '%23')}`;
}
