// Only the registering entry: its types must bring HTMLElementTagNameMap['meeting-locator'].
// (Before `typesVersions`, node10 could not resolve this subpath and, a side-effect import being
// allowed to resolve to nothing, the element was silently an Element: `.meetings` did not compile.)
import 'meeting-locator/meeting-locator.js';

const element = document.querySelector('meeting-locator');
if (element) {
  element.meetings = [];
  element.view = 'list';
  element.addEventListener('ml-load', (event) => event.detail.meetings.toFixed());
}
