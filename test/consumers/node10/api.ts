// The API entry: the class and the tag-name map name the same type.
import { MeetingLocator, adaptMeetingGuide } from 'meeting-locator';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const same: Same<HTMLElementTagNameMap['meeting-locator'], MeetingLocator> = true;
export const made: MeetingLocator = document.createElement('meeting-locator');
export const adapted: number = adaptMeetingGuide([], { source: 'inline' }).meetings.length;
