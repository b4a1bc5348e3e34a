import { expect } from '@open-wc/testing';
import fc from 'fast-check';
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

  it('folds ASCII text (its quick path) as it folds the same text with accents after it', () => {
    // The accent sends the whole text down the Unicode path; the ASCII part must come out the same.
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (ascii) => {
        expect(fold(`${ascii}É`)).to.equal(`${fold(ascii)}e`);
      }),
    );
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

describe('safe links against tricks', () => {
  it('refuses schemes hidden by tabs, newlines, case or leading control characters', () => {
    for (const url of ['java\tscript:alert(1)', 'java\nscript:alert(1)', 'JAVASCRIPT:alert(1)', '\u0001javascript:alert(1)', 'vbscript:msgbox(1)']) {
      expect(safeLinkUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('refuses web links without a host', () => {
    expect(safeWebUrl('https://')).to.equal(undefined);
    expect(safeWebUrl('https:zoom.us')).to.equal(undefined);
  });

  it('keeps a web link that the browser would also follow to the same place', () => {
    const url = safeWebUrl(' https://zoom.us/j/123?pwd=a b ')!;
    expect(new URL(url).host).to.equal('zoom.us');
    expect(url).to.equal('https://zoom.us/j/123?pwd=a%20b');
  });
});
