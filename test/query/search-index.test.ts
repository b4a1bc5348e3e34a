import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { adaptMeetingGuide } from '../../src/feeds/meeting-guide.js';
import { buildSearchIndex, createSearcher, meetingsAt, queryTerms, searchableText, type SearchIndex } from '../../src/query/search-index.js';
import { bitsOf } from '../../src/query/meeting-bits.js';
import { fold } from '../../src/model/text.js';
import { compareMeetings } from '../../src/model/weekly-order.js';

const feed = adaptMeetingGuide(
  [
    { slug: 'a', name: 'Peña Group', day: 1, time: '19:00', location: 'Fellowship Hall', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', regions: ['Midtown'], types: ['O', 'W'] },
    { slug: 'b', name: 'Pena Step Study', day: 1, time: '07:00', location: 'Church of Hope', formatted_address: '5 Poplar Ave, Germantown, TN 38138, USA', types: ['C', 'ST'] },
    { slug: 'c', name: 'Nueva Vida', day: 3, time: '20:00', notes: 'Side door, downstairs', group: 'Grupo Esperanza', types: ['S', 'O'] },
    { slug: 'd', name: 'Night Owls', day: 0, time: '23:00', conference_url: 'https://zoom.us/j/123', types: ['ONL'] },
    { slug: 'e', name: 'By Appointment Group', types: ['C'] },
  ],
  { source: 'test', timezone: 'America/Chicago' },
);
const meetings = [...feed.meetings].sort(compareMeetings);
const names = (list: readonly { name: string }[]) => list.map((meeting) => meeting.name);

describe('search', () => {
  const index: SearchIndex = buildSearchIndex(meetings, (meeting) => meeting.features);
  /** A fresh searcher whose `search` gives meetings, as a person sees them. */
  const searcher = () => {
    const inner = createSearcher(index);
    return { search: (query: string) => meetingsAt(index, inner.search(query)) };
  };

  it('returns every meeting for an empty or blank query', () => {
    expect(searcher().search('   ')).to.have.length(meetings.length);
  });

  it('is case- and accent-insensitive both ways', () => {
    expect(names(searcher().search('peña'))).to.have.members(['Peña Group', 'Pena Step Study']);
    expect(names(searcher().search('PENA'))).to.have.members(['Peña Group', 'Pena Step Study']);
  });

  it('needs every word to match, in any field', () => {
    expect(names(searcher().search('pena germantown'))).to.deep.equal(['Pena Step Study']);
    expect(names(searcher().search('midtown pena'))).to.deep.equal(['Peña Group']);
    expect(searcher().search('pena nowhere')).to.have.length(0);
  });

  it('searches location, address, city, region, group, notes, provider and type words', () => {
    expect(names(searcher().search('fellowship hall'))).to.deep.equal(['Peña Group']);
    expect(names(searcher().search('38138'))).to.deep.equal(['Pena Step Study']);
    expect(names(searcher().search('esperanza'))).to.deep.equal(['Nueva Vida']);
    expect(names(searcher().search('downstairs'))).to.deep.equal(['Nueva Vida']);
    expect(names(searcher().search('zoom'))).to.deep.equal(['Night Owls']);
    expect(names(searcher().search('women'))).to.deep.equal(['Peña Group']);
  });

  it('finds a meeting by a word of its own and a word of its types together', () => {
    expect(names(searcher().search('peña women'))).to.deep.equal(['Peña Group']);
    expect(names(searcher().search('open vida'))).to.deep.equal(['Nueva Vida']);
    expect(searcher().search('women vida')).to.have.length(0);
  });

  it('keeps the words of equal type lists once', () => {
    const twins = adaptMeetingGuide(
      [1, 2, 3].map((day) => ({ slug: `t${day}`, name: `Twin ${day}`, day, time: '19:00', types: ['O', 'W'] })),
      { source: 'twins', timezone: 'America/Chicago' },
    ).meetings;
    const built = buildSearchIndex(twins, (meeting) => meeting.features);
    expect(built.typeTexts).to.have.length(1);
    expect(createSearcher(built).search('twin women')).to.deep.equal([0, 1, 2]);
  });

  it('gives the same results when narrowing while typing as when searching fresh', () => {
    const typing = searcher();
    const queries = ['p', 'pe', 'pen', 'pena', 'pena ', 'pena s', 'pena st', 'pena s', 'pen', 'x', '', 'n', 'ni'];
    for (const query of queries) {
      expect(names(typing.search(query)), query).to.deep.equal(names(searcher().search(query)));
    }
  });

  it('answers any sequence of queries as a fresh search would, whatever it narrows from or remembers', () => {
    // Short words over a few letters, so queries extend, shrink, repeat and contain each other.
    const word = fc.stringMatching(/^[aenopst]{0,4}$/);
    // Up to 100 meetings: answers are written 32 meetings to a word, so some feeds end mid-word.
    const records = fc.array(fc.record({ name: fc.array(word, { maxLength: 3 }), notes: word, types: fc.subarray(['O', 'C', 'W', 'ST', 'ONL']) }), { minLength: 1, maxLength: 100, size: 'max' });
    const query = fc.oneof(
      fc.array(word, { maxLength: 3 }).map((words) => words.join(' ')),
      // Typing and deleting: the prefixes of a phrase, up and down.
      fc.array(word, { minLength: 1, maxLength: 2 }).map((words) => words.join(' ')),
    );
    fc.assert(
      fc.property(records, fc.array(query, { minLength: 1, maxLength: 12 }), fc.boolean(), (specs, phrases, typed) => {
        const built = buildSearchIndex(
          adaptMeetingGuide(
            specs.map((spec, i) => ({ slug: `m${i}`, name: spec.name.join(' ') || `m${i}`, notes: spec.notes, day: i % 7, time: '19:00', types: spec.types })),
            { source: 'p', timezone: 'America/Chicago' },
          ).meetings,
          (meeting) => meeting.features,
        );
        // Either the phrases as whole queries, or each one typed a key at a time and deleted again.
        const queries = typed
          ? phrases.flatMap((phrase) => {
              const up = Array.from({ length: phrase.length }, (_, i) => phrase.slice(0, i + 1));
              return [...up, ...up.slice(0, -1).reverse()];
            })
          : phrases;
        const typing = createSearcher(built);
        // What a fresh search must find: the meetings whose whole searchable text holds every word.
        const texts = built.meetings.map((meeting) => fold(searchableText(meeting, (m) => m.features)));
        for (const q of queries) {
          const terms = queryTerms(q);
          const expected = terms.length ? texts.flatMap((text, position) => (terms.every((term) => text.includes(term)) ? [position] : [])) : undefined;
          expect(createSearcher(built).search(q), `fresh: ${q}`).to.deep.equal(expected);
          expect(typing.search(q), q).to.deep.equal(expected);
          expect(typing.matches(q), `as bits: ${q}`).to.deep.equal(expected && bitsOf(built.meetings.length, expected));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers a word of one letter, any letter a–z, or a digit, as reading every text would', () => {
    // One letter is answered from each meeting's mask of letters, not from its text.
    const texts = index.meetings.map((meeting) => fold(searchableText(meeting, (m) => m.features)));
    for (const letter of [...'abcdefghijklmnopqrstuvwxyz0123456789', 'ñ', '-']) {
      const expected = texts.flatMap((text, position) => (text.includes(fold(letter)) ? [position] : []));
      expect(createSearcher(index).search(letter), letter).to.deep.equal(expected);
    }
    expect(names(searcher().search('z')), 'zoom.us, Esperanza').to.have.members(['Night Owls', 'Nueva Vida']);
    expect(names(searcher().search('Ñ')), 'ñ folds to n').to.deep.equal(names(searcher().search('n')));
  });

  it('splits the query into distinct folded words', () => {
    expect(queryTerms('  Peña  peña STEP ')).to.deep.equal(['pena', 'step']);
  });
});

describe('weekly order', () => {
  it('sorts by day, then start time, then name, with appointments last', () => {
    expect(names(meetings)).to.deep.equal(['Night Owls', 'Pena Step Study', 'Peña Group', 'Nueva Vida', 'By Appointment Group']);
  });

});
