import { expect } from '@open-wc/testing';
import { shareLink, type ShareNavigator } from '../../src/export/share.js';

const data = { title: 'Tuesday Night Group', text: 'Tuesday Night Group', url: 'https://example.org/meetings?meeting=abc' };

interface Calls {
  shared: ShareData[];
  copied: string[];
}

function fake(options: { share?: 'ok' | Error; canShare?: boolean; clipboard?: 'ok' | Error }): { nav: ShareNavigator; calls: Calls } {
  const calls: Calls = { shared: [], copied: [] };
  const nav: { -readonly [K in keyof ShareNavigator]: ShareNavigator[K] } = {};
  if (options.share) {
    const outcome = options.share;
    nav.share = async (shared?: ShareData) => {
      calls.shared.push(shared!);
      if (outcome instanceof Error) throw outcome;
    };
  }
  if (options.canShare !== undefined) {
    const answer = options.canShare;
    nav.canShare = () => answer;
  }
  if (options.clipboard) {
    const outcome = options.clipboard;
    nav.clipboard = {
      writeText: async (text: string) => {
        if (outcome instanceof Error) throw outcome;
        calls.copied.push(text);
      },
    } as Clipboard;
  }
  return { nav, calls };
}

describe('shareLink', () => {
  it('uses the Web Share API when present', async () => {
    const { nav, calls } = fake({ share: 'ok', clipboard: 'ok' });
    expect(await shareLink(data, nav)).to.equal('shared');
    expect(calls.shared).to.deep.equal([data]);
    expect(calls.copied).to.deep.equal([]);
  });

  it('is cancelled when the person closes the share sheet, and copies nothing', async () => {
    const { nav, calls } = fake({ share: new DOMException('Share canceled', 'AbortError'), clipboard: 'ok' });
    expect(await shareLink(data, nav)).to.equal('cancelled');
    expect(calls.copied).to.deep.equal([]);
  });

  it('copies the link when sharing fails otherwise', async () => {
    const { nav, calls } = fake({ share: new DOMException('No user activation', 'NotAllowedError'), clipboard: 'ok' });
    expect(await shareLink(data, nav)).to.equal('copied');
    expect(calls.copied).to.deep.equal([data.url]);
  });

  it('copies the link when canShare refuses the data', async () => {
    const { nav, calls } = fake({ share: 'ok', canShare: false, clipboard: 'ok' });
    expect(await shareLink(data, nav)).to.equal('copied');
    expect(calls.shared).to.deep.equal([]);
    expect(calls.copied).to.deep.equal([data.url]);
  });

  it('copies the link when there is no Web Share API', async () => {
    const { nav, calls } = fake({ clipboard: 'ok' });
    expect(await shareLink(data, nav)).to.equal('copied');
    expect(calls.copied).to.deep.equal([data.url]);
  });

  it('is unavailable when the clipboard refuses or is missing', async () => {
    expect(await shareLink(data, fake({ clipboard: new DOMException('Denied', 'NotAllowedError') }).nav)).to.equal('unavailable');
    expect(await shareLink(data, fake({}).nav)).to.equal('unavailable');
    expect(await shareLink(data, fake({ share: new TypeError('bad data') }).nav)).to.equal('unavailable');
  });
});
