import { expect, waitUntil } from '@open-wc/testing';
import { MinuteAheadController } from '../../../src/ui/controllers/minute-ahead-controller.js';
import { fakeHost } from './fake-host.js';

const TURN = Date.UTC(2026, 11, 7, 1, 0, 0);

/** A clock that starts `before` ms ahead of TURN and runs with the real one (plus `jumps`). */
function clockFrom(before: number, jump?: { after: number; by: number }): () => number {
  const started = performance.now();
  return () => {
    const elapsed = performance.now() - started;
    return TURN - before + elapsed + (jump && elapsed > jump.after ? jump.by : 0);
  };
}

describe('MinuteAheadController', () => {
  it('asks for the next minute’s view shortly before the minute turns, then for the one after', async () => {
    const asked: number[] = [];
    const host = fakeHost();
    // 250 ms before the turn, looking 200 ms ahead: the first ask comes after ~50 ms. A second
    // later the clock jumps to 59 s past the turn, so the next ask (for the minute after) follows soon.
    const time = clockFrom(250, { after: 700, by: 58_000 });
    new MinuteAheadController(host, (next) => asked.push(next.getTime()), { lead: 200, time });
    host.connect();
    await waitUntil(() => asked.length === 1, 'asked for the next minute', { timeout: 2_000 });
    expect(asked[0]).to.equal(TURN);
    expect(time()).to.be.below(TURN);
    await waitUntil(() => asked.length === 2, 'asked for the minute after', { timeout: 4_000 });
    expect(asked[1]).to.equal(TURN + 60_000);
    expect(time()).to.be.below(TURN + 60_000);
    host.disconnect();
    host.remove();
  });

  it('does not ask before the lead, nor once the element is removed', async () => {
    const asked: number[] = [];
    const host = fakeHost();
    new MinuteAheadController(host, (next) => asked.push(next.getTime()), { lead: 200, time: clockFrom(400) });
    host.connect();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(asked, 'still more than the lead before the turn').to.deep.equal([]);
    host.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(asked).to.deep.equal([]);
    host.remove();
  });
});
