/**
 * A loaded feed with what is derived from it once per load, not per keystroke: the search index,
 * the filter index and the feed's places. Built in slices, with a turn for the browser between the
 * indexes (each is a few hundred milliseconds at 50,000 meetings), so the page answers meanwhile.
 */
import type { LoadedMeetings } from '../feeds/load-meetings.js';
import { runInSlices, yieldToMain } from '../model/run-in-slices.js';
import { buildFilterIndex, type FilterIndex } from './filter-index.js';
import { placesOf, type Place } from './places.js';
import { buildSearchIndexSteps, createSearcher, type ExtraSearchText, type Searcher, type SearchIndex } from './search-index.js';

export interface IndexedFeed extends LoadedMeetings {
  searcher: Searcher;
  filterIndex: FilterIndex;
  places: Place[];
  /** The one zone all meetings share, for the "Times are Central Time" note. */
  commonZone: string | undefined;
}

/** `extra`: more words a meeting is found by (its type names in every language the element speaks). */
export async function indexFeed(feed: LoadedMeetings, extra: ExtraSearchText, signal?: AbortSignal): Promise<IndexedFeed> {
  const zones = new Set(feed.meetings.map((meeting) => meeting.timezone));
  const searchIndex = await runInSlices(buildSearchIndexSteps(feed.meetings, extra), signal);
  await yieldToMain();
  const filterIndex = buildFilterIndex(feed.meetings);
  await yieldToMain();
  const places = placesOf(feed.meetings);
  signal?.throwIfAborted();
  warmUp(searchIndex);
  return { ...feed, searcher: createSearcher(searchIndex), filterIndex, places, commonZone: zones.size === 1 ? [...zones][0] : undefined };
}

/**
 * A few searches made and thrown away, so the search's loops have been run (and compiled) before a
 * person's first key: at 200,000 meetings that key ("w") took 13–25 ms of work with the loops cold,
 * 5–12 ms with them warmed (four pages each). One letter, two and three: the three ways a word is
 * looked for (letters, letter pairs, texts).
 */
function warmUp(index: SearchIndex): void {
  const searcher = createSearcher(index);
  for (const query of ['e', 'es', 'est']) searcher.matches(query);
}
