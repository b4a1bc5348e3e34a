/**
 * JSONP: loads a URL as a <script> that calls a global function with the data. Only for BMLT
 * servers that answer no CORS header. It runs the server's answer as script in the page, so it is
 * used only as a fallback after a failed fetch, and a site can turn it off (`no-jsonp`).
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
  const globals = window as unknown as Record<string, unknown>;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    let timer: ReturnType<typeof setTimeout> | undefined;
    /** `stillComing`: the answer may yet arrive (timeout, abort), so the name must stay callable. */
    const cleanUp = (stillComing = false) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      script.remove();
      // A late answer must not throw "not a function" into the page: leave a no-op that removes itself.
      if (stillComing) globals[callback] = () => delete globals[callback];
      else delete globals[callback];
    };
    const onAbort = () => {
      cleanUp(true);
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    let answered = false;
    globals[callback] = (data: unknown) => {
      answered = true;
      cleanUp();
      resolve(data);
    };
    // Scripts run before their load event: still pending then means the answer never called back.
    script.onload = () => {
      if (answered) return;
      cleanUp();
      reject(new FeedError('not-json', source, `${source} answered the JSONP request with something that is not JSONP.`));
    };
    script.onerror = () => {
      cleanUp();
      reject(new FeedError('network', source, `${source} could not be reached, neither as JSON nor as JSONP.`));
    };
    timer = setTimeout(() => {
      cleanUp(true);
      reject(new FeedError('timeout', source, `${source} did not answer within ${Math.round(timeout / 1000)} s (JSONP).`));
    }, timeout);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    script.src = toUrl(callback);
    script.referrerPolicy = 'no-referrer';
    script.async = true;
    document.head.append(script);
  });
}
