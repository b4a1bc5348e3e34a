/**
 * Who runs a listing and how to reach them, and where a group takes its 7th Tradition: the values
 * feeds publish for a person to call, write or give to. Every value is untrusted text from a
 * volunteer's spreadsheet: an address becomes a link only when it is exactly an e-mail address, a
 * number only through its `tel:`-safe digits, a contribution only as a link this module builds to
 * that one service from a handle that is exactly a handle. Anything else is refused (and the
 * adapters say so in a diagnostic), never passed through.
 */
import { telUrl } from './text.js';

/** A phone number as the feed wrote it, and its `tel:` form when it has one (3+ digits). */
export interface Phone {
  readonly text: string;
  readonly tel?: string;
}

/**
 * The service entity responsible for a listing (Meeting Guide `entity*`; a BMLT service body).
 * One frozen object per distinct entity, shared by all its meetings: a feed repeats it on every row.
 */
export interface ServiceEntity {
  readonly name: string;
  /** Its helpline or office number. */
  readonly phone?: Phone;
  readonly email?: string;
  /** Its website (http/https only). */
  readonly url?: string;
  /** The area it serves, in words ("Example County, California"). */
  readonly location?: string;
}

/** A contact person of one meeting (Meeting Guide `contact_N_*`, public by the spec; first names only). */
export interface MeetingContact {
  readonly name: string;
  readonly email?: string;
  readonly phone?: Phone;
}

export type ContributionService = 'venmo' | 'square' | 'paypal' | 'homegroup';

/** A 7th Tradition link: always to that service's own site, built here from a checked handle. */
export interface Contribution {
  readonly service: ContributionService;
  /** The handle as shown ("@AAGroup", "$AAGroup", "AAGroup"). */
  readonly handle: string;
  readonly url: string;
}

/** Where to report a problem with a listing: a web form (http/https) and/or e-mail addresses. */
export interface Feedback {
  readonly url?: string;
  readonly emails?: readonly string[];
}

// Strict on purpose: these become `mailto:` links, so nothing that could add a header (`?`, `&`),
// a second address (`,`, `;`) or an escape (`%`) is accepted. Real group addresses fit.
const EMAIL = /^[A-Za-z0-9._+'-]{1,64}@(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,63}$/;

/** The text when it is exactly one e-mail address (a leading `mailto:` is tolerated); else undefined. */
export function safeEmail(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const address = text.trim().replace(/^mailto:/i, '');
  return EMAIL.test(address) && !address.includes('..') ? address : undefined;
}

/** A `mailto:` link to checked addresses, with a subject and body (encoded: they may hold anything). */
export function mailtoUrl(emails: readonly string[], subject?: string, body?: string): string | undefined {
  const checked = emails.filter((email) => safeEmail(email) === email);
  if (checked.length === 0) return undefined;
  const query = [subject ? `subject=${encodeURIComponent(subject)}` : '', body ? `body=${encodeURIComponent(body)}` : ''].filter(Boolean).join('&');
  return `mailto:${checked.join(',')}${query ? `?${query}` : ''}`;
}

/** A phone as written plus its `tel:` form; undefined for empty text. */
export function phoneOf(text: string | undefined): Phone | undefined {
  if (!text) return undefined;
  const tel = telUrl(text);
  return tel ? { text, tel } : { text };
}

/**
 * Handles as each service defines them, and the one URL each becomes. Venmo: 5–30 letters, digits,
 * `-` or `_`, written with or without "@". Cash App: a `$cashtag` of 1–20 letters and digits with at
 * least one letter. PayPal.me: 1–20 letters and digits (or a paypal.me / paypal.com/paypalme link,
 * reduced to its name). Homegroup Online: a group code (or a donate.homegroup.online link).
 */
const SERVICES: Readonly<Record<ContributionService, { pattern: RegExp; hosts: RegExp; shown: (handle: string) => string; url: (handle: string) => string }>> = {
  venmo: {
    pattern: /^@?([A-Za-z0-9_-]{5,30})$/,
    hosts: /^https:\/\/(?:www\.|account\.)?venmo\.com\/(?:u\/)?([^/?#]+)\/?$/i,
    shown: (handle) => `@${handle}`,
    url: (handle) => `https://venmo.com/u/${handle}`,
  },
  square: {
    pattern: /^\$?((?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{1,20})$/,
    hosts: /^https:\/\/(?:www\.)?cash\.app\/(\$[^/?#]+)\/?$/i,
    shown: (handle) => `$${handle}`,
    url: (handle) => `https://cash.app/$${handle}`,
  },
  paypal: {
    pattern: /^([A-Za-z0-9]{1,20})$/,
    hosts: /^https:\/\/(?:www\.)?(?:paypal\.me|paypal\.com\/paypalme)\/([^/?#]+)\/?$/i,
    shown: (handle) => handle,
    url: (handle) => `https://www.paypal.com/paypalme/${handle}`,
  },
  homegroup: {
    pattern: /^([A-Za-z0-9_-]{1,64})$/,
    hosts: /^https:\/\/donate\.homegroup\.online\/([^/?#]+)\/?$/i,
    shown: (handle) => handle,
    url: (handle) => `https://donate.homegroup.online/${handle}/`,
  },
};

/**
 * The contribution link for a feed's value, or undefined when the value is not exactly a handle of
 * that service (or that service's own link to one). Nothing of the value but the handle's letters,
 * digits, `-` and `_` ever reaches the URL.
 */
export function contribution(service: ContributionService, text: string | undefined): Contribution | undefined {
  if (!text) return undefined;
  const spec = SERVICES[service];
  const value = text.trim();
  const fromLink = spec.hosts.exec(value)?.[1];
  const match = spec.pattern.exec(fromLink ?? value);
  if (!match) return undefined;
  const handle = match[1]!;
  return { service, handle: spec.shown(handle), url: spec.url(handle) };
}
