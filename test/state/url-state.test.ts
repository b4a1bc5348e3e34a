import { expect } from '@open-wc/testing';
import { EMPTY_FILTERS, equalFilters, isEmpty, without, type FilterState } from '../../src/state/filter-state.js';
import { readFilters, readMeeting, urlPrefix, urlWithFilters, writeFilters } from '../../src/state/url-state.js';

const FULL: FilterState = {
  q: 'peña big book',
  days: [2, 4, 'today'],
  times: ['evening', 'now'],
  attendance: ['in_person', 'hybrid'],
  features: ['women', 'language:es', 'wheelchair'],
  regions: ['Downtown, East & West', 'Midtown'],
  place: 'Cooper-Young',
  radius: 2.5,
  sort: 'distance',
};

function filters(partial: Partial<FilterState>): FilterState {
  return { ...EMPTY_FILTERS, ...partial };
}

describe('writeFilters / readFilters', () => {
  it('round-trips every dimension through a URL string', () => {
    const params = new URLSearchParams();
    writeFilters(params, 'ml-', FULL);
    const back = readFilters(new URLSearchParams(params.toString()), 'ml-');
    expect(back).to.deep.equal(FULL);
  });

  it('writes readable, once-encoded parameters: lists comma-separated, regions repeated', () => {
    const params = new URLSearchParams();
    writeFilters(params, 'ml-', FULL);
    expect(params.toString()).to.equal(
      'ml-q=pe%C3%B1a+big+book&ml-day=tue%2Cthu%2Ctoday&ml-time=evening%2Cnow&ml-att=in_person%2Chybrid' +
        '&ml-type=women%2Clanguage%3Aes%2Cwheelchair&ml-region=Downtown%2C+East+%26+West&ml-region=Midtown' +
        '&ml-place=Cooper-Young&ml-radius=2.5&ml-sort=distance',
    );
    expect(params.getAll('ml-region')).to.deep.equal(['Downtown, East & West', 'Midtown']);
  });

  it('round-trips each dimension on its own, and writes nothing else', () => {
    const cases: Array<[Partial<FilterState>, string]> = [
      [{ q: 'peña' }, 'x-q=pe%C3%B1a'],
      [{ days: [0, 6] }, 'x-day=sun%2Csat'],
      [{ days: ['tomorrow'] }, 'x-day=tomorrow'],
      [{ times: ['morning', 'midday', 'afternoon', 'night', 'soon'] }, 'x-time=morning%2Cmidday%2Cafternoon%2Cnight%2Csoon'],
      [{ attendance: ['online'] }, 'x-att=online'],
      [{ features: ['language:es'] }, 'x-type=language%3Aes'],
      [{ regions: ['Downtown, East & West'] }, 'x-region=Downtown%2C+East+%26+West'],
      [{ place: 'Peña Blanca' }, 'x-place=Pe%C3%B1a+Blanca'],
      [{ radius: 10 }, 'x-radius=10'],
      [{ sort: 'time' }, 'x-sort=time'],
    ];
    for (const [partial, expected] of cases) {
      const params = new URLSearchParams();
      writeFilters(params, 'x-', filters(partial));
      expect(params.toString(), expected).to.equal(expected);
      expect(readFilters(new URLSearchParams(expected), 'x-'), expected).to.deep.equal(filters(partial));
    }
  });

  it('writes nothing for an empty state and reads an empty state from nothing', () => {
    const params = new URLSearchParams('p=123');
    writeFilters(params, 'ml-', EMPTY_FILTERS);
    expect(params.toString()).to.equal('p=123');
    const read = readFilters(new URLSearchParams(''), 'ml-');
    expect(read).to.deep.equal(EMPTY_FILTERS);
    expect(read).not.to.equal(EMPTY_FILTERS);
    read.days.push(1);
    expect(EMPTY_FILTERS.days).to.deep.equal([]);
  });

  it('removes dimensions that became empty and leaves other parameters untouched', () => {
    const params = new URLSearchParams('p=123&ml-day=mon&utm=x&ml-region=A&ml-region=B&ml-sort=time');
    writeFilters(params, 'ml-', filters({ days: [3] }));
    expect(params.toString()).to.equal('p=123&utm=x&ml-day=wed');
  });

  it('keeps two prefixes in one URL apart', () => {
    const params = new URLSearchParams('p=123&utm=x');
    writeFilters(params, urlPrefix(null, 0), filters({ days: [1], regions: ['Midtown'] }));
    writeFilters(params, urlPrefix(null, 1), filters({ days: [5], features: ['men'] }));
    writeFilters(params, urlPrefix('finder', 0), filters({ q: 'step' }));
    expect(params.toString()).to.equal('p=123&utm=x&ml-day=mon&ml-region=Midtown&ml2-day=fri&ml2-type=men&finder-q=step');
    expect(readFilters(params, 'ml-')).to.deep.equal(filters({ days: [1], regions: ['Midtown'] }));
    expect(readFilters(params, 'ml2-')).to.deep.equal(filters({ days: [5], features: ['men'] }));
    expect(readFilters(params, 'finder-')).to.deep.equal(filters({ q: 'step' }));

    // Rewriting one leaves the other alone.
    writeFilters(params, 'ml-', EMPTY_FILTERS);
    expect(params.toString()).to.equal('p=123&utm=x&ml2-day=fri&ml2-type=men&finder-q=step');
  });

  it('drops invalid values one by one and never throws', () => {
    const params = new URLSearchParams(
      'ml-day=9,tue,7,-1,funday,1.5&ml-att=teleport,online&ml-radius=-5&ml-sort=zzz&ml-time=brunch,night' +
        '&ml-type=women,unicorns,language:,language:1,W&ml-q=%20%20&ml-place=%20&ml-region=%20',
    );
    expect(readFilters(params, 'ml-')).to.deep.equal(filters({ days: [2], attendance: ['online'], times: ['night'], features: ['women'] }));
    for (const radius of ['-5', '0', 'abc', '1e3', 'Infinity', 'NaN', '5km', '']) {
      expect(readFilters(new URLSearchParams({ 'ml-radius': radius }), 'ml-').radius, radius).to.equal(undefined);
    }
    expect(readFilters(new URLSearchParams('ml-radius=.5'), 'ml-').radius).to.equal(0.5);
    expect(readFilters(new URLSearchParams('ml-day=%E0%A4%A'), 'ml-')).to.deep.equal(EMPTY_FILTERS);
  });

  it('reads weekdays as numbers, short or full names and relative days, in any case, deduplicated', () => {
    const params = new URLSearchParams('ml-day=0,Mon,TUESDAY,wed,3,today,Tomorrow,sat,6');
    expect(readFilters(params, 'ml-').days).to.deep.equal([0, 1, 2, 3, 'today', 'tomorrow', 6]);
  });

  it('accepts repeated and space-separated list parameters and canonical spellings', () => {
    const params = new URLSearchParams('ml-day=mon&ml-day=fri+sat&ml-att=in-person&ml-type=Women&ml-type=language:ES-mx');
    expect(readFilters(params, 'ml-')).to.deep.equal(
      filters({ days: [1, 5, 6], attendance: ['in_person'], features: ['women', 'language:es'] }),
    );
  });

  it('trims and deduplicates free text and regions', () => {
    const params = new URLSearchParams('ml-q=++peña++&ml-region=+Midtown+&ml-region=Midtown&ml-place=+Memphis+');
    expect(readFilters(params, 'ml-')).to.deep.equal(filters({ q: 'peña', regions: ['Midtown'], place: 'Memphis' }));
  });

  it('does not write values it would not read back', () => {
    const params = new URLSearchParams();
    const messy = {
      ...EMPTY_FILTERS,
      q: '  ',
      days: [9, 2, 2],
      attendance: ['teleport', 'online'],
      features: ['unicorns', 'women'],
      regions: ['', 'Midtown', 'Midtown'],
      place: ' ',
      radius: -5,
      sort: 'zzz',
    } as unknown as FilterState;
    writeFilters(params, 'ml-', messy);
    expect(params.toString()).to.equal('ml-day=tue&ml-att=online&ml-type=women&ml-region=Midtown');
  });
});

describe('urlPrefix', () => {
  it('names unnamed elements by position and named ones by their sanitized id', () => {
    expect(urlPrefix(null, 0)).to.equal('ml-');
    expect(urlPrefix(undefined, 1)).to.equal('ml2-');
    expect(urlPrefix('', 2)).to.equal('ml3-');
    expect(urlPrefix('  ', 0)).to.equal('ml-');
    expect(urlPrefix(null, -1)).to.equal('ml-');
    expect(urlPrefix(null, 1.5)).to.equal('ml-');
    expect(urlPrefix('finder', 3)).to.equal('finder-');
    expect(urlPrefix('na_finder-2', 0)).to.equal('na_finder-2-');
    expect(urlPrefix('my finder&x=1', 0)).to.equal('my_finder_x_1-');
    expect(urlPrefix('peña', 0)).to.equal('pe_a-');
  });
});

describe('urlWithFilters', () => {
  it('adds the filters after the page parameters, which stay byte for byte, and keeps the fragment', () => {
    expect(urlWithFilters('https://example.org/find/?p=123&utm=x#list', 'ml-', filters({ days: [2], regions: ['Downtown, East & West'] }))).to.equal(
      'https://example.org/find/?p=123&utm=x&ml-day=tue&ml-region=Downtown%2C+East+%26+West#list',
    );
    expect(urlWithFilters('https://example.org/?a=b%20c&flag&ml-day=mon&ml2-day=sat', 'ml-', filters({ q: 'peña' }))).to.equal(
      'https://example.org/?a=b%20c&flag&ml2-day=sat&ml-q=pe%C3%B1a',
    );
  });

  it('removes its own parameters, however they were encoded, and the "?" when nothing is left', () => {
    expect(urlWithFilters('https://example.org/meetings?ml-day=mon&ml%2Dtype=women#x', 'ml-', EMPTY_FILTERS)).to.equal(
      'https://example.org/meetings#x',
    );
    expect(urlWithFilters('https://example.org/', 'ml-', EMPTY_FILTERS)).to.equal('https://example.org/');
  });

  it('writes the meeting whose details are open last, replaces it, and reads it back whole', () => {
    const href = urlWithFilters('https://example.org/?p=1&ml-meeting=old', 'ml-', filters({ days: [2] }), 'abc~2 & co');
    expect(href).to.equal('https://example.org/?p=1&ml-day=tue&ml-meeting=abc%7E2+%26+co');
    const params = new URL(href).searchParams;
    expect(readMeeting(params, 'ml-')).to.equal('abc~2 & co');
    expect(readMeeting(params, 'ml2-')).to.equal(undefined);
    expect(readFilters(params, 'ml-')).to.deep.equal(filters({ days: [2] }));
    // Closing the details drops it.
    expect(urlWithFilters(href, 'ml-', filters({ days: [2] }))).to.equal('https://example.org/?p=1&ml-day=tue');
  });

  it('works on relative URLs and tolerates malformed pieces', () => {
    expect(urlWithFilters('/meetings', 'ml-', filters({ sort: 'time' }))).to.equal('/meetings?ml-sort=time');
    expect(urlWithFilters('?%E0%A4%A=1&&ml-q=x', 'ml-', filters({ attendance: ['online'] }))).to.equal('?%E0%A4%A=1&ml-att=online');
  });

  it('round-trips through URL and readFilters', () => {
    const href = urlWithFilters('https://example.org/?p=123&utm=x', 'ml-', FULL);
    const url = new URL(href);
    expect(url.searchParams.get('p')).to.equal('123');
    expect(url.searchParams.get('utm')).to.equal('x');
    expect(readFilters(url.searchParams, 'ml-')).to.deep.equal(FULL);
  });
});

describe('filter state helpers', () => {
  it('compares lists as sets and ignores what would not be written', () => {
    expect(equalFilters(FULL, { ...FULL, days: ['today', 4, 2], features: ['wheelchair', 'women', 'language:es'] })).to.equal(true);
    expect(equalFilters(FULL, { ...FULL, regions: ['Midtown', 'Downtown, East & West', 'Midtown'] })).to.equal(true);
    expect(equalFilters(filters({ q: 'peña' }), filters({ q: ' peña ' }))).to.equal(true);
    expect(equalFilters(EMPTY_FILTERS, filters({ place: ' ', radius: -5 }))).to.equal(true);
    expect(equalFilters(FULL, { ...FULL, days: [2, 4] })).to.equal(false);
    expect(equalFilters(FULL, { ...FULL, regions: ['Downtown', 'Midtown'] })).to.equal(false);
    expect(equalFilters(FULL, { ...FULL, radius: 5 })).to.equal(false);
    expect(equalFilters(FULL, { ...FULL, sort: 'time' })).to.equal(false);
    expect(equalFilters(FULL, { ...FULL, place: undefined })).to.equal(false);
    expect(equalFilters(filters({ days: [0] }), filters({ days: ['today'] }))).to.equal(false);
  });

  it('knows an empty state; sort alone is not a filter', () => {
    expect(isEmpty(EMPTY_FILTERS)).to.equal(true);
    expect(isEmpty(filters({ q: '   ', sort: 'distance' }))).to.equal(true);
    expect(isEmpty(filters({ q: 'x' }))).to.equal(false);
    expect(isEmpty(filters({ days: [0] }))).to.equal(false);
    expect(isEmpty(filters({ regions: ['Midtown'] }))).to.equal(false);
    expect(isEmpty(filters({ place: 'Memphis' }))).to.equal(false);
    expect(isEmpty(filters({ radius: 5 }))).to.equal(false);
    expect(isEmpty(FULL)).to.equal(false);
  });

  it('removes one value of one dimension without changing the original', () => {
    const before = JSON.stringify(FULL);
    expect(without(FULL, 'days', 4).days).to.deep.equal([2, 'today']);
    expect(without(FULL, 'days', 'today').days).to.deep.equal([2, 4]);
    expect(without(FULL, 'features', 'language:es').features).to.deep.equal(['women', 'wheelchair']);
    expect(without(FULL, 'regions', 'Downtown, East & West').regions).to.deep.equal(['Midtown']);
    expect(without(FULL, 'attendance').attendance).to.deep.equal([]);
    expect(without(FULL, 'times', 'morning')).to.deep.equal(FULL);
    expect(without(FULL, 'q')).to.deep.equal({ ...FULL, q: '' });
    const { place: _place, ...withoutPlace } = FULL;
    expect(without(FULL, 'place', 'Cooper-Young')).to.deep.equal(withoutPlace);
    expect(without(FULL, 'place', 'Elsewhere')).to.deep.equal(FULL);
    expect(without(FULL, 'radius')).not.to.have.property('radius');
    expect(without(FULL, 'sort', 'distance')).not.to.have.property('sort');
    expect(without(FULL, 'sort', 'time').sort).to.equal('distance');
    expect(JSON.stringify(FULL)).to.equal(before);
    const copy = without(FULL, 'days', 2);
    copy.features.push('men');
    expect(FULL.features).to.deep.equal(['women', 'language:es', 'wheelchair']);
  });

  it('keeps EMPTY_FILTERS frozen', () => {
    expect(Object.isFrozen(EMPTY_FILTERS)).to.equal(true);
    expect(Object.isFrozen(EMPTY_FILTERS.days)).to.equal(true);
    expect(() => EMPTY_FILTERS.regions.push('x')).to.throw(TypeError);
  });
});
