import { expect } from '@open-wc/testing';
import type { Coordinates } from '../../../src/model/meeting.js';
import { LocateError } from '../../../src/ui/geolocate.js';
import { NearMeController } from '../../../src/ui/controllers/near-me-controller.js';
import { fakeHost } from './fake-host.js';

const HERE: Coordinates = { latitude: 35.14, longitude: -90.05 };

/** A position the test hands over when it likes. */
function deferred() {
  let resolve!: (position: Coordinates) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<Coordinates>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

/** A near-me controller on a connected host, the position handed over when the test resolves it. */
function pending() {
  const host = fakeHost();
  const asked = deferred();
  const found: Coordinates[] = [];
  const near = new NearMeController(host, (position) => found.push(position), () => asked.promise);
  host.connect();
  return { host, asked, found, near };
}

describe('NearMeController', () => {
  it('says it is locating, then hands the position over', async () => {
    const { host, asked, found, near } = pending();
    const done = near.locate();
    expect(near.locating).to.equal(true);
    expect(host.requested).to.equal(1);
    void near.locate(); // a second press while asking asks nothing more
    asked.resolve(HERE);
    await done;
    expect(found).to.deep.equal([HERE]);
    expect(near.locating).to.equal(false);
    expect(near.problem).to.equal(undefined);
    host.remove();
  });

  it('says why when there is no position, and forgets it when the person moves on', async () => {
    const host = fakeHost();
    const near = new NearMeController(host, () => undefined, () => Promise.reject(new LocateError('denied')));
    host.connect();
    await near.locate();
    expect(near.problem).to.equal('denied');
    near.clearProblem();
    expect(near.problem).to.equal(undefined);
    const odd = new NearMeController(host, () => undefined, () => Promise.reject(new Error('odd')));
    await odd.locate();
    expect(odd.problem, 'any other failure').to.equal('unavailable');
    host.remove();
  });

  it('drops a position that arrives after the element was removed', async () => {
    const { host, asked, found, near } = pending();
    const done = near.locate();
    host.disconnect();
    asked.resolve(HERE);
    await done;
    expect(found).to.deep.equal([]);
    host.remove();
  });
});
