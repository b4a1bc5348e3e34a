/**
 * "My meetings": the few meetings a person chose to keep (a star on each), kept only on this device
 * (`localStorage`) and never in the URL. Pure: reading what was stored (anything else is ignored),
 * and toggling one meeting.
 */

/** The `localStorage` key. One list per site (origin), shared by the elements of its pages. */
export const MY_MEETINGS_KEY = 'meeting-locator:my-meetings';

/** More than anyone takes along; a bound on what a page reads back from storage. */
export const MY_MEETINGS_MAX = 100;

/** The ids stored under the key: a JSON array of strings; anything else is no list. */
export function parseMyMeetings(text: string | null | undefined): string[] {
  if (!text) return [];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const ids = value.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 500);
  return [...new Set(ids)].slice(0, MY_MEETINGS_MAX);
}

/** The list with `id` added (at the end) or, when it is there, removed. */
export function toggleMyMeeting(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id].slice(-MY_MEETINGS_MAX);
}
