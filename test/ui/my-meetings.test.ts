/**
 * "My meetings": a star on each row keeps a meeting on this device (localStorage, never the URL);
 * "My meetings (N)" lists only those, to take along: a text message to oneself, the text copied, a
 * printout with the helpline on one page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { itNeeds, pressKey } from '../engines.js';
import { freezeClock } from './clock.js';
import { mount, rowNames, rows, rowsRendered, shadow, usePage } from './mount.js';
import { MY_MEETINGS_KEY, parseMyMeetings, toggleMyMeeting } from '../../src/state/my-meetings.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';
import { qrPath } from '../../src/ui/qr-chunk.js';

const ZONE = 'America/Chicago';
/** Tuesday 24 November 2026, 9:00 AM in Memphis. */
const TUESDAY_MORNING = '2026-11-24T15:00:00Z';

const MEETINGS = [
  { slug: 'a', name: 'Tuesday Night Open', day: 2, time: '19:00', end_time: '20:00', location: 'Fellowship Hall', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', entity: 'West Tennessee Area', entity_phone: '+1 901 555 0100' },
  { slug: 'b', name: 'East Coast Online', day: 3, time: '20:00', conference_url: 'https://zoom.us/j/5550100', entity: 'West Tennessee Area', entity_phone: '+1 901 555 0100' },
  ...Array.from({ length: 10 }, (_, i) => ({
    slug: `m${i}`,
    name: `Group ${i}`,
    day: (i % 7) as number,
    time: `${String(7 + i).padStart(2, '0')}:30`,
    end_time: `${String(8 + i).padStart(2, '0')}:30`,
    location: `A rather long place name for group ${i}`,
    formatted_address: `${1000 + i} Some Quite Long Avenue Name, Memphis, TN 38104, USA`,
    entity: 'West Tennessee Area',
    entity_phone: '+1 901 555 0100',
  })),
].map((record) => ({ ...record, timezone: ZONE }));

const mountMeetings = (setup: (element: MeetingLocator) => void = () => {}) =>
  mount((el) => {
    el.timezone = ZONE;
    el.meetings = MEETINGS;
    setup(el);
  });

const star = (element: MeetingLocator, name: string) => rows(element).find((row) => row.querySelector('h4')!.textContent === name)!.querySelector<HTMLButtonElement>('button.star')!;
const toggle = (element: MeetingLocator) => shadow(element).querySelector<HTMLButtonElement>('.mine-toggle');

describe('<meeting-locator> my meetings', () => {
  usePage();
  let thaw: () => void;
  beforeEach(() => {
    thaw = freezeClock(TUESDAY_MORNING);
    localStorage.removeItem(MY_MEETINGS_KEY);
  });
  afterEach(() => {
    thaw();
    localStorage.removeItem(MY_MEETINGS_KEY);
  });

  it('reads back only a list of ids, and toggles one', () => {
    expect(parseMyMeetings('["a","b","a",3,""]')).to.deep.equal(['a', 'b']);
    for (const bad of [null, '', 'garbage', '{"a":1}', '"a"']) expect(parseMyMeetings(bad)).to.deep.equal([]);
    expect(toggleMyMeeting(['a', 'b'], 'a')).to.deep.equal(['b']);
    expect(toggleMyMeeting(['b'], 'a')).to.deep.equal(['b', 'a']);
  });

  it('keeps a starred meeting on this device, not in the URL, and an element opened later shows it', async () => {
    const { element, loaded } = mountMeetings();
    await loaded;
    await rowsRendered(element);
    expect(toggle(element), 'no "My meetings" before a star').to.equal(null);
    const button = star(element, 'Tuesday Night Open');
    expect([button.getAttribute('aria-pressed'), button.getAttribute('aria-label')]).to.deep.equal(['false', 'Keep Tuesday Night Open in my meetings']);
    button.click();
    await element.updateComplete;
    expect(star(element, 'Tuesday Night Open').getAttribute('aria-pressed')).to.equal('true');
    expect(parseMyMeetings(localStorage.getItem(MY_MEETINGS_KEY))).to.have.length(1);
    expect(location.search).not.to.contain('Tuesday');
    expect(toggle(element)!.textContent!.trim()).to.equal('My meetings (1)');
    element.parentElement!.remove();
    const later = mountMeetings();
    await later.loaded;
    await rowsRendered(later.element);
    expect(star(later.element, 'Tuesday Night Open').getAttribute('aria-pressed')).to.equal('true');
    expect(star(later.element, 'East Coast Online').getAttribute('aria-pressed')).to.equal('false');
    await expect(later.element).to.be.accessible();
  });

  it('lists only my meetings, to send to my phone or copy, and every meeting again', async () => {
    const { element, loaded } = mountMeetings();
    await loaded;
    await rowsRendered(element);
    star(element, 'Tuesday Night Open').click();
    star(element, 'East Coast Online').click();
    await element.updateComplete;
    toggle(element)!.click();
    await waitUntil(() => shadow(element).querySelector('.mine'), 'the take-along view', { timeout: 5000 });
    await rowsRendered(element, 2);
    expect(rowNames(element)).to.deep.equal(['Tuesday Night Open', 'East Coast Online']);
    expect(toggle(element)!.getAttribute('aria-pressed')).to.equal('true');
    const mine = shadow(element).querySelector('.mine')!;
    expect(mine.querySelector('p')!.textContent).to.equal('Your 2 meetings');
    const sms = mine.querySelector<HTMLAnchorElement>('a.action')!;
    expect(sms.textContent).to.equal('Send to my phone');
    expect(sms.getAttribute('href')!.startsWith('sms:?&body=')).to.equal(true);
    const body = decodeURIComponent(sms.getAttribute('href')!.slice('sms:?&body='.length));
    expect(body).to.contain('Tuesday Night Open\nTuesday 7:00 – 8:00 PM (Central Time)\nFellowship Hall, 100 Union Ave, Memphis, TN 38103, USA');
    expect(body).to.contain('East Coast Online\nWednesday 8:00 PM (Central Time)\nOnline: https://zoom.us/j/5550100');
    expect(body).to.contain('ml-meeting=');
    expect(body).to.contain('West Tennessee Area helpline');
    await expect(element).to.be.accessible();

    // Copy: the clipboard where the page may write, else the text in a field to copy by hand.
    [...mine.querySelectorAll<HTMLButtonElement>('button.action')].find((button) => button.textContent === 'Copy as text')!.click();
    await waitUntil(() => shadow(element).querySelector('.mine [role="status"]')!.textContent === 'Copied' || shadow(element).querySelector('.copy-fallback textarea'), 'copied', { timeout: 5000 });
    const fallback = shadow(element).querySelector<HTMLTextAreaElement>('.copy-fallback textarea');
    if (fallback) expect(fallback.value).to.equal(body);

    [...shadow(element).querySelectorAll<HTMLButtonElement>('.mine button')].find((button) => button.textContent === 'Show every meeting')!.click();
    await waitUntil(() => rows(element).length > 2, 'every meeting again', { timeout: 5000 });
    expect(shadow(element).querySelector('.mine')).to.equal(null);
  });

  it('from a meeting’s details: keep it, send it to my phone, or show a QR code of its link drawn in the page', async () => {
    const { element, loaded } = mountMeetings();
    await loaded;
    await rowsRendered(element);
    rows(element).find((row) => row.querySelector('h4')!.textContent === 'Tuesday Night Open')!.querySelector<HTMLAnchorElement>('a.open')!.click();
    await waitUntil(() => shadow(element).querySelector('.detail-take-along'), 'the details', { timeout: 5000 });
    const group = shadow(element).querySelector('.detail-take-along')!;
    expect(group.getAttribute('aria-label')).to.equal('Take them with you');
    const keep = group.querySelector<HTMLButtonElement>('.star-action')!;
    // The star is decoration (aria-hidden); the button's name is its words.
    expect([keep.querySelector('span:not([aria-hidden])')!.textContent, keep.getAttribute('aria-pressed')]).to.deep.equal(['Keep in my meetings', 'false']);
    keep.click();
    await element.updateComplete;
    expect(shadow(element).querySelector('.star-action')!.getAttribute('aria-pressed')).to.equal('true');
    expect(parseMyMeetings(localStorage.getItem(MY_MEETINGS_KEY))).to.have.length(1);
    const sms = decodeURIComponent(group.querySelector<HTMLAnchorElement>('a.action')!.getAttribute('href')!.slice('sms:?&body='.length));
    expect(sms.startsWith('Tuesday Night Open\nTuesday 7:00 – 8:00 PM (Central Time)\n')).to.equal(true);
    const link = sms.split('\n').pop()!;
    expect(new URL(link).searchParams.get('ml-meeting')).to.equal(element.results.find((meeting) => meeting.name === 'Tuesday Night Open')!.id);

    const qrButton = [...group.querySelectorAll<HTMLButtonElement>('button')].find((button) => button.textContent === 'QR code')!;
    expect(qrButton.getAttribute('aria-expanded')).to.equal('false');
    qrButton.click();
    await waitUntil(() => shadow(element).querySelector('.detail-qr svg.qr'), 'the QR code', { timeout: 5000 });
    const code = shadow(element).querySelector('.detail-qr svg.qr')!;
    expect([code.getAttribute('role'), code.getAttribute('aria-label')]).to.deep.equal(['img', 'Tuesday Night Open']);
    // The code drawn is the code of the meeting's own link.
    expect(code.querySelector('path')!.getAttribute('d')).to.equal(qrPath(link).d);
    expect(shadow(element).querySelector('.detail-qr .hint')!.textContent).to.contain('Scan');
    await expect(element).to.be.accessible();
  });

  it('stars by keyboard: the star is a button reached by Tab and pressed with Enter', async () => {
    const { element, loaded } = mountMeetings();
    await loaded;
    await rowsRendered(element);
    const link = rows(element)[0]!.querySelector<HTMLAnchorElement>('a.open')!;
    link.focus();
    await pressKey('Tab');
    const focused = shadow(element).activeElement as HTMLElement;
    expect(focused.classList.contains('star')).to.equal(true);
    await pressKey('Enter');
    await element.updateComplete;
    expect(focused.getAttribute('aria-pressed')).to.equal('true');
    expect(toggle(element)!.textContent!.trim()).to.equal('My meetings (1)');
  });

  it('no-take-along turns it all off: no stars, no "My meetings", nothing to take along in the details', async () => {
    localStorage.setItem(MY_MEETINGS_KEY, JSON.stringify(['anything']));
    const { element, loaded } = mountMeetings((el) => el.setAttribute('no-take-along', ''));
    await loaded;
    await rowsRendered(element);
    expect(shadow(element).querySelectorAll('button.star').length).to.equal(0);
    expect(toggle(element) === null).to.equal(true);
    rows(element)[0]!.querySelector<HTMLAnchorElement>('a.open')!.click();
    await waitUntil(() => shadow(element).querySelector('.detail h3'), 'the details', { timeout: 5000 });
    expect(shadow(element).querySelector('.detail-take-along') === null).to.equal(true);
  });

  it('ignores a damaged stored list', async () => {
    localStorage.setItem(MY_MEETINGS_KEY, '{not json');
    const { element, loaded } = mountMeetings();
    await loaded;
    await rowsRendered(element);
    expect(toggle(element)).to.equal(null);
    expect(rows(element).every((row) => row.querySelector('button.star')!.getAttribute('aria-pressed') === 'false')).to.equal(true);
  });

  itNeeds('mediaEmulation', 'prints up to 8 of my meetings with the helpline on one page', async () => {
    const first = mountMeetings();
    await first.loaded;
    const names = MEETINGS.slice(2, 10).map((record) => record.name);
    // Eight stars, as a counselor would have pressed them (some rows are off screen in a virtualized list).
    localStorage.setItem(MY_MEETINGS_KEY, JSON.stringify(first.element.results.filter((meeting) => names.includes(meeting.name)).map((meeting) => meeting.id)));
    first.element.parentElement!.remove();
    const { element, loaded } = mountMeetings();
    await loaded;
    await rowsRendered(element);
    expect(toggle(element)!.textContent!.trim()).to.equal('My meetings (8)');
    toggle(element)!.click();
    await waitUntil(() => shadow(element).querySelector('.mine'), 'the take-along view', { timeout: 5000 });
    const original = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      // A4's printable width: 210 mm less 10 mm margins each side, 718 CSS px.
      element.parentElement!.style.width = '718px';
      await emulateMedia({ media: 'print' });
      // "Print" in "My meetings": the schedule is rendered (its chunk fetched) before the dialog opens.
      [...shadow(element).querySelectorAll<HTMLButtonElement>('.mine button.action')].find((button) => button.textContent === 'Print')!.click();
      await waitUntil(() => printed === 1, 'window.print called', { timeout: 5000 });
      const schedule = shadow(element).querySelector<HTMLElement>('.print-schedule')!;
      expect([...schedule.querySelectorAll('.print-name')].map((node) => node.textContent)).to.have.members(names);
      expect(schedule.querySelector('.print-helplines')!.textContent).to.contain('West Tennessee Area helpline');
      // A4 is 297 mm tall; with the browser's default 10 mm margins, 277 mm of it prints: 1,047 CSS px.
      expect(schedule.getBoundingClientRect().height).to.be.at.most(1047);
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      await emulateMedia({ media: 'screen' });
      window.print = original;
    }
  });
});
