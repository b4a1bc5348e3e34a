import { expect } from '@open-wc/testing';
import { cleanText, fold, safeLinkUrl, safeWebUrl, telUrl } from '../../src/model/text.js';

describe('fold', () => {
  it('ignores case and accents in both directions', () => {
    expect(fold('Peña')).to.equal(fold('PENA'));
    expect(fold('pena')).to.equal(fold('PEÑA'));
    expect(fold('Café Crème')).to.equal('cafe creme');
  });

  it('folds letters Unicode does not decompose', () => {
    expect(fold('Straße Łódź Ørsted Æble')).to.equal('strasse lodz orsted aeble');
  });

  it('makes typographic and straight apostrophes equal', () => {
    expect(fold('Women’s Step')).to.equal(fold("women's step"));
  });
});

describe('cleanText', () => {
  it('treats empty and blank strings, null and objects as absent', () => {
    for (const value of ['', '   ', null, undefined, {}, [], NaN]) expect(cleanText(value)).to.equal(undefined);
  });

  it('trims, keeps numbers as text, and normalizes line endings', () => {
    expect(cleanText('  Hall B \r\nside door ')).to.equal('Hall B \nside door');
    expect(cleanText(38103)).to.equal('38103');
  });
});

describe('safe links', () => {
  it('refuses script and data URLs', () => {
    expect(safeLinkUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeLinkUrl(' JaVaScRiPt:alert(1)')).to.equal(undefined);
    expect(safeLinkUrl('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
    expect(safeWebUrl('mailto:a@example.org')).to.equal(undefined);
  });

  it('keeps http(s), tel and mailto links', () => {
    expect(safeLinkUrl('https://zoom.us/j/123')).to.equal('https://zoom.us/j/123');
    expect(safeLinkUrl('tel:+19015550100')).to.equal('tel:+19015550100');
    expect(safeLinkUrl('mailto:someone@example.org')).to.equal('mailto:someone@example.org');
  });

  it('accepts web addresses written without a scheme', () => {
    expect(safeWebUrl('www.example.org/meetings')).to.equal('https://www.example.org/meetings');
  });
});

describe('telUrl', () => {
  it('keeps the digits, the leading +, pauses and # (escaped)', () => {
    expect(telUrl('+1 (901) 555-0100,,123456#')).to.equal('tel:+19015550100,,123456%23');
  });

  it('refuses text that is not a phone number', () => {
    expect(telUrl('call the office')).to.equal(undefined);
    expect(telUrl(undefined)).to.equal(undefined);
  });
});
