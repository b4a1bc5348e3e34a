import { expect } from '@open-wc/testing';
import { dayOffset, weekdayGroups } from '../../src/query/day-groups.js';
import type { ZonedParts } from '../../src/model/occurrence.js';

const DAY = 1440;
/** Thursday, 8:00 PM. */
const THURSDAY_EVENING: ZonedParts = { year: 2025, month: 7, day: 3, weekday: 4, minutes: 20 * 60 };

describe('day groups', () => {
  it('gives the list its heading offsets: in progress is today, the same weekday later is 7, no day is −1', () => {
    const at = THURSDAY_EVENING.minutes;
    expect(dayOffset(-30, at)).to.equal(0);
    expect(dayOffset(60, at)).to.equal(0);
    expect(dayOffset(DAY - at + 9 * 60, at)).to.equal(1);
    expect(dayOffset(7 * DAY - at + 10 * 60, at)).to.equal(7);
    expect(dayOffset(Number.NaN, at)).to.equal(-1);
    // Started yesterday at 11:30 PM and still going at 12:10 AM: today's, as the list shows it.
    expect(dayOffset(-40, 10)).to.equal(0);
  });

  it('groups a week by weekday from today, each weekday once, by time within the day, appointments last', () => {
    const at = THURSDAY_EVENING.minutes;
    const until = [
      DAY - at + 9 * 60, // 0: Friday 9:00 AM
      -30, // 1: Thursday 7:30 PM, in progress
      7 * DAY - at + 10 * 60, // 2: Thursday 10:00 AM (next week: still a Thursday meeting)
      Number.NaN, // 3: by appointment
      6 * DAY - at + 18 * 60, // 4: Wednesday 6:00 PM
      DAY - at + 7 * 60, // 5: Friday 7:00 AM
    ];
    const groups = weekdayGroups([0, 1, 2, 3, 4, 5], until, THURSDAY_EVENING);
    expect(groups.map((group) => group.weekday)).to.deep.equal([4, 5, 3, undefined]);
    expect(groups.map((group) => group.positions)).to.deep.equal([[2, 1], [5, 0], [4], [3]]);
  });

  it('puts a meeting in progress since yesterday under yesterday, at the end of the week', () => {
    const justAfterMidnight: ZonedParts = { ...THURSDAY_EVENING, minutes: 10 };
    const groups = weekdayGroups([0, 1], [-40, 60], justAfterMidnight);
    expect(groups.map((group) => group.weekday)).to.deep.equal([4, 3]);
    expect(groups[1]!.positions).to.deep.equal([0]);
  });

  it('reads the same whatever order the positions come in (nearest first)', () => {
    const until = [300, 5000, 20, 9000, 300, 2000];
    const a = weekdayGroups([0, 1, 2, 3, 4, 5], until, THURSDAY_EVENING);
    const b = weekdayGroups([5, 3, 1, 0, 2, 4], until, THURSDAY_EVENING);
    expect(b.map((group) => group.weekday)).to.deep.equal(a.map((group) => group.weekday));
    expect(b[0]!.positions).to.have.members(a[0]!.positions);
  });
});
