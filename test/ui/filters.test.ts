import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { typeText, setPosition, denyPosition, restorePosition } from '../engines.js';
import { freezeClock } from './clock.js';
import { mount, openFilters, rowNames, rows, rowsRendered, shadow, statusText, usePage } from './mount.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';

const ZONE = 'America/Chicago';
/** Tuesday 24 November 2026, 6:40 PM in Memphis (the test browser's own zone is America/Chicago). */
const TUESDAY_EVENING = '2026-11-25T00:40:00Z';

/** Fictional Memphis-area meetings around a Tuesday evening. */
const MEETINGS = [
  { slug: 'in-progress', name: 'Early Evening Group', day: 2, time: '18:00', end_time: '19:30', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', latitude: 35.1425, longitude: -90.0498, regions: ['Memphis', 'Downtown'], types: ['O'] },
  { slug: 'soon', name: 'Tuesday Night Open', day: 2, time: '19:00', end_time: '20:00', formatted_address: '1500 Poplar Ave, Memphis, TN 38104, USA', latitude: 35.138, longitude: -90.01, regions: ['Memphis', 'Midtown'], types: ['O', 'X'] },
  { slug: 'new-york', name: 'East Coast Online', day: 2, time: '20:00', timezone: 'America/New_York', conference_url: 'https://zoom.us/j/5550100', types: ['O', 'ONL'] },
  { slug: 'morning', name: 'Tuesday Sunrise', day: 2, time: '07:00', formatted_address: '20 Cooper St, Memphis, TN 38104, USA', latitude: 35.12, longitude: -89.99, regions: ['Memphis', 'Cooper-Young'], types: ['C'] },
  { slug: 'mujeres', name: 'Mujeres en Recuperación', day: 3, time: '12:00', conference_url: 'https://meet.google.com/abc-defg-hij', formatted_address: 'Memphis, TN, USA', types: ['W', 'S', 'ONL'] },
  { slug: 'hybrid', name: 'Thursday Hybrid', day: 4, time: '20:00', formatted_address: '9 Summer Ave, Memphis, TN 38112, USA', latitude: 35.15, longitude: -89.97, conference_url: 'https://zoom.us/j/5550111', regions: ['Memphis', 'Midtown'], types: ['C', 'X', 'W'] },
  { slug: 'germantown', name: 'Germantown Men', day: 0, time: '10:00', formatted_address: '5 Poplar Ave, Germantown, TN 38138, USA', latitude: 35.09, longitude: -89.8, regions: ['Germantown'], types: ['M'] },
].map((record) => ({ ...record, timezone: record.timezone ?? ZONE }));

const mountMeetings = (setup: (element: MeetingLocator) => void = () => {}) =>
  mount((el) => {
    el.timezone = ZONE;
    el.meetings = MEETINGS;
    setup(el);
  });

function chip(element: MeetingLocator, name: string): HTMLLabelElement {
  const found = [...shadow(element).querySelectorAll<HTMLLabelElement>('label.chip')].find((label) => label.querySelector('span')!.textContent === name);
  if (!found) throw new Error(`no filter named ${name}`);
  return found;
}

const chipCount = (element: MeetingLocator, name: string) => chip(element, name).querySelector('.n')!.textContent;

/** Opens a long list of the filter panel ("Meeting type", "Area"), as a person would. */
async function openList(element: MeetingLocator, title: string): Promise<void> {
  await openFilters(element);
  const summary = [...shadow(element).querySelectorAll<HTMLElement>('details.more > summary')].find((candidate) => candidate.textContent!.trim().startsWith(title))!;
  summary.click();
  await waitUntil(() => (summary.parentElement as HTMLDetailsElement).open && summary.parentElement!.querySelector('input'), `${title} open`);
}

async function press(element: MeetingLocator, name: string): Promise<void> {
  await openFilters(element);
  chip(element, name).querySelector('input')!.click();
  await element.updateComplete;
}

describe('<meeting-locator> finding a meeting', () => {
  usePage();
  let thaw: () => void;
  beforeEach(() => (thaw = freezeClock(TUESDAY_EVENING)));
  afterEach(() => thaw());

  describe('time, done right', () => {
    it('lists in upcoming order: in progress first, then by next start, earlier ones today under next week', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await rowsRendered(element, MEETINGS.length);
      expect(element.results.map((meeting) => meeting.name)).to.deep.equal([
        'Early Evening Group',
        'Tuesday Night Open',
        'East Coast Online',
        'Mujeres en Recuperación',
        'Thursday Hybrid',
        'Germantown Men',
        'Tuesday Sunrise',
      ]);
      const headings = [...shadow(element).querySelectorAll('h3.day')].map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim());
      expect(headings).to.deep.equal(['Tuesday · Today', 'Wednesday · Tomorrow', 'Thursday', 'Sunday', 'Tuesday, next week']);
    });

    it('says which meeting is in progress and which starts soon', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await rowsRendered(element, MEETINGS.length);
      const status = (name: string) => rows(element).find((row) => row.querySelector('h4')!.textContent === name)!.querySelector('.status')?.textContent;
      expect(status('Early Evening Group')).to.equal('In progress');
      expect(status('Tuesday Night Open')).to.equal('In 20 min');
      expect(status('East Coast Online')).to.equal('In 20 min');
      expect(status('Thursday Hybrid')).to.equal(undefined);
    });

    it('shows a meeting elsewhere in its own time and in the viewer’s', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await rowsRendered(element, MEETINGS.length);
      const time = rows(element).find((row) => row.querySelector('h4')!.textContent === 'East Coast Online')!.querySelector('.time')!;
      expect(time.textContent!.replace(/\s+/g, ' ')).to.contain('8:00 PM Eastern Time');
      expect(time.querySelector('.yours')!.textContent).to.equal('7:00 PM your time');
      const local = rows(element).find((row) => row.querySelector('h4')!.textContent === 'Tuesday Night Open')!;
      expect(local.querySelector('.yours')).to.equal(null);
    });

    it('recomputes what the clock says when new meetings replace the old, even as many', async () => {
      const { element, loaded } = mount((el) => {
        el.timezone = ZONE;
        el.meetings = [
          { slug: 'x', name: 'Wednesday Group', day: 3, time: '09:00', timezone: ZONE },
          { slug: 'y', name: 'Thursday Group', day: 4, time: '09:00', timezone: ZONE },
        ];
      });
      await loaded;
      await openFilters(element);
      const again = new Promise((resolve) => element.addEventListener('ml-load', resolve, { once: true }));
      element.meetings = [
        { slug: 'p', name: 'Sunday Group', day: 0, time: '10:00', timezone: ZONE },
        { slug: 'q', name: 'Tuesday Tonight', day: 2, time: '19:00', timezone: ZONE },
      ];
      await again;
      await element.updateComplete;
      expect(element.results.map((meeting) => meeting.name)).to.deep.equal(['Tuesday Tonight', 'Sunday Group']);
      expect(chipCount(element, 'Starting within an hour')).to.equal('1');
    });

    it('counts "starting within an hour" in real minutes on the night the clocks go forward', async () => {
      thaw();
      // Sunday 8 March 2026, 1:30 AM CST: at 2:00 the clocks jump to 3:00 CDT.
      thaw = freezeClock('2026-03-08T07:30:00Z');
      const { element, loaded } = mount((el) => {
        el.timezone = ZONE;
        el.meetings = [
          { slug: 'three', name: 'Three AM Group', day: 0, time: '03:00', timezone: ZONE },
          { slug: 'four', name: 'Four AM Group', day: 0, time: '04:00', timezone: ZONE },
        ];
      });
      await loaded;
      await openFilters(element);
      expect(chipCount(element, 'Starting within an hour')).to.equal('1');
      await press(element, 'Starting within an hour');
      await rowsRendered(element, 1);
      expect(rowNames(element)).to.deep.equal(['Three AM Group']);
      expect(rows(element)[0]!.querySelector('.status')!.textContent).to.equal('In 30 min');
    });
  });

  describe('filters with counts', () => {
    it('filters by day, "today" following the clock where the meeting is', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await openFilters(element);
      expect(chipCount(element, 'Today')).to.equal('4');
      expect(chipCount(element, 'Tomorrow')).to.equal('1');
      expect(chipCount(element, 'Sunday')).to.equal('1');
      await press(element, 'Today');
      await waitUntil(() => statusText(element) === '4 of 7 meetings', 'count announced');
      expect(element.results.map((meeting) => meeting.name)).to.have.members(['Early Evening Group', 'Tuesday Night Open', 'East Coast Online', 'Tuesday Sunrise']);
      // Another day adds to the choice (any of), so its count is what the list would then hold.
      expect(chipCount(element, 'Sunday')).to.equal('1');
      await press(element, 'Sunday');
      expect(element.results).to.have.length(5);
    });

    it('filters by time of day and by starting soon and in progress', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await openFilters(element);
      expect(chipCount(element, 'Evening')).to.equal('4');
      expect(chipCount(element, 'Morning')).to.equal('2');
      expect(chipCount(element, 'Midday')).to.equal('1');
      expect(chipCount(element, 'Night')).to.equal('0');
      expect(chip(element, 'Night').querySelector('input')!.disabled).to.equal(true);
      expect(chipCount(element, 'In progress now')).to.equal('1');
      await press(element, 'Starting within an hour');
      expect(element.results.map((meeting) => meeting.name)).to.deep.equal(['Tuesday Night Open', 'East Coast Online']);
    });

    it('counts hybrid meetings as both in person and online, and says so', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await openFilters(element);
      expect(chipCount(element, 'In person')).to.equal('5');
      expect(chipCount(element, 'Online')).to.equal('3');
      expect(chipCount(element, 'Hybrid')).to.equal('1');
      expect(shadow(element).querySelector('.hint')!.textContent).to.contain('count as both');
      await press(element, 'Online');
      expect(element.results.map((meeting) => meeting.name)).to.have.members(['East Coast Online', 'Mujeres en Recuperación', 'Thursday Hybrid']);
    });

    it('needs every chosen meeting type to hold, and shows types that would give none as 0, disabled', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await openFilters(element);
      await openList(element, 'Meeting type');
      await press(element, 'Women');
      expect(element.results.map((meeting) => meeting.name)).to.have.members(['Mujeres en Recuperación', 'Thursday Hybrid']);
      expect(chipCount(element, 'Spanish')).to.equal('1');
      expect(chipCount(element, 'Men')).to.equal('0');
      expect(chip(element, 'Men').querySelector('input')!.disabled).to.equal(true);
      await press(element, 'Spanish');
      expect(element.results.map((meeting) => meeting.name)).to.deep.equal(['Mujeres en Recuperación']);
      await expect(element).to.be.accessible();
    });

    it('filters by area, found by typing in a long list', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await openFilters(element);
      await openList(element, 'Area');
      const finder = shadow(element).querySelector<HTMLInputElement>('.region-search input')!;
      finder.focus();
      await typeText('mid');
      await waitUntil(() => [...shadow(element).querySelectorAll('.regions label.chip span:first-of-type')].map((span) => span.textContent).join() === 'Midtown');
      expect(chipCount(element, 'Midtown')).to.equal('2');
      await press(element, 'Midtown');
      expect(element.results.map((meeting) => meeting.name)).to.have.members(['Tuesday Night Open', 'Thursday Hybrid']);
    });

    it('fires ml-filter-change with the filters and the result count', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      const change = new Promise<CustomEvent>((resolve) => element.addEventListener('ml-filter-change', resolve as EventListener, { once: true }));
      await press(element, 'Tomorrow');
      const event = await change;
      expect(event.detail.filters.days).to.deep.equal(['tomorrow']);
      expect(event.detail.results).to.equal(1);
    });

    it('says which filters exclude everything, and removes each with one press', async () => {
      const { element, loaded } = mountMeetings((el) => el.setAttribute('types', 'women men'));
      await loaded;
      await element.updateComplete;
      const noResults = shadow(element).querySelector('[part="no-results"]')!;
      expect(noResults).to.exist;
      const buttons = [...noResults.querySelectorAll('ul button')].map((button) => button.textContent!.trim());
      expect(buttons).to.deep.equal(['Remove Women (1 meeting)', 'Remove Men (2 meetings)']);
      await expect(element).to.be.accessible();
      (noResults.querySelectorAll<HTMLButtonElement>('ul button')[0]!).click();
      await element.updateComplete;
      expect(element.results.map((meeting) => meeting.name)).to.deep.equal(['Germantown Men']);
    });

    it('shows the host’s own words when nothing matches', async () => {
      const { element, loaded } = mount(
        (el) => {
          el.timezone = ZONE;
          el.meetings = MEETINGS;
          el.setAttribute('q', 'nothing like this');
        },
        '<p slot="empty">Call our helpline any time: 555-0100.</p>',
      );
      await loaded;
      await element.updateComplete;
      const slot = shadow(element).querySelector<HTMLSlotElement>('slot[name="empty"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.contain('helpline');
    });

    it('takes presets from attributes for landing pages', async () => {
      const { element, loaded } = mountMeetings((el) => {
        el.setAttribute('attendance', 'online');
        el.setAttribute('day', 'today');
      });
      await loaded;
      await openFilters(element);
      await element.updateComplete;
      expect(element.results.map((meeting) => meeting.name)).to.deep.equal(['East Coast Online']);
      expect(chip(element, 'Online').querySelector('input')!.checked).to.equal(true);
    });
  });

  describe('near me', () => {
    afterEach(() => restorePosition());
    it('asks for the position only when pressed, then sorts by distance with a radius, keeping meetings without a place', async () => {
      await setPosition(35.1495, -90.049);
      const { element, loaded } = mountMeetings((el) => el.setAttribute('distance-unit', 'mi'));
      await loaded;
      await element.updateComplete;
      expect(shadow(element).querySelector('.near-status')!.textContent).to.equal('');
      shadow(element).querySelector<HTMLButtonElement>('.near-me')!.click();
      await waitUntil(() => shadow(element).querySelector('.near-status')!.textContent!.includes('Sorted by distance'), 'sorted by distance', { timeout: 8000 });
      await rowsRendered(element, MEETINGS.length);
      expect(element.results.map((meeting) => meeting.name)).to.deep.equal([
        'Early Evening Group',
        'Tuesday Night Open',
        'Tuesday Sunrise',
        'Thursday Hybrid',
        'Germantown Men',
        'East Coast Online',
        'Mujeres en Recuperación',
      ]);
      expect(rows(element)[0]!.querySelector('.distance')!.textContent).to.equal('0.5 mi');
      expect([...shadow(element).querySelectorAll('h3.day')].map((heading) => heading.textContent)).to.deep.equal(['Distance unknown']);
      expect(location.href).not.to.contain('35.14');

      const radius = shadow(element).querySelector<HTMLSelectElement>('.radius select')!;
      radius.value = '5';
      radius.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(element.results.map((meeting) => meeting.name)).to.deep.equal([
        'Early Evening Group',
        'Tuesday Night Open',
        'Tuesday Sunrise',
        'Thursday Hybrid',
        'East Coast Online',
        'Mujeres en Recuperación',
      ]);
      await expect(element).to.be.accessible();
    });

    it('explains a refusal', async () => {
      await denyPosition();
      const { element, loaded } = mountMeetings();
      await loaded;
      await element.updateComplete;
      shadow(element).querySelector<HTMLButtonElement>('.near-me')!.click();
      await waitUntil(() => shadow(element).querySelector('.near-status')!.textContent!.includes('did not share your position'), 'refusal explained', { timeout: 8000 });
      expect(element.results).to.have.length(MEETINGS.length);
    });

    it('sorts by distance from a place the feed names, without any geocoder', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await element.updateComplete;
      const options = [...shadow(element).querySelectorAll('datalist option')].map((option) => (option as HTMLOptionElement).value);
      expect(options).to.include.members(['Germantown', 'Midtown', '38138']);
      const place = shadow(element).querySelector<HTMLInputElement>('.near-place input')!;
      place.value = 'Germantown';
      place.dispatchEvent(new Event('change'));
      await element.updateComplete;
      await waitUntil(() => new URL(location.href).searchParams.has('ml-place'), 'URL written');
      expect(element.results[0]!.name).to.equal('Germantown Men');
      expect(shadow(element).querySelector('.near-status')!.textContent).to.equal('Sorted by distance from Germantown.');
      expect(new URL(location.href).searchParams.get('ml-place')).to.equal('Germantown');
    });

    it('says when a typed place is not one of the feed’s', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await element.updateComplete;
      const place = shadow(element).querySelector<HTMLInputElement>('.near-place input')!;
      place.value = 'Atlantis';
      place.dispatchEvent(new Event('change'));
      await element.updateComplete;
      expect(shadow(element).querySelector('.near-status')!.textContent).to.contain('“Atlantis” is not a place in this list');
    });
  });

  describe('deep links', () => {
    it('writes the filters into the URL and restores them from it', async () => {
      const first = mountMeetings();
      await first.loaded;
      await openList(first.element, 'Meeting type');
      await press(first.element, 'Women');
      await press(first.element, 'Online');
      await waitUntil(() => new URL(location.href).searchParams.has('ml-att'), 'URL written');
      const url = new URL(location.href);
      expect(url.searchParams.get('ml-type')).to.equal('women');
      expect(url.searchParams.get('ml-att')).to.equal('online');
      expect(url.searchParams.get('wtr-session-id')).to.not.equal(null);
      first.element.parentElement!.remove();

      const second = mountMeetings();
      await second.loaded;
      await second.element.updateComplete;
      expect(second.element.results.map((meeting) => meeting.name)).to.have.members(['Mujeres en Recuperación', 'Thursday Hybrid']);
    });

    it('steps back through filter changes with the back button', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await press(element, 'Today');
      await waitUntil(() => new URL(location.href).searchParams.has('ml-day'), 'first press in the URL');
      await press(element, 'Evening');
      await waitUntil(() => new URL(location.href).searchParams.has('ml-time'), 'second press in the URL');
      expect(element.results).to.have.length(3);
      const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await back;
      await element.updateComplete;
      expect(element.currentFilters.times).to.deep.equal([]);
      expect(element.results).to.have.length(4);
    });

    it('gives quick presses a history entry each', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await openFilters(element);
      // Quick presses, as with a real mouse, one right after the other.
      const click = async (name: string) => {
        const box = chip(element, name).getBoundingClientRect();
        await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
        await element.updateComplete;
      };
      await click('Today');
      await click('Evening');
      expect(element.currentFilters.times).to.deep.equal(['evening']);
      await waitUntil(() => new URL(location.href).searchParams.has('ml-time'), 'both presses in the URL');
      const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await back;
      await element.updateComplete;
      expect(element.currentFilters.days).to.deep.equal(['today']);
      expect(element.currentFilters.times).to.deep.equal([]);
      const before = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await before;
      await element.updateComplete;
      expect(element.currentFilters.days).to.deep.equal([]);
    });

    it('keeps two elements on one page apart', async () => {
      const a = mountMeetings();
      const b = mountMeetings();
      await Promise.all([a.loaded, b.loaded]);
      await press(b.element, 'Tomorrow');
      await waitUntil(() => new URL(location.href).searchParams.has('ml2-day'), 'URL written');
      const url = new URL(location.href);
      expect(url.searchParams.get('ml2-day')).to.equal('tomorrow');
      expect(url.searchParams.has('ml-day')).to.equal(false);
      expect(a.element.results).to.have.length(MEETINGS.length);
      expect(b.element.results).to.have.length(1);
    });

    it('leaves the URL alone with no-url-state', async () => {
      const before = location.href;
      const { element, loaded } = mountMeetings((el) => el.setAttribute('no-url-state', ''));
      await loaded;
      await press(element, 'Today');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(location.href).to.equal(before);
    });
  });
});

describe('<meeting-locator> a large feed', () => {
  usePage();
  let thaw: () => void;
  beforeEach(() => (thaw = freezeClock(TUESDAY_EVENING)));
  afterEach(() => thaw());

  /** Fictional meetings: a Tuesday 19:00 one (next from 6:40 PM) and the rest later in the week. */
  const largeFeed = (length: number) =>
    Array.from({ length }, (_, i) => ({
      slug: `m${i}`,
      name: i === 4321 ? 'The Next One' : `Group ${i}`,
      day: i === 4321 ? 2 : 3 + (i % 4),
      time: i === 4321 ? '19:00' : '12:00',
      address: `${i} Main St`,
      city: 'Memphis',
    }));

  it('shows the next meetings first, while the whole feed is read', async () => {
    const records = largeFeed(6000);
    const seen: string[][] = [];
    const { element, loaded } = mount((el) => {
      el.timezone = ZONE;
      el.meetings = records;
    });
    const observer = new MutationObserver(() => {
      if (shadow(element).querySelector('.message')?.textContent?.includes('loading all of them')) seen.push(rowNames(element));
    });
    observer.observe(shadow(element), { childList: true, subtree: true, characterData: true });
    const event = await loaded;
    observer.disconnect();
    const previewed = seen.find((names) => names.length > 0);
    expect(previewed, 'a preview with rows was shown before the load finished').to.exist;
    expect(previewed![0]).to.equal('The Next One');
    expect(event.detail.meetings).to.equal(6000);
    await element.updateComplete;
    expect(shadow(element).textContent).not.to.contain('loading all of them');
  });

  it('opens a meeting pressed in the preview once the whole feed is read, saying so meanwhile', async () => {
    // Enough meetings that the rest is still being read when the preview is pressed.
    const records = largeFeed(30_000);
    const { element, loaded } = mount((el) => {
      el.timezone = ZONE;
      el.meetings = records;
    });
    // Pressed as soon as the preview's first row is there.
    const pressed = new Promise<{ status: string; message: string | undefined; back: boolean }>((resolve) => {
      const observer = new MutationObserver(() => {
        const link = shadow(element).querySelector<HTMLAnchorElement>('article.meeting a.open');
        if (!link || !shadow(element).textContent?.includes('loading all of them')) return;
        observer.disconnect();
        const status = element.status;
        link.click();
        void element.updateComplete.then(() => {
          const detail = shadow(element).querySelector('.detail');
          resolve({ status, message: detail?.querySelector('[role="status"]')?.textContent ?? undefined, back: Boolean(detail?.querySelector('button.back')) });
        });
      });
      observer.observe(shadow(element), { childList: true, subtree: true, characterData: true });
    });
    const during = await pressed;
    expect(during.status, 'pressed while the rest was read').to.equal('loading');
    expect(during.message).to.equal('Loading meetings…');
    expect(during.back, 'a way back to the list').to.equal(true);
    await loaded;
    await waitUntil(() => shadow(element).activeElement?.matches('.detail h3'), 'focus on the details', { timeout: 5000 });
    expect(shadow(element).activeElement!.textContent).to.contain('The Next One');
  });

  it('gives a meeting in the preview the same id as in the whole list, even where keys repeat', async () => {
    // The next meeting repeats an earlier record's key: in the whole feed its id carries a suffix,
    // which the preview must give it too (else the details would open the earlier meeting).
    const records = largeFeed(6000).map((record, i) => (i === 4321 ? { ...record, slug: 'm17' } : record));
    const { element, loaded } = mount((el) => {
      el.timezone = ZONE;
      el.meetings = records;
    });
    const previewId = new Promise<string>((resolve) => {
      const observer = new MutationObserver(() => {
        const link = shadow(element).querySelector<HTMLAnchorElement>('article.meeting a.open');
        if (!link || !shadow(element).textContent?.includes('loading all of them')) return;
        observer.disconnect();
        resolve(link.dataset['id']!);
        link.click();
      });
      observer.observe(shadow(element), { childList: true, subtree: true, characterData: true });
    });
    const id = await previewId;
    await loaded;
    const next = element.results.find((meeting) => meeting.name === 'The Next One')!;
    expect(id, 'the id the preview linked').to.equal(next.id);
    expect(next.id).to.match(/-m17~2$/);
    await waitUntil(() => shadow(element).querySelector('.detail h3'), 'the details', { timeout: 5000 });
    expect(shadow(element).querySelector('.detail h3')!.textContent).to.contain('The Next One');
  });
});
