/**
 * "Talk to someone now" and a meeting's contacts, as a person sees them: the helplines of the
 * listings shown as `tel:` links named by whose line they are, the host's own line in the `helpline`
 * slot, `no-helplines`, BMLT service bodies' lines arriving after the list, and in the details the
 * group's and contact people's links, 7th Tradition links and "Report a problem with this listing".
 */
import { expect, waitUntil } from '@open-wc/testing';
import { mount, rowsRendered, shadow, usePage } from './mount.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';

const AREA = { entity: 'West Tennessee Area', entity_phone: '(901) 555-0100', entity_url: 'https://wtarea.example.org' };
const OFFICE = { entity: 'Memphis Central Office', entity_phone: '+1 901-555-0177' };
const place = { formatted_address: '100 Union Ave, Memphis, TN 38103, USA', location: 'Fellowship Hall' };

const MEETINGS = [
  { slug: 'tue', name: 'Tuesday Night Group', day: 2, time: '19:00', ...place, ...AREA },
  { slug: 'wed', name: 'Wednesday Hope', day: 3, time: '19:00', ...place, ...AREA },
  // The same line written another way, under the same name: one link.
  { slug: 'thu', name: 'Thursday Serenity', day: 4, time: '19:00', ...place, ...AREA, entity_phone: '901.555.0100' },
  { slug: 'fri', name: 'Friday Office Meeting', day: 5, time: '12:00', ...place, ...OFFICE },
  {
    slug: 'sat',
    name: 'Saturday Contacts Group',
    day: 6,
    time: '10:00',
    ...place,
    ...AREA,
    group: 'Saturday Group',
    email: 'saturday@example.org',
    phone: '(901) 555-0123',
    website: 'https://saturday.example.org',
    contact_1_name: 'Bob',
    contact_1_email: 'bob@example.org',
    contact_1_phone: '901-555-0124',
    district: 'District 12',
    venmo: '@Saturday-Group',
    square: '$SaturdayGroup',
    paypal: 'javascript:alert(1)',
    feedback_url: 'https://example.org/meeting-status/',
  },
];

const root = (element: MeetingLocator) => shadow(element);
const section = (element: MeetingLocator) => root(element).querySelector<HTMLElement>('section.helplines');
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** Each helpline link as a person meets it: its name (visible text) and where it dials. */
const helplines = (element: MeetingLocator) => [...(section(element)?.querySelectorAll('a') ?? [])].map((a) => `${clean(a.textContent)} → ${a.getAttribute('href')}`);

async function loaded(setup: (el: MeetingLocator) => void, children = ''): Promise<MeetingLocator> {
  const { element, loaded } = mount((el) => {
    el.timezone = 'America/Chicago';
    setup(el);
  }, children);
  await loaded;
  await rowsRendered(element);
  return element;
}

describe('helplines beside the results', () => {
  usePage();

  it('shows each line of the listings shown once, named by whose it is, as a tel: link; the most used first', async () => {
    const element = await loaded((el) => (el.meetings = MEETINGS));
    await waitUntil(() => helplines(element).length === 2, 'the helplines', { timeout: 5000 });
    expect(clean(section(element)!.querySelector('h3')!.textContent)).to.equal('Talk to someone now');
    expect(section(element)!.getAttribute('aria-labelledby')).to.equal('ml-helplines-title');
    expect(helplines(element)).to.deep.equal(['West Tennessee Area helpline (901) 555-0100 → tel:9015550100', 'Memphis Central Office helpline +1 901-555-0177 → tel:+19015550177']);
    const link = section(element)!.querySelector('a')!;
    // A link, reached by Tab.
    link.focus();
    expect(root(element).activeElement).to.equal(link);
    await expect(element).to.be.accessible();
  });

  it('follows the list: a search that leaves one listing leaves its line only', async () => {
    const element = await loaded((el) => (el.meetings = MEETINGS));
    element.setFilters({ ...element.currentFilters, q: 'Friday Office' });
    await waitUntil(() => helplines(element).length === 1, 'one helpline', { timeout: 5000 });
    expect(helplines(element)).to.deep.equal(['Memphis Central Office helpline +1 901-555-0177 → tel:+19015550177']);
  });

  it('stays when nothing matches (every listing’s lines), below what excludes everything', async () => {
    const element = await loaded((el) => (el.meetings = MEETINGS));
    element.setFilters({ ...element.currentFilters, q: 'zzzz no such meeting' });
    await waitUntil(() => root(element).querySelector('.no-results') !== null, 'the no-results view', { timeout: 5000 });
    expect(helplines(element)).to.have.length(2);
    expect(root(element).querySelector('.no-results')!.compareDocumentPosition(section(element)!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    await expect(element).to.be.accessible();
  });

  it('shows the host’s own line in the helpline slot, also when the feeds have none, and in Spanish', async () => {
    const element = await loaded(
      (el) => {
        el.lang = 'es';
        el.meetings = [{ slug: 'a', name: 'Sin línea', day: 2, time: '19:00', ...place }];
      },
      '<p slot="helpline">Crisis: <a href="tel:988">988</a></p>',
    );
    await waitUntil(() => section(element) !== null, 'the helpline section', { timeout: 5000 });
    expect(clean(section(element)!.querySelector('h3')!.textContent)).to.equal('Habla con alguien ahora');
    const slot = section(element)!.querySelector<HTMLSlotElement>('slot[name="helpline"]')!;
    expect(slot.assignedElements().map((e) => clean(e.textContent))).to.deep.equal(['Crisis: 988']);
    expect(helplines(element)).to.deep.equal([]);
    expect(element.querySelector('[slot="helpline"]')!.getBoundingClientRect().height).to.be.above(0);
    await expect(element).to.be.accessible();
  });

  it('names a feed’s line in Spanish', async () => {
    const element = await loaded((el) => {
      el.lang = 'es';
      el.meetings = MEETINGS.slice(3, 4);
    });
    await waitUntil(() => helplines(element).length === 1, 'the helpline', { timeout: 5000 });
    expect(helplines(element)).to.deep.equal(['Línea de ayuda de Memphis Central Office +1 901-555-0177 → tel:+19015550177']);
  });

  it('no-helplines hides the feeds’ lines; the host’s own line still shows', async () => {
    const element = await loaded((el) => {
      el.noHelplines = true;
      el.meetings = MEETINGS;
    });
    expect(element.hasAttribute('no-helplines')).to.equal(true);
    // Nothing to wait for: the lines would be here with the list.
    await new Promise((done) => setTimeout(done, 100));
    // (Compared as a boolean: a failing message would print the whole element.)
    expect(section(element) === null, 'a helplines section is shown').to.equal(true);
    const withSlot = await loaded((el) => {
      el.setAttribute('no-helplines', '');
      el.meetings = MEETINGS;
    }, '<p slot="helpline"><a href="tel:988">988</a></p>');
    await waitUntil(() => section(withSlot) !== null, 'the helpline section', { timeout: 5000 });
    expect(helplines(withSlot)).to.deep.equal([]);
  });

  it('BMLT: the service bodies’ lines arrive after the list, from the same server (an area without one has its region’s)', async () => {
    const { element, loaded: done } = mount((el) => (el.src = '/bmlt/fictional/main_server'));
    await done;
    await rowsRendered(element);
    await waitUntil(() => helplines(element).length === 2, 'the service bodies’ helplines', { timeout: 5000 });
    expect(helplines(element)).to.deep.equal(['West Tennessee Area helpline (901) 555-0100 → tel:9015550100', 'Volunteer Region helpline 1-800-555-0199 → tel:18005550199']);
    // The area's javascript: site is refused, with a diagnostic.
    expect(element.diagnostics.map((d) => d.code)).to.include('unsafe-url');
    expect(root(element).innerHTML).not.to.contain('javascript:');
  });

  it('BMLT: a server without service bodies costs only the helpline, with a diagnostic', async () => {
    const { element, loaded: done } = mount((el) => (el.src = '/bmlt/echo/main_server'));
    await done;
    await rowsRendered(element);
    await waitUntil(() => element.diagnostics.some((d) => d.code === 'service-bodies-failed'), 'the diagnostic', { timeout: 5000 });
    // (Compared as a boolean: a failing message would print the whole element.)
    expect(section(element) === null, 'a helplines section is shown').to.equal(true);
    expect(element.status).to.equal('ready');
  });
});

describe('a meeting’s contacts in its details', () => {
  usePage();

  async function details(setup: (el: MeetingLocator) => void): Promise<MeetingLocator> {
    const element = await loaded(setup);
    const open = [...root(element).querySelectorAll<HTMLAnchorElement>('article.meeting a.open')].find((a) => a.textContent!.includes('Saturday Contacts'))!;
    open.click();
    await waitUntil(() => root(element).querySelector('section.detail .contact') !== null, 'the details', { timeout: 5000 });
    return element;
  }
  const linkNamed = (element: MeetingLocator, name: string) =>
    [...root(element).querySelectorAll<HTMLAnchorElement>('section.detail a')].find((a) => clean(a.textContent).startsWith(name));

  it('shows the group’s email, phone and website, the contact person, district and who runs the listing', async () => {
    const element = await details((el) => (el.meetings = MEETINGS));
    const contact = root(element).querySelector('section.detail .contact')!;
    expect(clean(contact.querySelector('h4')!.textContent)).to.equal('Contact');
    expect(linkNamed(element, 'Email saturday@')!.getAttribute('href')).to.equal('mailto:saturday@example.org');
    expect(linkNamed(element, 'Phone')!.getAttribute('href')).to.equal('tel:9015550123');
    expect(linkNamed(element, 'Email Bob')!.getAttribute('href')).to.equal('mailto:bob@example.org');
    expect(linkNamed(element, 'Call Bob')!.getAttribute('href')).to.equal('tel:9015550124');
    const website = linkNamed(element, 'Website saturday.example.org')!;
    expect(website.getAttribute('href')).to.equal('https://saturday.example.org/');
    expect(website.getAttribute('target')).to.equal('_blank');
    expect(website.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(website.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(clean(contact.querySelector('.district')!.textContent)).to.equal('District: District 12');
    expect(clean(contact.querySelector('.entity')!.textContent)).to.equal('Listed by West Tennessee Area');
    expect(linkNamed(element, 'West Tennessee Area helpline')!.getAttribute('href')).to.equal('tel:9015550100');
    await expect(element).to.be.accessible();
  });

  it('links 7th Tradition handles to those services only (a hostile paypal value is not linked)', async () => {
    const element = await details((el) => (el.meetings = MEETINGS));
    const section = root(element).querySelector('section.detail .contribute')!;
    expect(clean(section.querySelector('h4')!.textContent)).to.equal('7th Tradition');
    const links = [...section.querySelectorAll('a')].map((a) => `${clean(a.textContent)} → ${a.getAttribute('href')} ${a.getAttribute('rel')} ${a.getAttribute('referrerpolicy')}`);
    expect(links).to.deep.equal([
      'Contribute with Venmo @Saturday-Group (opens in a new tab) → https://venmo.com/u/Saturday-Group noopener noreferrer no-referrer',
      'Contribute with Cash App $SaturdayGroup (opens in a new tab) → https://cash.app/$SaturdayGroup noopener noreferrer no-referrer',
    ]);
    expect(root(element).innerHTML).not.to.contain('javascript:');
  });

  it('offers "Report a problem with this listing": the feed’s form, or the host’s feedback-url with the meeting filled in', async () => {
    const element = await details((el) => (el.meetings = MEETINGS));
    const report = linkNamed(element, 'Report a problem with this listing')!;
    expect(report.getAttribute('href')).to.equal('https://example.org/meeting-status/');
    expect(report.getAttribute('rel')).to.equal('noopener noreferrer');
    const hosted = await details((el) => {
      el.setAttribute('feedback-url', 'https://clinic.example.org/report?meeting={name}&link={url}');
      el.meetings = MEETINGS;
    });
    const href = new URL(linkNamed(hosted, 'Report a problem')!.href);
    expect(href.origin + href.pathname).to.equal('https://clinic.example.org/report');
    expect(href.searchParams.get('meeting')).to.equal('Saturday Contacts Group');
    expect(hosted.diagnostics.filter((d) => d.code === 'invalid-feedback-url')).to.deep.equal([]);
    // Not an http(s) URL: reported, and the feed's own form is used.
    const refused = await details((el) => {
      el.setAttribute('feedback-url', 'javascript:alert({name})');
      el.meetings = MEETINGS;
    });
    expect(linkNamed(refused, 'Report a problem')!.getAttribute('href')).to.equal('https://example.org/meeting-status/');
    expect(refused.diagnostics.filter((d) => d.code === 'invalid-feedback-url').map((d) => d.field)).to.deep.equal(['feedback-url']);
    const link = href.searchParams.get('link') ?? '';
    expect(link.startsWith(location.origin), link).to.equal(true);
    expect(decodeURIComponent(link)).to.match(/meeting=[^&]*sat/);
  });

  it('writes to the feedback addresses when the feed has no form, with the meeting named in the subject; in Spanish too', async () => {
    const meetings = MEETINGS.map((m) => (m.slug === 'sat' ? { ...m, feedback_url: '', feedback_emails: ['fix@example.org'] } : m));
    const element = await details((el) => {
      el.lang = 'es';
      el.meetings = meetings;
    });
    const report = linkNamed(element, 'Informar de un problema con esta reunión')!;
    const href = report.getAttribute('href')!;
    expect(href.startsWith('mailto:fix@example.org?')).to.equal(true);
    expect(new URLSearchParams(href.slice(href.indexOf('?') + 1)).get('subject')).to.equal('Problema con la reunión "Saturday Contacts Group"');
    expect(clean(root(element).querySelector('section.detail .contact h4')!.textContent)).to.equal('Contacto');
    await expect(element).to.be.accessible();
  });
});
