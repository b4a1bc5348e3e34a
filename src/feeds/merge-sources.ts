/**
 * Several sources → one list. A page about "support groups for you and your family" may show an NA
 * area's BMLT server and a Nar-Anon or Al-Anon Meeting Guide feed together, and two sources may list
 * the same meeting (a regional and an area server).
 *
 * The rule: two meetings from *different* sources are the same meeting when they meet on the same
 * weekday at the same start time, have the same name (ignoring case and accents), and are at the
 * same place — coordinates within 100 m, or the same street address in the same postal code or
 * city (feeds write the rest of an address differently) — or share the same online link.
 * Then the first source's meeting (in `src` order) is kept, with its id, and the other is
 * reported as a `duplicate-across-sources` warning naming both. Meetings within one source are never
 * merged (a source's own repeats are its maintainers' to fix, and are reported by its adapter).
 */
import type { Diagnostic, Meeting } from '../model/meeting.js';
import { fold } from '../model/text.js';
import { kilometresBetween } from '../model/geo.js';

const SAME_PLACE_METRES = 100;

function metresBetween(a: Meeting, b: Meeting): number | undefined {
  const p = a.location.coordinates;
  const q = b.location.coordinates;
  if (!p || !q || a.location.approximate || b.location.approximate) return undefined;
  return kilometresBetween(p, q) * 1000;
}

function samePlace(a: Meeting, b: Meeting): boolean {
  const distance = metresBetween(a, b);
  if (distance !== undefined && distance <= SAME_PLACE_METRES) return true;
  const [p, q] = [a.location, b.location];
  if (p.street && q.street && !p.approximate && !q.approximate && fold(p.street) === fold(q.street)) {
    const samePostalCode = p.postalCode && q.postalCode && p.postalCode === q.postalCode;
    const sameCity = p.city && q.city && fold(p.city) === fold(q.city);
    if (samePostalCode || sameCity) return true;
  }
  return Boolean(a.online.url && a.online.url === b.online.url);
}

export interface MergedMeetings {
  meetings: Meeting[];
  diagnostics: Diagnostic[];
}

/** `lists` in source order; each list's meetings come from one source. */
export function mergeSources(lists: readonly (readonly Meeting[])[]): MergedMeetings {
  if (lists.length === 1) return { meetings: [...lists[0]!], diagnostics: [] };
  const meetings: Meeting[] = [];
  const diagnostics: Diagnostic[] = [];
  // Candidates share day, start and folded name: one bucket lookup per meeting, not a pairwise scan.
  const buckets = new Map<string, Meeting[]>();
  for (const list of lists) {
    for (const meeting of list) {
      const key = `${meeting.day ?? '-'}|${meeting.start ?? '-'}|${fold(meeting.name).replace(/\s+/g, ' ')}`;
      const bucket = buckets.get(key);
      const same = bucket?.find((kept) => kept.source !== meeting.source && samePlace(kept, meeting));
      if (same) {
        diagnostics.push({
          severity: 'warning',
          code: 'duplicate-across-sources',
          message: `"${meeting.name}" (${meeting.id}) is the same meeting as ${same.id} from ${same.source}; it is shown once.`,
          source: meeting.source,
          key: meeting.id,
        });
        continue;
      }
      if (bucket) bucket.push(meeting);
      else buckets.set(key, [meeting]);
      meetings.push(meeting);
    }
  }
  return { meetings, diagnostics };
}
