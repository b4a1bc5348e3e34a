import { expect } from '@open-wc/testing';
import { supportsWebGL2 } from '../../src/map/webgl.js';

describe('WebGL2 support', () => {
  it('is found in the test browser (headless Chromium draws WebGL2 with SwiftShader)', () => {
    expect(supportsWebGL2()).to.equal(true);
    // Cached: asking again creates no second context.
    expect(supportsWebGL2()).to.equal(true);
  });
});
