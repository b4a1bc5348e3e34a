import { expect } from '@open-wc/testing';
import { drain, runInSlices, type Steps } from '../../src/model/run-in-slices.js';
import { engine } from '../engines.js';

/** `count` steps of about `ms` milliseconds of busy work each, then the sum of the step numbers. */
function* busy(count: number, ms: number): Steps<number> {
  let sum = 0;
  for (let step = 0; step < count; step++) {
    const until = performance.now() + ms;
    while (performance.now() < until);
    sum += step;
    yield;
  }
  return sum;
}

/** Counts the frames the page paints until `done` settles. */
async function framesDuring(done: Promise<unknown>): Promise<number> {
  let frames = 0;
  let id = requestAnimationFrame(function tick() {
    frames++;
    id = requestAnimationFrame(tick);
  });
  await done.catch(() => undefined);
  cancelAnimationFrame(id);
  return frames;
}

describe('runInSlices', () => {
  it('gives the result drain gives', async () => {
    expect(drain(busy(10, 0))).to.equal(45);
    expect(await runInSlices(busy(10, 0))).to.equal(45);
  });

  it('lets the page paint between slices of long work', async () => {
    // 200 ms of work in 2 ms steps and 8 ms slices: frames come between them.
    expect(await framesDuring(runInSlices(busy(100, 2), undefined, 8))).to.be.greaterThan(0);
    // The same work at once paints nothing until it is over.
    expect(await framesDuring(Promise.resolve().then(() => drain(busy(100, 2))))).to.equal(0);
  });

  it('lets the page paint without scheduler.yield too (a posted message)', async () => {
    const native = (window as { scheduler?: { yield?: unknown } }).scheduler?.yield;
    if (!native) {
      // WebKit: the fallback is the only path there is.
      expect(await framesDuring(runInSlices(busy(100, 2), undefined, 8))).to.be.greaterThan(0);
      return;
    }
    const original = Object.getOwnPropertyDescriptor(window, 'scheduler');
    Object.defineProperty(window, 'scheduler', { value: undefined, configurable: true });
    try {
      expect(await framesDuring(runInSlices(busy(100, 2), undefined, 8))).to.be.greaterThan(0);
    } finally {
      if (original) Object.defineProperty(window, 'scheduler', original);
      else delete (window as { scheduler?: unknown }).scheduler;
    }
    expect((window as { scheduler?: { yield?: unknown } }).scheduler?.yield, 'restored').to.be.a('function');
  });

  it('takes the fallback in WebKit, which has no scheduler.yield and no requestIdleCallback', function () {
    const has = {
      schedulerYield: typeof (window as { scheduler?: { yield?: unknown } }).scheduler?.yield === 'function',
      requestIdleCallback: typeof (window as { requestIdleCallback?: unknown }).requestIdleCallback === 'function',
    };
    // What this engine offers decides which path the element takes; WebKit (every iPhone browser)
    // takes both fallbacks, so the suite run in WebKit is the one that exercises them for real.
    if (engine === 'webkit') expect(has).to.deep.equal({ schedulerYield: false, requestIdleCallback: false });
    if (engine === 'chromium') expect(has).to.deep.equal({ schedulerYield: true, requestIdleCallback: true });
  });

  it('stops with the reason when aborted between slices', async () => {
    const controller = new AbortController();
    requestAnimationFrame(() => controller.abort(new DOMException('Gone.', 'AbortError')));
    const error = await runInSlices(busy(200, 2), controller.signal, 4).then(() => undefined, (reason: unknown) => reason);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
