/**
 * What TypeScript users get from the language API: a catalog missing a message, a misspelt key in
 * a rewording, or a plural without its general form does not compile (`npm test` type-checks this
 * file first: an expected error that no longer happens fails it). At run time, a compiled catalog
 * fills its placeholders and picks plural forms.
 */
import { expect } from '@open-wc/testing';
import type { Catalog, CatalogOverrides } from '../../src/i18n/catalog.js';
import { compileCatalog } from '../../src/i18n/catalog.js';
import english from '../../src/i18n/languages/en.js';

const { searchLabel: _dropped, ...withoutSearchLabel } = english.strings;

// @ts-expect-error a catalog missing `strings.searchLabel` is not a Catalog
export const incomplete: Catalog = { ...english, strings: withoutSearchLabel };

// @ts-expect-error `meetingLabel` (for `meetingsLabel`) is not a message
export const misspelt: CatalogOverrides = { strings: { meetingLabel: 'Groups' } };

// @ts-expect-error a plural needs its general form (`other`)
export const noOther: CatalogOverrides = { strings: { resultCount: { one: '{count} group' } } };

export const fine: CatalogOverrides = { strings: { meetingsLabel: 'Groups', resultCount: { one: '{count} group', other: '{count} groups' } } };

describe('the language API’s types and compiled messages', () => {
  it('fills placeholders, chooses exact and plural forms, and isolates values in right-to-left text', () => {
    const ltr = compileCatalog(english, 'en').strings;
    expect(ltr.resultCount(0, '0')).to.equal('No meetings');
    expect(ltr.resultCount(1, '1')).to.equal('1 meeting');
    expect(ltr.resultCount(1234, '1,234')).to.equal('1,234 meetings');
    expect(ltr.feedError.http(404)).to.equal("The meeting list's server answered with an error (HTTP 404).");
    expect(ltr.feedError.http(0)).to.equal("The meeting list's server answered with an error.");
    const rtl = compileCatalog({ ...english, dir: 'rtl' }, 'en').strings;
    expect(rtl.listingFor('Group 12')).to.equal('Listing of \u2068Group 12\u2069');
    expect(fine.strings?.meetingsLabel).to.equal('Groups');
  });
});
