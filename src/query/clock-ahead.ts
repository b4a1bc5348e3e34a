/**
 * Clock views made ahead of their minute. A minute's turn is noticed in the element's next update,
 * often a keystroke's, and making the clock view there was most of the turn's work: at 200,000
 * meetings 6–15 ms of it in Node, more on a page's first turn, when its code is still cold. The
 * element makes the next minute's view in an idle moment a few seconds before the turn
 * (`ui/controllers/minute-ahead-controller.ts`), and the turn takes it from here.
 *
 * A view made at any instant of a minute is the one made at any other instant of it: meetings
 * start and end on whole minutes, and the clock view reads now's wall clock to the minute (a test
 * checks this around the clock changes).
 */
import type { Meeting } from '../model/meeting.js';
import { epochMinute } from '../model/time.js';
import { clockView, type ClockView } from './clock-view.js';

/** One view made ahead per feed (the next minute's); dropped when taken or once its minute has passed. */
const ahead = new WeakMap<readonly Meeting[], ClockView>();

/** Makes (and returns) the clock view of the minute `minute` falls in, for `clockViewFor` to take when that minute comes. */
export function prepareClockView(meetings: readonly Meeting[], minute: Date): ClockView {
  const view = clockView(meetings, minute);
  ahead.set(meetings, view);
  return view;
}

/** The clock view at `now`: the one made ahead when it is for now's minute, else made now. */
export function clockViewFor(meetings: readonly Meeting[], now: Date): ClockView {
  const made = ahead.get(meetings);
  const minute = epochMinute(now.getTime());
  if (made && made.minute <= minute) {
    ahead.delete(meetings);
    if (made.minute === minute) return made;
  }
  return clockView(meetings, now);
}
