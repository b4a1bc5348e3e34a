import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { helplineIndex, helplinesIn, type Helpline } from '../../src/query/helplines.js';
import type { Meeting, ServiceEntity } from '../../src/model/meeting.js';
import { testMeeting } from '../fixtures/meetings.js';

/**
 * The helplines counted through the per-feed index against the plain reading of the contract:
 * each listing shown counts once for its entity's number, numbers by how many listings they are
 * behind, then by name; every listing when none is shown.
 */

const ENTITIES: ServiceEntity[] = [
  { name: 'West Tennessee Area', phone: { text: '(901) 555-0100', tel: '+19015550100' } },
  // The same line written another way (another object, as from another source): still one line.
  { name: 'West Tennessee Area', phone: { text: '901.555.0100', tel: '+19015550100' } },
  { name: 'Memphis Central Office', phone: { text: '901-555-0177', tel: '+19015550177' } },
  { name: 'Bartlett District', phone: { text: '901-555-0188', tel: '+19015550188' } },
  { name: 'Collierville', phone: { text: '901-555-0199', tel: '+19015550199' } },
  { name: 'Germantown', phone: { text: '901-555-0111', tel: '+19015550111' } },
  // No number to dial: never a line.
  { name: 'Shelby District', phone: { text: 'ask at the door' } },
  { name: 'Nameless Number' },
];

function contract(meetings: readonly Meeting[], positions: readonly number[], limit: number): Helpline[] {
  const shown = positions.length ? positions.map((position) => meetings[position]!) : meetings;
  const byTel = new Map<string, { line: Helpline; count: number }>();
  for (const meeting of shown) {
    const entity = meeting.entity;
    const tel = entity?.phone?.tel;
    if (!entity || !tel) continue;
    const known = byTel.get(tel);
    if (known) known.count++;
    // The first entity seen with a number names its line.
    else byTel.set(tel, { line: { name: entity.name, text: entity.phone!.text, tel }, count: 1 });
  }
  return [...byTel.values()]
    .sort((a, b) => b.count - a.count || a.line.name.localeCompare(b.line.name))
    .slice(0, limit)
    .map((entry) => entry.line);
}

describe('helplines', () => {
  it('counts the listings shown behind each number, as one pass over the listings would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...ENTITIES.keys()), { nil: undefined }), { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        (entityIds, picks, limit) => {
          const meetings = entityIds.map((id, i) => testMeeting({ id: `m${i}`, ...(id === undefined ? {} : { entity: ENTITIES[id]! }) }));
          // Distinct positions, in any order (the list's).
          const positions = meetings.length ? [...new Set(picks.map((pick) => pick % meetings.length))] : [];
          const index = helplineIndex(meetings, (meeting) => meeting.entity);
          const lines = helplinesIn(index, Int32Array.from(positions), limit);
          const expected = contract(meetings, positions, limit);
          // Which way of writing a shared number is shown may differ between the two readings.
          expect(lines.map((line) => [line.tel, line.name])).to.deep.equal(expected.map((line) => [line.tel, line.name]));
        },
      ),
      { numRuns: 300 },
    );
  });
});
