/**
 * The Meeting Guide reader comes in a chunk asked for as the feed's fetch starts
 * (`feeds/load-meetings.ts`). When the connection drops before it arrives, the feed is said to be
 * out of reach, with Try again, as when the feed itself cannot be had; once back, Try again reads
 * it (`chunk-out-of-reach.ts`). This file must be the first in its page to read a Meeting Guide feed.
 */
import { itNeeds } from '../engines.js';
import { outOfReachThenBack } from './chunk-out-of-reach.js';
import { usePage } from './mount.js';

describe('the Meeting Guide reader’s chunk', () => {
  usePage();

  itNeeds('requestBlocking', 'not to be had: the feed is out of reach, with Try again; once back, the meetings show', () => outOfReachThenBack('/feeds/meeting-guide.'));
});
