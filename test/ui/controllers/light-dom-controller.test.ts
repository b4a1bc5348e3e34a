import { expect, waitUntil } from '@open-wc/testing';
import { LightDomController } from '../../../src/ui/controllers/light-dom-controller.js';
import { fakeHost } from './fake-host.js';

describe('LightDomController', () => {
  it('tells which slots the page filled, and the name the page gives a panel', async () => {
    const host = fakeHost();
    host.innerHTML = '<section slot="faq" data-label="Questions"></section><p>unslotted</p>';
    const light = new LightDomController(host, ['faq', 'info', 'empty']);
    host.connect();
    expect(light.filled()).to.deep.equal(['faq']);
    expect(light.label('faq')).to.equal('Questions');
    expect(light.label('info')).to.equal(undefined);
    const requested = host.requested;
    host.append(Object.assign(document.createElement('div'), { slot: 'info' }));
    await waitUntil(() => host.requested > requested, 'an update when the page adds a panel');
    expect(light.filled()).to.deep.equal(['faq', 'info']);
    host.disconnect();
    host.remove();
  });

  it('counts a new revision of inline data only when its content changes', async () => {
    const host = fakeHost();
    host.innerHTML = '<script type="application/json">[1]</script><section slot="faq"><p>Text</p></section>';
    const light = new LightDomController(host, ['faq']);
    host.connect();
    const first = light.inlineRevision;
    host.querySelector('p')!.textContent = 'Other text';
    await waitUntil(() => host.requested > 0, 'the FAQ edit is seen');
    expect(light.inlineRevision, 'an FAQ edit is not new data').to.equal(first);
    host.querySelector('script')!.textContent = '[2]';
    await waitUntil(() => light.inlineRevision === first + 1, 'new data');
    host.querySelector('script')!.setAttribute('data-format', 'bmlt');
    await waitUntil(() => light.inlineRevision === first + 2, 'a new format is new data too');
    host.disconnect();
    host.remove();
  });
});
