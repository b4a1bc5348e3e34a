import { expect } from '@open-wc/testing';
import { EMPTY_FILTERS } from '../../src/state/filter-state.js';
import { presetFilters } from '../../src/state/preset-filters.js';

describe('presetFilters', () => {
  it('gives empty filters for no attributes, null attributes and blank ones', () => {
    expect(presetFilters({})).to.deep.equal({ filters: EMPTY_FILTERS, ignored: [] });
    expect(presetFilters({ day: null, time: null, types: null, attendance: null, region: null, q: null })).to.deep.equal({
      filters: EMPTY_FILTERS,
      ignored: [],
    });
    expect(presetFilters({ day: ' ', types: ' , ', region: '  ', q: '' })).to.deep.equal({ filters: EMPTY_FILTERS, ignored: [] });
  });

  it('reads days as relative days, numbers and names, separated by commas or white space', () => {
    expect(presetFilters({ day: 'today' }).filters.days).to.deep.equal(['today']);
    expect(presetFilters({ day: '2 4' }).filters.days).to.deep.equal([2, 4]);
    expect(presetFilters({ day: 'tue,thu' }).filters.days).to.deep.equal([2, 4]);
    expect(presetFilters({ day: ' Sunday, SAT\n tomorrow ,0' }).filters.days).to.deep.equal([0, 6, 'tomorrow']);
  });

  it('reads feature keys, Meeting Guide codes and languages', () => {
    expect(presetFilters({ types: 'women wheelchair' }).filters.features).to.deep.equal(['women', 'wheelchair']);
    expect(presetFilters({ types: 'W, X' }).filters.features).to.deep.equal(['women', 'wheelchair']);
    expect(presetFilters({ types: 'Women x S' }).filters.features).to.deep.equal(['women', 'wheelchair', 'language:es']);
    expect(presetFilters({ types: 'language:es lang:FR lang:pt-BR' }).filters.features).to.deep.equal([
      'language:es',
      'language:fr',
      'language:pt',
    ]);
    expect(presetFilters({ types: 'W women' }).filters.features).to.deep.equal(['women']);
    expect(presetFilters({ types: '12x12 LGBTQIA' }).filters.features).to.deep.equal(['twelve-and-twelve', 'lgbtq']);
  });

  it('reads times, attendance, region and search text', () => {
    const { filters, ignored } = presetFilters({
      time: 'evening, Night',
      attendance: 'online hybrid In-Person',
      region: '  Downtown, East & West ',
      q: '  peña  ',
    });
    expect(ignored).to.deep.equal([]);
    expect(filters).to.deep.equal({
      ...EMPTY_FILTERS,
      times: ['evening', 'night'],
      attendance: ['online', 'hybrid', 'in_person'],
      regions: ['Downtown, East & West'],
      q: 'peña',
    });
  });

  it('returns invalid tokens as written, in attribute order, and keeps the valid ones', () => {
    const { filters, ignored } = presetFilters({
      day: '9, tue, funday',
      time: 'brunch evening',
      types: 'women unicorns es ONL lang:1 language:',
      attendance: 'teleport,online',
      region: 'Midtown',
    });
    expect(ignored).to.deep.equal(['9', 'funday', 'brunch', 'unicorns', 'es', 'ONL', 'lang:1', 'language:', 'teleport']);
    expect(filters).to.deep.equal({
      ...EMPTY_FILTERS,
      days: [2],
      times: ['evening'],
      features: ['women'],
      attendance: ['online'],
      regions: ['Midtown'],
    });
  });

  it('returns fresh lists, not those of EMPTY_FILTERS', () => {
    const { filters } = presetFilters({});
    filters.days.push(1);
    filters.regions.push('x');
    expect(EMPTY_FILTERS.days).to.deep.equal([]);
    expect(EMPTY_FILTERS.regions).to.deep.equal([]);
  });
});
