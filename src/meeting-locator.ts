/**
 * Registers <meeting-locator>. Guarded, because WordPress and tag managers load scripts twice and a
 * second `define` would throw.
 */
import { MeetingLocator } from './ui/meeting-locator-element.js';

export { MeetingLocator };

if (!customElements.get('meeting-locator')) {
  customElements.define('meeting-locator', MeetingLocator);
}
