/**
 * Whether the page's Trusted Types policy lets the map run. Under `require-trusted-types-for
 * 'script'` MapLibre cannot start its worker (it passes a plain string to `new Worker`) and its
 * attribution control parses HTML from a string: the map stays blank and errors reach the host
 * page. The element asks this first and explains instead. A page whose own default policy lets such
 * strings through passes the probe, and gets the map.
 */
let answer: boolean | undefined;

export function scriptUrlsAllowed(): boolean {
  return (answer ??= probe());
}

function probe(): boolean {
  if (typeof document === 'undefined') return true;
  try {
    // Never inserted, so nothing is fetched: only the assignment is checked.
    document.createElement('script').src = 'about:blank';
    return true;
  } catch {
    return false;
  }
}
