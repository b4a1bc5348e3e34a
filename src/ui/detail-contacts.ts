/**
 * What a meeting's details say about whom to reach: who runs the listing (its entity, with its
 * helpline), the group's e-mail, phone and website, its contact people, its district, its 7th
 * Tradition links, and "Report a problem with this listing". Part of the details' chunk.
 *
 * Every link is built from a checked value: `mailto:` only to addresses `safeEmail` accepts, `tel:`
 * only from digits, web links only http(s), contribution links only to the service's own site
 * (`model/contacts.ts`). Links that leave the page open a new tab, with no opener and no referrer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting, Phone, ServiceEntity } from '../model/meeting.js';
import { mailtoUrl, type ContributionService } from '../model/contacts.js';
import { shownHost } from '../model/link-host.js';
import { safeLinkUrl } from '../model/text.js';
import type { Localizer } from '../i18n/localize.js';
import { fillFeedbackUrl } from '../state/feedback-url.js';
import { actionIcons } from './action-icons.js';

const WEB = new Set(['http', 'https']);

/** Service names are the services' own (not translated). */
const SERVICE_NAMES: Readonly<Record<ContributionService, string>> = {
  venmo: 'Venmo',
  square: 'Cash App',
  paypal: 'PayPal',
  homegroup: 'Homegroup Online',
};

/** A link to another site: new tab, no opener, no referrer. */
function away(href: string, content: TemplateResult | string, l10n: Localizer): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer"
    >${content}<span class="visually-hidden"> ${l10n.strings.opensInNewTab}</span></a
  >`;
}

function phoneLink(phone: Phone | undefined, label: string): TemplateResult | typeof nothing {
  if (!phone) return nothing;
  return phone.tel
    ? html`<li><a href=${phone.tel}>${actionIcons.phone}<span>${label}</span> <span class="phone" dir="ltr">${phone.text}</span></a></li>`
    : html`<li>${label}: <span class="phone" dir="ltr">${phone.text}</span></li>`;
}

function emailLink(address: string | undefined, label: string): TemplateResult | typeof nothing {
  const href = address && mailtoUrl([address]);
  return href ? html`<li><a href=${href}><span>${label}</span> <span class="email">${address}</span></a></li>` : nothing;
}

function webLink(url: string | undefined, label: string, l10n: Localizer): TemplateResult | typeof nothing {
  const href = safeLinkUrl(url, WEB);
  const host = href && shownHost(href);
  return href && host ? html`<li>${away(href, html`${actionIcons.link}<span>${label}</span> <span class="host">${host}</span>`, l10n)}</li>` : nothing;
}

function renderEntity(entity: ServiceEntity, l10n: Localizer): TemplateResult {
  const { strings } = l10n;
  const words = l10n.contact;
  return html`<p class="entity">${words.listedBy(entity.name)}${entity.location ? html` <span class="entity-area">(${entity.location})</span>` : nothing}</p>
    <ul class="contact-links">
      ${phoneLink(entity.phone, strings.helplineOf(entity.name))} ${emailLink(entity.email, words.contactEmail)}
      ${webLink(entity.url, words.contactWebsite, l10n)}
    </ul>`;
}

/** The "Contact" section: entity, group, people, district; nothing when the feed says none of it. */
export function renderContacts(meeting: Meeting, entity: ServiceEntity | undefined, l10n: Localizer): TemplateResult | typeof nothing {
  const words = l10n.contact;
  const people = meeting.contacts ?? [];
  if (!entity && !meeting.email && !meeting.phone && !meeting.website && people.length === 0 && !meeting.district) return nothing;
  return html`<div class="contact">
    <h4 id="ml-detail-contact">${words.detailContact}</h4>
    ${meeting.email || meeting.phone || meeting.website || people.length
      ? html`<ul class="contact-links">
          ${emailLink(meeting.email, words.contactEmail)} ${phoneLink(meeting.phone, words.contactPhone)}
          ${webLink(meeting.website, words.contactWebsite, l10n)}
          ${people.map((person) => html`${emailLink(person.email, words.emailPerson(person.name))} ${phoneLink(person.phone, words.callPerson(person.name))}`)}
        </ul>`
      : nothing}
    ${meeting.district ? html`<p class="district"><span class="label">${words.detailDistrict}:</span> ${meeting.district}</p>` : nothing}
    ${entity ? renderEntity(entity, l10n) : nothing}
  </div>`;
}

/** The 7th Tradition section: one link per service, to that service's own page for the group. */
export function renderContributions(meeting: Meeting, l10n: Localizer): TemplateResult | typeof nothing {
  const links = meeting.contributions ?? [];
  if (links.length === 0) return nothing;
  const words = l10n.contact;
  return html`<div class="contribute">
    <h4 id="ml-detail-contribute">${words.contributeTitle}</h4>
    <ul class="contact-links">
      ${links.map((link) => {
        const href = safeLinkUrl(link.url, WEB);
        return href ? html`<li>${away(href, html`<span>${words.contributeWith(SERVICE_NAMES[link.service])}</span> <span class="handle">${link.handle}</span>`, l10n)}</li>` : nothing;
      })}
    </ul>
  </div>`;
}

/**
 * Where to report a problem: the host's `feedback-url` (with `{name}` and `{url}` filled in) when it
 * is an http(s) link, else the feed's form, else an e-mail to the feed's feedback addresses with the
 * meeting's name and link. Undefined when there is none.
 */
export function reportHref(meeting: Meeting, hostUrl: string | undefined, deepLink: string, l10n: Localizer): string | undefined {
  const hosted = fillFeedbackUrl(hostUrl, meeting.name, deepLink);
  if (hosted) return hosted;
  const feedback = meeting.feedback;
  if (!feedback) return undefined;
  return safeLinkUrl(feedback.url, WEB) ?? mailtoUrl(feedback.emails ?? [], l10n.contact.reportSubject(meeting.name), `${meeting.name}\n${deepLink}\n\n`);
}

export function renderReport(meeting: Meeting, hostUrl: string | undefined, deepLink: string, l10n: Localizer): TemplateResult | typeof nothing {
  const href = reportHref(meeting, hostUrl, deepLink, l10n);
  if (!href) return nothing;
  const text = l10n.contact.reportProblem;
  return html`<p class="report">${href.startsWith('mailto:') ? html`<a href=${href}>${text}</a>` : away(href, text, l10n)}</p>`;
}
