/**
 * "Still possible tonight" as a person meets it late at night: the few meetings they can still get
 * to, above the list, each with one tap to join, call in or get directions; and the compact view a
 * clinic puts in its sidebar (`view="next"`), honest when nothing is left.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { pressKey, restorePosition, setPosition } from '../engines.js';
import { freezeClock } from './clock.js';
import { mount, rowsRendered, shadow, usePage } from './mount.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';

const ZONE = 'America/Chicago';
/** Tuesday 24 November 2026, 10:40 PM in Memphis (the test browser's own zone is America/Chicago). */
const TUESDAY_NIGHT = '2026-11-25T04:40:00Z';

const MEETINGS = [
  { slug: 'late-ok', name: 'Late Online', day: 2, time: '22:20', end_time: '23:20', conference_url: 'https://zoom.us/j/5550101', conference_phone: '+1 646 555 0100,,5550101#' },
  { slug: 'late-no', name: 'Too Late Online', day: 2, time: '22:00', end_time: '23:30', conference_url: 'https://zoom.us/j/5550102' },
  { slug: 'near', name: 'Near Midnight', day: 2, time: '23:00', latitude: 35.1495, longitude: -90.0435, location: 'St. Mary’s Hall', formatted_address: '1 Main St, Memphis, TN' },
  { slug: 'far', name: 'Far Midnight', day: 2, time: '23:00', latitude: 35.2845, longitude: -90.049, formatted_address: '9 Far Rd, Millington, TN' },
  { slug: 'morning', name: 'Morning Walk', day: 3, time: '07:00', latitude: 35.15, longitude: -90.05, formatted_address: '3 Main St, Memphis, TN' },
].map((record) => ({ ...record, timezone: ZONE }));

const mountAt = (records: unknown[], setup: (element: MeetingLocator) => void = () => {}, children = '') =>
  mount((el) => {
    el.timezone = ZONE;
    el.meetings = records;
    setup(el);
  }, children);

const section = (element: MeetingLocator) => shadow(element).querySelector<HTMLElement>('section.reachable');
const itemNames = (element: MeetingLocator) => [...(section(element)?.querySelectorAll('.reachable-item h4') ?? [])].map((heading) => heading.textContent!.trim());
const item = (element: MeetingLocator, name: string) =>
  [...section(element)!.querySelectorAll<HTMLElement>('.reachable-item')].find((li) => li.querySelector('h4')!.textContent!.trim() === name)!;

async function shown(element: MeetingLocator): Promise<HTMLElement> {
  await waitUntil(() => section(element), 'the still-possible section', { timeout: 5000 });
  return section(element)!;
}

describe('<meeting-locator> still possible tonight', () => {
  usePage();
  let thaw: () => void;
  beforeEach(() => (thaw = freezeClock(TUESDAY_NIGHT)));
  afterEach(() => {
    thaw();
    restorePosition();
  });

  it('shows, above the list, the online meeting that can still be joined, with one tap to join or call', async () => {
    const { element, loaded } = mountAt(MEETINGS);
    await loaded;
    const box = await shown(element);
    expect(box.querySelector('h3')!.textContent).to.equal('Still possible tonight');
    expect(box.getAttribute('aria-labelledby')).to.equal('reachable-title');
    // Before the list: it is the first thing after the search and filters.
    expect(box.compareDocumentPosition(shadow(element).querySelector('.list')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(itemNames(element)).to.deep.equal(['Late Online']);
    const late = item(element, 'Late Online');
    expect(late.querySelector('.status')!.textContent).to.equal('Started 20 min ago');
    const join = late.querySelector<HTMLAnchorElement>('a.primary')!;
    expect([join.textContent, join.getAttribute('aria-label'), join.href, join.target, join.rel]).to.deep.equal([
      'Join',
      'Join Late Online online',
      'https://zoom.us/j/5550101',
      '_blank',
      'noopener noreferrer',
    ]);
    const call = [...late.querySelectorAll<HTMLAnchorElement>('.reach-actions a')].find((link) => link.textContent === 'Call')!;
    expect(call.getAttribute('href')).to.equal('tel:+16465550100,,5550101%23');
    expect(call.getAttribute('aria-label')).to.equal('Call in to Late Online');
    // Without a position, no in-person meeting is offered (we cannot say whether it is reachable).
    expect(box.querySelector('.travel-note')?.outerHTML ?? null).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('after "near me", adds in-person meetings that start later than the walk there, saying it is an estimate', async () => {
    await setPosition(35.1495, -90.049);
    const { element, loaded } = mountAt(MEETINGS);
    await loaded;
    await shown(element);
    shadow(element).querySelector<HTMLButtonElement>('.near-me')!.click();
    await waitUntil(() => itemNames(element).includes('Near Midnight'), 'the in-person meeting', { timeout: 8000 });
    // Far Midnight is 15 km away and starts in 20 minutes: not reachable.
    expect(itemNames(element)).to.deep.equal(['Late Online', 'Near Midnight']);
    const near = item(element, 'Near Midnight');
    expect(near.querySelector('.travel')!.textContent).to.equal('About 8 min on foot');
    expect(near.querySelector('.where')!.textContent).to.contain('St. Mary’s Hall');
    const directions = [...near.querySelectorAll<HTMLAnchorElement>('.reach-actions a')].find((link) => link.textContent === 'Directions')!;
    expect(directions.getAttribute('aria-label')).to.equal('Directions to Near Midnight');
    expect(new URL(directions.href).searchParams.get('destination') ?? new URL(directions.href).searchParams.get('daddr')).to.equal('35.1495,-90.0435');
    expect([directions.target, directions.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
    expect(section(element)!.querySelector('.travel-note')!.textContent).to.contain('estimates');
    await expect(element).to.be.accessible();
  });

  it('is reached by keyboard: Tab from the search goes through its actions before the list', async () => {
    const { element, loaded } = mountAt(MEETINGS);
    await loaded;
    await shown(element);
    shadow(element).querySelector<HTMLInputElement>('#q')!.focus();
    const reached: string[] = [];
    for (let i = 0; i < 12 && reached.length < 3; i++) {
      await pressKey('Tab');
      const active = shadow(element).activeElement;
      if (active && section(element)!.contains(active)) reached.push(active.getAttribute('aria-label') ?? active.textContent!.trim());
    }
    expect(reached).to.deep.equal(['Late Online', 'Join Late Online online', 'Call in to Late Online']);
  });

  it('opens a meeting’s details from its name', async () => {
    const { element, loaded } = mountAt(MEETINGS);
    await loaded;
    await shown(element);
    item(element, 'Late Online').querySelector<HTMLAnchorElement>('a.open')!.click();
    await waitUntil(() => shadow(element).querySelector('.detail h3')?.textContent === 'Late Online', 'the details', { timeout: 5000 });
  });

  it('follows the search and filters, and leaves when nothing can be reached', async () => {
    const { element, loaded } = mountAt(MEETINGS, (el) => (el.q = 'midnight'));
    await loaded;
    await rowsRendered(element);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(section(element)?.outerHTML ?? null).to.equal(null);
  });

  it('no-tonight turns it off', async () => {
    const { element, loaded } = mountAt(MEETINGS, (el) => el.setAttribute('no-tonight', ''));
    await loaded;
    await rowsRendered(element);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(section(element)?.outerHTML ?? null).to.equal(null);
  });

  it('speaks Spanish on a Spanish page', async () => {
    const { element, loaded } = mountAt(MEETINGS, (el) => (el.lang = 'es'));
    await loaded;
    const box = await shown(element);
    expect(box.querySelector('h3')!.textContent).to.equal('Todavía a tiempo esta noche');
    expect(item(element, 'Late Online').querySelector('.status')!.textContent).to.equal('Empezó hace 20 min');
    expect(item(element, 'Late Online').querySelector('a.primary')!.textContent).to.equal('Unirse');
  });

  describe('the compact view (view="next")', () => {
    it('shows only the next meetings up to the limit, with a link to the full finder that opens it on a meeting', async () => {
      const { element, loaded } = mountAt(MEETINGS, (el) => {
        el.view = 'next';
        el.limit = 2;
        el.fullUrl = '/meetings/?utm_source=x';
      });
      await loaded;
      await shown(element);
      expect(section(element)!.querySelector('h3')!.textContent).to.equal('Next meetings');
      // In-person meetings count without a position here (the host's own area), if they have not started;
      // at the same minute, in the list's order.
      expect(itemNames(element)).to.deep.equal(['Late Online', 'Far Midnight']);
      // Nothing else of the finder: no search, no list, no map.
      expect(shadow(element).querySelector('#q, .list, .map')?.outerHTML ?? null).to.equal(null);
      const all = section(element)!.querySelector<HTMLAnchorElement>('.see-all a')!;
      expect([all.textContent, all.href]).to.deep.equal(['See all meetings', new URL('/meetings/?utm_source=x', location.href).href]);
      const name = item(element, 'Far Midnight').querySelector<HTMLAnchorElement>('a.open')!;
      const link = new URL(name.href);
      expect(link.pathname).to.equal('/meetings/');
      expect(link.searchParams.get('ml-meeting')).to.equal(element.results.find((meeting) => meeting.name === 'Far Midnight')!.id);
      // The full page's own link, not this page's query or the host's tracking parameters.
      expect(link.searchParams.has('utm_source')).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('says honestly when nothing can be reached tonight, names the next meeting, and shows the host’s words', async () => {
      const { element, loaded } = mountAt(
        MEETINGS.filter((record) => ['late-no', 'morning'].includes(record.slug)),
        (el) => (el.view = 'next'),
        '<p slot="empty">Call our intake line: 901-555-0199</p>',
      );
      await loaded;
      const box = await shown(element);
      expect(box.querySelector('.none-reachable p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'No more meetings tonight that you can reach. The next one is Morning Walk, Tomorrow at 7:00 AM.',
      );
      const slot = box.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Call our intake line: 901-555-0199']);
      await expect(element).to.be.accessible();
    });

    it('when nothing is left, offers whom to call below; while something is, only the meetings', async () => {
      const helpline = '<p slot="helpline">Call or text <a href="tel:988">988</a></p>';
      const none = mountAt(MEETINGS.filter((record) => ['late-no', 'morning'].includes(record.slug)), (el) => (el.view = 'next'), helpline);
      await none.loaded;
      await shown(none.element);
      await waitUntil(() => shadow(none.element).querySelector('.helplines'), 'the helplines', { timeout: 5000 });
      const slot = shadow(none.element).querySelector<HTMLSlotElement>('.helplines slot[name="helpline"]')!;
      expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Call or text 988']);
      await expect(none.element).to.be.accessible();
      const some = mountAt(MEETINGS, (el) => (el.view = 'next'), helpline);
      await some.loaded;
      await shown(some.element);
      expect(shadow(some.element).querySelector('.helplines') === null).to.equal(true);
    });

    it('respects the presets, and reports a limit or full-url it cannot use', async () => {
      const { element, loaded } = mountAt(MEETINGS, (el) => {
        el.view = 'next';
        el.setAttribute('attendance', 'in_person');
        el.setAttribute('limit', 'lots');
        el.setAttribute('full-url', 'javascript:alert(1)');
      });
      await loaded;
      await shown(element);
      expect(itemNames(element)).to.deep.equal(['Far Midnight', 'Near Midnight']);
      expect(section(element)!.querySelector('.see-all')?.outerHTML ?? null).to.equal(null);
      expect(element.diagnostics.map((diagnostic) => diagnostic.code)).to.include.members(['invalid-limit', 'invalid-full-url']);
    });
  });
});
