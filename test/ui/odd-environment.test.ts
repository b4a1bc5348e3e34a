/**
 * Odd environments: whatever the browser says its language is (WebKitGTK says "C" under a POSIX
 * locale; privacy tools and embedded views say stranger things), the element shows its meetings;
 * and when drawing itself throws anyway, it says so instead of keeping "Loading…" on screen while
 * `status` says ready.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ErrorEventDetail } from '../../src/ui/events.js';
import { mount, rows, rowsRendered, shadow, usePage } from './mount.js';

const MEETINGS = [
  { slug: 'a', name: 'Tuesday Night Open', day: 2, time: '19:00', latitude: 35.14, longitude: -90.05, formatted_address: '1 Union Ave, Memphis, TN', types: ['O'] },
  { slug: 'b', name: 'Online Serenity', day: 3, time: '12:00', conference_url: 'https://zoom.us/j/5550100', types: ['ONL'] },
];

/** Makes `navigator.language(s)` say something else until the returned function is called. */
function fakeLanguage(language: unknown, languages: unknown = [language]): () => void {
  const originals = ['language', 'languages'].map((name) => [name, Object.getOwnPropertyDescriptor(navigator, name)] as const);
  Object.defineProperty(navigator, 'language', { configurable: true, get: () => language });
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
  return () => {
    for (const [name, own] of originals) {
      if (own) Object.defineProperty(navigator, name, own);
      else delete (navigator as unknown as Record<string, unknown>)[name];
    }
  };
}

describe('in an odd environment', () => {
  usePage();

  for (const language of ['C', '', 'und', 'C.UTF-8', 'en_US.UTF-8', '!!garbage!!', 'x-private', undefined]) {
    it(`shows the meetings when navigator.language is ${JSON.stringify(language)}`, async () => {
      const restore = fakeLanguage(language);
      try {
        const { element, loaded } = mount((el) => {
          el.timezone = 'America/Chicago';
          el.meetings = MEETINGS;
        });
        await loaded;
        await rowsRendered(element, 2);
        await element.updateComplete;
        expect(element.status).to.equal('ready');
        expect(shadow(element).textContent).not.to.contain('Loading meetings');
        expect(rows(element).map((row) => row.querySelector('h4')!.textContent!.trim())).to.have.members(['Tuesday Night Open', 'Online Serenity']);
      } finally {
        restore();
      }
    });
  }

  it('says so when drawing itself throws, with status "error" and one ml-error, and recovers on retry', async () => {
    const errors: ErrorEventDetail[] = [];
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.meetings = MEETINGS;
      el.addEventListener('ml-error', (event) => errors.push((event as CustomEvent<ErrorEventDetail>).detail));
    });
    await loaded;
    await rowsRendered(element, 2);
    // An environment that throws where the element reads it (here the distance unit's default).
    const restore = fakeLanguage(undefined);
    Object.defineProperty(navigator, 'language', { configurable: true, get: () => { throw new TypeError('hostile environment'); } });
    try {
      element.requestUpdate();
      await element.updateComplete;
      await waitUntil(() => errors.length > 0, 'ml-error sent');
      const alert = shadow(element).querySelector('[role="alert"]');
      expect(alert?.textContent).to.contain('Something went wrong while showing the meetings');
      expect(element.status).to.equal('error');
      expect(rows(element)).to.have.length(0);
      expect(errors).to.deep.equal([{ code: 'render', message: 'TypeError: hostile environment', source: '' }]);
      element.requestUpdate();
      await element.updateComplete;
      expect(errors, 'not again while it stays broken').to.have.length(1);
      await expect(element).to.be.accessible();
    } finally {
      restore();
    }
    shadow(element).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await element.updateComplete;
    await rowsRendered(element, 2);
    expect(element.status).to.equal('ready');
    expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
  });
});
