import { expect } from '@open-wc/testing';
import { memoLast } from '../../src/query/memo-last.js';

describe('memoLast', () => {
  it('computes once for the same arguments (each the same value or object), again when one changes', () => {
    let calls = 0;
    const sum = memoLast((list: readonly number[], add: number) => {
      calls++;
      return list.reduce((total, value) => total + value, add);
    });
    const list = [1, 2, 3];
    expect(sum(list, 1)).to.equal(7);
    expect(sum(list, 1)).to.equal(7);
    expect(calls).to.equal(1);
    expect(sum([1, 2, 3], 1), 'an equal but new array is a new input').to.equal(7);
    expect(calls).to.equal(2);
    expect(sum([1, 2, 3], 2)).to.equal(8);
    expect(calls).to.equal(3);
  });

  it('remembers only the last call, and tells NaN and undefined apart as Object.is does', () => {
    let calls = 0;
    const echo = memoLast((value: unknown) => (calls++, { value }));
    const first = echo(NaN);
    expect(echo(NaN)).to.equal(first);
    echo(undefined);
    expect(echo(NaN)).not.to.equal(first);
    expect(calls).to.equal(3);
  });
});
