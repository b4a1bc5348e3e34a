import { expect, waitUntil } from '@open-wc/testing';
import { AnnounceController, type Count } from '../../../src/ui/controllers/announce-controller.js';
import { fakeHost } from './fake-host.js';

describe('AnnounceController', () => {
  it('says the first count with the list, later ones once typing pauses, and nothing while there is no list', async () => {
    const host = fakeHost();
    let current: Count | undefined;
    const announcer = new AnnounceController(host, () => current, 40);
    host.connect();
    host.update();
    expect(announcer.announced).to.equal(undefined);

    current = { count: 2038, narrowed: false };
    host.update();
    expect(announcer.announced, 'the first count, at once').to.deep.equal({ count: 2038, narrowed: false });

    // Three keys in quick succession: the count waits for the pause, then says the last.
    for (const count of [500, 40, 15]) {
      current = { count, narrowed: true };
      host.update();
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(announcer.announced!.count, 'still the old count while typing').to.equal(2038);
    const requested = host.requested;
    await waitUntil(() => announcer.announced?.count === 15, 'the count once typing paused');
    expect(host.requested).to.equal(requested + 1);

    // The same count again (another key that changes nothing) asks for nothing.
    host.update();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(host.requested).to.equal(requested + 1);

    current = undefined; // reloading
    host.update();
    expect(announcer.announced).to.equal(undefined);
    current = { count: 7, narrowed: false };
    host.update();
    expect(announcer.announced, 'the first count after a reload, at once').to.deep.equal({ count: 7, narrowed: false });
    host.remove();
  });

  it('forgets a pending announcement when the element is removed', async () => {
    const host = fakeHost();
    let current: Count | undefined = { count: 10, narrowed: false };
    const announcer = new AnnounceController(host, () => current, 20);
    host.connect();
    host.update();
    current = { count: 3, narrowed: true };
    host.update();
    host.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(announcer.announced!.count).to.equal(10);
    host.remove();
  });
});
