import { expect } from '@open-wc/testing';
import { featureBounds, fitOptions, FIT_MAX_ZOOM } from '../../src/map/bounds.js';
import { placeFeatures } from '../../src/map/map-features.js';
import { all, meeting, NASHVILLE, UNION_AVE } from './fixtures.js';

describe('map bounds', () => {
  it('is undefined when nothing is placed', () => {
    expect(featureBounds([])).to.equal(undefined);
  });

  it('is a zero-size box around a single place', () => {
    const { features } = placeFeatures([meeting('a', { at: UNION_AVE })], [0]);
    expect(featureBounds(features)).to.deep.equal([[-90.04, 35.14], [-90.04, 35.14]]);
  });

  it('spans every place, west-south to east-north', () => {
    const meetings = [meeting('nashville', { at: NASHVILLE }), meeting('memphis', { at: UNION_AVE })];
    expect(featureBounds(placeFeatures(meetings, all(meetings)).features)).to.deep.equal([[-90.04, 35.14], [-86.7816, 36.1627]]);
  });

  it('pads by a tenth of the shorter side, within limits, and caps the zoom', () => {
    expect(fitOptions(600, 400)).to.deep.equal({ padding: 40, maxZoom: FIT_MAX_ZOOM });
    expect(fitOptions(2000, 1500).padding).to.equal(60);
    expect(fitOptions(300, 200).padding).to.equal(20);
    expect(FIT_MAX_ZOOM).to.equal(15);
  });

  it('never pads a tiny map so much that nothing is left to fit into', () => {
    expect(fitOptions(40, 40).padding).to.equal(10);
    expect(fitOptions(0, 0).padding).to.equal(0);
  });
});
