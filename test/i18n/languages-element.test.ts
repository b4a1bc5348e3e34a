/**
 * The element in the languages it ships and the ones a host adds: it waits for a language's chunk
 * rather than flash English, marks its content with the language and direction it shows, keeps times
 * in order inside right-to-left text, picks plural forms by the language's rules, follows a host's
 * rewording at once, and speaks English (with an `ml-error`) when a language cannot be fetched.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { freezeClock } from '../ui/clock.js';
import { mount, rows, rowsRendered, shadow, usePage } from '../ui/mount.js';
import { MeetingLocator } from '../../src/ui/meeting-locator-element.js';
import { registerLanguage, overrideStrings, resolveLanguage } from '../../src/i18n/languages.js';
import { loadLocalizer } from '../../src/i18n/localize.js';
import english from '../../src/i18n/languages/en.js';
import type { Catalog } from '../../src/i18n/catalog.js';

const ZONE = 'America/Chicago';
/** Tuesday 24 November 2026, 9:00 AM in Memphis. */
const TUESDAY_MORNING = '2026-11-24T15:00:00Z';

const MEETINGS = [
  { slug: 'eve', name: 'Sunrise Serenity', day: 2, time: '19:30', end_time: '20:30', location: 'St. Mark’s Church', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', types: ['O', 'W'], latitude: 35.14, longitude: -90.05 },
  { slug: 'noon', name: 'Group 12', day: 3, time: '12:00', end_time: '13:00', formatted_address: '1500 Poplar Ave, Memphis, TN 38104, USA', types: ['C'], latitude: 35.13, longitude: -90.0 },
].map((record) => ({ ...record, timezone: ZONE }));

function mountIn(lang: string, containerLang?: string) {
  return mount(
    (el) => {
      el.timezone = ZONE;
      el.meetings = MEETINGS;
      if (lang) el.lang = lang;
    },
    '',
    containerLang,
  );
}

const main = (element: MeetingLocator) => shadow(element).querySelector<HTMLElement>('.main')!;
const searchLabel = (element: MeetingLocator) => shadow(element).querySelector('#q')?.getAttribute('aria-label') ?? shadow(element).querySelector('label[for="q"]')?.textContent?.trim();

/** Where the first and the last character of an element's text are drawn (x of their centres). */
function endsOf(node: HTMLElement): { first: number; last: number } {
  const text = [...node.childNodes].find((child): child is Text => child.nodeType === Node.TEXT_NODE && !!child.textContent?.trim())!;
  const value = text.textContent!;
  const start = value.search(/\S/);
  const end = value.trimEnd().length - 1;
  const centre = (at: number) => {
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 1);
    const rect = range.getBoundingClientRect();
    return rect.left + rect.width / 2;
  };
  return { first: centre(start), last: centre(end) };
}

describe('<meeting-locator> languages', () => {
  usePage();
  let thaw: () => void;
  beforeEach(() => (thaw = freezeClock(TUESDAY_MORNING)));
  afterEach(() => thaw());

  it('resolves tags to a shipped language, and anything else to English', () => {
    expect(resolveLanguage('es-MX')).to.equal('es');
    expect(resolveLanguage('pt_BR')).to.equal('pt');
    expect(resolveLanguage('zh-Hans-CN')).to.equal('zh');
    expect(resolveLanguage('fil')).to.equal('tl');
    for (const odd of ['', 'C', 'und', '!!', 'x-private', 'C.UTF-8']) expect(resolveLanguage(odd), odd).to.equal('en');
  });

  it('waits for a language’s chunk instead of showing English first, then marks its content with it', async () => {
    const { element, loaded } = mountIn('fr');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(shadow(element).textContent ?? ''));
    observer.observe(shadow(element), { subtree: true, childList: true, characterData: true });
    await loaded;
    await rowsRendered(element);
    observer.disconnect();
    expect(seen.some((text) => /Loading meetings|Search meetings/.test(text)), 'English shown before French').to.equal(false);
    expect(main(element).lang).to.equal('fr');
    expect(main(element).dir).to.equal('ltr');
    expect(shadow(element).textContent).to.contain('Mardi');
  });

  it('is complete as soon as updateComplete resolves, in a language fetched as a chunk', async () => {
    const element = document.createElement('meeting-locator');
    element.lang = 'de';
    element.view = 'list';
    element.meetings = MEETINGS;
    document.body.append(element);
    try {
      await element.updateComplete;
      expect(shadow(element).querySelector('.main')?.getAttribute('lang')).to.equal('de');
    } finally {
      element.remove();
    }
  });

  it('takes the language of the nearest ancestor with lang, and follows a change of its own lang', async () => {
    const { element, loaded } = mountIn('', 'pt-BR');
    await loaded;
    await rowsRendered(element);
    expect(main(element).lang).to.equal('pt');
    element.lang = 'es';
    await element.updateComplete;
    expect(main(element).lang).to.equal('es');
    expect(shadow(element).textContent).to.contain('Martes');
  });

  for (const lang of ['ar', 'fa']) {
    it(`reads right to left in ${lang}: direction marked, times in order, values isolated, the back arrow mirrored`, async () => {
      const { element, loaded } = mountIn(lang);
      await loaded;
      await rowsRendered(element);
      expect(main(element).dir).to.equal('rtl');
      expect(getComputedStyle(main(element)).direction).to.equal('rtl');
      // In right-to-left reading the start of "7:30 – 8:30" is on the right.
      const time = rows(element)[0]!.querySelector<HTMLElement>('.time bdi')!;
      const { first, last } = endsOf(time);
      expect(first, `"${time.textContent}" starts on the right`).to.be.greaterThan(last);
      // The row's link names the meeting with its values isolated, so a Latin name does not reorder the sentence.
      const label = rows(element)[0]!.querySelector('a.open')!.getAttribute('aria-label')!;
      expect(label).to.contain('\u2068Sunrise Serenity\u2069');
      rows(element)[0]!.querySelector<HTMLAnchorElement>('a.open')!.click();
      await waitUntil(() => shadow(element).querySelector('.detail h4'), 'details', { timeout: 5000 });
      const arrow = shadow(element).querySelector('.detail .back svg')!;
      expect(getComputedStyle(arrow).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    });
  }

  it('leaves the host’s slotted content in the page’s language and direction', async () => {
    const { element, loaded } = mount(
      (el) => {
        el.timezone = ZONE;
        el.meetings = MEETINGS;
        el.lang = 'ar';
      },
      '<div slot="faq"><p id="faq-q">Is it free?</p></div><p slot="helpline" id="line">In a crisis, call or text 988.</p>',
    );
    await loaded;
    await rowsRendered(element);
    expect(main(element).dir).to.equal('rtl');
    for (const id of ['faq-q', 'line']) expect(getComputedStyle(element.querySelector(`#${id}`)!).direction, id).to.equal('ltr');
  });

  it('keeps English times in order on a right-to-left page', async () => {
    const { element, loaded } = mount((el) => {
      el.timezone = ZONE;
      el.meetings = MEETINGS;
      el.lang = 'en';
    });
    element.parentElement!.dir = 'rtl';
    await loaded;
    await rowsRendered(element);
    const time = rows(element)[0]!.querySelector<HTMLElement>('.time bdi')!;
    const { first, last } = endsOf(time);
    expect(first, `"${time.textContent}" starts on the left`).to.be.lessThan(last);
  });

  it('chooses plural forms by the language’s rules (Russian: one, few, many)', async () => {
    const ru = await loadLocalizer('ru');
    const count = (n: number) => ru.strings.resultCount(n, ru.number(n));
    const word = (n: number) => count(n).replace(/[\d\s\u00a0]/g, '');
    expect(word(1)).to.not.equal(word(2));
    expect(word(2)).to.not.equal(word(5));
    expect(word(21)).to.equal(word(1));
    expect(word(22)).to.equal(word(2));
    expect(word(11)).to.equal(word(5));
  });

  it('lets a host register a language, and reword one; elements on the page follow at once', async () => {
    const esperanto: Catalog = { ...english, strings: { ...english.strings, searchPlaceholder: 'Nomo, loko, urbo aŭ tipo', meetingsLabel: 'Kunvenoj' } };
    MeetingLocator.registerLanguage('eo', esperanto);
    const { element, loaded } = mountIn('eo');
    await loaded;
    await rowsRendered(element);
    expect(main(element).lang).to.equal('eo');
    expect(shadow(element).querySelector('#q')!.getAttribute('placeholder')).to.equal('Nomo, loko, urbo aŭ tipo');

    const other = mountIn('en');
    await other.loaded;
    await rowsRendered(other.element);
    overrideStrings('en', { strings: { resultCount: { one: '{count} group', other: '{count} groups' } } });
    try {
      await other.element.updateComplete;
      expect(shadow(other.element).textContent).to.contain('2 groups');
    } finally {
      overrideStrings('en', { strings: { resultCount: english.strings.resultCount } });
    }
    await other.element.updateComplete;
    expect(shadow(other.element).textContent).to.contain('2 meetings');
  });

  it('refuses a tag that is not one, and a catalog source that fails speaks English with an ml-error', async () => {
    expect(() => registerLanguage('not a tag!', english)).to.throw(TypeError);
    registerLanguage('io', () => Promise.reject(new Error('the connection dropped')));
    const { element, loaded, failed } = mountIn('io');
    const error = await failed;
    expect(error.detail.code).to.equal('language');
    expect(error.detail.message).to.contain('the connection dropped');
    await loaded;
    await rowsRendered(element);
    expect(main(element).lang).to.equal('en');
    expect(searchLabel(element) ?? '').to.match(/Search/);
  });

  it('finds meetings by type names in the page’s language as well as English', async () => {
    const { element, loaded } = mountIn('es');
    await loaded;
    await rowsRendered(element);
    const search = shadow(element).querySelector<HTMLInputElement>('#q')!;
    for (const [query, expected] of [
      ['mujeres', 1],
      ['women', 1],
    ] as const) {
      search.value = query;
      search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await waitUntil(() => rows(element).length === expected, `${query}: ${expected} row`, { timeout: 5000 });
    }
  });
});
