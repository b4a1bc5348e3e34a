import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { JsonStream, readJsonBody } from '../../src/feeds/json-stream.js';

/** Splits `text` at the given cut points (any numbers; taken modulo the length, sorted). */
function split(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((cut) => (text.length ? cut % (text.length + 1) : 0)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let at = 0;
  for (const point of points) {
    pieces.push(text.slice(at, point));
    at = point;
  }
  pieces.push(text.slice(at));
  return pieces;
}

/** What JsonStream makes of the pieces: the value, or 'error'. */
function streamed(pieces: string[], run: number, streamFrom = 0): unknown {
  const stream = new JsonStream(run, streamFrom);
  try {
    for (const piece of pieces) stream.push(piece);
    return { value: stream.end() };
  } catch (error) {
    expect(error).to.be.instanceOf(SyntaxError);
    return 'error';
  }
}

function parsed(text: string): unknown {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return 'error';
  }
}

/** Valid documents with white space where JSON allows it, and strings full of brackets, quotes and escapes. */
const tricky = fc.oneof(fc.constantFrom('[', ']', '{', '}', ',', '"', '\\', '\\"', '\u2028', '😀', 'é'), fc.string());
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tricky).map((parts) => parts.join('')),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.array(tricky, { maxLength: 3 }).map((parts) => parts.join('')), tie('value'), { maxKeys: 3 }),
  ),
})).value;
const space = fc.constantFrom('', ' ', '\n', '\t', ' \r\n ');
const document = fc.tuple(fc.array(fc.tuple(value, space, space), { maxLength: 12 }), space, space).map(
  ([items, before, after]) => `${before}[${items.map(([item, a, b]) => `${a}${JSON.stringify(item)}${b}`).join(',')}]${after}`,
);

describe('JsonStream', () => {
  it('parses any array exactly as JSON.parse, however the text is split and cut', () => {
    fc.assert(
      fc.property(document, fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 40 }), fc.nat(80), (text, cuts, run, streamFrom) => {
        expect(streamed(split(text, cuts), run, streamFrom)).to.deep.equal(parsed(text));
      }),
      { numRuns: 400 },
    );
  });

  it('refuses exactly what JSON.parse refuses: broken, truncated and padded documents', () => {
    const broken = fc.tuple(document, fc.nat(), fc.constantFrom('', ',', ']', '[', '}', '{', '"', '\\', 'x', ' ', ',,')).map(([text, at, insert]) => {
      const point = at % (text.length + 1);
      // Replace one character (or insert one when `insert` is longer): every kind of damage.
      return text.slice(0, point) + insert + text.slice(point + (insert.length === 1 ? 1 : 0));
    });
    fc.assert(
      fc.property(broken, fc.array(fc.nat(), { maxLength: 6 }), fc.integer({ min: 1, max: 20 }), fc.nat(60), (text, cuts, run, streamFrom) => {
        expect(streamed(split(text, cuts), run, streamFrom), JSON.stringify(text)).to.deep.equal(parsed(text));
      }),
      { numRuns: 600 },
    );
  });

  it('refuses a stray comma after the last record wherever the text is cut', () => {
    for (const text of ['[{"a":1},]', '[{"a":1}, ]', '[[1],[2],\n]', '[{"a":1},{"b":"},"},]', '[{"a":1},,{"b":2}]']) {
      for (let run = 1; run <= text.length; run++) {
        for (const cut of [[], [text.length - 1], [3, 7]]) {
          expect(streamed(split(text, cut), run), `${text} run ${run} cut ${cut}`).to.equal('error');
        }
      }
    }
    expect(streamed(['[{"a":1},{"b":"},"}]'], 1)).to.deep.equal({ value: [{ a: 1 }, { b: '},' }] });
  });

  it('reads documents that are not arrays whole', () => {
    expect(streamed(['{"meetings": [1, ', '2], "formats": []}'], 1)).to.deep.equal({ value: { meetings: [1, 2], formats: [] } });
    expect(streamed(['  "text"'], 1)).to.deep.equal({ value: 'text' });
    expect(streamed(['<!doctype html>'], 1)).to.equal('error');
    expect(streamed([''], 1)).to.equal('error');
    expect(streamed(['[1, 2]', ' x'], 1)).to.equal('error');
  });

  it('keeps the first characters, to tell an HTML page from broken JSON', () => {
    const stream = new JsonStream();
    stream.push('  <html><head>');
    expect(stream.head).to.equal('  <html><head>');
  });

  it('reads a response body as it downloads, the byte-order mark and split characters included', async () => {
    const bytes = new TextEncoder().encode('\uFEFF[{"name": "Peña 😀"}, {"name": "Ünïcode"}]');
    // One byte at a time: every multi-byte character is split across chunks.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const value = await readJsonBody(new Response(body), new JsonStream(4, 0));
    expect(value).to.deep.equal([{ name: 'Peña 😀' }, { name: 'Ünïcode' }]);
  });

  it('reads a large chunk in pieces without breaking the characters that straddle them', async () => {
    // 300 KB in one chunk, multi-byte characters everywhere, so the 64 KB pieces cut through them.
    const records = Array.from({ length: 3000 }, (_, i) => ({ slug: `m${i}`, name: `Peña 😀 Ünïcode ${i} ${'é'.repeat(i % 13)}`, notes: '“quoted” — 日本語' }));
    const text = JSON.stringify(records);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
    expect(await readJsonBody(new Response(body), new JsonStream(4096, 0))).to.deep.equal(records);
  });

  it('passes on a stream that fails part way, as a network failure rather than bad JSON', async () => {
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(new TypeError('network error'));
        else controller.enqueue(new TextEncoder().encode('[1, 2, '));
        sent = true;
      },
    });
    let caught: unknown;
    try {
      await readJsonBody(new Response(body), new JsonStream(1));
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(TypeError);
  });
});
