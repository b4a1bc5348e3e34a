/**
 * Public events: sent after the update completes, in order, a changing detail read then; typed by
 * one event map for the element, `document` and `window` (the type checks below fail `npm test`'s
 * type check when the map is not joined to the DOM's).
 */
import { expect } from '@open-wc/testing';
import { EventQueue, type EventDetail, type MeetingLocatorEventMap } from '../../../src/ui/events.js';
import { fakeHost } from './fake-host.js';

/** Listener types, checked by the compiler: a detail's fields, from the element, document and window. */
function typedListeners(element: HTMLElementTagNameMap['meeting-locator']): void {
  element.addEventListener('ml-load', (event) => event.detail.meetings.toFixed());
  document.addEventListener('ml-filter-change', (event) => event.detail.filters.q.trim());
  window.addEventListener('ml-error', (event) => event.detail.code.toUpperCase());
  document.body.addEventListener('ml-select', (event) => event.detail.meeting.name.trim());
  // @ts-expect-error: a detail has only its own fields.
  document.addEventListener('ml-load', (event) => event.detail.filters);
  const queue = new EventQueue(fakeHost());
  // @ts-expect-error: a misspelt event name does not compile.
  queue.emit('ml-lod', { meetings: 1, records: 1, skipped: 0, diagnostics: [], sources: [] });
  // @ts-expect-error: nor does a detail of another event.
  queue.emit('ml-select', { filters: {}, results: 1 });
  const detail: EventDetail<'ml-filter-change'> = { filters: { q: '', days: [], times: [], attendance: [], features: [], regions: [] }, results: 0 };
  const event: MeetingLocatorEventMap['ml-filter-change'] = new CustomEvent('ml-filter-change', { detail });
  void event;
}

describe('EventQueue', () => {
  it('sends events after the update completes, bubbling and composed, in order', async () => {
    const host = fakeHost();
    const queue = new EventQueue(host);
    const seen: string[] = [];
    document.addEventListener('ml-error', (event) => seen.push(`${event.type}:${event.detail.source}:${event.bubbles}:${event.composed}`));
    document.addEventListener('ml-select', (event) => seen.push(`${event.type}:${event.detail.meeting.name}`));
    host.connect();
    queue.emit('ml-error', { code: 'network', message: 'down', source: 'a' });
    queue.emit('ml-select', { meeting: { name: 'Alpha' } as never });
    expect(host.requested, 'an update is asked for').to.equal(2);
    expect(seen, 'nothing before the update').to.deep.equal([]);
    host.update();
    expect(seen, 'nor during it').to.deep.equal([]);
    await host.updateComplete;
    await Promise.resolve();
    expect(seen).to.deep.equal(['ml-error:a:true:true', 'ml-select:Alpha']);
    host.remove();
  });

  it('reads a detail given as a function when it is sent, and keeps only the latest of a kind when asked', async () => {
    const host = fakeHost();
    const queue = new EventQueue(host);
    const results: number[] = [];
    host.addEventListener('ml-filter-change', (event) => results.push(event.detail.results));
    let shown = 10;
    const filters = { q: '', days: [], times: [], attendance: [], features: [], regions: [] };
    queue.emit('ml-filter-change', () => ({ filters, results: shown }), { latest: true });
    queue.emit('ml-filter-change', () => ({ filters, results: shown }), { latest: true });
    shown = 3;
    host.update();
    await host.updateComplete;
    await Promise.resolve();
    expect(results).to.deep.equal([3]);
    host.remove();
  });

  it('compiles typed listeners', () => {
    expect(typedListeners).to.be.a('function');
  });
});
