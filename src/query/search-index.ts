/**
 * Free-text search over meetings. Each meeting's searchable text is folded (case and accents) once,
 * when the index is built, so a keystroke only splits the query and scans precomputed strings.
 * A query that extends an earlier one (the usual case while typing) scans only that one's results,
 * and a query answered a moment ago (deleting back through what was typed) is not scanned at all.
 */
import type { Meeting } from '../model/meeting.js';
import { fold } from '../model/text.js';
import { drain, PAUSE_EVERY, type Steps } from '../model/run-in-slices.js';

export interface SearchIndex {
  readonly meetings: readonly Meeting[];
  /** Folded searchable text of `meetings[i]`'s own fields (name, place, notes …). */
  readonly haystacks: readonly string[];
  /**
   * The folded words of meetings' types (codes, labels and the `extra` words), each distinct text
   * once: most meetings share their set of types with many others, and these words, in every
   * language the element speaks, were a fifth of each meeting's searchable text.
   */
  readonly typeTexts: readonly string[];
  /** `typeTexts[typeTextOf[i]]` is `meetings[i]`'s. */
  readonly typeTextOf: Uint32Array;
}

/** Extra words to find a meeting by, such as the names of its types in the UI's languages. */
export type ExtraSearchText = (meeting: Meeting) => readonly string[];

/** The fields a person may search: name, place, address, city, region, group, notes, type names. */
export function searchableText(meeting: Meeting, extra: ExtraSearchText): string {
  return [ownText(meeting), typeText(meeting, extra)].filter(Boolean).join('\n');
}

/** The meeting's own fields: name, place, address, city, region, group, notes, online provider. */
function ownText(meeting: Meeting): string {
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
  ]
    .filter(Boolean)
    .join('\n');
}

/** The words of the meeting's types: as the feed labels them, and `extra`'s. */
function typeText(meeting: Meeting, extra: ExtraSearchText): string {
  return [...meeting.types.map((type) => type.label ?? type.code), ...extra(meeting)].filter(Boolean).join('\n');
}

export function buildSearchIndex(meetings: readonly Meeting[], extra: ExtraSearchText = () => []): SearchIndex {
  return drain(buildSearchIndexSteps(meetings, extra));
}

/** `buildSearchIndex`, pausing every few hundred meetings (see `model/run-in-slices.ts`). */
export function* buildSearchIndexSteps(meetings: readonly Meeting[], extra: ExtraSearchText = () => []): Steps<SearchIndex> {
  const haystacks: string[] = [];
  // Equal texts kept once (a group meeting on five days has five equal haystacks).
  const seen = new Map<string, string>();
  const typeTexts: string[] = [];
  const typeTextIds = new Map<string, number>();
  const typeTextOf = new Uint32Array(meetings.length);
  for (let i = 0; i < meetings.length; i++) {
    const meeting = meetings[i]!;
    const own = fold(ownText(meeting));
    const known = seen.get(own);
    if (known === undefined) seen.set(own, own);
    haystacks.push(known ?? own);
    const types = fold(typeText(meeting, extra));
    let id = typeTextIds.get(types);
    if (id === undefined) {
      typeTextIds.set(types, (id = typeTexts.length));
      typeTexts.push(types);
    }
    typeTextOf[i] = id;
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  return { meetings, haystacks, typeTexts, typeTextOf };
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

/** Earlier answers kept, at most this many positions in all per meeting of the feed (see `createSearcher`). */
const KEPT_PER_MEETING = 2;

interface Answer {
  terms: readonly string[];
  positions: readonly number[];
}

export function createSearcher(index: SearchIndex): Searcher {
  // The latest answers, newest last. Typing and then deleting a word walks back through queries
  // just answered: each is found here instead of a scan of every meeting (at 200,000 meetings a
  // deleted letter rescanned them all). Kept while their positions total at most
  // KEPT_PER_MEETING × the meetings, oldest dropped first.
  const kept: Answer[] = [];
  const budget = KEPT_PER_MEETING * Math.max(index.haystacks.length, 1);
  let keptSize = 0;
  const keep = (answer: Answer) => {
    kept.push(answer);
    keptSize += answer.positions.length;
    while (keptSize > budget && kept.length > 1) keptSize -= kept.shift()!.positions.length;
  };

  return {
    search(query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return undefined;
      const same = kept.find((answer) => answer.terms.length === terms.length && answer.terms.every((term) => terms.includes(term)));
      if (same) {
        // Newest again, so it outlives the answers just behind it.
        kept.splice(kept.indexOf(same), 1);
        kept.push(same);
        return same.positions;
      }
      // Narrowing is safe when every earlier term is contained in some new term: whatever matches
      // the new query also matched the earlier one. The smallest such answer is scanned.
      let narrowest: Answer | undefined;
      for (const answer of kept) {
        if (narrowest && answer.positions.length >= narrowest.positions.length) continue;
        if (answer.terms.every((old) => terms.some((term) => term.includes(old)))) narrowest = answer;
      }
      const candidates = narrowest?.positions;
      const positions: number[] = [];
      const { haystacks, typeTexts, typeTextOf } = index;
      // Which distinct type texts hold each word: checked once each, not once per meeting. A word
      // has no white space, so it is within one field or none: the two parts are searched apart.
      const inTypes = terms.map((term) => Uint8Array.from(typeTexts, (text) => (text.includes(term) ? 1 : 0)));
      const count = candidates ? candidates.length : haystacks.length;
      for (let i = 0; i < count; i++) {
        const position = candidates ? candidates[i]! : i;
        const haystack = haystacks[position]!;
        const types = typeTextOf[position]!;
        let every = true;
        for (let t = 0; t < terms.length; t++) {
          if (inTypes[t]![types] === 0 && !haystack.includes(terms[t]!)) {
            every = false;
            break;
          }
        }
        if (every) positions.push(position);
      }
      keep({ terms, positions });
      return positions;
    },
  };
}

/** The meetings at `positions` (all of them when undefined), for callers that want meetings. */
export function meetingsAt(index: SearchIndex, positions: readonly number[] | undefined): readonly Meeting[] {
  return positions ? positions.map((position) => index.meetings[position]!) : index.meetings;
}
