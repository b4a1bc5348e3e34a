/**
 * Waiting for the screen: the virtualized list places its rows a frame after the element's update,
 * so code that focuses or measures a row waits for a painted frame, not only for the update.
 */

/** The next frame (or a moment, where frames do not run: a hidden tab). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 50);
  });
}

/** Resolves once `ready()` holds and a frame has been painted after it, or after a few frames at most. */
export async function painted(ready: () => boolean): Promise<void> {
  for (let frame = 0; frame < 6 && !ready(); frame++) await nextFrame();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
}
