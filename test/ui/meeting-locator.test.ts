import { expect, waitUntil } from '@open-wc/testing';
import { typeText, pressKey } from '../engines.js';
import { zonedParts } from '../../src/model/occurrence.js';
import { localizer } from '../../src/i18n/localize.js';
import { freezeClock } from './clock.js';
import { mount, rowNames, rows, rowsRendered, shadow, shownCount, statusText, usePage } from './mount.js';

const ZONE = 'America/Chicago';

/** Fictional meetings on every weekday, with the fields a row shows. */
const WEEK = [
  { slug: 'sun', name: 'Sunday Serenity', day: 0, time: '10:00', end_time: '11:00', location: 'Fellowship Hall', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', types: ['O'] },
  { slug: 'mon', name: 'Peña Monday', day: 1, time: '19:00', location: 'Church of Hope', formatted_address: '5 Poplar Ave, Germantown, TN 38138, USA', types: ['C', 'W'] },
  { slug: 'tue', name: 'Tuesday Online', day: 2, time: '12:00', conference_url: 'https://zoom.us/j/5550100', types: ['ONL', 'O'] },
  { slug: 'wed', name: 'Pena Hybrid Wednesday', day: 3, time: '18:30', location: 'Recovery Clubhouse', formatted_address: '20 Cooper St, Memphis, TN 38104, USA', conference_url: 'https://meet.google.com/abc-defg-hij', types: ['O'] },
  { slug: 'thu', name: 'Thursday Step Study', day: 4, time: '20:00', location: 'Community Center', formatted_address: '9 Summer Ave, Memphis, TN 38112, USA', types: ['ST'] },
  { slug: 'fri', name: 'Friday Night Live', day: 5, time: '21:00', location: 'Community Center', formatted_address: '9 Summer Ave, Memphis, TN 38112, USA', types: ['SP'] },
  { slug: 'sat', name: 'Saturday Nueva Vida', day: 6, time: '09:00', location: 'Centro Comunitario', formatted_address: '44 Jackson Ave, Memphis, TN 38105, USA', types: ['S'] },
];

/** The element on the fictional week, in Memphis time. */
const mountWeek = () =>
  mount((el) => {
    el.timezone = ZONE;
    el.meetings = WEEK;
  });

describe('<meeting-locator>', () => {
  usePage();

  describe('with meetings', () => {
    it('lists the meetings by weekday, the week starting today', async () => {
      // Thursday noon in Memphis, before Thursday's meeting. (On the real clock this failed every
      // day once that day's only meeting was over: the list then starts with tomorrow.)
      const thaw = freezeClock('2026-12-03T18:00:00Z');
      try {
        const { element, loaded } = mountWeek();
        await loaded;
        await rowsRendered(element, WEEK.length);
        const l10n = localizer('en');
        const today = zonedParts(new Date(), ZONE).weekday;
        const headings = [...shadow(element).querySelectorAll('h3.day')].map((heading) => heading.textContent!.replace(/\s+/g, ' ').trim());
        expect(headings).to.have.length(7);
        expect(headings[0]).to.equal(`${l10n.weekday(today)} · Today`);
        expect(headings[1]).to.equal(`${l10n.weekday(((today + 1) % 7) as 0)} · Tomorrow`);
        expect(rowNames(element)[0]).to.equal(WEEK[today]!.name);
        expect(element.status).to.equal('ready');
        expect(element.results).to.have.length(WEEK.length);
      } finally {
        thaw();
      }
    });

    it('shows each meeting with its time, name, place or "Online", and attendance', async () => {
      const { element, loaded } = mountWeek();
      await loaded;
      await rowsRendered(element, WEEK.length);
      const row = (name: string) => rows(element).find((r) => r.querySelector('h4')!.textContent === name)!;

      const sunday = row('Sunday Serenity');
      expect(sunday.querySelector('.time')!.textContent).to.match(/10:00\s*–\s*11:00\s*AM/);
      expect(sunday.querySelector('.where')!.textContent).to.equal('Fellowship Hall · 100 Union Ave, Memphis, TN 38103, USA');
      expect(sunday.querySelector('.badge')!.textContent).to.equal('In person');
      expect(sunday.querySelector('.types')!.textContent).to.contain('Open');

      const online = row('Tuesday Online');
      expect(online.querySelector('.where')!.textContent).to.equal('Online · Zoom');
      expect(online.querySelector('.badge')!.textContent).to.equal('Online');
      const join = online.querySelector<HTMLAnchorElement>('a[href^="https://zoom.us"]')!;
      expect(join.textContent).to.equal('Join on Zoom');

      expect(row('Pena Hybrid Wednesday').querySelector('.badge')!.textContent).to.equal('In person and online');
      expect(statusText(element)).to.equal('7 meetings');
      expect(shadow(element).textContent).to.contain('Times are Central Time.');
    });

    it('narrows the list as a person types, ignoring case and accents, and announces the count', async () => {
      const { element, loaded } = mountWeek();
      await loaded;
      await rowsRendered(element, WEEK.length);
      shadow(element).querySelector('input')!.focus();

      await typeText('peña');
      await rowsRendered(element, 2);
      expect(rowNames(element)).to.have.members(['Peña Monday', 'Pena Hybrid Wednesday']);
      await waitUntil(() => statusText(element) === '2 of 7 meetings', 'count announced');
      expect(shadow(element).querySelector('[role="status"]')).to.exist;

      await typeText(' germantown');
      await rowsRendered(element, 1);
      expect(rowNames(element)).to.deep.equal(['Peña Monday']);
      expect(element.results.map((meeting) => meeting.name)).to.deep.equal(['Peña Monday']);
    });

    it('shows the new count in the same frame as the list, and says it once typing pauses', async () => {
      const { element, loaded } = mountWeek();
      await loaded;
      await rowsRendered(element, WEEK.length);
      expect([shownCount(element), statusText(element)]).to.deep.equal(['7 meetings', '7 meetings']);
      const input = shadow(element).querySelector('input')!;
      input.value = 'peña';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await element.updateComplete;
      // The update that narrowed the list wrote the visible count; the live region waits for the pause.
      expect(element.results).to.have.length(2);
      expect(shownCount(element)).to.equal('2 of 7 meetings');
      expect(statusText(element), 'not announced on every key').to.equal('7 meetings');
      await waitUntil(() => statusText(element) === '2 of 7 meetings', 'announced after the pause');
      expect(shadow(element).querySelector('.count')!.hasAttribute('role'), 'the visible count is no live region').to.equal(false);
    });

    it('searches type names, so "women" and "spanish" find meetings by their codes', async () => {
      const { element, loaded } = mountWeek();
      await loaded;
      shadow(element).querySelector('input')!.focus();
      await typeText('women');
      await rowsRendered(element, 1);
      expect(rowNames(element)).to.deep.equal(['Peña Monday']);
    });

    it('says when nothing matches and removes the search with one press, returning focus to the field', async () => {
      const { element, loaded } = mountWeek();
      await loaded;
      const input = shadow(element).querySelector('input')!;
      input.focus();
      await typeText('zzzz');
      await waitUntil(() => shadow(element).querySelector('[part="no-results"]'), 'no-results shown');
      await waitUntil(() => statusText(element) === 'No meetings of 7', 'no-result count announced');
      const noResults = shadow(element).querySelector('[part="no-results"]')!;
      expect(noResults.textContent).to.contain('No meeting matches all of these:');
      await expect(element).to.be.accessible();

      const remove = noResults.querySelector('button')!;
      expect(remove.textContent!.trim()).to.equal('Remove search “zzzz” (7 meetings)');
      remove.focus();
      await pressKey('Enter');
      await rowsRendered(element, WEEK.length);
      expect(shadow(element).activeElement).to.equal(shadow(element).querySelector('#q'));
      expect(shadow(element).querySelector<HTMLInputElement>('#q')!.value).to.equal('');
    });

    it('renders hostile text as text and never links a script URL', async () => {
      const { element, loaded } = mount((el) => {
        el.timezone = ZONE;
        el.meetings = [
          {
            slug: 'evil',
            name: '<img src=x onerror="window.__pwned=1">Evil',
            day: 1,
            time: '19:00',
            notes: '<script>window.__pwned=1</script>',
            location: '<b>Bold</b> Hall',
            conference_url: 'javascript:window.__pwned=1',
            url: 'data:text/html,<script>alert(1)</script>',
            types: ['<svg onload=alert(1)>'],
          },
        ];
      });
      await loaded;
      await rowsRendered(element, 1);
      const row = rows(element)[0]!;
      expect(row.querySelector('h4')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">Evil');
      expect(row.querySelector('img, script, b, svg')).to.equal(null);
      // The one link is the meeting's own details, on this page; none from the feed's URLs.
      expect([...row.querySelectorAll('a')].map((a) => a.className)).to.deep.equal(['open']);
      expect(new URL(row.querySelector('a')!.href).origin).to.equal(location.origin);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('fires ml-load with counts, keeps the valid meetings of a partly broken feed and explains the rest', async () => {
      const records: unknown[] = Array.from({ length: 8 }, (_, i) => ({ slug: `ok-${i}`, name: `Group ${i}`, day: i % 7, time: '19:00' }));
      records.splice(3, 0, { slug: 'bad-day', name: 'Bad Day', day: 9, time: '19:00' });
      records.push('not a record');
      const { element, loaded } = mount((el) => {
        el.timezone = ZONE;
        el.meetings = records;
      });
      const event = await loaded;
      expect(event.detail.records).to.equal(10);
      expect(event.detail.meetings).to.equal(8);
      expect(event.detail.skipped).to.equal(2);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(element.diagnostics.filter((d) => d.severity === 'error').map((d) => d.record)).to.deep.equal([3, 9]);
      await rowsRendered(element);
      const summary = shadow(element).querySelector('details.diagnostics summary')!;
      expect(summary.textContent).to.equal('2 listings could not be shown');
      expect(shadow(element).querySelector('details.diagnostics')!.textContent).to.contain('Listing 4 (bad-day)');
    });

    it('lets a keyboard user tab through a long list past the rows first rendered', async function () {
      this.timeout(30_000);
      const many = Array.from({ length: 300 }, (_, i) => ({
        slug: `m${i}`,
        name: `Group ${String(i).padStart(3, '0')}`,
        day: i % 7,
        time: `${String(6 + (i % 15)).padStart(2, '0')}:00`,
        url: `https://example.org/meetings/m${i}/`,
      }));
      const { element, loaded } = mount((el) => {
        el.timezone = ZONE;
        el.meetings = many;
        el.style.setProperty('--ml-list-height', '400px');
      });
      await loaded;
      await rowsRendered(element);
      const firstRendered = rows(element).length;
      expect(firstRendered).to.be.below(100);
      shadow(element).querySelector<HTMLElement>('.list a')!.focus();
      // A person's key presses are frames apart, time the virtualizer needs to render the next rows.
      // (A timer, not animation frames: frames are throttled in a test page that is not in front.)
      const frame = () => new Promise((resolve) => setTimeout(resolve, 40));
      // Two stops a row: the meeting's name (its details) and its listing.
      for (let i = 0; i < 2 * firstRendered + 20; i++) {
        await pressKey('Tab');
        await frame();
      }
      const focused = shadow(element).activeElement!;
      expect(focused.closest('.list'), 'focus stays in the list').to.exist;
      const names = rowNames(element);
      const reached = focused.closest('article')!.querySelector('h4')!.textContent!;
      expect(element.results.findIndex((meeting) => meeting.name === reached)).to.be.at.least(firstRendered);
      expect(names).to.include(reached);
    });

    it('passes axe in the loaded state', async () => {
      const { element, loaded } = mountWeek();
      await loaded;
      await rowsRendered(element);
      await expect(element).to.be.accessible();
    });
  });

  describe('in Spanish', () => {
    it('speaks Spanish from its lang attribute, with Spanish weekdays and type names', async () => {
      const { element, loaded } = mount((el) => {
        el.lang = 'es';
        el.timezone = ZONE;
        el.meetings = WEEK;
      });
      await loaded;
      await rowsRendered(element, WEEK.length);
      const root = shadow(element);
      expect(root.querySelector('label')!.textContent).to.equal('Buscar reuniones');
      expect(statusText(element)).to.equal('7 reuniones');
      const headings = [...root.querySelectorAll('h3.day')].map((h) => h.textContent!);
      expect(headings.some((h) => h.includes('Miércoles'))).to.equal(true);
      const online = rows(element).find((r) => r.querySelector('h4')!.textContent === 'Tuesday Online')!;
      expect(online.querySelector('.badge')!.textContent).to.equal('En línea');
      root.querySelector('input')!.focus();
      await typeText('mujeres');
      await rowsRendered(element, 1);
      expect(rowNames(element)).to.deep.equal(['Peña Monday']);
      await expect(element).to.be.accessible();
    });

    it('follows the page language when it has none of its own', async () => {
      const { element, loaded } = mount(
        (el) => {
          el.meetings = WEEK;
          el.timezone = ZONE;
        },
        '',
        'es-MX',
      );
      await loaded;
      await element.updateComplete;
      expect(shadow(element).querySelector('label')!.textContent).to.equal('Buscar reuniones');
      expect(element.hasAttribute('lang')).to.equal(false);
    });

    it('follows the language of where it is moved to', async () => {
      const { element, loaded } = mount((el) => {
        el.meetings = WEEK;
        el.timezone = ZONE;
      });
      await loaded;
      await element.updateComplete;
      expect(shadow(element).querySelector('label')!.textContent).to.equal('Search meetings');
      const spanish = document.createElement('div');
      spanish.lang = 'es';
      element.parentElement!.append(spanish);
      spanish.append(element);
      await waitUntil(() => shadow(element).querySelector('label')?.textContent === 'Buscar reuniones', 'Spanish after the move');
    });
  });

  describe('when the feed fails', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['/test-feed/status/404', 'http', /HTTP 404/],
      ['/test-feed/status/500', 'http', /HTTP 500/],
      ['/test-feed/html', 'not-json', /not JSON/],
      ['/test-feed/invalid-json', 'not-json', /not JSON/],
      ['/test-feed/unknown-shape', 'unknown-format', /format this page cannot read/],
      ['/test-feed/empty', 'empty', /empty/],
      ['http://127.0.0.1:9/feed.json', 'network', /could not be reached/],
      ['/test-feed/hang', 'timeout', /too long/],
    ];
    for (const [src, code, message] of cases) {
      it(`says so in the element with a retry button (${code}: ${src})`, async () => {
        const { element, failed } = mount((el) => {
          el.src = src;
          el.timeout = 500;
        });
        const event = await failed;
        expect(event.detail.code).to.equal(code);
        await element.updateComplete;
        const alert = shadow(element).querySelector('[role="alert"]')!;
        expect(alert.querySelector('h3')!.textContent).to.equal('The meetings could not be loaded');
        expect(alert.textContent).to.match(message);
        expect(alert.querySelector('button')!.textContent).to.equal('Try again');
        expect(element.status).to.equal('error');
        expect(element.results).to.have.length(0);
      });
    }

    it('passes axe in the error state', async () => {
      const { element, failed } = mount((el) => (el.src = '/test-feed/status/404'));
      await failed;
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    it('loads the meetings when retry succeeds', async () => {
      const { element, failed } = mount((el) => {
        el.src = `/test-feed/flaky/${Math.random()}`;
        el.timezone = ZONE;
      });
      expect((await failed).detail.status).to.equal(503);
      await element.updateComplete;
      const loaded = new Promise((resolve) => element.addEventListener('ml-load', resolve, { once: true }));
      shadow(element).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await loaded;
      await rowsRendered(element, 2);
      expect(element.status).to.equal('ready');
    });

    it('says when no source is set, rather than showing a blank box', async () => {
      const { element, failed } = mount(() => {});
      expect((await failed).detail.code).to.equal('no-source');
      await element.updateComplete;
      expect(shadow(element).querySelector('[role="alert"]')!.textContent).to.contain('No meeting list has been set');
    });
  });

  describe('loading', () => {
    it('shows a loading message while the feed is on its way', async () => {
      const { element } = mount((el) => {
        el.src = '/test-feed/hang';
        el.timeout = 5000;
      });
      await element.updateComplete;
      expect(element.status).to.equal('loading');
      expect(shadow(element).querySelector('[role="status"]')!.textContent).to.equal('Loading meetings…');
    });

    it('abandons the previous feed when src changes', async () => {
      const { element, loaded } = mount((el) => {
        el.src = '/test-feed/hang';
        el.timeout = 2000;
        el.timezone = ZONE;
      });
      let errors = 0;
      element.addEventListener('ml-error', () => errors++);
      await element.updateComplete;
      element.src = '/test-feed/valid';
      const event = await loaded;
      expect(event.detail.meetings).to.equal(2);
      await rowsRendered(element, 2);
      // Wait past the first request's timeout: it must not come back as an error.
      await new Promise((resolve) => setTimeout(resolve, 2300));
      expect(errors).to.equal(0);
      expect(element.status).to.equal('ready');
    });

    it('stops loading when removed from the page, and loads again when put back', async () => {
      const { element, loaded } = mount((el) => {
        el.src = `/test-feed/slow/400`;
        el.timezone = ZONE;
      });
      let errors = 0;
      element.addEventListener('ml-error', () => errors++);
      await element.updateComplete;
      const container = element.parentElement!;
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(errors).to.equal(0);
      expect(element.status).to.equal('loading');
      container.append(element);
      expect((await loaded).detail.meetings).to.equal(2);
      expect(element.status).to.equal('ready');
    });

    it('loads a feed from a URL, resolved against the page', async () => {
      const { element, loaded } = mount((el) => {
        el.setAttribute('src', '/test-feed/valid');
        el.setAttribute('timezone', ZONE);
      });
      await loaded;
      await rowsRendered(element, 2);
      expect(element.results.map((meeting) => meeting.source)).to.deep.equal([new URL('/test-feed/valid', location.href).href, new URL('/test-feed/valid', location.href).href]);
    });
  });

  describe('slots', () => {
    it('shows the faq and info panels only when the page fills them', async () => {
      const { element, loaded } = mount((el) => (el.meetings = WEEK));
      await loaded;
      const panels = shadow(element).querySelector<HTMLElement>('[part="panels"]')!;
      expect(panels.hidden).to.equal(true);

      const faq = document.createElement('section');
      faq.slot = 'faq';
      faq.innerHTML = '<h2>FAQ</h2><details><summary>Is it free?</summary><p>Yes.</p></details>';
      element.append(faq);
      await waitUntil(() => !panels.hidden, 'faq panel shown');
      expect(shadow(element).querySelector<HTMLElement>('[part="faq"]')!.hidden).to.equal(false);
      expect(shadow(element).querySelector<HTMLElement>('[part="info"]')!.hidden).to.equal(true);
      const slot = shadow(element).querySelector<HTMLSlotElement>('slot[name="faq"]')!;
      expect(slot.assignedElements()).to.deep.equal([faq]);
      expect(faq.getBoundingClientRect().height).to.be.above(0);
    });

    it('renders header and footer content around the finder', async () => {
      const { element, loaded } = mount((el) => (el.meetings = WEEK), '<p slot="header">Find a meeting tonight</p><p slot="footer">Sample data</p>');
      await loaded;
      const header = shadow(element).querySelector<HTMLSlotElement>('slot[name="header"]')!;
      const footer = shadow(element).querySelector<HTMLSlotElement>('slot[name="footer"]')!;
      expect(header.assignedElements()[0]!.textContent).to.equal('Find a meeting tonight');
      expect(footer.assignedElements()[0]!.textContent).to.equal('Sample data');
      expect(header.compareDocumentPosition(shadow(element).querySelector('.finder')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    });
  });

  describe('on a page', () => {
    it('registers once even when its script runs twice', async () => {
      await import(`../../src/meeting-locator.ts?again=${Date.now()}`);
      expect(customElements.get('meeting-locator')).to.exist;
    });

    it('keeps several instances independent', async () => {
      const first = mount((el) => {
        el.meetings = WEEK;
        el.timezone = ZONE;
      });
      const second = mount((el) => {
        el.meetings = WEEK.slice(0, 2);
        el.timezone = ZONE;
      });
      await Promise.all([first.loaded, second.loaded]);
      shadow(first.element).querySelector('input')!.focus();
      await typeText('online');
      await rowsRendered(first.element, 1);
      await rowsRendered(second.element, 2);
      expect(second.element.results).to.have.length(2);
    });
  });
});
