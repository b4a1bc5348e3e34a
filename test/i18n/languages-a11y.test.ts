/**
 * Every shipped language, as a person meets it: axe in the list, the open filters and a meeting's
 * details, and the keyboard path past the list and back — in right-to-left languages too. Its text
 * is the language's own (not English), and the content says which language it is.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { pressKey } from '../engines.js';
import { freezeClock } from '../ui/clock.js';
import { mount, openFilters, rows, rowsRendered, shadow, usePage } from '../ui/mount.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';
import { loadLocalizer } from '../../src/i18n/localize.js';

const LANGUAGES = ['en', 'es', 'fr', 'de', 'pt', 'ru', 'uk', 'pl', 'fa', 'ar', 'vi', 'zh', 'ko', 'tl', 'ja'];
const ZONE = 'America/Chicago';
const TUESDAY_MORNING = '2026-11-24T15:00:00Z';
const MEETINGS = [
  { slug: 'eve', name: 'Sunrise Serenity', day: 2, time: '19:30', end_time: '20:30', location: 'St. Mark’s Church', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', types: ['O', 'W', 'BB'], notes: 'Side door.', conference_url: 'https://zoom.us/j/5550100123', attendance_option: 'hybrid', latitude: 35.14, longitude: -90.05 },
  { slug: 'noon', name: 'Group 12', day: 3, time: '12:00', end_time: '13:00', formatted_address: '1500 Poplar Ave, Memphis, TN 38104, USA', types: ['C'], latitude: 35.13, longitude: -90.0 },
].map((record) => ({ ...record, timezone: ZONE }));

const active = (element: MeetingLocator) => shadow(element).activeElement as HTMLElement | null;

describe('<meeting-locator> in every language: axe and the keyboard', () => {
  usePage();
  let thaw: () => void;
  beforeEach(() => (thaw = freezeClock(TUESDAY_MORNING)));
  afterEach(() => thaw());

  for (const lang of LANGUAGES) {
    it(`${lang}: the list, the filters and the details pass axe, and the keyboard gets past the list and back`, async () => {
      const { element, loaded } = mount(
        (el) => {
          el.timezone = ZONE;
          el.meetings = MEETINGS;
          el.lang = lang;
        },
        '<a slot="footer" href="#after" id="after">After the finder</a>',
      );
      await loaded;
      await rowsRendered(element);
      // Once the meetings are in: English's finder messages come with the finder's chunk.
      const l10n = await loadLocalizer(lang);
      const main = shadow(element).querySelector<HTMLElement>('.main')!;
      expect(main.lang).to.equal(lang);
      expect(main.dir).to.equal(l10n.dir);
      expect(shadow(element).querySelector('label[for="q"]')!.textContent).to.equal(l10n.strings.searchLabel);
      await expect(element).to.be.accessible();

      shadow(element).querySelector<HTMLInputElement>('#q')!.focus();
      let skip: HTMLElement | null = null;
      for (let i = 0; i < 12 && !skip; i++) {
        await pressKey('Tab');
        if (active(element)?.classList.contains('skip-list')) skip = active(element);
      }
      expect(skip?.textContent, 'reached within 12 Tab presses').to.equal(l10n.strings.skipList);
      await pressKey('Enter');
      await waitUntil(() => active(element)?.classList.contains('back-to-search'), 'focus past the list', { timeout: 3000 });
      await pressKey('Enter');
      await waitUntil(() => active(element)?.id === 'q', 'focus back in the search', { timeout: 3000 });

      await openFilters(element);
      await expect(element).to.be.accessible();

      rows(element)[0]!.querySelector<HTMLAnchorElement>('a.open')!.click();
      await waitUntil(() => shadow(element).querySelector('.detail h4'), 'the details', { timeout: 5000 });
      expect(shadow(element).querySelector('.detail .back')!.textContent!.trim()).to.equal(l10n.strings.backToList);
      await expect(element).to.be.accessible();
    });
  }
});
