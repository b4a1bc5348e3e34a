/** What the feed tests share: looking at adapter results and at the FeedErrors loads throw. */
import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feeds/feed-error.js';
import type { Diagnostic, Meeting, NormalizedFeed } from '../../src/model/meeting.js';

/** The one meeting a one-record feed gives, with the feed's diagnostics. */
export function onlyMeeting(feed: NormalizedFeed): { meeting: Meeting; diagnostics: Diagnostic[] } {
  expect(feed.records).to.equal(1);
  expect(feed.meetings, 'meetings').to.have.length(1);
  return { meeting: feed.meetings[0]!, diagnostics: feed.diagnostics };
}

/** The meeting without its id and raw record, for deep comparison. */
export function body(meeting: Meeting): Omit<Meeting, 'id' | 'raw'> {
  const { id: _id, raw: _raw, ...rest } = meeting;
  return rest;
}

export type DiagnosticBrief = Pick<Diagnostic, 'severity' | 'code' | 'record' | 'field'>;

/** What matters of each diagnostic, with absent properties left out. */
export function brief(diagnostics: readonly Diagnostic[]): DiagnosticBrief[] {
  return diagnostics.map((d) => ({
    severity: d.severity,
    code: d.code,
    ...(d.record === undefined ? {} : { record: d.record }),
    ...(d.field === undefined ? {} : { field: d.field }),
  }));
}

/** The FeedError that `run` throws. */
export function thrown(run: () => unknown): FeedError & { diagnostics?: Diagnostic[] } {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError & { diagnostics?: Diagnostic[] };
  }
  throw new Error('expected a FeedError');
}

/** The FeedError that `promise` rejects with. */
export async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}
