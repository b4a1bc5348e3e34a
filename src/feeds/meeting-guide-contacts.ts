/**
 * The Meeting Guide fields that say whom to reach: the service entity (`entity`, `entity_phone`,
 * `entity_email`, `entity_url` / `entity_website_url`, `entity_location`), feedback
 * (`feedback_url`, `feedback_emails`, `entity_feedback_emails`), the group's `email`, `phone` and
 * `website`, the public contacts (`contact_1_name/_email/_phone` … 3), 7th Tradition handles
 * (`venmo`, `square`, `paypal`, `homegroup_online`) and `district`.
 *
 * Entities and feedback repeat on every row of a feed: one frozen object per distinct value is
 * shared (`Interned`), so 50,000 meetings hold a handful of them, not 50,000 copies. A value that is
 * not what its field says (an address that is not one address, a handle that is not a handle) is
 * dropped with a warning that names the field but not the value (it may be personal data, or, as
 * seen in a real feed, a password typed into the wrong column).
 */
import { contribution, phoneOf, safeEmail, type Contribution, type ContributionService, type Feedback, type MeetingContact, type ServiceEntity } from '../model/contacts.js';
import { cleanText, safeLinkUrl, safeWebUrl } from '../model/text.js';
import type { ContactReader } from './adapter-common.js';

type FeedRecord = Record<string, unknown>;
type Warn = (code: string, field: string, message: string) => void;

/** One frozen object per distinct value, for one adapter run. */
export type Interned = Map<string, object>;

function intern<T extends object>(cache: Interned, value: T): Readonly<T> {
  const key = JSON.stringify(value);
  const known = cache.get(key);
  if (known) return known as T;
  const frozen = Object.freeze(value);
  cache.set(key, frozen);
  return frozen;
}

const CONTRIBUTIONS: ReadonlyArray<[string, ContributionService, string]> = [
  ['venmo', 'venmo', 'a Venmo handle (@ and 5–30 letters, digits, - or _)'],
  ['square', 'square', 'a Cash App $cashtag (1–20 letters and digits)'],
  ['paypal', 'paypal', 'a PayPal.me name (1–20 letters and digits)'],
  ['homegroup_online', 'homegroup', 'a Homegroup Online group code'],
];

function email(record: FeedRecord, field: string, warn: Warn): string | undefined {
  const text = cleanText(record[field]);
  if (!text) return undefined;
  const address = safeEmail(text);
  if (!address) warn('invalid-email', field, `${field} is not one e-mail address; it is not shown.`);
  return address;
}

function web(record: FeedRecord, field: string, warn: Warn): string | undefined {
  const text = cleanText(record[field]);
  if (!text) return undefined;
  const url = safeWebUrl(text);
  if (!url) warn('unsafe-url', field, `${field} is not an http(s) link; it is not shown as a link.`);
  return url;
}

function phone(record: FeedRecord, field: string, warn: Warn) {
  const result = phoneOf(cleanText(record[field]));
  if (result && !result.tel) warn('invalid-phone', field, `${field} has no number to dial; it is shown as text only.`);
  return result;
}

/** A list of addresses written as a list or as one comma-separated text. */
function emails(record: FeedRecord, field: string, warn: Warn): string[] {
  const value = record[field];
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;]/) : [];
  const out: string[] = [];
  for (const item of items) {
    const text = cleanText(item);
    if (!text) continue;
    const address = safeEmail(text);
    if (address) {
      if (!out.includes(address)) out.push(address);
    } else warn('invalid-email', field, `An entry of ${field} is not one e-mail address; it is ignored.`);
  }
  return out;
}

function readEntity(record: FeedRecord, cache: Interned, warn: Warn): ServiceEntity | undefined {
  const name = cleanText(record.entity);
  const entityPhone = phone(record, 'entity_phone', warn);
  const entityEmail = email(record, 'entity_email', warn);
  const url = web(record, record.entity_url !== undefined ? 'entity_url' : 'entity_website_url', warn);
  const location = cleanText(record.entity_location);
  if (!name) {
    if (entityPhone || entityEmail || url) warn('missing-entity', 'entity', 'The record has entity details but no entity name; they are not shown.');
    return undefined;
  }
  const entity: { -readonly [K in keyof ServiceEntity]: ServiceEntity[K] } = { name };
  if (entityPhone) entity.phone = entityPhone;
  if (entityEmail) entity.email = entityEmail;
  if (url) entity.url = url;
  if (location) entity.location = location;
  return intern(cache, entity);
}

function readFeedback(record: FeedRecord, cache: Interned, warn: Warn): Feedback | undefined {
  const text = cleanText(record.feedback_url);
  let url: string | undefined;
  const addresses = [...emails(record, 'feedback_emails', warn), ...emails(record, 'entity_feedback_emails', warn)];
  if (text) {
    // The spec allows a mailto: link here: its addresses are kept (the element writes its own subject).
    if (/^mailto:/i.test(text)) {
      const to = text.slice(7).split('?')[0]!.split(',').map((part) => safeEmail(decodeSafely(part)));
      if (to.length && to.every(Boolean)) for (const address of to as string[]) addresses.includes(address) || addresses.push(address);
      else warn('invalid-email', 'feedback_url', 'feedback_url is a mailto: link without a valid address; it is not shown.');
    } else {
      url = safeLinkUrl(text, WEB);
      if (!url) warn('unsafe-url', 'feedback_url', 'feedback_url is not an http(s) link; it is not shown as a link.');
    }
  }
  if (!url && addresses.length === 0) return undefined;
  const feedback: { url?: string; emails?: string[] } = {};
  if (url) feedback.url = url;
  if (addresses.length) feedback.emails = [...new Set(addresses)];
  return intern(cache, feedback);
}

const WEB: ReadonlySet<string> = new Set(['http', 'https']);

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

function readPeople(record: FeedRecord, warn: Warn): MeetingContact[] {
  const people: MeetingContact[] = [];
  for (let n = 1; n <= 3; n++) {
    const name = cleanText(record[`contact_${n}_name`]);
    const address = email(record, `contact_${n}_email`, warn);
    const number = phone(record, `contact_${n}_phone`, warn);
    if (!address && !number) continue;
    // As TSML UI does: a contact is named ("Call Bob"); an unnamed address or number is not shown.
    if (!name) {
      warn('missing-contact-name', `contact_${n}_name`, `Contact ${n} has an address or number but no name; it is not shown.`);
      continue;
    }
    const person: { -readonly [K in keyof MeetingContact]: MeetingContact[K] } = { name };
    if (address) person.email = address;
    if (number) person.phone = number;
    people.push(person);
  }
  return people;
}

function readContributions(record: FeedRecord, warn: Warn): Contribution[] {
  const out: Contribution[] = [];
  for (const [field, service, what] of CONTRIBUTIONS) {
    const text = cleanText(record[field]);
    if (!text) continue;
    const link = contribution(service, text);
    if (link) out.push(link);
    else warn('invalid-contribution', field, `${field} is not ${what}; no link is shown.`);
  }
  return out;
}

/** Sets the record's contact fields on its meeting (only those the record has). */
export const readMeetingGuideContacts: ContactReader = (record, meeting, cache, warn) => {
  const entity = readEntity(record, cache, warn);
  if (entity) meeting.entity = entity;
  const feedback = readFeedback(record, cache, warn);
  if (feedback) meeting.feedback = feedback;
  const groupEmail = email(record, 'email', warn);
  if (groupEmail) meeting.email = groupEmail;
  const groupPhone = phone(record, 'phone', warn);
  if (groupPhone) meeting.phone = groupPhone;
  const website = web(record, 'website', warn);
  if (website) meeting.website = website;
  const people = readPeople(record, warn);
  if (people.length) meeting.contacts = people;
  const contributions = readContributions(record, warn);
  if (contributions.length) meeting.contributions = contributions;
  const district = cleanText(record.district);
  if (district) meeting.district = district;
};
