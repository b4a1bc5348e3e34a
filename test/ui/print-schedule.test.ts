import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { has, itNeeds } from '../engines.js';
import { render } from 'lit';
import { adaptMeetingGuide } from '../../src/feeds/meeting-guide.js';
import { localizer, type Localizer } from '../../src/i18n/localize.js';
import type { Meeting, Weekday } from '../../src/model/meeting.js';
import { zonedParts } from '../../src/model/occurrence.js';
import { clockView } from '../../src/query/clock-view.js';
import { PRINT_LIMIT, renderPrintSchedule, type PrintScheduleProps } from '../../src/ui/print-schedule.js';
import { printStyles } from '../../src/ui/print-styles.js';
import { styles, tokens } from '../../src/ui/styles.js';
import { englishWhole } from '../../src/i18n/english-whole.js';

const ZONE = 'America/Chicago';
/** English, whole once the finder's chunk has run (`before`). */
let l10n: Localizer;

function feed(records: object[], timezone = ZONE): Meeting[] {
  return adaptMeetingGuide(records, { source: 'test', timezone }).meetings;
}

/** 300 fictional meetings, spread over every weekday and hour; the name says when each one is. */
const WEEK_OF_300 = Array.from({ length: 300 }, (_, i) => {
  const day = i % 7;
  const minutes = ((i * 37) % 24) * 60 + ((i * 13) % 4) * 15;
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return { slug: `m${i}`, name: `Meeting ${i} d${day} t${minutes}`, day, time, location: `Hall ${i}`, formatted_address: `${i} Main St, Memphis, TN`, types: ['O'] };
});

function props(meetings: Meeting[], positions?: number[], title?: string): PrintScheduleProps {
  const now = new Date();
  const clock = clockView(meetings, now);
  return { meetings, positions: positions ? Int32Array.from(positions) : clock.order, l10n, here: zonedParts(now, ZONE), clock, ...(title ? { title } : {}) };
}

const fixtures: HTMLElement[] = [];
function print(schedule: PrintScheduleProps): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  fixtures.push(container);
  render(renderPrintSchedule(schedule), container);
  return container;
}

const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const headings = (root: Element) => [...root.querySelectorAll('.print-day h3')].map(text);
const names = (root: Element) => [...root.querySelectorAll('.print-name')].map(text);

describe('print schedule', () => {
  before(async () => {
    englishWhole();
    l10n = localizer('en');
  });

  afterEach(() => {
    for (const container of fixtures.splice(0)) container.remove();
  });

  it('prints every one of 300 results, not the few a scrolling list keeps', () => {
    const root = print(props(feed(WEEK_OF_300)));
    expect(root.querySelectorAll('li.print-meeting')).to.have.length(300);
    expect(new Set(names(root)).size).to.equal(300);
    expect(text(root.querySelector('.print-meta'))).to.contain('300 meetings');
  });

  it('prints at most the first PRINT_LIMIT results, in the list\'s order, and says so', () => {
    const meetings = feed(Array.from({ length: PRINT_LIMIT + 1 }, (_, i) => ({ ...WEEK_OF_300[i % 300]!, slug: `m${i}`, name: `Meeting ${i} d${i % 7} t0` })));
    // Nearest first stands for any order the list has: the printout takes its first ones.
    const order = Array.from({ length: meetings.length }, (_, i) => (i * 7919) % meetings.length);
    const root = print(props(meetings, order));
    expect(root.querySelectorAll('li.print-meeting')).to.have.length(PRINT_LIMIT);
    const printed = new Set(names(root));
    expect(printed.has(meetings[order[PRINT_LIMIT]!]!.name), 'the last in the list\'s order is left out').to.equal(false);
    expect(order.slice(0, PRINT_LIMIT).every((position) => printed.has(meetings[position]!.name))).to.equal(true);
    expect(text(root.querySelector('.print-meta'))).to.contain(`The first ${l10n.number(PRINT_LIMIT)} of ${l10n.number(PRINT_LIMIT + 1)} meetings, in the list's order.`);

    const all = print({ ...props(meetings, order), limit: PRINT_LIMIT + 1 });
    expect(all.querySelectorAll('li.print-meeting')).to.have.length(PRINT_LIMIT + 1);
    expect(text(all.querySelector('.print-meta'))).to.contain(`${l10n.number(PRINT_LIMIT + 1)} meetings.`).and.not.to.contain('The first');
  });

  it('groups by weekday starting today, each weekday once, meetings by time within a day', () => {
    const root = print(props(feed(WEEK_OF_300)));
    const today = zonedParts(new Date(), ZONE).weekday;
    expect(headings(root)).to.deep.equal(Array.from({ length: 7 }, (_, k) => l10n.weekday(((today + k) % 7) as Weekday)));
    for (const [k, day] of [...root.querySelectorAll('.print-day')].entries()) {
      const rows = names(day).map((name) => /d(\d) t(\d+)/.exec(name)!.slice(1).map(Number));
      expect(rows.every(([weekday]) => weekday === (today + k) % 7), `all of ${text(day.querySelector('h3'))}'s meetings are on that day`).to.equal(true);
      const starts = rows.map(([, minutes]) => minutes!);
      expect(starts, 'by time within the day').to.deep.equal([...starts].sort((a, b) => a - b));
    }
  });

  it('reads by day and time even when the results are nearest first', () => {
    const meetings = feed(WEEK_OF_300);
    const byTime = print(props(meetings));
    const shuffled = Array.from({ length: meetings.length }, (_, i) => (i * 113) % meetings.length);
    const byDistance = print(props(meetings, shuffled));
    expect(headings(byDistance)).to.deep.equal(headings(byTime));
    const rowsOf = (root: Element) => [...root.querySelectorAll('.print-day')].map((day) => names(day).map((name) => /t\d+/.exec(name)![0]));
    expect(rowsOf(byDistance)).to.deep.equal(rowsOf(byTime));
  });

  it('puts meetings by appointment last, and prints only the results it is given', () => {
    const meetings = feed([
      { slug: 'a', name: 'By Appointment Group', day: [], location: 'Office', formatted_address: '1 Oak St, Memphis, TN' },
      ...WEEK_OF_300.slice(0, 7),
    ]);
    const root = print(props(meetings, Array.from(clockView(meetings, new Date()).order).filter((p) => p < 5)));
    expect(headings(root).at(-1)).to.equal('By appointment');
    expect(names(root).at(-1)).to.equal('By Appointment Group');
    expect(root.querySelectorAll('li.print-meeting')).to.have.length(5);
  });

  it('shows each meeting on one compact row: time range, name, where, attendance and types', () => {
    const root = print(
      props(
        feed([
          { slug: 'hall', name: 'Sunday Serenity', day: 0, time: '10:00', end_time: '11:00', location: 'Fellowship Hall', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', types: ['O', 'W'] },
        ]),
      ),
    );
    const row = root.querySelector('li.print-meeting')!;
    expect(text(row.querySelector('.print-time'))).to.match(/^10:00\s*–\s*11:00\s*AM$/);
    expect(text(row.querySelector('.print-name'))).to.equal('Sunday Serenity');
    expect(text(row.querySelector('.print-where'))).to.equal('Fellowship Hall · 100 Union Ave, Memphis, TN 38103, USA');
    expect(text(row.querySelector('.print-types'))).to.equal('In person · Open, Women');
    expect(text(root.querySelector('.print-meta'))).to.contain('Times are Central Time.');
    expect(text(root.querySelector('.print-title'))).to.equal('Meeting schedule');
  });

  it('writes out the join link and dial-in number (paper cannot be clicked)', () => {
    const url = 'https://zoom.us/j/5550100?pwd=abc123';
    const root = print(
      props(feed([{ slug: 'z', name: 'Tuesday Online', day: 2, time: '12:00', conference_url: url, conference_phone: '+1 555 0100,,5550100#', types: ['ONL', 'O'] }])),
    );
    expect(text(root.querySelector('.print-where'))).to.equal('Online · Zoom');
    expect(text(root.querySelector('.print-url'))).to.equal(url);
    expect(text(root.querySelector('.print-body'))).to.contain('Join on Zoom: https://zoom.us/j/5550100?pwd=abc123');
    expect(text(root.querySelector('.print-body'))).to.contain('Dial in: +1 555 0100,,5550100#');
    expect(root.querySelector('a'), 'no links on paper').to.equal(null);
  });

  it('prints hostile feed text as text', () => {
    const name = '<img src=x onerror="window.__printed=1">Evil';
    const root = print(props(feed([{ slug: 'x', name, day: 1, time: '19:00', location: '<b>Bold</b> Hall', formatted_address: '"><script>alert(1)</script>' }])));
    expect(text(root.querySelector('.print-name'))).to.equal(name);
    expect(text(root.querySelector('.print-where'))).to.contain('<b>Bold</b> Hall');
    expect(root.querySelector('img, b, script')).to.equal(null);
    expect((window as unknown as { __printed?: number }).__printed).to.equal(undefined);
  });

  it('names the zone on each row when meetings are in several, and takes the host\'s title', () => {
    const meetings = [...feed([WEEK_OF_300[0]!]), ...feed([{ ...WEEK_OF_300[1]!, slug: 'ny' }], 'America/New_York')];
    const root = print(props(meetings, undefined, 'Memphis Area meetings'));
    expect(text(root.querySelector('.print-title'))).to.equal('Memphis Area meetings');
    expect(text(root.querySelector('.print-meta'))).not.to.contain('Times are');
    expect([...root.querySelectorAll('.print-zone')].map(text)).to.have.members(['Central Time', 'Eastern Time']);
  });

  describe('on paper', () => {
    let host: HTMLElement;
    beforeEach(() => {
      // The element's shadow root in miniature: the interactive parts beside the schedule.
      host = document.createElement('div');
      document.body.append(host);
      fixtures.push(host);
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [tokens, styles, printStyles].map((sheet) => sheet.styleSheet!);
      root.innerHTML = `<div class="columns with-panels">
          <div class="main"><div class="panes">
            <section class="finder">
              <div class="search"><input type="search" /></div>
              <div class="near"><button type="button">Near me</button></div>
              <details class="filters" open><summary>Filters</summary></details>
              <div class="summary"><p class="count">300 meetings</p></div>
              <div class="list"><article class="meeting"><h4>Row</h4></article></div>
            </section>
            <div class="map-pane"><div class="map"></div></div>
          </div></div>
          <div class="panels"><section class="panel">FAQ</section></div>
        </div>
        <div class="print"></div>`;
      render(
        renderPrintSchedule(
          props(feed([{ slug: 'z', name: 'Tuesday Online', day: 2, time: '12:00', conference_url: 'https://zoom.us/j/5550100', types: ['ONL'] }, ...WEEK_OF_300.slice(0, 20)])),
        ),
        root.querySelector<HTMLElement>('.print')!,
      );
    });
    afterEach(async () => {
      if (has('mediaEmulation')) await emulateMedia({ media: 'screen' });
    });

    const shown = (selector: string) => getComputedStyle(host.shadowRoot!.querySelector(selector)!).display !== 'none';

    it('is hidden on screen', () => {
      expect(shown('.print-schedule')).to.equal(false);
      expect(shown('.list')).to.equal(true);
    });

    itNeeds('mediaEmulation', 'replaces the interactive element when printing: schedule shown, controls, list, map and panels hidden', async () => {
      await emulateMedia({ media: 'print' });
      expect(matchMedia('print').matches).to.equal(true);
      expect(shown('.print-schedule')).to.equal(true);
      for (const selector of ['.list', '.search', '.near', '.filters', '.summary', '.map-pane', '.panels', 'button']) {
        expect(shown(selector), `${selector} hidden on paper`).to.equal(false);
      }
      expect(host.shadowRoot!.querySelector<HTMLElement>('.print-url')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    itNeeds('mediaEmulation', 'prints black on white, keeps a meeting on one page and a day heading with its meetings', async () => {
      await emulateMedia({ media: 'print' });
      const root = host.shadowRoot!;
      for (const selector of ['.print-schedule', '.print-day h3', '.print-name', '.print-url']) {
        expect(getComputedStyle(root.querySelector(selector)!).color, selector).to.equal('rgb(0, 0, 0)');
      }
      expect(getComputedStyle(root.querySelector('.print-schedule')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(root.querySelector('.print-meeting')!).breakInside).to.equal('avoid');
      expect(getComputedStyle(root.querySelector('.print-day h3')!).breakAfter).to.equal('avoid');
    });
  });
});
