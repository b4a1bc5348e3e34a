// A consumer app as a developer writes it: its own Lit element, both of the package's entries
// (the API entry and the registering one), and meetings handed over as a property. The Vite app
// type-checks this file with TypeScript (checkJs, strict) against the package's types.
import { LitElement, html } from 'lit';
import { MeetingLocator, adaptMeetingGuide } from 'meeting-locator';
import 'meeting-locator/meeting-locator.js';

class AppBanner extends LitElement {
  render() {
    return html`<p>App banner</p>`;
  }
}
customElements.define('app-banner', AppBanner);

const feed = [
  { name: 'Morning Hope', slug: 'morning-hope', day: 1, time: '07:00', address: '1 Main St', city: 'Springfield', latitude: 39.8, longitude: -89.65, types: ['O'] },
  { name: 'Evening Serenity', slug: 'evening-serenity', day: 3, time: '19:30', address: '9 Elm St', city: 'Springfield', latitude: 39.78, longitude: -89.6, types: ['C'] },
];

const element = document.querySelector('meeting-locator');
if (!element) throw new Error('index.html has no <meeting-locator>');
element.mapStyle = '/basemap/style.json';
element.meetings = feed;

Object.assign(window, {
  consumer: {
    sameClass: customElements.get('meeting-locator') === MeetingLocator,
    isInstance: element instanceof MeetingLocator,
    adapted: adaptMeetingGuide(feed, { source: 'inline', timezone: 'America/Chicago' }).meetings.length,
  },
});
