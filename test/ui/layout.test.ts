import { expect, waitUntil } from '@open-wc/testing';
import { pressKey } from '../engines.js';
import { mount, rowNames, rows, rowsRendered, shadow, usePage } from './mount.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';

const ZONE = 'America/Chicago';

/** Fictional meetings: two at one church, one elsewhere, one online. */
const MEETINGS = [
  { slug: 'a', name: 'Alpha Group', day: 1, time: '19:00', end_time: '20:30', location: 'St. Mark’s Church', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', latitude: 35.14, longitude: -90.04, types: ['O', 'W'], notes: 'Side door.\nUpstairs.', group: 'Alpha' },
  { slug: 'b', name: 'Beta Group', day: 3, time: '12:00', location: 'St. Mark’s Church', formatted_address: '100 Union Ave, Memphis, TN 38103, USA', latitude: 35.14, longitude: -90.04, types: ['C'] },
  { slug: 'c', name: 'Gamma Group', day: 5, time: '18:00', location: 'Clubhouse', formatted_address: '9 Summer Ave, Memphis, TN 38112, USA', latitude: 35.15, longitude: -89.97, types: ['O'] },
  { slug: 'd', name: 'Delta Online', day: 2, time: '20:00', conference_url: 'https://zoom.us/j/5550100', types: ['ONL'] },
];

function mountMeetings(setup: (element: MeetingLocator) => void = () => {}, children = '') {
  return mount((element) => {
    element.timezone = ZONE;
    element.meetings = MEETINGS;
    setup(element);
  }, children);
}

const root = (element: MeetingLocator) => shadow(element);
const link = (element: MeetingLocator, name: string) => [...root(element).querySelectorAll<HTMLAnchorElement>('a.open')].find((a) => a.textContent === name)!;

describe('layout, panels and details', () => {
  usePage();

  describe('List / Map switch', () => {
    it('shows no switch and no map with view="list"', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await rowsRendered(element, 4);
      expect(root(element).querySelector('.view-switch')).to.equal(null);
      expect(root(element).querySelector('.map-pane')).to.equal(null);
    });

    it('on a narrow element, switches between list and map by pressed buttons', async () => {
      const { element, loaded } = mountMeetings((el) => {
        el.view = 'auto';
        el.mapStyle = '/basemap/style.json';
      });
      element.parentElement!.style.width = '360px';
      await loaded;
      await rowsRendered(element, 4);
      const group = root(element).querySelector<HTMLElement>('.view-switch')!;
      expect(group.getAttribute('role')).to.equal('group');
      const [list, map] = [...group.querySelectorAll('button')];
      expect(getComputedStyle(group).display).not.to.equal('none');
      expect(list!.getAttribute('aria-pressed')).to.equal('true');
      expect(getComputedStyle(root(element).querySelector('.map-pane')!).display).to.equal('none');
      map!.click();
      await element.updateComplete;
      expect(map!.getAttribute('aria-pressed')).to.equal('true');
      // The map takes the list's place; the search, filters and count stay, to narrow what it shows.
      expect(getComputedStyle(root(element).querySelector('.list')!).display).to.equal('none');
      expect(getComputedStyle(root(element).querySelector('.search')!).display).not.to.equal('none');
      expect(root(element).querySelector('.count')!.getBoundingClientRect().height).to.be.above(0);
      const mapPane = root(element).querySelector('.map-pane')!;
      expect(getComputedStyle(mapPane).display).not.to.equal('none');
      expect(mapPane.getBoundingClientRect().top).to.be.at.least(root(element).querySelector('.summary')!.getBoundingClientRect().bottom);
      list!.click();
      await element.updateComplete;
      expect(getComputedStyle(root(element).querySelector('.list')!).display).not.to.equal('none');
      expect(getComputedStyle(mapPane).display).to.equal('none');
    });

    it('on a wide element, shows list and map side by side without a switch', async () => {
      const { element, loaded } = mountMeetings((el) => {
        el.view = 'auto';
        el.mapStyle = '/basemap/style.json';
      });
      element.parentElement!.style.width = '1100px';
      await loaded;
      await rowsRendered(element, 4);
      expect(getComputedStyle(root(element).querySelector('.view-switch')!).display).to.equal('none');
      const finder = root(element).querySelector('.finder')!.getBoundingClientRect();
      const map = root(element).querySelector('.map-pane')!.getBoundingClientRect();
      expect(map.left).to.be.at.least(finder.right);
      expect(Math.abs(map.top - finder.top)).to.be.below(2);
    });
  });

  it('at three widths: a phone column, a sidebar and a full page, with the host panels placed to fit', async () => {
    const FAQ_ONLY = `<section slot="faq" data-label="FAQ"><p>Questions.</p></section>`;
    const { element, loaded } = mountMeetings((el) => {
      el.view = 'auto';
      el.mapStyle = '/basemap/style.json';
    }, FAQ_ONLY);
    await loaded;
    await rowsRendered(element, 4);
    const box = (selector: string) => root(element).querySelector(selector)!.getBoundingClientRect();
    const shown = (selector: string) => getComputedStyle(root(element).querySelector(selector)!).display !== 'none';
    const widths = { phone: 360, sidebar: 680, page: 1100, wide: 1500 };
    const layout: Record<string, { switch: boolean; map: boolean; mapBeside: boolean; panelsBeside: boolean }> = {};
    for (const [name, width] of Object.entries(widths)) {
      element.parentElement!.style.width = `${width}px`;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      layout[name] = {
        switch: shown('.view-switch'),
        map: shown('.map-pane'),
        mapBeside: shown('.map-pane') && box('.map-pane').left >= box('.finder').right,
        panelsBeside: box('.panels').left >= box('.main').right,
      };
      expect(element.scrollWidth, `no sideways overflow at ${width}px`).to.be.at.most(width);
    }
    expect(layout).to.deep.equal({
      phone: { switch: true, map: false, mapBeside: false, panelsBeside: false },
      sidebar: { switch: true, map: false, mapBeside: false, panelsBeside: false },
      page: { switch: false, map: true, mapBeside: true, panelsBeside: false },
      wide: { switch: false, map: true, mapBeside: true, panelsBeside: true },
    });
  });

  describe('host panels', () => {
    const FAQ = `<section slot="faq" data-label="Frequently asked questions"><details><summary>Is it free?</summary><p>Yes.</p></details></section>`;

    it('puts each filled panel behind a disclosure button named by the page', async () => {
      const { element, loaded } = mountMeetings(() => {}, FAQ);
      await loaded;
      const toggle = root(element).querySelector<HTMLButtonElement>('#faq-toggle')!;
      expect(toggle.textContent!.trim()).to.equal('Frequently asked questions');
      expect(toggle.closest('h3')).to.not.equal(null);
      expect(toggle.getAttribute('aria-controls')).to.equal('faq-body');
      // Wide: open at first.
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(root(element).querySelector<HTMLElement>('#faq-body')!.hidden).to.equal(false);
      expect(root(element).querySelector<HTMLElement>('.panel[part~="info-panel"]')!.hidden).to.equal(true);

      toggle.focus();
      await pressKey('Enter');
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(root(element).querySelector<HTMLElement>('#faq-body')!.hidden).to.equal(true);
      await pressKey(' ');
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      // The page's own <details> works inside.
      const summary = element.querySelector('summary')!;
      summary.click();
      expect(element.querySelector('details')!.open).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('starts collapsed on a narrow element, so the meetings come first', async () => {
      const { element, loaded } = mountMeetings(() => {}, FAQ);
      element.parentElement!.style.width = '360px';
      await loaded;
      expect(root(element).querySelector('#faq-toggle')!.getAttribute('aria-expanded')).to.equal('false');
      expect(root(element).querySelector('#faq-toggle')!.textContent!.trim()).to.equal('Frequently asked questions');
    });

    it('names a panel in the page language when the page gives no label', async () => {
      const { element, loaded } = mountMeetings((el) => (el.lang = 'es'), '<div slot="info"><p>Hola</p></div>');
      await loaded;
      expect(root(element).querySelector('#info-toggle')!.textContent!.trim()).to.equal('Más información');
    });
  });

  describe('details', () => {
    it('opens a meeting in place, focus on its name, and Back returns focus to the row', async () => {
      const { element, loaded } = mountMeetings();
      const selected = new Promise<CustomEvent>((resolve) => element.addEventListener('ml-select', resolve as EventListener, { once: true }));
      await loaded;
      await rowsRendered(element, 4);
      const alpha = link(element, 'Alpha Group');
      expect(new URL(alpha.href).searchParams.get('ml-meeting')).to.equal(element.results.find((m) => m.name === 'Alpha Group')!.id);
      alpha.focus();
      await pressKey('Enter');
      await element.updateComplete;
      expect(root(element).querySelector('.detail')).to.not.equal(null);
      // The details' own chunk may still be on its way ("Loading…" in the same place): wait for the
      // name itself to be there and focused (an absent name and no focus must not count as a match).
      await waitUntil(() => {
        const name = root(element).querySelector('.detail h3');
        return name !== null && root(element).activeElement === name;
      }, 'focus on the name');
      const detail = root(element).querySelector<HTMLElement>('.detail')!;
      expect(detail.querySelector('h3')!.textContent!.trim()).to.equal('Alpha Group');
      expect((await selected).detail.meeting.name).to.equal('Alpha Group');
      expect(new URLSearchParams(location.search).get('ml-meeting')).to.equal(element.results.find((m) => m.name === 'Alpha Group')!.id);
      expect(detail.textContent).to.contain('Side door.');
      await expect(element).to.be.accessible();

      const back = detail.querySelector<HTMLButtonElement>('button.back, button[class*="back"]')!;
      back.click();
      await waitUntil(() => root(element).activeElement?.textContent === 'Alpha Group', 'focus back on the row');
      expect(root(element).querySelector('.detail')).to.equal(null);
      await waitUntil(() => new URLSearchParams(location.search).get('ml-meeting') === null, 'the detail leaves the URL');
    });

    it('closes with Escape, and with the browser’s Back button', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await rowsRendered(element, 4);
      link(element, 'Gamma Group').click();
      await element.updateComplete;
      await waitUntil(() => root(element).activeElement?.tagName === 'H3', 'focus in the details');
      await pressKey('Escape');
      await waitUntil(() => root(element).activeElement?.textContent === 'Gamma Group', 'focus back on the row');

      await waitUntil(() => new URLSearchParams(location.search).get('ml-meeting') === null, 'URL cleaned');
      link(element, 'Beta Group').click();
      await waitUntil(() => root(element).querySelector('.detail h3')?.textContent?.trim() === 'Beta Group', 'Beta’s details');
      history.back();
      await waitUntil(() => root(element).querySelector('.detail') === null, 'Back closes the details');
      await rowsRendered(element, 4);
    });

    it('opens the details a shared link names', async () => {
      const probe = mountMeetings();
      await probe.loaded;
      const id = probe.element.results.find((m) => m.name === 'Delta Online')!.id;
      probe.element.parentElement!.remove();
      history.replaceState(null, '', `?ml-meeting=${encodeURIComponent(id)}`);
      const { element, loaded } = mountMeetings();
      await loaded;
      await waitUntil(() => root(element).querySelector('.detail h3'), 'the details are shown');
      expect(root(element).querySelector('.detail h3')!.textContent!.trim()).to.equal('Delta Online');
    });

    it('says so when a link names a meeting no longer listed, and offers the list', async () => {
      history.replaceState(null, '', '?ml-meeting=gone');
      const { element, loaded } = mountMeetings();
      await loaded;
      await waitUntil(() => root(element).querySelector('.detail')?.textContent?.includes('no longer listed'), 'the meeting is said to be gone');
      root(element).querySelector<HTMLButtonElement>('.detail button')!.click();
      await rowsRendered(element, 4);
    });
  });

  describe('print', () => {
    it('renders the whole schedule for paper when printing, and prints', async () => {
      const { element, loaded } = mountMeetings();
      await loaded;
      await rowsRendered(element, 4);
      const original = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        root(element).querySelector<HTMLButtonElement>('.print-button')!.click();
        await waitUntil(() => printed === 1, 'window.print called');
        const schedule = root(element).querySelector('.print-schedule')!;
        for (const meeting of MEETINGS) expect(schedule.textContent).to.contain(meeting.name);
        window.dispatchEvent(new Event('afterprint'));
        await element.updateComplete;
        expect(root(element).querySelector('.print-schedule')).to.equal(null);
        // The browser's own Print command renders it too.
        window.dispatchEvent(new Event('beforeprint'));
        expect(root(element).querySelector('.print-schedule')).to.not.equal(null);
        window.dispatchEvent(new Event('afterprint'));
      } finally {
        window.print = original;
      }
    });
  });

  it('keeps rows and names as before for keyboard users', async () => {
    const { element, loaded } = mountMeetings();
    await loaded;
    await rowsRendered(element, 4);
    expect(rowNames(element)).to.include('Alpha Group');
    expect(rows(element)[0]!.querySelector('a.open')).to.not.equal(null);
  });
});
