/**
 * The finder's code (the query layer and the views that show its answers) comes in a chunk fetched
 * beside the feed (`src/ui/finder-chunk.ts`); the feed is indexed with it. When the connection drops
 * before it arrives, the meetings are out of reach, with Try again (`chunk-out-of-reach.ts`). This
 * file must be the first in its page to load a feed.
 */
import { itNeeds } from '../engines.js';
import { outOfReachThenBack } from './chunk-out-of-reach.js';
import { usePage } from './mount.js';

describe('the finder’s chunk', () => {
  usePage();

  itNeeds('requestBlocking', 'not to be had: said in the element, with Try again, and told the page; once back, the meetings show', () => outOfReachThenBack('finder-chunk'));
});
