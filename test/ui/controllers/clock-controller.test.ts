import { expect, waitUntil } from '@open-wc/testing';
import { ClockController } from '../../../src/ui/controllers/clock-controller.js';
import { fakeHost } from './fake-host.js';

describe('ClockController', () => {
  it('keeps one Date for a minute, moves on when the minute turns, and asks for an update then', async () => {
    let time = Date.UTC(2026, 10, 24, 18, 40, 10);
    const host = fakeHost();
    const clock = new ClockController(host, { checkEvery: 5, time: () => time });
    host.connect();
    const first = clock.now;
    time += 20_000; // 18:40:30, the same minute
    await new Promise((resolve) => setTimeout(resolve, 30));
    host.update();
    expect(clock.now, 'the same minute, the same Date').to.equal(first);
    expect(host.requested).to.equal(0);
    time += 40_000; // 18:41:10
    await waitUntil(() => host.requested > 0, 'an update when the minute turns');
    expect(clock.now.getTime()).to.equal(time);
    host.disconnect();
    host.remove();
  });

  it('an update that starts for another reason shows the current minute', () => {
    let time = Date.UTC(2026, 10, 24, 18, 40);
    const host = fakeHost();
    const clock = new ClockController(host, { checkEvery: 60_000, time: () => time });
    host.connect();
    time += 61_000;
    host.update();
    expect(clock.now.getTime()).to.equal(time);
    host.disconnect();
    host.remove();
  });

  it('stops looking at the time when the element is removed', async () => {
    let time = Date.UTC(2026, 10, 24, 18, 40);
    const host = fakeHost();
    new ClockController(host, { checkEvery: 5, time: () => time });
    host.connect();
    host.disconnect();
    time += 120_000;
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(host.requested).to.equal(0);
    host.remove();
  });
});
