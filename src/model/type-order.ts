/**
 * Which of a meeting's type codes a person is shown, and in what order: vocabulary order (who may
 * attend first, then accessibility, communities, format …, then the feed's own codes), whatever
 * order the feed wrote them in, so meetings from different feeds read alike. Shared by the list
 * row, the details and the calendar export.
 */
import type { Meeting, MeetingType } from './meeting.js';
import { ATTENDANCE_CODES, FEATURE_KEYS } from './features.js';

const RANK = new Map<string, number>(FEATURE_KEYS.map((key, index) => [key, index]));
const ATTENDANCE = new Set<string>(Object.values(ATTENDANCE_CODES).map((code) => code.toUpperCase()));

/** A feature's place in the vocabulary; languages after it, a type with no feature last. */
export function featureRank(feature: string | undefined): number {
  if (!feature) return RANK.size + 1;
  return RANK.get(feature) ?? RANK.size;
}

/**
 * The types to show, in vocabulary order. Codes that only say how to attend ("TC", "ONL") are left
 * out: the attendance badge already says it.
 */
export function displayTypes(meeting: Pick<Meeting, 'types'>): MeetingType[] {
  return meeting.types
    .filter((type) => type.feature || !ATTENDANCE.has(type.code.toUpperCase()))
    .sort((a, b) => featureRank(a.feature) - featureRank(b.feature));
}
