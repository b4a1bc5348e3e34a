/**
 * Reading an answer into meetings and merging the sources (`feeds/read-answers.ts`) is not in the
 * first load: it is asked for as the feed's fetch starts (in the CDN build it is part of the finder's
 * chunk). When the connection drops before it arrives, the feed is out of reach, with Try again;
 * once back, Try again reads it (`chunk-out-of-reach.ts`). This file must be the first in its page
 * to read a feed.
 */
import { itNeeds } from '../engines.js';
import { outOfReachThenBack } from './chunk-out-of-reach.js';
import { usePage } from './mount.js';

describe('the feed’s reading chunk', () => {
  usePage();

  itNeeds('requestBlocking', 'not to be had: the feed is out of reach, with Try again; once back, the meetings show', () => outOfReachThenBack('/feeds/read-answers.'));
});
