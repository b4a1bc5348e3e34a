/**
 * Free-text search over meetings. Each meeting's searchable text is folded (case and accents) once,
 * when the index is built, with the letters and the pairs of letters it holds, so a keystroke only
 * splits the query and reads those: a word of one or two letters from them alone, a longer one from
 * the texts of the meetings holding all its pairs. A query that extends an earlier one (the usual
 * case while typing) looks only among that one's results, and a query answered a moment ago
 * (deleting back through what was typed) is not looked for at all.
 */
import type { Meeting } from '../model/meeting.js';
import { fold } from '../model/text.js';
import { drain, PAUSE_EVERY, type Steps } from '../model/run-in-slices.js';
import { countBits, has as hasBit, intersect, positionsIn, wordsFor, type MeetingBits } from './meeting-bits.js';

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
  /**
   * The letters a–z in `meetings[i]`'s folded text, own or types (`lettersOf`). A word with a letter
   * the meeting's text lacks is not in it, and a word of one letter is in it exactly when its bit
   * is: the first key of a search is answered from these alone, not by reading every text.
   */
  readonly letters: Uint32Array;
  /**
   * For each pair of letters a–z (`pairIndex`), the meetings whose own folded text holds it (its
   * types' words are not counted: they are searched apart); undefined where no text does. A word's
   * pairs must all be there for the text to hold it, and a word of two letters is in it exactly
   * when its pair is: the second key of a search reads these, not 170,000 texts.
   */
  readonly pairs: ReadonlyArray<MeetingBits | undefined>;
}

const LETTERS = 26;

/** The pair of letters a + first, a + second, as an index of `SearchIndex.pairs`. */
function pairIndex(first: number, second: number): number {
  return first * LETTERS + second;
}

/** The letter of a folded character code as 0–25, else -1. */
function letterOf(code: number): number {
  const k = code - 97;
  return k >= 0 && k < LETTERS ? k : -1;
}

/** Bit k is set when the folded `text` holds the letter a + k (other characters are not counted). */
export function lettersOf(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const k = letterOf(text.charCodeAt(i));
    if (k >= 0) mask |= 1 << k;
  }
  return mask;
}

/** The `pairIndex`es of the letter pairs in `text`, in order (repeats included). */
function pairsIn(text: string): number[] {
  const found: number[] = [];
  for (let i = 1, previous = letterOf(text.charCodeAt(0)); i < text.length; i++) {
    const k = letterOf(text.charCodeAt(i));
    if (previous >= 0 && k >= 0) found.push(pairIndex(previous, k));
    previous = k;
  }
  return found;
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
  // Equal texts kept once (a group meeting on five days has five equal haystacks), with their letters.
  const seen = new Map<string, { text: string; letters: number; pairs: Uint16Array }>();
  const typeTexts: string[] = [];
  const typeLetters: number[] = [];
  const typeTextIds = new Map<string, number>();
  const typeTextOf = new Uint32Array(meetings.length);
  const letters = new Uint32Array(meetings.length);
  const pairs: Array<MeetingBits | undefined> = new Array<MeetingBits | undefined>(LETTERS * LETTERS).fill(undefined);
  const words = wordsFor(meetings.length);
  for (let i = 0; i < meetings.length; i++) {
    const meeting = meetings[i]!;
    const own = fold(ownText(meeting));
    let known = seen.get(own);
    if (known === undefined) seen.set(own, (known = { text: own, letters: lettersOf(own), pairs: Uint16Array.from(new Set(pairsIn(own))) }));
    haystacks.push(known.text);
    for (const pair of known.pairs) (pairs[pair] ??= new Uint32Array(words))[i >> 5]! |= 1 << (i & 31);
    const types = fold(typeText(meeting, extra));
    let id = typeTextIds.get(types);
    if (id === undefined) {
      typeTextIds.set(types, (id = typeTexts.length));
      typeTexts.push(types);
      typeLetters.push(lettersOf(types));
    }
    typeTextOf[i] = id;
    letters[i] = known.letters | typeLetters[id]!;
    if (i % PAUSE_EVERY === PAUSE_EVERY - 1) yield;
  }
  return { meetings, haystacks, typeTexts, typeTextOf, letters, pairs };
}

/** The folded words of a query; every one must appear in a meeting's text for it to match. */
export function queryTerms(query: string): string[] {
  return [...new Set(fold(query).split(/\s+/).filter(Boolean))];
}

export interface Searcher {
  /**
   * The meetings matching every word of `query`, as a set (`meeting-bits.ts`: what `applyFilters`
   * takes as `searched`); undefined when the query has no words (everything matches).
   */
  matches(query: string): MeetingBits | undefined;
  /** `matches`' meetings as positions (into the index's meetings, ascending); undefined when the query has no words. */
  search(query: string): readonly number[] | undefined;
}

/**
 * Earlier answers kept. Each is a set of bits, an eighth of a byte per meeting (25 KB at 200,000),
 * so the oldest is dropped once there are more than this many.
 */
const KEPT_ANSWERS = 24;

interface Answer {
  terms: readonly string[];
  bits: MeetingBits;
  /** Meetings in `bits`: the smallest earlier answer to narrow from is the one to scan. */
  size: number;
}

/**
 * A query's answer is a set of bits, written a word (32 meetings) at a time, never a list of
 * positions: the first key of a search matches most meetings ("w": 170,456 of 200,000), and
 * pushing each one's position, then setting its bit for the filters, cost more than the scan.
 */
export function createSearcher(index: SearchIndex): Searcher {
  // The latest answers, newest last. Typing and then deleting a word walks back through queries
  // just answered: each is found here instead of a scan of every meeting (at 200,000 meetings a
  // deleted letter rescanned them all).
  const kept: Answer[] = [];
  const keep = (answer: Answer) => {
    kept.push(answer);
    if (kept.length > KEPT_ANSWERS) kept.shift();
  };
  const { haystacks, typeTextOf, letters } = index;

  const matches = (query: string): MeetingBits | undefined => {
    const terms = queryTerms(query);
    if (terms.length === 0) return undefined;
    const same = kept.find((answer) => answer.terms.length === terms.length && answer.terms.every((term) => terms.includes(term)));
    if (same) {
      // Newest again, so it outlives the answers just behind it.
      kept.splice(kept.indexOf(same), 1);
      kept.push(same);
      return same.bits;
    }
    // Narrowing is safe when every earlier term is contained in some new term: whatever matches
    // the new query also matched the earlier one. The smallest such answer is scanned.
    let narrowest: Answer | undefined;
    for (const answer of kept) {
      if (narrowest && answer.size >= narrowest.size) continue;
      if (answer.terms.every((old) => terms.some((term) => term.includes(old)))) narrowest = answer;
    }
    const words = terms.map((term) => wordTest(index, term));
    const candidates = narrowest?.bits;
    // Every word one letter (the first key of a search): the masks alone, in a loop of their own.
    if (words.every((word) => word.maskOnly)) {
      const bits = withLetters(letters, words.reduce((all, word) => all | word.need, 0), candidates);
      keep({ terms, bits, size: countBits(bits) });
      return bits;
    }
    const holdsEvery = (position: number): boolean => {
      const types = typeTextOf[position]!;
      const has = letters[position]!;
      for (let t = 0; t < words.length; t++) {
        const { need, maskOnly, inTypes, own, exact, term } = words[t]!;
        if ((has & need) !== need) return false;
        if (maskOnly || inTypes[types] === 1) continue;
        if (own && !hasBit(own, position)) return false;
        if (!exact && !haystacks[position]!.includes(term)) return false;
      }
      return true;
    };
    // A word no type text holds can only be in the meetings' own texts: 32 meetings at a time are
    // ruled out by its pairs before any is looked at.
    const ownOnly = words.flatMap((word) => (word.own && !word.anyType ? [word.own] : []));
    const bits = where(haystacks.length, holdsEvery, candidates, ownOnly);
    keep({ terms, bits, size: countBits(bits) });
    return bits;
  };

  return {
    matches,
    search(query) {
      const bits = matches(query);
      return bits && positionsIn(bits);
    },
  };
}

/** How one word of a query is looked for in a meeting. */
interface WordTest {
  term: string;
  /** Its letters a–z (`lettersOf`): the meeting's mask must have them all. */
  need: number;
  /** One letter a–z: the mask is the whole answer. */
  maskOnly: boolean;
  /** Per distinct type text (`typeTextOf`): 1 where it holds the word. */
  inTypes: Uint8Array;
  anyType: boolean;
  /** The meetings whose own text holds all of the word's letter pairs; undefined for a word without a pair. */
  own: MeetingBits | undefined;
  /** Two letters a–z: `own` is exactly the meetings whose own text holds it. */
  exact: boolean;
}

function wordTest(index: SearchIndex, term: string): WordTest {
  const need = lettersOf(term);
  // Which distinct type texts hold the word: checked once each, not once per meeting. A word has
  // no white space, so it is within one field or none: the two parts are searched apart.
  const inTypes = Uint8Array.from(index.typeTexts, (text) => (text.includes(term) ? 1 : 0));
  const pairs = [...new Set(pairsIn(term))];
  let own: MeetingBits | undefined;
  if (pairs.length) {
    own = new Uint32Array(wordsFor(index.meetings.length));
    const first = index.pairs[pairs[0]!];
    if (first) own.set(first);
    for (const pair of pairs.slice(1)) {
      const set = index.pairs[pair];
      if (set) intersect(own, set, own);
      else own.fill(0);
    }
  }
  return { term, need, maskOnly: term.length === 1 && need !== 0, inTypes, anyType: inTypes.includes(1), own, exact: term.length === 2 && pairs.length === 1 };
}

/**
 * The meetings (of `candidates`, when given) for which `holds` is true, as bits. Only meetings in
 * every set of `within` are asked.
 */
function where(meetings: number, holds: (position: number) => boolean, candidates: MeetingBits | undefined, within: readonly MeetingBits[]): MeetingBits {
  const bits = new Uint32Array(wordsFor(meetings));
  const lastWord = meetings & 31 ? (1 << (meetings & 31)) - 1 : -1;
  for (let w = 0; w < bits.length; w++) {
    let left = candidates ? candidates[w]! : w === bits.length - 1 ? lastWord : -1;
    for (let k = 0; k < within.length && left !== 0; k++) left &= within[k]![w]!;
    let word = 0;
    for (; left !== 0; left &= left - 1) {
      const bit = 31 - Math.clz32(left & -left);
      if (holds((w << 5) + bit)) word |= 1 << bit;
    }
    bits[w] = word;
  }
  return bits;
}

/** The meetings (of `candidates`, when given) whose letters include all of `need`'s, as bits. */
function withLetters(letters: Uint32Array, need: number, candidates: MeetingBits | undefined): MeetingBits {
  const bits = new Uint32Array(wordsFor(letters.length));
  for (let w = 0; w < bits.length; w++) {
    const first = w << 5;
    const end = Math.min(first + 32, letters.length);
    let word = 0;
    for (let position = first; position < end; position++) if ((letters[position]! & need) === need) word |= 1 << (position - first);
    bits[w] = candidates ? word & candidates[w]! : word;
  }
  return bits;
}

/** The meetings at `positions` (all of them when undefined), for callers that want meetings. */
export function meetingsAt(index: SearchIndex, positions: readonly number[] | undefined): readonly Meeting[] {
  return positions ? positions.map((position) => index.meetings[position]!) : index.meetings;
}
