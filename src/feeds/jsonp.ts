/**
 * JSONP: loads a URL as a <script> that calls a function with the data. Only for BMLT servers that
 * answer no CORS header. It runs the server's answer as script, so it is used only as a fallback
 * after a failed fetch, and a site can turn it off (`no-jsonp`).
 *
 * The script runs in a hidden, empty frame of its own, and the callback is that frame's global, not
 * the page's. Whatever happens — an answer, a second call, a server that hangs and answers an hour
 * later, a script the page's policy blocks — removing the frame ends it: no global, no script
 * element and no error are left in the host page.
 */
import { FeedError } from './feed-error.js';

export interface JsonpOptions {
  signal?: AbortSignal;
  timeout: number;
}

let counter = 0;

/** `toUrl(callbackName)` gives the URL to load with that callback name. */
export function loadJsonp(toUrl: (callback: string) => string, source: string, { signal, timeout }: JsonpOptions): Promise<unknown> {
  const callback = `__meetingLocatorJsonp${Date.now().toString(36)}${(counter++).toString(36)}`;
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.hidden = true;
    frame.tabIndex = -1;
    frame.setAttribute('aria-hidden', 'true');
    document.documentElement.append(frame);
    const realm = frame.contentWindow as (Window & Record<string, unknown>) | null;
    const doc = frame.contentDocument;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    /** `inScript`: called from the frame's script, which may call again before its turn ends. */
    const finish = (outcome: () => void, inScript = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (inScript) setTimeout(() => frame.remove(), 0);
      else frame.remove();
      outcome();
    };
    const onAbort = () => finish(() => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError')));
    if (!realm || !doc) {
      finish(() => reject(new FeedError('failed', source, `${source}: no frame to load JSONP in.`)));
      return;
    }
    // The data is copied into this page's realm: arrays from another frame are not `instanceof Array`.
    realm[callback] = (data: unknown) => finish(() => resolve(data === undefined ? undefined : JSON.parse(JSON.stringify(data))), true);
    const script = doc.createElement('script');
    // Scripts run before their load event: still pending then means the answer never called back.
    script.onload = () => finish(() => reject(new FeedError('not-json', source, `${source} answered the JSONP request with something that is not JSONP.`)));
    script.onerror = () => finish(() => reject(new FeedError('network', source, `${source} could not be reached, neither as JSON nor as JSONP.`)));
    timer = setTimeout(() => finish(() => reject(new FeedError('timeout', source, `${source} did not answer within ${Math.round(timeout / 1000)} s (JSONP).`))), timeout);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      script.referrerPolicy = 'no-referrer';
      script.async = true;
      script.src = toUrl(callback);
      doc.head.append(script);
    } catch (error) {
      // Trusted Types (require-trusted-types-for 'script') refuses a plain string as a script URL.
      finish(() => reject(new FeedError('blocked', source, `The page's Content-Security-Policy (Trusted Types) refused the JSONP request to ${source}: ${String(error)}`)));
    }
  });
}
