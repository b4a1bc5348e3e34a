import { expect } from '@open-wc/testing';
import { groupPlaces, isPlaced, placeFeatures, placeIds, placeKey } from '../../src/map/map-features.js';
import { all, meeting, NASHVILLE, POPLAR_AVE, UNION_AVE } from './fixtures.js';

describe('map features', () => {
  it('places in-person and hybrid meetings with exact coordinates', () => {
    expect(isPlaced(meeting('a', { at: UNION_AVE }))).to.equal(true);
    expect(isPlaced(meeting('b', { at: UNION_AVE, attendance: 'hybrid' }))).to.equal(true);
  });

  it('does not place online-only or inactive meetings, even with coordinates', () => {
    expect(isPlaced(meeting('a', { at: UNION_AVE, attendance: 'online' }))).to.equal(false);
    expect(isPlaced(meeting('b', { at: UNION_AVE, attendance: 'inactive' }))).to.equal(false);
  });

  it('never places an approximate location as an exact point', () => {
    expect(isPlaced(meeting('a', { at: UNION_AVE, approximate: true }))).to.equal(false);
  });

  it('does not place meetings without coordinates or with impossible ones', () => {
    expect(isPlaced(meeting('a'))).to.equal(false);
    expect(isPlaced(meeting('b', { at: [95, 10] }))).to.equal(false);
    expect(isPlaced(meeting('c', { at: [Number.NaN, 10] }))).to.equal(false);
  });

  it('gives meetings at one address one feature, with both ids and a count of 2', () => {
    const meetings = [meeting('tue', { at: UNION_AVE, name: 'Fellowship Hall' }), meeting('thu', { at: [35.140001, -90.040001] })];
    const { features } = placeFeatures(meetings, all(meetings));
    expect(features).to.have.length(1);
    expect(features[0]!.properties.count).to.equal(2);
    expect(placeIds(features[0]!.properties)).to.deep.equal(['tue', 'thu']);
    expect(features[0]!.properties.label).to.equal('Fellowship Hall');
    expect(features[0]!.geometry.coordinates).to.deep.equal([-90.04, 35.14]);
  });

  it('keeps places apart when they are a few metres apart or more', () => {
    const meetings = [meeting('a', { at: UNION_AVE }), meeting('b', { at: [35.14005, -90.04] })];
    expect(placeFeatures(meetings, all(meetings)).features).to.have.length(2);
  });

  it('keeps only the results, in result order: the first result’s place comes first', () => {
    const meetings = [meeting('memphis', { at: UNION_AVE }), meeting('nashville', { at: NASHVILLE }), meeting('poplar', { at: POPLAR_AVE }), meeting('online', { attendance: 'online' })];
    const { features } = placeFeatures(meetings, [2, 3, 1]);
    expect(features.map((feature) => placeIds(feature.properties))).to.deep.equal([['poplar'], ['nashville']]);
  });

  it('labels a place by its name, else its address, with a stable key', () => {
    const meetings = [meeting('a', { at: UNION_AVE, address: '100 Union Ave' }), meeting('b', { at: POPLAR_AVE })];
    const { features } = placeFeatures(meetings, all(meetings));
    expect(features.map((feature) => feature.properties.label)).to.deep.equal(['100 Union Ave', '']);
    expect(features[0]!.properties.key).to.equal(placeKey({ latitude: 35.14, longitude: -90.04 }));
    expect(placeFeatures(meetings, [0]).features[0]!.properties.key).to.equal(features[0]!.properties.key);
  });

  it('tells which place each placed meeting is at', () => {
    const meetings = [meeting('a', { at: UNION_AVE }), meeting('b', { at: UNION_AVE }), meeting('c', { attendance: 'online' })];
    const { byMeeting, collection } = groupPlaces(meetings, all(meetings));
    expect(byMeeting.get('b')).to.equal(collection.features[0]);
    expect(byMeeting.has('c')).to.equal(false);
  });

  it('reads ids back defensively', () => {
    expect(placeIds({ ids: '["x","y"]' })).to.deep.equal(['x', 'y']);
    expect(placeIds({ ids: 'not json' })).to.deep.equal([]);
    expect(placeIds(null)).to.deep.equal([]);
  });
});
