import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addAll, allBits, bitCount, bitsOf as bitsOfPositions, bitsWhere, countBits, countBoth, countListed, has, intersect, wordsFor } from '../../src/query/meeting-bits.js';

/** Sets of meetings as bits, against plain arrays of positions. */

/** A size (across word boundaries) and two subsets of its positions. */
const twoSets = fc.integer({ min: 0, max: 200 }).chain((size) =>
  fc.tuple(fc.constant(size), fc.uniqueArray(fc.nat({ max: Math.max(0, size - 1) }), { maxLength: size }), fc.uniqueArray(fc.nat({ max: Math.max(0, size - 1) }), { maxLength: size })),
);
const bitsOf = (size: number, positions: number[]) => bitsWhere(size, (i) => positions.includes(i));

describe('meeting bits', () => {
  it('counts the ones of any word', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), (word) => {
        const naive = [...(word >>> 0).toString(2)].filter((digit) => digit === '1').length;
        expect(bitCount(word)).to.equal(naive);
      }),
    );
    expect(bitCount(0xffffffff)).to.equal(32);
    expect(bitCount(0)).to.equal(0);
  });

  it('holds every position below the size, and none past it', () => {
    for (const size of [0, 1, 31, 32, 33, 64, 65, 200]) {
      const all = allBits(size);
      expect(all.length, `words for ${size}`).to.equal(wordsFor(size));
      expect(countBits(all), `size ${size}`).to.equal(size);
      for (let i = 0; i < all.length * 32; i++) expect(has(all, i), `${i} of ${size}`).to.equal(i < size);
    }
  });

  it("makes the set of given positions (a search's matches), in any order and with repeats", () => {
    fc.assert(
      fc.property(twoSets, ([size, a]) => {
        const given = bitsOfPositions(size, [...a].reverse().concat(a.slice(0, 3)));
        expect([...given]).to.deep.equal([...bitsOf(size, a)]);
        for (let i = 0; i < given.length * 32; i++) expect(has(given, i), `${i} of ${size}`).to.equal(a.includes(i));
      }),
    );
  });

  it('intersects, unites and counts as arrays of positions do', () => {
    fc.assert(
      fc.property(twoSets, ([size, a, b]) => {
        const setA = bitsOf(size, a);
        const setB = bitsOf(size, b);
        const both = a.filter((i) => b.includes(i));
        expect(countBits(setA)).to.equal(a.length);
        expect(countBoth(setA, setB)).to.equal(both.length);
        const meet = intersect(setA, setB, new Uint32Array(wordsFor(size)));
        expect([...Array(size).keys()].filter((i) => has(meet, i))).to.deep.equal([...both].sort((x, y) => x - y));
        const union = addAll(new Uint32Array(setA), setB);
        expect(countBits(union)).to.equal(new Set([...a, ...b]).size);
        // Intersecting into one of its inputs is allowed.
        expect(countBits(intersect(setA, setB, setA))).to.equal(both.length);
      }),
      { numRuns: 300 },
    );
  });

  it('counts each id listed by the meetings of a set', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.nat({ max: 9 }), { maxLength: 4 }), { maxLength: 100 }), fc.nat(), (lists, seed) => {
        const start = new Uint32Array(lists.length + 1);
        lists.forEach((list, i) => (start[i + 1] = start[i]! + list.length));
        const ids = Uint16Array.from(lists.flat());
        const chosen = lists.map((_list, i) => i).filter((i) => (i * 7 + seed) % 3 !== 0);
        const counts = new Uint32Array(10);
        countListed(bitsOf(lists.length, chosen), start, ids, counts);
        const naive = new Uint32Array(10);
        for (const i of chosen) for (const id of lists[i]!) naive[id]!++;
        expect([...counts]).to.deep.equal([...naive]);
      }),
      { numRuns: 200 },
    );
  });
});
