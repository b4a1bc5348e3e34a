/** Why a whole feed could not be used. Each code has its own message in the string tables. */
export type FeedErrorCode =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'unknown-format'
  | 'empty'
  | 'no-valid-records'
  | 'no-source'
  /** `src` holds something that is not a URL ("http://[bad"). */
  | 'bad-url'
  /** A URL the element does not fetch: only http(s) feeds are read (not javascript:, about:, blob:, data: …). */
  | 'refused-url'
  /** The page's Content-Security-Policy or Trusted Types refused the request. */
  | 'blocked'
  /** Anything else that went wrong inside this one source's load. */
  | 'failed';

export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly code: FeedErrorCode,
    /** The feed URL (or "inline"). */
    readonly source: string,
    message: string,
    /** The HTTP status for `http`. */
    readonly status?: number,
  ) {
    super(message);
  }
}
