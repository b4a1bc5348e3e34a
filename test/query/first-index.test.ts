/** Bisection over a sorted stretch: the same boundary as a walk, for any split and any range. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { firstIndexWhere } from '../../src/query/first-index.js';

describe('firstIndexWhere', () => {
  it('finds where a false-then-true stretch turns, as a walk would, or the end of the range', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(60), (falses, trues, offset) => {
        const split = [...Array<boolean>(falses).fill(false), ...Array<boolean>(trues).fill(true)];
        for (let low = 0; low <= split.length; low++) {
          const walked = split.findIndex((holds, index) => index >= low && holds);
          const expected = walked < 0 ? split.length : walked;
          expect(firstIndexWhere(low, split.length, (index) => split[index]!), `${falses}/${trues} from ${low}`).to.equal(expected);
        }
        // Indexes need not start at 0: the range is what is searched.
        expect(firstIndexWhere(offset, offset + split.length, (index) => split[index - offset]!)).to.equal(offset + falses);
      }),
      { numRuns: 100 },
    );
  });
});
