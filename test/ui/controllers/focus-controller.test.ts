import { expect } from '@open-wc/testing';
import { FocusController } from '../../../src/ui/controllers/focus-controller.js';
import { fakeHost } from './fake-host.js';

describe('FocusController', () => {
  it('focuses after the next update, the first of the wanted elements that exists', () => {
    const host = fakeHost();
    const focus = new FocusController(host);
    host.connect();
    focus.focusAfterUpdate('.no-results button', '#q');
    expect(host.requested).to.equal(1);
    host.renderRoot.innerHTML = '<input id="q">';
    expect(host.renderRoot.activeElement, 'not before the update').to.equal(null);
    host.update();
    expect(host.renderRoot.activeElement?.id).to.equal('q');
    host.renderRoot.innerHTML = '<input id="q"><div class="no-results"><button>Remove</button></div>';
    host.update();
    expect(host.renderRoot.activeElement?.id, 'once only').to.equal(undefined);
    host.remove();
  });

  it('scrolls the list back to its first row after the next update', () => {
    const host = fakeHost();
    const focus = new FocusController(host);
    host.connect();
    host.renderRoot.innerHTML = '<div class="list" style="height: 50px; overflow: auto"><div style="height: 500px"></div></div>';
    const list = host.renderRoot.querySelector('.list')!;
    list.scrollTop = 200;
    focus.listToTop();
    expect(list.scrollTop).to.equal(200);
    host.update();
    expect(list.scrollTop).to.equal(0);
    host.remove();
  });
});
