/**
 * A link's label names the host the browser goes to. Labels (the provider's name, "on <host>") are
 * read from the same WHATWG parse as the link, so no text can make them disagree.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { linkHost, shownHost } from '../../src/model/link-host.js';
import { onlineProvider } from '../../src/model/online-providers.js';
import { safeLinkUrl } from '../../src/model/text.js';

/** Where an anchor with this href really goes, as the browser itself resolves it. */
function browserHost(href: string): string {
  const anchor = document.createElement('a');
  anchor.href = href;
  return anchor.hostname;
}

describe('link hosts', () => {
  it('names the host a backslash trick really goes to', () => {
    const href = safeLinkUrl('https://evil.example\\@zoom.us/j/123456')!;
    expect(browserHost(href)).to.equal('evil.example');
    expect(linkHost(href)).to.equal('evil.example');
    expect(onlineProvider(href), 'not labelled "Join on Zoom"').to.equal(undefined);
    expect(onlineProvider('https://evil.example\\@zoom.us/j/123456')).to.equal(undefined);
    expect(shownHost('https://www.example.org/x')).to.equal('example.org');
  });

  it('keeps real provider links labelled', () => {
    expect(onlineProvider(safeLinkUrl('https://us02web.zoom.us/j/85551234567?pwd=abc')!)).to.equal('Zoom');
    expect(onlineProvider(safeLinkUrl('https://user:pw@meet.google.com/abc-defg-hij')!)).to.equal('Google Meet');
    expect(onlineProvider(safeLinkUrl('https://ZOOM.US:443/j/1')!)).to.equal('Zoom');
  });

  it('gives every generated link a label host equal to where the browser goes', () => {
    const piece = fc.constantFrom('zoom.us', 'evil.example', 'meet.google.com', 'münchen.de', 'xn--mnchen-3ya.de', '127.0.0.1', '[::1]', 'a', '');
    const junk = fc.constantFrom('\\', '@', ':', '%40', '%5C', '//', '/', '?', '#', '\\\\', ':8080', 'user:pass@', '%2e', '.', ' ', '\t');
    const href = fc
      .tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', 'https:\\\\', 'https:/'), fc.array(fc.oneof(piece, junk), { minLength: 1, maxLength: 6 }))
      .map(([scheme, parts]) => scheme + parts.join(''));
    fc.assert(
      fc.property(href, (raw) => {
        const link = safeLinkUrl(raw);
        if (link === undefined) return;
        const host = browserHost(link);
        expect(linkHost(link) ?? '', raw).to.equal(host);
        const provider = onlineProvider(link);
        if (provider === 'Zoom') expect(host, raw).to.match(/(^|\.)zoom\.(us|com)$/);
        if (provider === 'Google Meet') expect(host, raw).to.equal('meet.google.com');
        // Raw text and its link agree too: labels from either name the same host.
        expect(onlineProvider(raw), raw).to.equal(provider);
      }),
      { numRuns: 2000 },
    );
  });
});
