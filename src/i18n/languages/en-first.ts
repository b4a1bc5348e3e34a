/**
 * English as the first load has it: the direction, and the messages shown before the finder's chunk
 * is in — loading, why the meetings could not be had, the List / Map switch and the map's pane, the
 * host's panels, a meeting asked for by a link (and a few the finder also uses). The rest of its
 * messages, and its words for the features, contacts, "still possible" and taking meetings along,
 * are in `en-finder.ts` and come with the finder's chunk (the element then calls `completeEnglish`).
 */
import type { Catalog } from '../catalog.js';

/** The messages the first load says (`test/i18n/first-messages.test.ts` checks the first load uses no other). */
export type FirstMessage =
  'loading' | 'today' | 'tomorrow' | 'attendance' | 'online' | 'joinOnline' | 'joinOnlineWith' | 'errorTitle' | 'feedError' | 'sourceFailed' | 'savedCopy' | 'inlineData' | 'retry' | 'renderFailed' | 'skippedRecords' | 'recordNumber' | 'nextFailed' | 'nearMe' | 'distance' | 'share' | 'helplineOf' | 'viewSwitchLabel' | 'viewList' | 'viewMap' | 'mapRegionLabel' | 'mapLoading' | 'mapUnavailable' | 'mapFailed' | 'mapBlocked' | 'print' | 'faqPanel' | 'infoPanel' | 'backToList' | 'detailFailed' | 'tsmlNotShared' | 'mapKeyboardHint';

const catalog: { dir: Catalog['dir']; strings: Pick<Catalog['strings'], FirstMessage> } = {
  dir: 'ltr',
  strings: {
    loading: 'Loading meetings…',
    today: 'Today',
    tomorrow: 'Tomorrow',
    attendance: {
      in_person: 'In person',
      online: 'Online',
      hybrid: 'In person and online',
      inactive: 'Temporarily closed',
    },
    online: 'Online',
    joinOnline: 'Join online',
    joinOnlineWith: 'Join on {provider}',
    errorTitle: 'The meetings could not be loaded',
    feedError: {
      network: 'The meeting list could not be reached. Check your connection and try again.',
      timeout: 'The meeting list is taking too long to answer. Try again in a moment.',
      http: {
        '=0': "The meeting list's server answered with an error.",
        other: "The meeting list's server answered with an error (HTTP {#}).",
      },
      'not-json': 'The meeting list answered with something that is not a list of meetings (not JSON).',
      'unknown-format': 'The meeting list is in a format this page cannot read.',
      empty: 'The meeting list is empty: it has no meetings right now.',
      'no-valid-records': 'None of the meetings in the list could be read.',
      'no-source': 'No meeting list has been set for this page.',
      'bad-url': 'The address of the meeting list is not a valid web address.',
      'refused-url': 'The address of the meeting list is not a web (http or https) address, so it is not read.',
      blocked: "This page's security settings (its Content-Security-Policy) do not allow reading the meeting list.",
      failed: 'Something went wrong while reading the meeting list.',
    },
    sourceFailed: 'Meetings from {name} are missing.',
    savedCopy: 'Showing the list of {name} as of {date}, saved on this device.',
    inlineData: 'this page',
    retry: 'Try again',
    renderFailed: 'Something went wrong while showing the meetings. Try again, or reload the page.',
    skippedRecords: {
      one: '{count} listing could not be shown',
      other: '{count} listings could not be shown',
    },
    recordNumber: 'Listing {number}',
    nextFailed: 'The next meetings could not be shown: the connection dropped.',
    nearMe: 'Near me',
    distance: { mi: '{value} mi', km: '{value} km' },
    share: 'Share',
    helplineOf: '{name} helpline',
    viewSwitchLabel: 'Show meetings as',
    viewList: 'List',
    viewMap: 'Map',
    mapRegionLabel: 'Map of the meetings listed',
    mapLoading: 'Loading the map…',
    mapUnavailable: 'This browser cannot draw the map (it needs WebGL 2). Every meeting is in the list.',
    mapFailed: 'The map could not be loaded. Every meeting is in the list.',
    mapBlocked: "The map is unavailable on this page (the page's security policy does not allow it). Every meeting is in the list.",
    print: 'Print this list',
    faqPanel: 'Questions and answers',
    infoPanel: 'More information',
    backToList: 'Back to the list',
    detailFailed: 'The details could not be loaded. Check the connection, then open the meeting again.',
    tsmlNotShared:
      'This looks like the feed of a site that runs 12 Step Meeting List. That site may not share its feed with other sites: ask it for a sharing key, and add it to the address (…&key=…).',
    mapKeyboardHint:
      'Every place on the map is also in the list: to list the meetings at a place, search for its name or address, or use the filters.',
  },
};

export default catalog;
