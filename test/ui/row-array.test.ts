import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import { rowArray } from '../../src/ui/row-array.js';
import { FrameResizeObserver } from '../../src/ui/frame-resize-observer.js';

// As the element's list does (meeting-list.ts): the virtualizer's observers answer a frame later.
provideResizeObserver(FrameResizeObserver);

describe('the rows as the virtualizer takes them', () => {
  it('are an array to Array.isArray, with the typed array’s length and rows, nothing past its end', () => {
    const rows = Int32Array.of(7, 3, 5);
    const face = rowArray(rows);
    expect(Array.isArray(face)).to.equal(true);
    expect(face.length).to.equal(3);
    expect([face[0], face[1], face[2], face[3]]).to.deep.equal([7, 3, 5, undefined]);
    expect([...face]).to.deep.equal([7, 3, 5]);
    expect(face.indexOf(5)).to.equal(2);
    expect([0 in face, 2 in face, 3 in face, '01' in face]).to.deep.equal([true, true, false, false]);
    expect(face.map((row) => row * 2)).to.deep.equal([14, 6, 10]);
  });

  it('are the same array for the same rows (the virtualizer starts over on a new one), another for other rows', () => {
    const rows = Int32Array.of(1, 2);
    expect(rowArray(rows)).to.equal(rowArray(rows));
    expect(rowArray(Int32Array.of(1, 2))).not.to.equal(rowArray(rows));
  });

  it('cannot be written to', () => {
    const face = rowArray(Int32Array.of(1, 2)) as number[];
    expect(() => (face[0] = 9)).to.throw(TypeError);
    expect(() => face.push(3)).to.throw(TypeError);
    expect([...face]).to.deep.equal([1, 2]);
  });

  it('are drawn by the virtualizer, first rows and last, at 100,000 rows', async () => {
    const rows = Int32Array.from({ length: 100_000 }, (_, i) => 100_000 - i);
    const host = await fixture<HTMLElement>(html`<div style="height: 300px; overflow: auto">
      ${virtualize({ items: rowArray(rows) as number[], scroller: true, renderItem: (row: number) => html`<p style="margin: 0; height: 20px">row ${row}</p>` })}
    </div>`);
    const drawn = () => [...host.querySelectorAll('p')].map((p) => p.textContent);
    await waitUntil(() => drawn().length > 0, 'rows drawn');
    expect(drawn()[0]).to.equal('row 100000');
    const virtualizer = (host as unknown as VirtualizerHostElement)[virtualizerRef]!;
    virtualizer.element(99_999)!.scrollIntoView({ block: 'end' });
    await waitUntil(() => drawn().includes('row 1'), 'the last row drawn after scrolling to it');
    expect(drawn()).not.to.include('row 100000');
  });
});
