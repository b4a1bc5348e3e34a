import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feeds/feed-error.js';
import { failure } from './helpers.js';
import { loadMeetings, splitSrc, type SourceSpec } from '../../src/feeds/load-meetings.js';

const url = (path: string): SourceSpec => ({ kind: 'url', url: path });
const here = (path: string) => new URL(path, location.href).href;


describe('loadMeetings', () => {
  it('loads a feed URL into sorted meetings, resolved against the page', async () => {
    const feed = await loadMeetings({ sources: [url('/test-feed/valid')], timezone: 'America/Chicago', timeout: 5000 });
    expect(feed.meetings.map((meeting) => meeting.name)).to.deep.equal(['Served Tuesday Group', 'Served Online Group']);
    expect(feed.meetings[0]!.source).to.equal(here('/test-feed/valid'));
    expect(feed.sources).to.deep.equal([{ source: here('/test-feed/valid'), format: 'meeting-guide', records: 2, meetings: 2 }]);
  });

  it('reports JSON of an unknown shape and an empty feed', async () => {
    expect((await failure(loadMeetings({ sources: [url('/test-feed/unknown-shape')], timeout: 5000 }))).code).to.equal('unknown-format');
    expect((await failure(loadMeetings({ sources: [url('/test-feed/empty')], timeout: 5000 }))).code).to.equal('empty');
  });

  it('says when there is no source at all', async () => {
    expect((await failure(loadMeetings({ sources: [], timeout: 5000 }))).code).to.equal('no-source');
  });

  it('reads inline data, parsed or as JSON text', async () => {
    const parsed = await loadMeetings({ sources: [{ kind: 'inline', name: 'inline', data: [{ slug: 'x', name: 'Inline', day: 1, time: '08:00' }] }], timeout: 5000 });
    expect(parsed.meetings.map((meeting) => meeting.name)).to.deep.equal(['Inline']);
    const text = await loadMeetings({ sources: [{ kind: 'inline', name: 'inline:1', data: '[{"slug":"y","name":"From a script","day":2,"time":"09:00"}]' }], timeout: 5000 });
    expect(text.meetings[0]!.source).to.equal('inline:1');
    const broken = await failure(loadMeetings({ sources: [{ kind: 'inline', name: 'inline:1', data: '[{' }], timeout: 5000 }));
    expect(broken.code).to.equal('not-json');
  });

  it('keeps the meetings of the sources that load when another fails, and names the one that failed', async () => {
    const feed = await loadMeetings({ sources: [url('/test-feed/status/500'), url('/test-feed/valid')], timezone: 'America/Chicago', timeout: 5000 });
    expect(feed.meetings).to.have.length(2);
    expect(feed.sources.map((report) => [report.source, report.error?.code, report.error?.status])).to.deep.equal([
      [here('/test-feed/status/500'), 'http', 500],
      [here('/test-feed/valid'), undefined, undefined],
    ]);
  });

  it('fails, with every source named, only when every source fails', async () => {
    const error = await failure(loadMeetings({ sources: [url('/test-feed/status/404'), url('/test-feed/html')], timeout: 5000 }));
    expect(error.code).to.equal('http');
    const sources = (error as FeedError & { sources: { error: FeedError }[] }).sources;
    expect(sources.map((report) => report.error.code)).to.deep.equal(['http', 'not-json']);
  });
});

describe('loadMeetings: one bad source never hides the others', () => {
  for (const [written, code] of [
    ['http://[bad', 'bad-url'],
    ['javascript:alert(1)', 'refused-url'],
    ['about:blank', 'refused-url'],
    ['blob:https://example.org/1234', 'refused-url'],
    ['data:application/json,[]', 'refused-url'],
  ] as const) {
    it(`shows the good feed beside ${JSON.stringify(written)} and names that one as ${code}`, async () => {
      const feed = await loadMeetings({ sources: [url('/test-feed/valid'), url(written)], timezone: 'America/Chicago', timeout: 5000 });
      expect(feed.meetings).to.have.length(2);
      const failed = feed.sources.find((report) => report.error)!;
      expect(failed.error!.code).to.equal(code);
      expect(failed.error!.message).to.contain(written.slice(0, 12));
      expect(failed.source).to.contain(written.slice(0, 5));
    });
  }

  it('keeps any unexpected exception inside its own source', async () => {
    // A getter that throws while the adapter reads a record: not a FeedError, not the network.
    const hostile = [{ slug: 'x', day: 1, time: '08:00', get name(): string { throw new RangeError('boom'); } }];
    const feed = await loadMeetings({ sources: [url('/test-feed/valid'), { kind: 'inline', name: 'inline:1', data: hostile }], timezone: 'America/Chicago', timeout: 5000 });
    expect(feed.meetings).to.have.length(2);
    const failed = feed.sources.find((report) => report.error)!;
    expect([failed.source, failed.error!.code]).to.deep.equal(['inline:1', 'failed']);
    expect(failed.error!.message).to.contain('RangeError: boom');
  });

  it('keeps the reasons of a source whose every record is invalid when another loads', async () => {
    const invalid = [{ slug: 'a', name: 'Bad day', day: 'someday', time: '08:00' }, { slug: 'b', name: 'Bad day', day: 9, time: '08:00' }];
    const feed = await loadMeetings({ sources: [url('/test-feed/valid'), { kind: 'inline', name: 'inline:1', data: invalid }], timezone: 'America/Chicago', timeout: 5000 });
    expect(feed.meetings).to.have.length(2);
    const reasons = feed.diagnostics.filter((diagnostic) => diagnostic.source === 'inline:1' && diagnostic.severity === 'error');
    expect(reasons.map((diagnostic) => diagnostic.record)).to.deep.equal([0, 1]);
    expect(feed.sources.find((report) => report.source === 'inline:1')).to.include({ records: 2, meetings: 0 });
    expect(feed.records, 'every record counted').to.equal(4);
  });

  it('reports a day of 1e400 as a number too large, not as null', async () => {
    const feed = await loadMeetings({ sources: [{ kind: 'inline', name: 'inline', data: '[{"slug":"a","name":"Huge","day":1e400,"time":"08:00"},{"slug":"b","name":"Fine","day":1,"time":"08:00"}]' }], timeout: 5000 });
    const message = feed.diagnostics.find((diagnostic) => diagnostic.code === 'invalid-day')!.message;
    expect(message).not.to.contain('null');
    expect(message).to.contain('too large');
  });
});

describe('splitSrc', () => {
  it('lets the page answer while it reads a large feed, and stops when aborted', async () => {
    const records = Array.from({ length: 20_000 }, (_, i) => ({ slug: `m${i}`, name: `Meeting ${i}`, day: i % 7, time: '19:00', address: `${i} Main St`, city: 'Memphis', types: ['O', 'D'] }));
    let frames = 0;
    let id = requestAnimationFrame(function tick() {
      frames++;
      id = requestAnimationFrame(tick);
    });
    try {
      const feed = await loadMeetings({ sources: [{ kind: 'inline', name: 'inline', data: records }], timezone: 'America/Chicago', timeout: 5000 });
      expect(feed.meetings).to.have.length(20_000);
      // The page painted while the records were read: no single task held it.
      expect(frames, 'frames painted during the load').to.be.greaterThan(0);
    } finally {
      cancelAnimationFrame(id);
    }
    const controller = new AbortController();
    const loading = loadMeetings({ sources: [{ kind: 'inline', name: 'inline', data: records }], timeout: 5000, signal: controller.signal });
    requestAnimationFrame(() => controller.abort(new DOMException('Replaced by a new src.', 'AbortError')));
    const error = await loading.then(() => undefined, (reason: unknown) => reason);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('splits on white space only, so URLs may contain commas', () => {
    expect(splitSrc('  https://a.example/x.json?ids=1,2,3\n\t/b.json  ')).to.deep.equal(['https://a.example/x.json?ids=1,2,3', '/b.json']);
    expect(splitSrc(undefined)).to.deep.equal([]);
  });
});
