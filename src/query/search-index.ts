/**
 * Free-text search over meetings. Each meeting's searchable text is folded (case and accents) once,
 * when the index is built, so a keystroke only splits the query and scans precomputed strings.
 * A query that extends the previous one (the usual case while typing) scans only the previous
 * results.
 */
import type { Meeting } from '../model/meeting.js';
import { fold } from '../model/text.js';
import { drain, PAUSE_EVERY, type Steps } from '../model/run-in-slices.js';

export interface SearchIndex {
  readonly meetings: readonly Meeting[];
  /** Folded searchable text of `meetings[i]`. */
  readonly haystacks: readonly string[];
}

/** Extra words to find a meeting by, such as the names of its types in the UI's languages. */
export type ExtraSearchText = (meeting: Meeting) => readonly string[];

/** The fields a person may search: name, place, address, city, region, group, notes, type names. */
export function searchableText(meeting: Meeting, extra: ExtraSearchText): string {
  const { location, online } = meeting;
  return [
    meeting.name,
    location.name,
    location.formattedAddress,
    location.city,
    location.postalCode,
    ...location.regions,
    location.notes,
    meeting.group,
    meeting.notes,
    online.provider,
    ...meeting.types.map((type) => type.label ?? type.code),
    ...extra(meeting),
  ]
    .filter(Boolean)
    .join('\n');
}

export function buildSearchIndex(meetings: readonly Meeting[], extra: ExtraSearchText = () => []): SearchIndex {
  return drain(buildSearchIndexSteps(meetings, extra));
}

/** `buildSearchIndex`, pausing every few hundred meetings (see `model/run-in-slices.ts`). */
export function* buildSearchIndexSteps(meetings: readonly Meeting[], extra: ExtraSearchText = () => []): Steps<SearchIndex> {
  const haystacks: string[] = [];
  for (let i = 0; i < meetings.length; i++) {
    haystacks.push(fold(searchableText(meetings[i]!, extra)));
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  return { meetings, haystacks };
}

/** The folded words of a query; every one must appear in a meeting's text for it to match. */
export function queryTerms(query: string): string[] {
  return [...new Set(fold(query).split(/\s+/).filter(Boolean))];
}

export interface Searcher {
  /**
   * Positions (into the index's meetings, ascending) of the meetings matching every word of
   * `query`; undefined when the query has no words (everything matches).
   */
  search(query: string): readonly number[] | undefined;
}

export function createSearcher(index: SearchIndex): Searcher {
  let previousTerms: string[] = [];
  let previousPositions: number[] | undefined;

  return {
    search(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) {
        previousTerms = [];
        previousPositions = undefined;
        return undefined;
      }
      // Narrowing is safe when every previous term is contained in some new term: whatever matches
      // the new query also matched the previous one.
      const narrows = previousPositions !== undefined &&
        previousTerms.every((old) => terms.some((term) => term.includes(old)));
      const candidates = narrows ? previousPositions! : undefined;
      const positions: number[] = [];
      const { haystacks } = index;
      const count = candidates ? candidates.length : haystacks.length;
      for (let i = 0; i < count; i++) {
        const position = candidates ? candidates[i]! : i;
        const haystack = haystacks[position]!;
        if (terms.every((term) => haystack.includes(term))) positions.push(position);
      }
      previousTerms = terms;
      previousPositions = positions;
      return positions;
    },
  };
}

/** The meetings at `positions` (all of them when undefined), for callers that want meetings. */
export function meetingsAt(index: SearchIndex, positions: readonly number[] | undefined): readonly Meeting[] {
  return positions ? positions.map((position) => index.meetings[position]!) : index.meetings;
}
