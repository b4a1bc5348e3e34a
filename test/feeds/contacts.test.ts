/**
 * Whom to reach, as the adapters read it: Meeting Guide entities (one shared frozen object per
 * entity), feedback, group and contact people's addresses, 7th Tradition handles and district; BMLT
 * `email_contact`, service body ids and `GetServiceBodies`. Hand-written records for the rules and
 * hostile values; the real feeds of ../shared/feeds for what real sites publish (skipped, with a
 * message, when ../shared is absent).
 */
import { expect } from '@open-wc/testing';
import { adaptMeetingGuide } from '../../src/feeds/meeting-guide.js';
import { readMeetingGuideContacts } from '../../src/feeds/meeting-guide-contacts.js';
import { adaptBmlt } from '../../src/feeds/bmlt.js';
import { adaptServiceBodies, bmltServiceBodiesUrl } from '../../src/feeds/bmlt-service-bodies.js';
import { normalizeFeed } from '../../src/feeds/normalize-feed.js';
import type { Meeting, NormalizedFeed } from '../../src/model/meeting.js';

const SOURCE = 'https://example.org/meetings.json';
const read = (records: unknown[]) => adaptMeetingGuide(records, { source: SOURCE, timezone: 'America/Chicago', contacts: readMeetingGuideContacts });
const base = { day: 2, time: '19:00', formatted_address: '100 Union Ave, Memphis, TN 38103, USA' };
const ENTITY = {
  entity: 'West Tennessee Area',
  entity_phone: '+1-901-555-0100',
  entity_email: 'info@wtarea.example.org',
  entity_url: 'https://wtarea.example.org',
  entity_location: 'Shelby County, Tennessee',
};
const codes = (feed: NormalizedFeed) => feed.diagnostics.map((d) => `${d.code} ${d.field}`);

describe('Meeting Guide contacts', () => {
  it('keeps the entity, one frozen object shared by every meeting that names it', () => {
    const feed = read([
      { ...base, slug: 'a', name: 'A', ...ENTITY },
      { ...base, slug: 'b', name: 'B', ...ENTITY, day: [1, 3] },
      { ...base, slug: 'c', name: 'C', ...ENTITY, entity: 'Mid-South Area' },
    ]);
    const [a, b1, b3, c] = feed.meetings as [Meeting, Meeting, Meeting, Meeting];
    expect(a.entity).to.deep.equal({
      name: 'West Tennessee Area',
      phone: { text: '+1-901-555-0100', tel: 'tel:+19015550100' },
      email: 'info@wtarea.example.org',
      url: 'https://wtarea.example.org/',
      location: 'Shelby County, Tennessee',
    });
    expect(b1.entity).to.equal(a.entity);
    expect(b3.entity).to.equal(a.entity);
    expect(c.entity).not.to.equal(a.entity);
    expect(Object.isFrozen(a.entity)).to.equal(true);
    expect(feed.diagnostics).to.deep.equal([]);
  });

  it('reads entity_website_url (the spec’s later name) and refuses entity details without a name', () => {
    const feed = read([
      { ...base, slug: 'a', name: 'A', entity: 'District 12', entity_website_url: 'https://d12.example.org' },
      { ...base, slug: 'b', name: 'B', entity_phone: '555-0100' },
    ]);
    expect(feed.meetings[0]!.entity?.url).to.equal('https://d12.example.org/');
    expect(feed.meetings[1]!.entity).to.equal(undefined);
    expect(codes(feed)).to.deep.equal(['missing-entity entity']);
  });

  it('keeps the group’s email, phone and website, named contacts, district and 7th Tradition links', () => {
    const [meeting] = read([
      {
        ...base,
        slug: 'a',
        name: 'A',
        email: 'group@example.org',
        phone: '(901) 555-0123',
        website: 'www.group.example.org',
        contact_1_name: 'Bob',
        contact_1_email: 'bob@example.org',
        contact_1_phone: '901-555-0124',
        contact_2_name: 'Ann',
        contact_2_phone: '901-555-0125',
        district: 'District 25',
        venmo: '@Serenity-Group',
        square: '$SerenityGroup',
        paypal: 'SerenityGroup',
        homegroup_online: 'tbc',
      },
    ]).meetings as [Meeting];
    expect(meeting.email).to.equal('group@example.org');
    expect(meeting.phone).to.deep.equal({ text: '(901) 555-0123', tel: 'tel:9015550123' });
    expect(meeting.website).to.equal('https://www.group.example.org/');
    expect(meeting.contacts).to.deep.equal([
      { name: 'Bob', email: 'bob@example.org', phone: { text: '901-555-0124', tel: 'tel:9015550124' } },
      { name: 'Ann', phone: { text: '901-555-0125', tel: 'tel:9015550125' } },
    ]);
    expect(meeting.district).to.equal('District 25');
    expect(meeting.contributions!.map((c) => c.url)).to.deep.equal([
      'https://venmo.com/u/Serenity-Group',
      'https://cash.app/$SerenityGroup',
      'https://www.paypal.com/paypalme/SerenityGroup',
      'https://donate.homegroup.online/tbc/',
    ]);
  });

  it('drops hostile values with a warning that names the field but not the value', () => {
    const feed = read([
      {
        ...base,
        slug: 'a',
        name: 'A',
        email: 'a@example.org?bcc=spy@evil.example',
        website: 'javascript:alert(1)',
        phone: 'ask at the door',
        contact_1_email: 'nameless@example.org',
        venmo: 'javascript:alert(1)',
        paypal: 'Password: Surr419!',
        feedback_url: 'data:text/html,<script>alert(1)</script>',
        entity: 'Area',
        entity_url: 'vbscript:msgbox',
      },
    ]);
    const meeting = feed.meetings[0]!;
    expect(meeting.email).to.equal(undefined);
    expect(meeting.website).to.equal(undefined);
    expect(meeting.phone).to.deep.equal({ text: 'ask at the door' });
    expect(meeting.contacts).to.equal(undefined);
    expect(meeting.contributions).to.equal(undefined);
    expect(meeting.feedback).to.equal(undefined);
    expect(meeting.entity).to.deep.equal({ name: 'Area' });
    expect(codes(feed).sort()).to.deep.equal(
      ['unsafe-url entity_url', 'unsafe-url feedback_url', 'invalid-email email', 'unsafe-url website', 'invalid-phone phone', 'missing-contact-name contact_1_name', 'invalid-contribution venmo', 'invalid-contribution paypal'].sort(),
    );
    for (const d of feed.diagnostics) {
      expect(d.severity).to.equal('warning');
      for (const secret of ['Surr419', 'spy@evil', 'nameless@', 'alert(']) expect(d.message, d.message).not.to.contain(secret);
    }
  });

  it('keeps feedback: a web form, or the addresses of feedback_emails, entity_feedback_emails and a mailto: feedback_url, shared', () => {
    const feed = read([
      { ...base, slug: 'a', name: 'A', feedback_url: 'https://example.org/meeting-status/' },
      { ...base, slug: 'b', name: 'B', feedback_url: 'https://example.org/meeting-status/' },
      { ...base, slug: 'c', name: 'C', feedback_emails: ['fix@example.org', 'bad address'], entity_feedback_emails: 'fix@example.org, updates@example.org' },
      { ...base, slug: 'd', name: 'D', feedback_url: 'mailto:webservant@example.org?subject=d' },
    ]);
    const [a, b, c, d] = feed.meetings as [Meeting, Meeting, Meeting, Meeting];
    expect(a.feedback).to.deep.equal({ url: 'https://example.org/meeting-status/' });
    expect(b.feedback).to.equal(a.feedback);
    expect(c.feedback).to.deep.equal({ emails: ['fix@example.org', 'updates@example.org'] });
    expect(d.feedback).to.deep.equal({ emails: ['webservant@example.org'] });
    expect(codes(feed)).to.deep.equal(['invalid-email feedback_emails']);
  });

  it('reads no contacts when the adapter is given no reader (the element fetches it beside the feed)', () => {
    const feed = adaptMeetingGuide([{ ...base, slug: 'a', name: 'A', ...ENTITY, email: 'group@example.org' }], { source: SOURCE });
    expect(feed.meetings[0]!.entity).to.equal(undefined);
    expect(feed.meetings[0]!.email).to.equal(undefined);
    // normalizeFeed has every reader at hand.
    expect(normalizeFeed([{ ...base, slug: 'a', name: 'A', ...ENTITY }], { source: SOURCE }).meetings[0]!.entity?.name).to.equal('West Tennessee Area');
  });
});

describe('BMLT contacts', () => {
  const record = (more: Record<string, string>) => ({ id_bigint: '1', weekday_tinyint: '3', start_time: '19:00:00', meeting_name: 'Tuesday', published: '1', ...more });

  it('keeps a published email_contact and the service body id; refuses an address that is not one', () => {
    const feed = adaptBmlt([record({ email_contact: 'secretary@example.org', service_body_bigint: '12' }), record({ id_bigint: '2', email_contact: 'x@example.org, y@evil.example' })], { source: SOURCE });
    expect(feed.meetings[0]!.email).to.equal('secretary@example.org');
    expect(feed.meetings[0]!.serviceBody).to.equal('12');
    expect(feed.meetings[1]!.email).to.equal(undefined);
    expect(codes(feed).filter((code) => code.startsWith('invalid-email'))).to.deep.equal(['invalid-email email_contact']);
  });

  it('never shows the contact_* fields, which BMLT keeps private', () => {
    const feed = adaptBmlt([record({ contact_name_1: 'Someone Private', contact_email_1: 'private@example.org', contact_phone_1: '555-0100', contact_email1: 'private@example.org' })], { source: SOURCE });
    expect(JSON.stringify({ ...feed.meetings[0], raw: undefined })).not.to.contain('private@example.org');
  });

  it('reads GetServiceBodies: helplines, http(s) sites only, an area without a line served by its region’s', () => {
    const { entities, diagnostics } = adaptServiceBodies(
      [
        { id: '1', parent_id: '0', name: 'Volunteer Region', helpline: '1-800-555-0199', url: 'https://region.example.org/' },
        { id: '12', parent_id: '1', name: 'West Tennessee Area', helpline: '(901) 555-0100', url: 'javascript:alert(1)' },
        { id: '13', parent_id: '1', name: 'Mid-South Area', helpline: '', url: '' },
        { id: '20', parent_id: '21', name: 'Loop A', helpline: '' },
        { id: '21', parent_id: '20', name: 'Loop B', helpline: 'none' },
      ],
      SOURCE,
    );
    expect(entities.get('12')).to.deep.equal({ name: 'West Tennessee Area', phone: { text: '(901) 555-0100', tel: 'tel:9015550100' } });
    expect(entities.get('13')).to.equal(entities.get('1'));
    expect(entities.get('1')!.url).to.equal('https://region.example.org/');
    // A cycle in a broken answer ends; a body with no line anywhere up keeps its own name, without a phone.
    expect(entities.get('20')).to.deep.equal({ name: 'Loop A' });
    expect(diagnostics.map((d) => d.code).sort()).to.deep.equal(['invalid-phone', 'unsafe-url']);
  });

  it('asks the same server: its semantic endpoint, or its root', () => {
    expect(bmltServiceBodiesUrl('https://bmlt.example.org/main_server/client_interface/json/?switcher=GetSearchResults&services[]=5')).to.equal(
      'https://bmlt.example.org/main_server/client_interface/json/?switcher=GetServiceBodies',
    );
    expect(bmltServiceBodiesUrl('https://bmlt.example.org/main_server/client_interface/jsonp/?switcher=GetSearchResults&callback=f')).to.equal(
      'https://bmlt.example.org/main_server/client_interface/json/?switcher=GetServiceBodies',
    );
    expect(bmltServiceBodiesUrl('https://bmlt.example.org/main_server/')).to.equal('https://bmlt.example.org/main_server/client_interface/json/?switcher=GetServiceBodies');
    expect(bmltServiceBodiesUrl('https://example.org/na/root', true)).to.equal('https://example.org/na/root/client_interface/json/?switcher=GetServiceBodies');
    // A file holding a BMLT answer has no server to ask.
    expect(bmltServiceBodiesUrl('https://example.org/data/bmlt.json')).to.equal(undefined);
  });
});

async function shared(path: string, context: Mocha.Context): Promise<unknown> {
  const response = await fetch(`/shared-feeds/${path}`);
  if (response.status === 404) {
    console.log(`Skipping: ../shared/feeds/${path} is not present (the shared real feeds live outside the repository).`);
    context.skip();
  }
  return response.json();
}

describe('contacts in the real feeds of ../shared/feeds', () => {
  it('SEPIA: 244 Venmo and 97 PayPal handles become links to those services, and one feedback form is shared by all', async function () {
    const data = (await shared('meeting-guide/tsml-ui-git_public-data-aasepia_SEPIA-Philadelphia_2038-meetings.json', this)) as Array<Record<string, unknown>>;
    const feed = normalizeFeed(data, { source: 'sepia', timezone: 'America/New_York' });
    const records = new Map(feed.meetings.map((m) => [m.raw, m]));
    let venmo = 0;
    let paypal = 0;
    for (const record of data) {
      const meeting = records.get(record);
      if (!meeting) continue;
      const urls = (meeting.contributions ?? []).map((c) => c.url);
      if (record.venmo) {
        venmo++;
        expect(urls).to.include(`https://venmo.com/u/${String(record.venmo).replace(/^@/, '')}`);
      }
      if (record.paypal) {
        paypal++;
        expect(urls).to.include(`https://www.paypal.com/paypalme/${String(record.paypal)}`);
      }
    }
    expect([venmo, paypal]).to.deep.equal([244, 97]);
    const forms = new Set(feed.meetings.map((m) => m.feedback));
    expect(forms.size).to.equal(1);
    expect([...forms][0]).to.deep.equal({ url: 'https://aasepia.org/meeting-status/' });
    expect(feed.diagnostics.filter((d) => d.code === 'invalid-contribution')).to.deep.equal([]);
  });

  it('Orange County: group emails, websites and phones kept; a password typed into paypal is dropped, not linked', async function () {
    const data = (await shared('meeting-guide/tsml-ui-git_public-data-oc_Orange-County-CA-TSML-plugin_1967-meetings.json', this)) as Array<Record<string, unknown>>;
    const feed = normalizeFeed(data, { source: 'oc', timezone: 'America/Los_Angeles' });
    const withEmail = data.filter((r) => r.email).length;
    expect(feed.meetings.filter((m) => m.email).length + feed.diagnostics.filter((d) => d.code === 'invalid-email' && d.field === 'email').length).to.be.at.least(withEmail);
    expect(feed.meetings.filter((m) => m.email).length).to.be.above(10);
    expect(feed.meetings.filter((m) => m.website).every((m) => /^https?:\/\//.test(m.website!))).to.equal(true);
    expect(feed.meetings.filter((m) => m.website).length).to.be.above(15);
    expect(feed.meetings.filter((m) => m.phone?.tel).length).to.be.at.least(2);
    expect(feed.meetings.some((m) => m.contributions?.length)).to.equal(false);
    const dropped = feed.diagnostics.filter((d) => d.code === 'invalid-contribution');
    expect(dropped.map((d) => d.field)).to.deep.equal(['paypal']);
    expect(dropped[0]!.message).not.to.contain('Surr');
  });

  it('Al-Anon MA: every meeting keeps its district', async function () {
    const data = (await shared('meeting-guide/tsml-ui-git_public-data-al-anon_Al-Anon-MA-staging_360-meetings.json', this)) as Array<Record<string, unknown>>;
    const feed = normalizeFeed(data, { source: 'al-anon', timezone: 'America/New_York' });
    const byRecord = new Map(feed.meetings.map((m) => [m.raw, m]));
    for (const record of data) {
      const meeting = byRecord.get(record);
      if (meeting) expect(meeting.district).to.equal(String(record.district).trim());
    }
    expect(feed.meetings.filter((m) => m.district).length).to.equal(feed.meetings.length);
  });

  it('Berlin (BMLT): every meeting keeps its service body; no email_contact is published, so none is shown', async function () {
    const meetings = await shared('bmlt/bread-tests_narcotics-anonymous-de_Berlin_GetSearchResults_108-meetings.json', this);
    const feed = adaptBmlt(meetings, { source: 'berlin', timezone: 'Europe/Berlin' });
    expect(feed.meetings.length).to.be.above(100);
    expect(feed.meetings.every((m) => m.serviceBody)).to.equal(true);
    expect(feed.meetings.some((m) => m.email)).to.equal(false);
  });
});
