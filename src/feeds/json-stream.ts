/**
 * Parses a JSON document that arrives in pieces, so a large feed is read while it downloads rather
 * than after: at 50,000 meetings the answer is ~35 MB, and decoding it into one string and parsing
 * that string took ~650 ms after its last byte had arrived.
 *
 * A document that is an array (Meeting Guide feeds, BMLT answers without formats) is cut at the
 * commas between its elements as the text arrives; each run of elements is parsed on its own
 * (`JSON.parse('[' + run + ']')`), so by the last byte only the last run is left. Any other document
 * is kept and parsed whole at the end. Either way the result, and what counts as invalid, is exactly
 * `JSON.parse`'s: a cut never falls inside a string or a nested value, and a run that is empty (a
 * stray comma) is an error as it would be in the whole document.
 *
 * Where to cut is found without reading every character: a run ends where a record ends (a `}` or
 * `]`, a comma, the next record's `{` or `[`), and the run's own parse is the check. Cut inside a
 * string or a nested value, a run leaves a string or a bracket open, which `JSON.parse` refuses;
 * the cut is then tried at the next such place. A feed where that happens twice in a row (records holding such text) is
 * read exactly from there on, character by character outside its strings.
 */
import { sliceTimer } from '../model/run-in-slices.js';

/**
 * Elements are parsed in runs of about this many characters. In Chrome, runs of 16–64 K characters
 * parse together about as fast as the whole text; runs of 256 K took three times as long.
 */
const RUN = 1 << 16;

/** Bytes decoded at a time (see `readJsonBody`). */
const DECODE_BYTES = 1 << 16;

/**
 * Arrays shorter than this many characters are parsed whole at the end: too small for cutting to
 * save anything. It was 2 M characters when reading as it arrives meant scanning every character
 * (~70 ms to save ~5 on a 1.4 MB feed over a fast network). Cutting where records end costs little
 * more than one parse, and on a slow connection it is done while the rest downloads: on the phone
 * bench (2,038 meetings, 1.4 MB, Slow 4G, 4× CPU) parsing whole at the end kept the first meeting
 * back by 120–290 ms (issue 11).
 */
const STREAM_FROM = 1 << 17;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const BLANK = /^[\s]*$/;
/**
 * Where one record may end and the next begin: a closing brace or bracket, a comma, an opening one
 * (JSON white space between). Not just any `},`: a record's own lists end in `],` too.
 */
const RECORD_END = /[}\]][ \t\n\r]*,(?=[ \t\n\r]*[{[])/g;
/** Failed cuts in a row before the cutter reads exactly instead. */
const MAX_FAILED_CUTS = 2;

export class JsonStream {
  /**
   * `run`: characters per parsed run; `streamFrom`: characters after which an array is read as it
   * arrives (both smaller in tests, to cut often).
   */
  constructor(
    private readonly run = RUN,
    private readonly streamFrom = STREAM_FROM,
  ) {}

  /**
   * How an array is read: kept until `streamFrom` characters have come, then cut where records end
   * (checked by parsing), or scanned exactly when such cuts keep failing.
   */
  private stage: 'buffering' | 'cutting' | 'scanning' = 'buffering';
  /** `start` until the first character that is not white space decides. */
  private mode: 'start' | 'array' | 'whole' = 'start';
  /** Text not yet parsed, in the pieces it came in (while buffering; in a whole document). */
  private pieces: string[] = [];
  /** While cutting: the text after the last cut. */
  private rest = '';
  private length = 0;
  /** Nesting depth in array mode: 1 inside the top-level array, 0 once it has closed. */
  private depth = 1;
  private inString = false;
  private escaped = false;
  /** Where the array closed: the index in the last piece of its `]` (array mode). */
  private closedAt = -1;
  /** True once a run has been cut off, so a trailing empty run is a stray comma. */
  private cut = false;
  private readonly items: unknown[] = [];
  /** The first characters of the document, to tell an HTML page from broken JSON. */
  head = '';

  /** Adds the next piece of text. Throws a SyntaxError once the text cannot be JSON (or in `end`). */
  push(piece: string): void {
    if (!piece) return;
    if (this.head.length < 200) this.head += piece.slice(0, 200 - this.head.length);
    if (this.mode === 'start') {
      const first = piece.search(/\S/);
      if (first < 0) return;
      if (piece.charCodeAt(first) === OPEN_BRACKET) {
        this.mode = 'array';
        piece = piece.slice(first + 1);
      } else this.mode = 'whole';
    }
    if (this.mode === 'whole') {
      this.pieces.push(piece);
      return;
    }
    if (this.closedAt >= 0) {
      if (!BLANK.test(piece)) throw new SyntaxError('Unexpected text after the JSON array');
      return;
    }
    if (this.stage === 'scanning') {
      this.scan(piece);
      return;
    }
    if (this.stage === 'cutting') {
      this.cutRuns(piece);
      return;
    }
    this.pieces.push(piece);
    this.length += piece.length;
    if (this.length < this.streamFrom) return;
    this.stage = 'cutting';
    const text = this.pieces.join('');
    this.pieces = [];
    this.length = 0;
    this.cutRuns(text);
  }

  /**
   * Parses and keeps every complete run that ends in `piece` (see the top of this file). Cuts are
   * looked for in the new piece only, and the text is copied once, by the run's parse: joining the
   * waiting text for every piece cost as much as the parses.
   */
  private cutRuns(piece: string): void {
    let rest = this.rest;
    /** Where, in `piece`, the text after the last cut starts (`rest` comes before it). */
    let start = 0;
    let from = Math.max(0, this.run - rest.length);
    let failures = 0;
    while (from < piece.length) {
      RECORD_END.lastIndex = from;
      const match = RECORD_END.exec(piece);
      if (!match) break;
      const comma = match.index + match[0].length - 1; // the lookahead is not part of the match
      let run: unknown[];
      try {
        run = JSON.parse(`[${rest}${piece.slice(start, comma)}]`) as unknown[];
      } catch {
        if (++failures < MAX_FAILED_CUTS) {
          from = comma + 1;
          continue;
        }
        // Read exactly from the start of this run, which is where an element starts.
        this.stage = 'scanning';
        this.rest = '';
        this.scan(rest + piece.slice(start));
        return;
      }
      for (let i = 0; i < run.length; i++) this.items.push(run[i]);
      this.cut = true;
      failures = 0;
      rest = '';
      start = comma + 1;
      from = start + this.run;
    }
    this.rest = rest + piece.slice(start);
  }

  /** The parsed document. Throws a SyntaxError when the text was not (complete) JSON. */
  end(): unknown {
    if (this.mode === 'start') throw new SyntaxError('Unexpected end of JSON input');
    if (this.mode === 'whole') return JSON.parse(this.pieces.join(''));
    if (this.stage === 'buffering') return JSON.parse(`[${this.pieces.join('')}`);
    if (this.stage === 'cutting') {
      // The rest holds the array's `]` and what follows it: JSON.parse judges both.
      const rest = JSON.parse(`[${this.rest}`) as unknown[];
      // Nothing after the last cut's comma: a stray comma (`[{…},]`), as it is for JSON.parse.
      if (this.cut && rest.length === 0) throw new SyntaxError('Unexpected comma in JSON array');
      for (let i = 0; i < rest.length; i++) this.items.push(rest[i]);
      return this.items;
    }
    if (this.closedAt < 0) throw new SyntaxError('Unexpected end of JSON input');
    return this.items;
  }

  private scan(piece: string): void {
    let depth = this.depth;
    let inString = this.inString;
    let escaped = this.escaped;
    /** Where the current piece's unparsed text starts (after a cut within it). */
    let from = 0;
    let closed = false;
    const n = piece.length;
    for (let i = 0; i < n; i++) {
      if (inString) {
        // Most of a feed is text inside strings: jump to the next quote (a native search) rather
        // than look at every character, then tell an escaped quote by the backslashes before it.
        if (escaped) {
          escaped = false;
          continue;
        }
        const quote = piece.indexOf('"', i);
        const end = quote < 0 ? n : quote;
        let backslashes = 0;
        while (end - backslashes - 1 >= i && piece.charCodeAt(end - backslashes - 1) === BACKSLASH) backslashes++;
        if (quote < 0) {
          // The string goes on in the next piece; an odd run of backslashes escapes its first character.
          escaped = backslashes % 2 === 1;
          break;
        }
        if (backslashes % 2 === 0) inString = false;
        i = quote;
        continue;
      }
      const c = piece.charCodeAt(i);
      if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) {
          // The array's own `]`: parse what is left; only white space may follow.
          if (c !== CLOSE_BRACKET) throw new SyntaxError('Unexpected closing brace');
          this.parseRun(piece.slice(from, i), true);
          this.closedAt = i;
          if (!BLANK.test(piece.slice(i + 1))) throw new SyntaxError('Unexpected text after the JSON array');
          this.pieces = [];
          this.length = 0;
          closed = true;
          break;
        }
      } else if (c === COMMA && depth === 1 && this.length + (i - from) >= this.run) {
        this.parseRun(piece.slice(from, i), false);
        from = i + 1;
      }
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    if (!closed && from < piece.length) {
      const rest = from === 0 ? piece : piece.slice(from);
      this.pieces.push(rest);
      this.length += rest.length;
    }
  }

  /** Parses the waiting pieces plus `tail` as array elements and keeps them. */
  private parseRun(tail: string, last: boolean): void {
    const text = this.pieces.length ? this.pieces.join('') + tail : tail;
    this.pieces = [];
    this.length = 0;
    if (BLANK.test(text)) {
      // `[]` is an empty array; `[,…`, `…,,…` and `…,]` are stray commas.
      if (this.cut || !last) throw new SyntaxError('Unexpected comma in JSON array');
      return;
    }
    this.cut = true;
    const run = JSON.parse(`[${text}]`) as unknown[];
    for (let i = 0; i < run.length; i++) this.items.push(run[i]);
  }
}

/**
 * Reads a response body into a JsonStream as it downloads. Errors of the stream (the connection
 * dropped, an abort) propagate as they are; a SyntaxError means the text is not JSON.
 */
export async function readJsonBody(response: Response, stream: JsonStream, onBytes?: (received: number) => void): Promise<unknown> {
  if (!response.body) {
    stream.push(await response.text());
    return stream.end();
  }
  const reader = response.body.getReader();
  // A byte-order mark is legal in files but not in JSON: the decoder drops it.
  const decoder = new TextDecoder();
  const slice = sliceTimer();
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onBytes?.((received += value.length));
      // In pieces: Chrome hands over what has piled up (megabytes, on a fast network), and decoding
      // 34 MB of text in one call took 0.5 s where 64 KB calls took 0.07 s.
      for (let at = 0; at < value.length; at += DECODE_BYTES) stream.push(decoder.decode(value.subarray(at, at + DECODE_BYTES), { stream: true }));
      // When the bytes come faster than they are parsed (a fast network, the cache), reading
      // would go on in one task until the end: give the browser a turn now and then.
      if (slice.used()) await slice.next();
    }
  } finally {
    reader.releaseLock();
  }
  stream.push(decoder.decode());
  return stream.end();
}
