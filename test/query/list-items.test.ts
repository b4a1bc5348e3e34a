import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { headingSpans, listItems } from '../../src/query/list-items.js';
import { dayOffset } from '../../src/query/day-groups.js';
import { sortedPositions } from '../../src/query/sorted-positions.js';

const DAY = 24 * 60;

describe('list items', () => {
  it('puts day headings before each day’s meetings, and "by appointment" last', () => {
    // Now is 18:00; meetings in progress (−30), later today, tomorrow, in six days, by appointment.
    const minutesUntil = [-30, 60, DAY, 6 * DAY + 120, NaN];
    const { rows, headingAt, headings } = listItems({ positions: Int32Array.of(0, 1, 2, 3, 4), minutesUntil, hereMinutes: 18 * 60, byDistance: false });
    expect(headings).to.deep.equal([
      { key: 'day-0', kind: 'day', offset: 0 },
      { key: 'day-1', kind: 'day', offset: 1 },
      { key: 'day-6', kind: 'day', offset: 6 },
      { key: 'appointment', kind: 'appointment' },
    ]);
    expect([...rows]).to.deep.equal([0, 1, 2, 3, 4]);
    // Each heading above the first row of its group.
    expect([...headingAt]).to.deep.equal([[0, 0], [2, 1], [3, 2], [4, 3]]);
  });

  it('nearest first has no day headings, only one before the meetings at an unknown distance', () => {
    const distances = new Float64Array([2, 5, NaN, NaN]);
    const { rows, headingAt, headings } = listItems({ positions: Int32Array.of(0, 1, 2, 3), minutesUntil: [0, 0, 0, 0], hereMinutes: 0, distances, byDistance: true });
    expect(headings).to.deep.equal([{ key: 'unknown-distance', kind: 'unknown-distance' }]);
    expect([...rows]).to.deep.equal([0, 1, 2, 3]);
    expect([...headingAt]).to.deep.equal([[2, 0]]);
  });

  it('follows the positions’ order and gives an empty list nothing', () => {
    expect(listItems({ positions: Int32Array.of(), minutesUntil: [], hereMinutes: 0, byDistance: false })).to.deep.equal({ rows: new Int32Array(0), headingAt: new Map(), headings: [] });
    const { rows, headingAt } = listItems({ positions: Int32Array.of(2, 0), minutesUntil: [10, 0, 5], hereMinutes: 0, byDistance: false });
    expect([...rows]).to.deep.equal([2, 0]);
    expect([...headingAt]).to.deep.equal([[0, 0]]);
  });

  it('gives the positions themselves as the rows, not a copy', () => {
    const positions = Int32Array.of(3, 1, 2);
    expect(listItems({ positions, minutesUntil: [0, 0, 0, 0], hereMinutes: 0, byDistance: false }).rows).to.equal(positions);
  });

  it('spans each heading’s group: its first row and its number of meetings, in display order', () => {
    // Two in progress today, one tomorrow, three in six days, two by appointment.
    const minutesUntil = [-30, 60, DAY, 6 * DAY, 6 * DAY + 60, 6 * DAY + 120, NaN, NaN];
    const items = listItems({ positions: Int32Array.of(0, 1, 2, 3, 4, 5, 6, 7), minutesUntil, hereMinutes: 18 * 60, byDistance: false });
    expect(headingSpans(items).map(({ heading, start, count }) => [heading.key, start, count])).to.deep.equal([
      ['day-0', 0, 2],
      ['day-1', 2, 1],
      ['day-6', 3, 3],
      ['appointment', 6, 2],
    ]);
    // The spans' headings are the list's own objects: the links and the headings cannot disagree.
    expect(headingSpans(items).map((span) => span.heading)).to.deep.equal(items.headings);
    expect(headingSpans(listItems({ positions: Int32Array.of(), minutesUntil: [], hereMinutes: 0, byDistance: false }))).to.deep.equal([]);
  });
  it('heads every day of any list in upcoming order, as a row-by-row reading does', () => {
    // The groups' ends are found by bisection; the plain reading heads each row whose day differs from the row before.
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -90, max: 8 * DAY }), { nil: undefined }), { maxLength: 300 }),
        fc.integer({ min: 0, max: DAY - 1 }),
        fc.nat(),
        (untils, hereMinutes, seed) => {
          const minutesUntil = Float64Array.from(untils, (until) => until ?? NaN);
          // Upcoming order as the clock view makes it, then any subset of it (the filters' results).
          const positions = sortedPositions(minutesUntil, (until) => until + 2 * DAY).filter((position) => (position * 31 + seed) % 5 !== 0);
          const naive: Array<[number, string]> = [];
          positions.forEach((position, row) => {
            const offset = dayOffset(minutesUntil[position]!, hereMinutes);
            const before = row > 0 ? dayOffset(minutesUntil[positions[row - 1]!]!, hereMinutes) : NaN;
            if (offset !== before) naive.push([row, offset < 0 ? 'appointment' : `day-${offset}`]);
          });
          const items = listItems({ positions, minutesUntil, hereMinutes, byDistance: false });
          expect([...items.headingAt].map(([row, heading]) => [row, items.headings[heading]!.key])).to.deep.equal(naive);
        },
      ),
      { numRuns: 300 },
    );
  });
});
