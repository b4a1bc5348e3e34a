/**
 * Whether this browser can draw the map. MapLibre 6 needs WebGL 2 and has no WebGL 1 fallback, so
 * the element asks this before offering the map (and explains why when it cannot). Kept apart from
 * the map module so answering costs no MapLibre byte.
 */

let answer: boolean | undefined;

/** True when a WebGL 2 context can be created. Cached: the answer does not change during a page's life. */
export function supportsWebGL2(): boolean {
  return (answer ??= probe());
}

function probe(): boolean {
  if (typeof document === 'undefined' || typeof WebGL2RenderingContext === 'undefined') return false;
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2');
    if (!context) return false;
    // Free the context now: browsers cap live contexts (about 16), and the map will need its own.
    context.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
