/**
 * Sets of meetings as bits: bit `i & 31` of word `i >> 5` for the meeting at position i. At 200,000
 * meetings a set is 6,250 words, so intersecting two sets and counting the result is a few thousand
 * word operations, where asking every meeting was a loop of 200,000 (and a toggle counts a dozen
 * options). Bits past the last meeting are always 0, so counts need no end mask.
 */
export type MeetingBits = Uint32Array;

export function wordsFor(meetings: number): number {
  return (meetings + 31) >>> 5;
}

/** Every position below `meetings`. */
export function allBits(meetings: number): MeetingBits {
  const bits = new Uint32Array(wordsFor(meetings)).fill(0xffffffff);
  if (meetings & 31) bits[bits.length - 1] = (1 << (meetings & 31)) - 1;
  return bits;
}

/** Ones in a 32-bit word (the usual SWAR count: JavaScript has no popcount instruction). */
export function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

export function countBits(a: MeetingBits): number {
  let total = 0;
  for (let w = 0; w < a.length; w++) {
    const word = a[w]!;
    // Filtered sets are mostly empty words: skipping them is most of the speed.
    if (word !== 0) total += bitCount(word);
  }
  return total;
}

/** |a ∩ b| without making the intersection. */
export function countBoth(a: MeetingBits, b: MeetingBits): number {
  let total = 0;
  for (let w = 0; w < a.length; w++) {
    const word = a[w]! & b[w]!;
    if (word !== 0) total += bitCount(word);
  }
  return total;
}

/** a ∩ b into `out` (which may be a or b). */
export function intersect(a: MeetingBits, b: MeetingBits, out: MeetingBits): MeetingBits {
  for (let w = 0; w < out.length; w++) out[w] = a[w]! & b[w]!;
  return out;
}

/** `into` ∪= a. */
export function addAll(into: MeetingBits, a: MeetingBits): MeetingBits {
  for (let w = 0; w < into.length; w++) into[w]! |= a[w]!;
  return into;
}

export function has(bits: MeetingBits, position: number): boolean {
  return ((bits[position >> 5]! >>> (position & 31)) & 1) === 1;
}

/** The positions for which `test` holds (for sets built once per feed, minute or search). */
export function bitsWhere(meetings: number, test: (position: number) => boolean): MeetingBits {
  const bits = new Uint32Array(wordsFor(meetings));
  for (let i = 0; i < meetings; i++) if (test(i)) bits[i >> 5]! |= 1 << (i & 31);
  return bits;
}

/**
 * The set of the given positions (a search's matches: a keystroke's few hundred of 200,000, so only
 * they are visited). This is what `applyFilters` takes as `searched`.
 */
export function bitsOf(meetings: number, positions: Iterable<number>): MeetingBits {
  const bits = new Uint32Array(wordsFor(meetings));
  for (const position of positions) bits[position >> 5]! |= 1 << (position & 31);
  return bits;
}

/** The positions in `bits`, ascending. */
export function positionsIn(bits: MeetingBits): number[] {
  const positions = new Array<number>(countBits(bits));
  let p = 0;
  for (let w = 0; w < bits.length; w++) {
    for (let word = bits[w]!; word !== 0; word &= word - 1) positions[p++] = (w << 5) + 31 - Math.clz32(word & -word);
  }
  return positions;
}

/**
 * For each meeting in `set`, adds one to `counts[id]` for each of its ids
 * (`ids[start[i] … start[i + 1])`): counting regions or features over a set, walking its bits.
 */
export function countListed(set: MeetingBits, start: Uint32Array, ids: Uint16Array, counts: Uint32Array): void {
  for (let w = 0; w < set.length; w++) {
    let word = set[w]!;
    while (word !== 0) {
      const low = word & -word;
      const i = (w << 5) + 31 - Math.clz32(low);
      word ^= low;
      for (let k = start[i]!, end = start[i + 1]!; k < end; k++) counts[ids[k]!]!++;
    }
  }
}
