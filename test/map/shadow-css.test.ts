import { expect } from '@open-wc/testing';
import { adoptCss } from '../../src/map/shadow-css.js';

describe('adoptCss', () => {
  it('adds the sheet to the node’s shadow root once, before the root’s own styles', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const own = new CSSStyleSheet();
    own.replaceSync('.box { position: fixed; }');
    root.adoptedStyleSheets = [own];
    const box = document.createElement('div');
    box.className = 'box';
    root.append(box);

    adoptCss(box, '.box { position: absolute; } .other { color: red; }');
    adoptCss(box, '.box { position: absolute; } .other { color: red; }');
    expect(root.adoptedStyleSheets).to.have.length(2);
    expect(root.adoptedStyleSheets[1]).to.equal(own);
    // The element's own rule wins a tie with the adopted one.
    expect(getComputedStyle(box).position).to.equal('fixed');
    host.remove();
  });

  it('does nothing for a node in no document', () => {
    expect(() => adoptCss(document.createElement('div'), '.x {}')).not.to.throw();
  });
});
