/**
 * Getting around by keyboard and screen reader: a way past the list's hundreds of rows (and back),
 * and row links that say which meeting they are, not only its name (names repeat across days).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { pressKey } from '../engines.js';
import { freezeClock } from './clock.js';
import { mount, rows, rowsRendered, shadow, usePage } from './mount.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';

const ZONE = 'America/Chicago';
/** Tuesday 24 November 2026, 9:00 AM in Memphis. */
const TUESDAY_MORNING = '2026-11-24T15:00:00Z';

/** The same name on two days, and enough rows that tabbing through them is long. */
const MEETINGS = [
  { slug: 'sun-tue', name: 'Sunrise Serenity', day: 2, time: '19:00', end_time: '20:00', location: 'St. Mark’s Church', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', notes: 'Side door.', group: 'Sunrise Group', types: ['O', 'D'], latitude: 35.14, longitude: -90.05 },
  { slug: 'sun-thu', name: 'Sunrise Serenity', day: 4, time: '07:00', end_time: '08:00', location: 'Poplar Hall', formatted_address: '1500 Poplar Ave, Memphis, TN 38104, USA' },
  ...Array.from({ length: 12 }, (_, i) => ({ slug: `m${i}`, name: `Group ${i}`, day: 5, time: `${String(8 + i).padStart(2, '0')}:00`, formatted_address: `${i} Main St, Memphis, TN` })),
].map((record) => ({ ...record, timezone: ZONE }));

const mountMeetings = () =>
  mount(
    (el) => {
      el.timezone = ZONE;
      el.meetings = MEETINGS;
    },
    // Something to Tab to after the element: Tab past a page's last control leaves the page (and in
    // Firefox puts focus in the browser's own UI, where a later Enter would act on the address bar).
    '<a slot="footer" href="#after" id="after">After the finder</a>',
  );

const active = (element: MeetingLocator) => shadow(element).activeElement as HTMLElement | null;

describe('<meeting-locator> keyboard paths', () => {
  usePage();
  let thaw: () => void;
  beforeEach(() => (thaw = freezeClock(TUESDAY_MORNING)));
  afterEach(() => thaw());

  it('names each row’s link with its day, time and place, starting with the name a person sees', async () => {
    const { element, loaded } = mountMeetings();
    await loaded;
    await rowsRendered(element);
    const links = rows(element)
      .map((row) => row.querySelector<HTMLAnchorElement>('a.open')!)
      .filter((link) => link.textContent === 'Sunrise Serenity')
      .map((link) => link.getAttribute('aria-label'));
    expect(links).to.deep.equal([
      'Sunrise Serenity, Tuesday 7:00 – 8:00 PM, St. Mark’s Church · 100 Union Ave, Memphis, TN 38103, USA',
      'Sunrise Serenity, Thursday 7:00 – 8:00 AM, Poplar Hall · 1500 Poplar Ave, Memphis, TN 38104, USA',
    ]);
  });

  it('offers "Skip past the list" when tabbing from the search, shown when focused, and "Back to the search" past it', async () => {
    const { element, loaded } = mountMeetings();
    await loaded;
    await rowsRendered(element);
    shadow(element).querySelector<HTMLInputElement>('#q')!.focus();
    let skip: HTMLElement | null = null;
    for (let i = 0; i < 12 && !skip; i++) {
      await pressKey('Tab');
      if (active(element)?.classList.contains('skip-list')) skip = active(element);
    }
    expect(skip?.textContent, 'reached within 12 Tab presses').to.equal('Skip past the list');
    // Visible while focused: a real box, not the 1 px clipped one.
    expect(skip!.getBoundingClientRect().height).to.be.greaterThan(20);
    expect(getComputedStyle(skip!).clipPath).to.equal('none');
    await pressKey('Enter');
    await waitUntil(() => active(element)?.classList.contains('back-to-search'), 'focus past the list', { timeout: 3000 });
    expect(active(element)!.textContent).to.equal('Back to the search');
    // The next Tab leaves the list behind: it reaches what follows the element's list.
    await pressKey('Tab');
    expect(document.activeElement?.id).to.equal('after');
    shadow(element).querySelector<HTMLElement>('.back-to-search')!.focus();
    await pressKey('Enter');
    await waitUntil(() => active(element)?.id === 'q', 'focus back in the search', { timeout: 3000 });
    await expect(element).to.be.accessible();
  });

  it('gives a meeting’s details one landmark, and headings for its parts', async () => {
    const { element, loaded } = mountMeetings();
    await loaded;
    await rowsRendered(element);
    rows(element).find((row) => row.querySelector('a.open')!.getAttribute('aria-label')!.includes('Tuesday'))!.querySelector<HTMLAnchorElement>('a.open')!.click();
    await waitUntil(() => shadow(element).querySelector('.detail h4'), 'the details', { timeout: 5000 });
    const detail = shadow(element).querySelector('.detail')!;
    // Landmarks: labelled sections, explicit regions, and the sectioning roles a screen reader lists.
    const landmarks = [detail, ...detail.querySelectorAll('section[aria-labelledby], section[aria-label], [role="region"], aside, nav, main, form[aria-label]')];
    expect(landmarks.filter((node) => node.matches('section[aria-labelledby], section[aria-label], [role="region"], aside, nav, main, form[aria-label]')).length).to.equal(1);
    const headings = [...detail.querySelectorAll('h4')].map((heading) => heading.textContent!.trim());
    expect(headings).to.include.members(['Where', 'Notes', 'Group']);
    await expect(element).to.be.accessible();
  });

  it('keeps the skip buttons out of sight until focused', async () => {
    const { element, loaded } = mountMeetings();
    await loaded;
    await rowsRendered(element);
    for (const button of shadow(element).querySelectorAll<HTMLElement>('.skip')) {
      expect(button.getBoundingClientRect().height).to.be.at.most(1);
    }
  });
});
