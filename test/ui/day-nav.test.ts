/**
 * "Go to a day": the list is virtualized, so a day's heading exists only while its first meeting's
 * row is rendered. The links above the list are always there, one per day in the results with its
 * number of meetings, and going to one brings that day to the top of the list with focus on its
 * heading, so a screen reader reads on from there and Tab reaches its first meeting.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itNeeds, pressKey, typeText } from '../engines.js';
import { freezeClock } from './clock.js';
import { mount, openFilters, shadow, usePage } from './mount.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';

const ZONE = 'America/Chicago';
/** Tuesday 24 November 2026, 9:00 AM in Memphis. */
const TUESDAY_MORNING = '2026-11-24T15:00:00Z';
/** Meetings a day (0 = Sunday), different on each day so a count in the wrong place shows. */
const PER_DAY = [3, 7, 3, 5, 1, 4, 6];
const MEETINGS = PER_DAY.flatMap((count, day) =>
  Array.from({ length: count }, (_, i) => ({
    slug: `d${day}-${i}`,
    // Every other one is "Hope": a search that leaves a different number on each day.
    name: `${i % 2 ? 'Hope' : 'Serenity'} ${day}-${i}`,
    day,
    time: `${String(10 + i).padStart(2, '0')}:00`,
    formatted_address: `${day}${i} Main St, Memphis, TN`,
    timezone: ZONE,
  })),
);
/** The days from today (Tuesday) on, as the list's headings say them, with their counts. */
const DAYS = [
  ['Tuesday · Today', 3],
  ['Wednesday · Tomorrow', 5],
  ['Thursday', 1],
  ['Friday', 4],
  ['Saturday', 6],
  ['Sunday', 3],
  ['Monday', 7],
] as const;
const hopes = (day: number) => Math.floor(PER_DAY[day]! / 2);

const nav = (element: MeetingLocator) => shadow(element).querySelector<HTMLElement>('nav.days');
const dayLinks = (element: MeetingLocator) => [...(nav(element)?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
/** What a sighted person reads on a link: the day, then its count. */
function seen(link: HTMLElement): [string, number] {
  const label = link.cloneNode(true) as HTMLElement;
  label.querySelectorAll('.n, .visually-hidden').forEach((node) => node.remove());
  return [label.textContent!.replace(/\s+/g, ' ').trim(), Number(link.querySelector('.n')!.textContent)];
}
const shownDays = (element: MeetingLocator) => dayLinks(element).map(seen);
const active = (element: MeetingLocator) => shadow(element).activeElement as HTMLElement | null;
const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const renderedHeadings = (element: MeetingLocator) => [...shadow(element).querySelectorAll('.list h3.day')].map(text);

/** A short list (240 px: a few rows at a time), so the last days are far below. */
async function mountDays(containerLang?: string): Promise<MeetingLocator> {
  const { element, loaded } = mount(
    (el) => {
      el.timezone = ZONE;
      el.meetings = MEETINGS;
    },
    '',
    containerLang,
  );
  element.style.setProperty('--ml-list-height', '240px');
  await loaded;
  await waitUntil(() => shadow(element).querySelector('.list [role="listitem"]'), 'rows', { timeout: 5000 });
  return element;
}

/** Tabs from the search field to the link of the given day (keyboard only), and says whether it got there. */
async function tabToDay(element: MeetingLocator, index: number): Promise<HTMLAnchorElement> {
  shadow(element).querySelector<HTMLInputElement>('#q')!.focus();
  const target = dayLinks(element)[index];
  expect(target, 'the day’s link').to.not.equal(undefined);
  for (let i = 0; i < 40 && active(element) !== target; i++) await pressKey('Tab');
  expect(active(element), 'the day’s link reached by Tab').to.equal(target);
  return target!;
}

/** The focused day heading: at the top of the list's box, inside the window, and what is drawn there. */
function expectOnTopInView(element: MeetingLocator, heading: HTMLElement): void {
  const list = shadow(element).querySelector<HTMLElement>('.list')!;
  const box = heading.getBoundingClientRect();
  const listBox = list.getBoundingClientRect();
  expect(Math.abs(box.top - (listBox.top + list.clientTop)), 'the heading at the top of the list').to.be.at.most(1.5);
  expect(box.top, 'below the window’s top').to.be.at.least(0);
  expect(box.bottom, 'above the window’s bottom').to.be.at.most(window.innerHeight);
  const hit = shadow(element).elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  expect(hit && heading.contains(hit), 'the heading is what is drawn there').to.equal(true);
}

describe('<meeting-locator> "Go to a day"', () => {
  usePage();
  let thaw: () => void;
  beforeEach(() => (thaw = freezeClock(TUESDAY_MORNING)));
  afterEach(() => thaw());

  it('links exactly the days in the results, each with its count, and follows the search and the filters', async () => {
    const element = await mountDays();
    expect(nav(element)!.getAttribute('aria-labelledby')).to.equal('days-label');
    expect(text(shadow(element).getElementById('days-label')!)).to.equal('Go to a day');
    expect(shownDays(element)).to.deep.equal(DAYS.map(([day, count]) => [day, count]));
    // The count in words for a screen reader, the digits for the eye.
    expect(text(dayLinks(element)[6]!.querySelector('.visually-hidden')!)).to.equal('7 meetings');
    expect(dayLinks(element)[6]!.querySelector('.n')!.getAttribute('aria-hidden')).to.equal('true');

    shadow(element).querySelector<HTMLInputElement>('#q')!.focus();
    await typeText('Hope');
    // Wednesday has two, Thursday none… the days and their counts follow the search.
    const withHope = [2, 3, 4, 5, 6, 0, 1].filter((day) => hopes(day) > 0).map((day) => [DAYS[(day + 5) % 7]![0], hopes(day)]);
    await waitUntil(() => JSON.stringify(shownDays(element)) === JSON.stringify(withHope), `days with "Hope": ${JSON.stringify(shownDays(element))}`, { timeout: 5000 });
    expect(withHope.map(([day]) => day)).to.not.include('Thursday');

    // Cleared, then two days chosen in the filters: only those two.
    const q = shadow(element).querySelector<HTMLInputElement>('#q')!;
    q.value = '';
    q.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitUntil(() => dayLinks(element).length === 7, 'all days again', { timeout: 5000 });
    await openFilters(element);
    for (const day of ['Friday', 'Monday']) {
      [...shadow(element).querySelectorAll<HTMLLabelElement>('label.chip')].find((label) => label.querySelector('span')!.textContent === day)!.querySelector('input')!.click();
      await element.updateComplete;
    }
    await waitUntil(() => dayLinks(element).length === 2, 'two days', { timeout: 5000 });
    expect(shownDays(element)).to.deep.equal([['Friday', 4], ['Monday', 7]]);

    // One day only: nothing to go to, no links.
    [...shadow(element).querySelectorAll<HTMLLabelElement>('label.chip')].find((label) => label.querySelector('span')!.textContent === 'Friday')!.querySelector('input')!.click();
    await waitUntil(() => nav(element) === null, 'no day links for one day', { timeout: 5000 });
    // The presses are written to the page's URL a moment later: let them land before the next test starts clean.
    await waitUntil(() => /day=/.test(location.search) && !/fri/i.test(location.search), 'the last press in the URL', { timeout: 5000 });
  });

  it('by keyboard alone: a far day’s link puts focus on its heading at the top of the list, in view, and Tab goes on to its first meeting', async function () {
    this.timeout(30000);
    const element = await mountDays();
    expect(renderedHeadings(element), 'Monday is far below: not rendered').to.not.include('Monday');
    await expect(element).to.be.accessible();

    // The next day: its row is already rendered below the view, and comes up to the top too.
    await tabToDay(element, 1);
    await pressKey('Enter');
    await waitUntil(() => active(element)?.matches('h3.day'), 'focus on a day heading', { timeout: 5000 });
    expect(text(active(element)!)).to.equal('Wednesday · Tomorrow');
    expectOnTopInView(element, active(element)!);

    await tabToDay(element, 6);
    await pressKey('Enter');
    await waitUntil(() => active(element)?.matches('h3.day'), 'focus on a day heading', { timeout: 5000 });
    const heading = active(element)!;
    expect(text(heading)).to.equal('Monday');
    expectOnTopInView(element, heading);
    // The link is in-page: the page's address did not change.
    expect(location.hash).to.equal('');
    await expect(element).to.be.accessible();

    // Reading on: the next Tab is Monday's first meeting.
    await pressKey('Tab');
    expect(active(element)?.matches('a.open'), 'a meeting’s link').to.equal(true);
    expect(active(element)!.getAttribute('aria-label')).to.match(/^Serenity 1-0, Monday 10:00/);

    // And back up to today.
    const today = dayLinks(element)[0]!;
    today.focus();
    await pressKey('Enter');
    await waitUntil(() => active(element)?.matches('h3.day') && text(active(element)!) === 'Tuesday · Today', 'focus on today’s heading', { timeout: 5000 });
    expectOnTopInView(element, active(element)!);
  });

  it('reads right to left in Arabic, and goes to a day there too', async function () {
    this.timeout(30000);
    const element = await mountDays('ar');
    await waitUntil(() => nav(element)?.closest('[dir="rtl"]'), 'Arabic', { timeout: 5000 });
    expect(text(shadow(element).getElementById('days-label')!)).to.equal('الانتقال إلى يوم');
    const links = dayLinks(element);
    expect(links).to.have.length(7);
    expect(getComputedStyle(nav(element)!).direction).to.equal('rtl');
    // Right to left: today's link is the rightmost, the next day's to its left.
    expect(links[0]!.getBoundingClientRect().right).to.be.greaterThan(links[1]!.getBoundingClientRect().right);
    await expect(element).to.be.accessible();

    const [label] = seen(links[5]!);
    links[5]!.focus();
    await pressKey('Enter');
    await waitUntil(() => active(element)?.matches('h3.day'), 'focus on a day heading', { timeout: 5000 });
    expect(text(active(element)!)).to.equal(label);
    expectOnTopInView(element, active(element)!);
    await expect(element).to.be.accessible();
  });

  it('on a phone: one line that scrolls sideways, a far day’s link scrolled into sight when focused, nothing wider than the element', async () => {
    const element = await mountDays();
    element.parentElement!.style.width = '320px';
    await waitUntil(() => nav(element)!.scrollWidth > nav(element)!.clientWidth, 'more days than fit: the row scrolls', { timeout: 5000 });
    const links = dayLinks(element);
    const lineHeight = links[0]!.getBoundingClientRect().height;
    expect(nav(element)!.getBoundingClientRect().height, 'one line').to.be.below(lineHeight * 2);
    expect(new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size, 'all links on one line').to.equal(1);
    expect(element.scrollWidth, 'the element does not scroll sideways').to.be.at.most(element.clientWidth + 1);
    // Tab to the last day: it is scrolled into the row's view, and at least 24 px high to press.
    await tabToDay(element, 6);
    await waitUntil(() => {
      const box = links[6]!.getBoundingClientRect();
      const row = nav(element)!.getBoundingClientRect();
      return box.left >= row.left - 1 && box.right <= row.right + 1;
    }, 'Monday’s link in sight', { timeout: 3000 });
    expect(links[6]!.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('is not in the compact view, and hidden with the list while the map is shown', async () => {
    const { element: compact, loaded } = mount((el) => {
      el.timezone = ZONE;
      el.meetings = MEETINGS;
      el.view = 'next';
    });
    await loaded;
    await waitUntil(() => shadow(compact).querySelector('.reachable, [part~="reachable"]'), 'the compact view', { timeout: 5000 });
    expect(nav(compact)).to.equal(null);

    const { element: map, loaded: mapLoaded } = mount((el) => {
      el.timezone = ZONE;
      el.meetings = MEETINGS;
      el.view = 'map';
    });
    await mapLoaded;
    await map.updateComplete;
    expect(nav(map), 'rendered').to.not.equal(null);
    expect(getComputedStyle(nav(map)!).display, 'hidden while the map is shown').to.equal('none');
    [...shadow(map).querySelectorAll<HTMLButtonElement>('.view-switch button')].find((button) => text(button) === 'List')!.click();
    await waitUntil(() => getComputedStyle(nav(map)!).display !== 'none', 'shown with the list', { timeout: 5000 });
  });

  itNeeds('accessibilityTree', 'is in the accessibility tree with a link per day, while the far days’ headings are not rendered', async () => {
    const element = await mountDays();
    expect(renderedHeadings(element)).to.not.include('Monday');
    const nodes = (await executeServerCommand('ax-nodes', { roles: ['navigation', 'link', 'heading'] })) as Array<{ role: string; name: string }>;
    expect(nodes.filter((node) => node.role === 'navigation').map((node) => node.name)).to.include('Go to a day');
    const links = nodes.filter((node) => node.role === 'link').map((node) => node.name.replace(/\s+/g, ' '));
    for (const [day, count] of DAYS) expect(links, `${day} in ${JSON.stringify(links)}`).to.include(`${day} ${count} ${count === 1 ? 'meeting' : 'meetings'}`);
    // The link is the way there: Monday's heading itself is not in the tree yet.
    expect(nodes.filter((node) => node.role === 'heading').map((node) => node.name)).to.not.include('Monday');
  });
});
