/**
 * Feature descriptions as the details show them: English's come with the details' chunk, other
 * languages' with their own catalog, and a host's rewording of an English one comes first.
 */
import { expect } from '@open-wc/testing';
import { describeFeature } from '../../src/i18n/feature-descriptions.js';
import { overrideStrings } from '../../src/i18n/languages.js';
import { loadLocalizer, localizer } from '../../src/i18n/localize.js';

describe('describeFeature', () => {
  it('gives English’s description in English', () => {
    expect(describeFeature(localizer('en'), 'open')).to.equal('Anyone may attend, including family, friends and people who are curious.');
    expect(describeFeature(localizer('en'), 'wheelchair')).to.equal('The meeting room can be reached without steps.');
  });

  it('gives another language’s own description, never English’s', async () => {
    const spanish = await loadLocalizer('es');
    const text = describeFeature(spanish, 'open');
    expect(text).to.be.a('string');
    expect(text).to.not.equal(describeFeature(localizer('en'), 'open'));
  });

  it('nothing for a feature without one, or a name that is no feature', () => {
    expect(describeFeature(localizer('en'), 'no-such-feature')).to.equal(undefined);
  });

  it('a host’s rewording of an English description comes first', () => {
    overrideStrings('en', { features: { open: { name: 'Open', description: 'Everyone is welcome here.' } } });
    try {
      expect(describeFeature(localizer('en'), 'open')).to.equal('Everyone is welcome here.');
    } finally {
      overrideStrings('en', { features: { open: { name: 'Open', description: 'Anyone may attend, including family, friends and people who are curious.' } } });
    }
  });
});
