/**
 * Long loads in slices. Reading 50,000 records is about a second of work: done in one go, the page
 * cannot scroll, paint or answer a tap meanwhile. The adapters are written as generators that
 * pause every few hundred records; `runInSlices` gives the browser a turn whenever a slice has
 * used its budget, and `drain` runs the same steps at once where nobody is waiting (tests, small
 * previews).
 */

/** Steps of a computation that pauses now and then (`yield`) and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Records between pauses: a few milliseconds of work, so a slice's budget is kept closely. */
export const PAUSE_EVERY = 200;

/** About half a frame of work between turns of the browser. */
const SLICE_MS = 8;

/** Runs every step at once. */
export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, letting the browser handle input and paint between slices; stops when aborted. */
export async function runInSlices<T>(steps: Steps<T>, signal?: AbortSignal, budget = SLICE_MS): Promise<T> {
  const slice = sliceTimer(budget);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slice.used()) await slice.next(signal);
  }
}

/**
 * Times one slice of work at a time: `used()` once the slice has spent its budget; `next()` gives
 * the browser its turn, stops when aborted, and starts the next slice.
 */
export function sliceTimer(budget = SLICE_MS): { used(): boolean; next(signal?: AbortSignal): Promise<void> } {
  let start = performance.now();
  return {
    used: () => performance.now() - start >= budget,
    async next(signal) {
      await yieldToMain();
      signal?.throwIfAborted();
      start = performance.now();
    },
  };
}

/**
 * A turn for the browser: `scheduler.yield()` where there is one (the work then continues before
 * other queued tasks), else a posted message, which unlike `setTimeout` is never clamped to 4 ms.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
