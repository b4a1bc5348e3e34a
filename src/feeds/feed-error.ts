/** Why a whole feed could not be used. Each code has its own message in the string tables. */
export type FeedErrorCode =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-json'
  | 'unknown-format'
  | 'empty'
  | 'no-valid-records'
  | 'no-source';

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
