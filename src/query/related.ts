/**
 * Other meetings a person looking at one meeting may want: those held at the same place, and those
 * of the same group, each in weekly order. Pure, one pass. The element asks on every render of the
 * details, so the pass compares numbers and raw text first and folds text only for the few
 * meetings that pass checks folding cannot change (the ASCII digits, the first letter).
 */
import type { Meeting } from '../model/meeting.js';
import { fold } from '../model/text.js';
import { compareMeetings } from '../model/weekly-order.js';
import { memoLast } from './memo-last.js';

export interface RelatedMeetings {
  sameLocation: Meeting[];
  sameGroup: Meeting[];
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Addresses and group names compare without case, accents, punctuation or spacing ("100 Union
 * Ave." = "100 union ave"). ASCII text takes a path that gives the same key without Unicode folding.
 */
function normalized(text: string): string {
  return ASCII.test(text)
    ? text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()
    : fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** A text's ASCII digits in order; folding keeps them exactly, so texts whose digits differ never match. */
function digitsOf(text: string): string {
  let digits = '';
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i))) digits += text[i];
  return digits;
}

/** `digitsOf(text) === digits`, without building a string (this runs for every meeting). */
function hasDigits(text: string, digits: string): boolean {
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) continue;
    if (digits.charCodeAt(found) !== code) return false;
    found++;
  }
  return found === digits.length;
}

/**
 * The lower-case first letter or digit of a text (what its key starts with), or -1 when a non-ASCII
 * character comes first (folding decides then).
 */
function firstKeyCode(text: string): number {
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 128) return -1;
    if (code >= 65 && code <= 90) code += 32;
    if (isDigit(code) || (code >= 97 && code <= 122)) return code;
  }
  return -1;
}

/** A matcher for texts equal to `text` once normalized. */
function sameTextAs(text: string | undefined): ((other: string | undefined) => boolean) | undefined {
  if (!text) return undefined;
  const key = normalized(text);
  if (!key) return undefined;
  const digits = digitsOf(text);
  const first = firstKeyCode(text);
  return (other) => {
    if (!other) return false;
    if (other === text) return true;
    if (!hasDigits(other, digits)) return false;
    const otherFirst = first === -1 ? -1 : firstKeyCode(other);
    if (otherFirst !== -1 && otherFirst !== first) return false;
    return normalized(other) === key;
  };
}

/** Meetings at the same place (not online-only) and of the same group, each in weekly order. */
export function relatedMeetings(meetings: readonly Meeting[], meeting: Meeting): RelatedMeetings {
  const { location } = meeting;
  const inPerson = meeting.attendance !== 'online';
  // Coordinates only count when exact: an approximate point (a town centre) is shared by strangers.
  const point = inPerson && !location.approximate ? location.coordinates : undefined;
  const sameAddress = inPerson ? sameTextAs(location.formattedAddress) : undefined;
  const sameGroupName = sameTextAs(meeting.group);
  const sameLocation: Meeting[] = [];
  const sameGroup: Meeting[] = [];
  for (const other of meetings) {
    if (other === meeting || other.id === meeting.id) continue;
    if (other.attendance !== 'online' && (point || sameAddress)) {
      const at = other.location.coordinates;
      const samePoint = point !== undefined && at !== undefined && !other.location.approximate && at.latitude === point.latitude && at.longitude === point.longitude;
      if (samePoint || sameAddress?.(other.location.formattedAddress)) sameLocation.push(other);
    }
    // Group names repeat across areas ("Serenity Group"): only one source's groups are one group.
    if (sameGroupName && other.source === meeting.source && sameGroupName(other.group)) sameGroup.push(other);
  }
  return { sameLocation: sameLocation.sort(compareMeetings), sameGroup: sameGroup.sort(compareMeetings) };
}

/** `relatedMeetings`, remembered for the meeting last shown (a detail re-renders on every clock tick). */
export function createRelatedSelector(): (meetings: readonly Meeting[], meeting: Meeting) => RelatedMeetings {
  return memoLast(relatedMeetings);
}
