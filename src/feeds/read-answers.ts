/**
 * The second half of loading (`load-meetings.ts` fetches): a source's parsed answer read into
 * meetings through its format's reader, and the sources merged into one list in weekly order.
 * Nothing here is needed before an answer is in, so the first load does not carry it.
 */
import type { Diagnostic, Meeting, NormalizedFeed } from '../model/meeting.js';
import { compareMeetings } from '../model/weekly-order.js';
import { runInSlices, yieldToMain } from '../model/run-in-slices.js';
import type { shareRepeatedValues } from '../model/shared-values.js';
import type { ContactReader } from './adapter-common.js';
import type { FeedFormat } from './detect-format.js';
import type { LoadedMeetings, OfflineCopies, SourceReport } from './load-meetings.js';
import { mergeSources } from './merge-sources.js';
import { formatOf, readFeedSteps, type Adapters, type BmltSteps, type MeetingGuideSteps } from './read-feed.js';

/** How one source fared, and its meetings when it was read. */
export interface SourceResult {
  report: SourceReport;
  feed?: NormalizedFeed;
}

/** The readers' chunks, each fetched once by the loader (which asks for them as the fetch starts). */
export interface Readers {
  bmlt: (source: string) => Promise<BmltSteps>;
  meetingGuide: (source: string) => Promise<MeetingGuideSteps>;
  /** Undefined when it cannot be had: the meetings are read without their contacts. */
  contacts: () => Promise<ContactReader | undefined>;
  /** Undefined when it cannot be had: only memory is lost. */
  sharing: () => Promise<typeof shareRepeatedValues | undefined>;
}

export interface AnswerOptions {
  source: string;
  timezone?: string | undefined;
  /** The `format` attribute's (or the inline data's) format, else detected. */
  format?: FeedFormat | undefined;
  /** The device's copy is saved under this key (the URL fetched); none for inline data. */
  key?: string | undefined;
  offline?: OfflineCopies | undefined;
  signal?: AbortSignal | undefined;
}

/** A source's parsed answer → its meetings (a FeedError when it is not a feed we read, or empty). */
export async function readAnswer(data: unknown, answer: AnswerOptions, readers: Readers): Promise<SourceResult> {
  const { source, signal } = answer;
  const options = { source, ...(answer.timezone ? { timezone: answer.timezone } : {}), ...(answer.format ? { format: answer.format } : {}) };
  const isBmlt = formatOf(data, options) === 'bmlt';
  const adapters: Adapters = isBmlt ? { bmlt: await readers.bmlt(source), meetingGuide: unneeded } : { bmlt: unneeded, meetingGuide: await readers.meetingGuide(source) };
  const contacts = isBmlt ? undefined : await readers.contacts();
  // In slices: 50,000 records are about a second of work, and the page should answer meanwhile.
  const feed = await runInSlices(readFeedSteps(data, options, adapters, contacts), signal);
  if (!isBmlt && !contacts) feed.diagnostics.push(contactsMissing(source));
  // A feed's repeated values kept once: about half the list's memory (model/shared-values.ts; a
  // chunk fetched beside the feed, so the first load does not carry it). Without it, only memory is lost.
  const share = await readers.sharing();
  if (share) await runInSlices(share(feed.meetings), signal);
  if (answer.key) answer.offline?.save(answer.key, feed, feed.format);
  return { report: { source, format: feed.format, records: feed.records, meetings: feed.meetings.length }, feed };
}

/** Every source's result (at least one with meetings) → one list in weekly order, and every report. */
export async function mergeResults(results: readonly SourceResult[], failedDiagnostics: readonly Diagnostic[], signal?: AbortSignal): Promise<LoadedMeetings> {
  const loaded = results.filter((result) => result.feed);
  // A turn for the browser before the sort (a few hundred milliseconds at 50,000).
  await yieldToMain();
  signal?.throwIfAborted();
  const merged = mergeSources(loaded.map((result) => result.feed!.meetings));
  const meetings: Meeting[] = merged.meetings.sort(compareMeetings);
  return {
    meetings,
    diagnostics: [...loaded.flatMap((result) => result.feed!.diagnostics), ...failedDiagnostics, ...merged.diagnostics],
    records: results.reduce((sum, result) => sum + result.report.records, 0),
    sources: results.map((result) => result.report),
  };
}

function contactsMissing(source: string): Diagnostic {
  return { severity: 'warning', code: 'contacts-unavailable', message: `The contacts reader could not be fetched (offline?): ${source} is shown without contacts or helplines.`, source };
}

const unneeded: BmltSteps & MeetingGuideSteps = () => {
  throw new Error('No adapter was fetched for this format.');
};
