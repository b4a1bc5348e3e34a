/**
 * Links that leave the page carry only the meeting's own link: not the host page's other query
 * parameters (a session token was seen), nor the person's search.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { mount, rowsRendered, shadow, usePage } from './mount.js';

const MEETINGS = [
  { slug: 'tuesday-night', name: 'Tuesday Night Group', day: 2, time: '19:00', end_time: '20:00', location: 'Hall', formatted_address: '1 Union Ave, Memphis, TN', types: ['O'] },
];

describe('links that leave the page', () => {
  usePage();

  it('calendar entries, the .ics file and the share link hold the meeting link and nothing else of the page', async () => {
    history.replaceState(null, '', `${location.pathname}?session=SECRET-TOKEN&utm_source=mail&ml-q=tuesday#top`);
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.meetings = MEETINGS;
    });
    await loaded;
    await rowsRendered(element, 1);
    shadow(element).querySelector<HTMLAnchorElement>('article.meeting a.open')!.click();
    const root = shadow(element);
    await waitUntil(() => [...root.querySelectorAll('a')].some((a) => a.textContent!.includes('Google Calendar')), 'the details', { timeout: 5000 });
    const google = [...root.querySelectorAll('a')].find((a) => a.textContent!.includes('Google Calendar'))!;
    const ics = [...root.querySelectorAll('a')].find((a) => a.hasAttribute('download'))!;
    const file = decodeURIComponent(ics.href.slice(ics.href.indexOf(',') + 1));
    const details = new URL(google.href).searchParams.get('details') ?? '';
    const meetingLink = /URL:(\S+)/.exec(file.replace(/\r\n /g, ''))![1]!;
    const link = new URL(meetingLink);
    expect([...link.searchParams.keys()], meetingLink).to.deep.equal(['ml-meeting']);
    expect(link.hash).to.equal('');
    expect(link.origin + link.pathname).to.equal(location.origin + location.pathname);
    for (const leaked of ['SECRET-TOKEN', 'utm_source', 'ml-q', 'tuesday#', '#top']) {
      expect(file, `the .ics file carries ${leaked}`).not.to.contain(leaked);
      expect(google.href, `the Google Calendar link carries ${leaked}`).not.to.contain(leaked);
    }
    expect(details).to.contain(meetingLink);
  });
});
