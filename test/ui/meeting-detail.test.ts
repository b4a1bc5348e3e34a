import { expect, fixture } from '@open-wc/testing';
import { adoptStyles, html, render } from 'lit';
import { renderMeetingDetail, type MeetingDetailProps } from '../../src/ui/meeting-detail.js';
import { detailStyles } from '../../src/ui/detail-styles.js';
import { styles, tokens } from '../../src/ui/styles.js';
import { loadLocalizer, localizer } from '../../src/i18n/localize.js';
import type { Meeting } from '../../src/model/meeting.js';
import { onlineMeeting, testMeeting } from '../fixtures/meetings.js';
import { englishWhole } from '../../src/i18n/english-whole.js';

const DEEP_LINK = 'https://example.org/meetings/?meeting=test%3Atuesday-night-group';
// Tuesday 2027-03-09, 06:00 in Chicago.
const NOW = new Date('2027-03-09T12:00:00Z');

interface Shown {
  host: HTMLElement;
  root: ShadowRoot;
  calls: { back: number; share: number; opened: string[] };
  rerender(changes: Partial<MeetingDetailProps>): void;
}

/** Renders the details as the element does: in a shadow root, with the element's sheets. */
async function show(meeting: Meeting, changes: Partial<MeetingDetailProps> = {}): Promise<Shown> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 360px"></div>`);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, [tokens, styles, detailStyles]);
  const calls = { back: 0, share: 0, opened: [] as string[] };
  let props: MeetingDetailProps = {
    meeting,
    l10n: localizer('en'),
    now: NOW,
    viewerZone: 'America/Chicago',
    related: { sameLocation: [], sameGroup: [] },
    deepLink: DEEP_LINK,
    apple: false,
    onBack: () => calls.back++,
    onOpen: (id) => calls.opened.push(id),
    onShare: () => calls.share++,
    ...changes,
  };
  const rerender = (more: Partial<MeetingDetailProps>) => {
    props = { ...props, ...more };
    render(renderMeetingDetail(props), root);
  };
  rerender({});
  return { host, root, calls, rerender };
}

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const links = (root: ParentNode) => [...root.querySelectorAll('a')];
const link = (root: ParentNode, name: string | RegExp) =>
  links(root).find((a) => (typeof name === 'string' ? a.textContent!.replace(/\s+/g, ' ').includes(name) : name.test(a.textContent!)));

const fullMeeting = () =>
  testMeeting({
    attendance: 'hybrid',
    end: 20 * 60 + 30,
    notes: 'Use the side door.\nCoffee at 6:30.\n\nNewcomers welcome.',
    group: 'Tuesday Night Group',
    groupNotes: 'Business meeting\nfirst Tuesday.',
    location: { notes: 'Parking behind\nthe church.' },
    types: [
      { code: 'C', feature: 'closed', description: 'For people who have a desire to stop using.' },
      { code: 'O', feature: 'open' },
      { code: 'W', feature: 'women' },
      { code: 'X', feature: 'wheelchair' },
      { code: 'CAKE', label: 'Cake for birthdays' },
      { code: 'ONL' },
    ],
    features: ['closed', 'open', 'women', 'wheelchair', 'language:es'],
    online: { url: 'https://zoom.us/j/5550100123', provider: 'Zoom', phone: '+1 555-010-0123,,5550100123#', phoneNotes: 'Passcode 424242' },
    updated: '2026-10-01 12:00:00',
    url: 'https://www.example.org/meetings/tuesday-night-group',
  });

describe('meeting details', () => {
  before(() => englishWhole());

  it('is a labelled section: Back first, then the name as a focusable heading', async () => {
    const { root, calls } = await show(fullMeeting());
    const section = root.querySelector('section.detail')!;
    expect(section.getAttribute('part')).to.equal('detail');
    const heading = section.querySelector('h3')!;
    expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(heading.textContent).to.equal('Tuesday Night Group');
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    heading.focus();
    expect(root.activeElement).to.equal(heading);
    const first = section.querySelector('button, a, input')!;
    expect(first.classList.contains('back')).to.equal(true);
    expect(first.textContent!.trim()).to.equal('Back to the list');
    expect(first.querySelector('svg[aria-hidden="true"][focusable="false"]')).to.exist;
    (first as HTMLButtonElement).click();
    expect(calls.back).to.equal(1);
  });

  it('says when, how long and how to attend', async () => {
    const { root } = await show(fullMeeting());
    expect(text(root, '.when')).to.equal('Tuesday 7:00 – 8:30 PM Central Time');
    expect(text(root, '.duration')).to.match(/^1 hour,? 30 minutes$/);
    expect(text(root, '.facts .badge')).to.equal('In person and online');
    expect([...root.querySelectorAll('.facts dt')].map((dt) => dt.textContent)).to.deep.equal(['When', 'How long', 'How to attend']);
  });

  it('adds the viewer time, labelled, when their clock differs', async () => {
    const { root } = await show(fullMeeting(), { viewerZone: 'Europe/Berlin' });
    expect(text(root, '.when .yours')).to.equal('Wednesday 2:00 AM your time');
  });

  it('gives no duration when the feed gives no end, and says when it is by appointment', async () => {
    const { root } = await show(testMeeting({ end: undefined }));
    expect(root.querySelector('.duration')).to.equal(null);
    const appointment = await show(testMeeting({ day: undefined, start: undefined }));
    expect(text(appointment.root, '.when')).to.equal('By appointment');
    expect(link(appointment.root, 'Add to calendar')).to.equal(undefined);
    expect(link(appointment.root, 'Google Calendar')).to.equal(undefined);
  });

  it('shows where: place, address, notes with their line breaks, region', async () => {
    const { root } = await show(fullMeeting());
    expect(text(root, '.location h4')).to.equal('Where');
    expect(text(root, '.place')).to.equal('Fellowship Hall');
    expect(text(root, '.address')).to.equal('100 Union Ave, Memphis, TN 38103, USA');
    const notes = root.querySelector('.location-notes')!;
    expect(notes.textContent).to.equal('Parking behind\nthe church.');
    expect(getComputedStyle(notes).whiteSpace).to.equal('pre-line');
    expect(text(root, '.region')).to.equal('Area: Shelby County › Midtown');
  });

  it('names every type, with its description from the feed or the vocabulary', async () => {
    const { root } = await show(fullMeeting());
    const described = [...root.querySelectorAll('.types dl > div')].map((group) => [group.querySelector('dt')!.textContent, group.querySelector('dd')!.textContent]);
    expect(described).to.deep.equal([
      ['Open', 'Anyone may attend, including family, friends and people who are curious.'],
      ['Closed', 'For people who have a desire to stop using.'],
      ['Wheelchair access', 'The meeting room can be reached without steps.'],
    ]);
    // Attendance codes (ONL) are the badge's business; a feature no type carries (a language) is named too.
    expect([...root.querySelectorAll('.types .tags li')].map((li) => li.textContent)).to.deep.equal(['Women', 'Spanish', 'Cake for birthdays']);
  });

  it('keeps the line breaks of notes and group notes', async () => {
    const { root } = await show(fullMeeting());
    const notes = root.querySelector('.notes .text')!;
    expect(notes.textContent).to.equal('Use the side door.\nCoffee at 6:30.\n\nNewcomers welcome.');
    expect(getComputedStyle(notes).whiteSpace).to.equal('pre-line');
    expect((notes as HTMLElement).offsetHeight).to.be.greaterThan(3 * parseFloat(getComputedStyle(notes).lineHeight));
    expect(text(root, '.group .group-name')).to.equal('Tuesday Night Group');
    expect(root.querySelector('.group .text')!.textContent).to.equal('Business meeting\nfirst Tuesday.');
  });

  it('shows hostile text as text, never as markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>bold</b>';
    const { root } = await show(
      testMeeting({ name: hostile, notes: hostile, group: hostile, groupNotes: hostile, location: { name: hostile, formattedAddress: hostile, notes: hostile, regions: [hostile] } }),
    );
    expect(root.querySelector('img, script, b')).to.equal(null);
    expect(root.querySelector('h3')!.textContent).to.equal(hostile);
    expect(root.querySelector('.notes .text')!.textContent).to.equal(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('never makes a link of a javascript: or data: URL from the feed', async () => {
    const meeting = fullMeeting();
    meeting.url = 'javascript:alert(1)';
    meeting.online = { url: ' JavaScript:alert(document.domain)', phone: 'javascript:alert(1)' };
    const { root } = await show(meeting);
    for (const a of links(root)) {
      expect(a.getAttribute('href')).to.match(/^(https:\/\/|tel:|data:text\/calendar;)/);
    }
    expect(link(root, /Join/)).to.equal(undefined);
    expect(link(root, 'Dial in')).to.equal(undefined);
    expect(link(root, 'See the listing')).to.equal(undefined);
    const data = await show(testMeeting({ attendance: 'online', online: { url: 'data:text/html,<script>alert(1)</script>' } }));
    expect(links(data.root).filter((a) => a.getAttribute('href')!.startsWith('data:text/html'))).to.deep.equal([]);
  });

  it('offers directions in each map app, Apple Maps first on Apple devices, in a new tab without referrer', async () => {
    const { root } = await show(fullMeeting(), { apple: true });
    const directions = links(root).filter((a) => a.textContent!.includes('Directions in'));
    expect(directions.map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Directions in Apple Maps (opens in a new tab)',
      'Directions in Google Maps (opens in a new tab)',
      'Directions in OpenStreetMap (opens in a new tab)',
    ]);
    expect(directions[0]!.getAttribute('href')).to.equal('https://maps.apple.com/?daddr=35.1418%2C-90.0489');
    for (const a of directions) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
    }
    const other = await show(fullMeeting(), { apple: false });
    expect(links(other.root).filter((a) => a.textContent!.includes('Directions in'))).to.have.length(2);
    const online = await show(onlineMeeting());
    expect(link(online.root, 'Directions')).to.equal(undefined);
  });

  it('joins online, with the provider when known and without it otherwise', async () => {
    const { root } = await show(fullMeeting());
    const join = link(root, 'Join on Zoom')!;
    expect(join.getAttribute('href')).to.equal('https://zoom.us/j/5550100123');
    expect(join.rel).to.equal('noopener noreferrer');
    const unknown = await show(onlineMeeting({ online: { url: 'https://meet.example.net/room/42', provider: undefined } }));
    expect(link(unknown.root, 'Join online')!.getAttribute('href')).to.equal('https://meet.example.net/room/42');
    const inPerson = await show(testMeeting({ online: { url: 'https://zoom.us/j/1' } }));
    expect(link(inPerson.root, /Join/)).to.equal(undefined);
  });

  it('dials in with the pauses of the meeting id and passcode, and shows the phone notes', async () => {
    const { root } = await show(onlineMeeting());
    const dial = link(root, 'Dial in')!;
    expect(dial.getAttribute('href')).to.equal('tel:+15550100123,,5550100123%23,,,,*424242%23');
    expect(text(dial, '.phone')).to.equal('+1 555-010-0123,,5550100123#,,,,*424242#');
    expect(text(root, '.action-notes')).to.equal('Meeting ID 555 010 0123, passcode 424242');
  });

  it('adds to a calendar: an .ics download and a Google Calendar link', async () => {
    const { root } = await show(fullMeeting());
    const ics = link(root, 'Add to calendar (.ics)')!;
    expect(ics.getAttribute('download')).to.equal('tuesday-night-group.ics');
    const href = ics.getAttribute('href')!;
    expect(href.startsWith('data:text/calendar;charset=utf-8,')).to.equal(true);
    const file = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(file).to.contain('DTSTART;TZID=America/Chicago:20270309T190000');
    expect(file).to.contain(`URL:${DEEP_LINK}`);
    expect(ics.hasAttribute('target')).to.equal(false);
    const google = link(root, 'Google Calendar')!;
    expect(new URL(google.href).searchParams.get('recur')).to.equal('RRULE:FREQ=WEEKLY;BYDAY=TU');
    expect(google.target).to.equal('_blank');
  });

  it('shares: the button asks the element, the outcome is announced', async () => {
    const shown = await show(fullMeeting());
    const status = shown.root.querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('');
    const share = [...shown.root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Share')!;
    share.click();
    expect(shown.calls.share).to.equal(1);
    shown.rerender({ shareState: 'copied' });
    expect(shown.root.querySelector('[role="status"]')).to.equal(status);
    expect(status.textContent).to.equal('Link copied');
    shown.rerender({ shareState: 'shared' });
    expect(status.textContent).to.equal('Shared');
    shown.rerender({ shareState: 'cancelled' });
    expect(status.textContent).to.equal('');
    expect(shown.root.querySelector('input')).to.equal(null);
  });

  it('shows the link in a labelled, read-only field when it can be neither shared nor copied', async () => {
    const { host, root } = await show(fullMeeting(), { shareState: 'unavailable' });
    const input = root.querySelector('input')!;
    expect(input.readOnly).to.equal(true);
    expect(input.value).to.equal(DEEP_LINK);
    expect(input.labels![0]!.textContent).to.equal('Link to this meeting');
    expect(root.getElementById(input.getAttribute('aria-describedby')!)!.textContent).to.equal('Copy this link to share the meeting.');
    input.focus();
    expect(input.selectionStart).to.equal(0);
    expect(input.selectionEnd).to.equal(DEEP_LINK.length);
    await expect(host).to.be.accessible();
  });

  it('lists other meetings at the place and of the group as buttons that open them', async () => {
    const thursday = testMeeting({ id: 'thu', name: 'Thursday Step Study', day: 4, start: 18 * 60 + 30 });
    const sunday = onlineMeeting({ id: 'sun', name: 'Sunday Online', day: 0, start: 9 * 60 });
    const { root, calls } = await show(fullMeeting(), { related: { sameLocation: [thursday], sameGroup: [sunday] } });
    expect(text(root, '.same-location h4')).to.equal('Also at this location');
    expect(text(root, '.same-group h4')).to.equal('Same group');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.related button')];
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Thursday 6:30 PM Thursday Step Study', 'Sunday 9:00 AM Sunday Online']);
    buttons[1]!.click();
    buttons[0]!.click();
    expect(calls.opened).to.deep.equal(['sun', 'thu']);
    const none = await show(fullMeeting());
    expect(none.root.querySelector('.related')).to.equal(null);
  });

  it('says when the listing was updated and links to it', async () => {
    const { root } = await show(fullMeeting());
    expect(text(root, '.updated')).to.equal('Updated October 1, 2026');
    const listing = link(root, 'See the listing on example.org')!;
    expect(listing.getAttribute('href')).to.equal('https://www.example.org/meetings/tuesday-night-group');
    expect(listing.rel).to.equal('noopener noreferrer');
    const raw = await show(testMeeting({ updated: 'last spring' }));
    expect(text(raw.root, '.updated')).to.equal('Updated last spring');
    const iso = await show(testMeeting({ updated: '2026-02-30T10:00:00Z' }));
    expect(text(iso.root, '.updated')).to.equal('Updated 2026-02-30T10:00:00Z');
  });

  it('speaks Spanish', async () => {
    const { root } = await show(fullMeeting(), { l10n: await loadLocalizer('es') });
    expect(text(root, '.back')).to.equal('Volver a la lista');
    expect(text(root, '.when')).to.match(/^Martes 19:00\s*–\s*20:30 hora (estándar )?central/i);
    expect(text(root, '.duration')).to.match(/1 hora,? (y )?30 minutos/);
    expect(text(root, '.updated')).to.equal('Actualizado el 1 de octubre de 2026');
    expect(link(root, 'Añadir al calendario (.ics)')).to.exist;
    expect(root.querySelector('.types dd')!.textContent).to.equal('Cualquier persona puede asistir, incluidos familiares, amigos y curiosos.');
  });

  it('gives every action a target of at least 44 by 44 pixels', async () => {
    const { root } = await show(fullMeeting(), { apple: true, related: { sameLocation: [testMeeting({ id: 'x' })], sameGroup: [] } });
    const targets = [...root.querySelectorAll<HTMLElement>('.back, .action, .related-meeting')];
    expect(targets.length).to.be.greaterThan(6);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent!).to.be.at.least(44);
      expect(box.width, target.textContent!).to.be.at.least(44);
    }
  });

  it('is accessible, in person and online', async () => {
    const inPerson = await show(fullMeeting(), {
      apple: true,
      shareState: 'copied',
      related: { sameLocation: [testMeeting({ id: 'x', name: 'Other' })], sameGroup: [onlineMeeting()] },
    });
    await expect(inPerson.host).to.be.accessible();
    const online = await show(onlineMeeting({ notes: 'Cameras optional.' }), { viewerZone: 'Asia/Tokyo' });
    await expect(online.host).to.be.accessible();
  });
});
