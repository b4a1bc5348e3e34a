/**
 * English's words for what only a loaded finder shows (the features' names, contacts, "still
 * possible", taking meetings along) come with the finder's chunk, not in the first load; the rows
 * still name every type in English, and a host's rewording made before that chunk arrives still
 * holds once it has. This file must be the first in its page to mount the element: each test file
 * has a page of its own.
 */
import { expect } from '@open-wc/testing';
import { overrideStrings } from '../../src/i18n/languages.js';
import { mount, rows, rowsRendered, usePage } from './mount.js';

const requested = (pattern: RegExp) => performance.getEntriesByType('resource').filter((entry) => pattern.test(new URL(entry.name).pathname));

describe("English's finder words", () => {
  usePage();

  it('come with the finder, after the first load; the rows name every type, as the host reworded them', async () => {
    // Before any element, so before the finder's chunk: English has its messages only.
    overrideStrings('en', { features: { closed: { name: 'Members only' } } });
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.src = '/test-feed/valid';
    });
    await loaded;
    await rowsRendered(element, 2);

    const [finder] = requested(/\/ui\/finder-chunk\.(ts|js)$/);
    const words = requested(/\/languages\/en-finder\.(ts|js)$/);
    expect(finder, "the finder's chunk was fetched").to.exist;
    expect(words, "English's finder words were fetched").to.have.length(1);
    expect(words[0]!.startTime, 'asked for by the finder, not by the first load').to.be.at.least(finder!.startTime);
    expect(requested(/\/languages\/en\.(ts|js)$/), 'whole English is for tests, not the element').to.deep.equal([]);

    const types = rows(element).map((row) => row.querySelector('.types')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(types.sort()).to.deep.equal(['In person Open', 'Online Members only']);
  });
});
