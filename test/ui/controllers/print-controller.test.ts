import { expect, waitUntil } from '@open-wc/testing';
import { PrintController } from '../../../src/ui/controllers/print-controller.js';
import { fakeHost } from './fake-host.js';

describe('PrintController', () => {
  let print: typeof window.print;
  let printed = 0;
  beforeEach(() => {
    print = window.print;
    printed = 0;
    window.print = () => void printed++;
  });
  afterEach(() => (window.print = print));

  it('the Print button fetches the schedule, renders it, then opens the print dialog', async () => {
    const host = fakeHost();
    const printer = new PrintController(host, () => undefined);
    host.connect();
    await printer.print();
    expect(printer.view!.renderPrintSchedule).to.be.a('function');
    expect(printer.printing).to.equal(true);
    expect(printed).to.equal(1);
    window.dispatchEvent(new Event('afterprint'));
    expect(printer.printing).to.equal(false);
    host.disconnect();
    host.remove();
  });

  it('the browser’s own Print command renders the schedule at once, once it is here', async () => {
    const host = fakeHost();
    let rendered = 0;
    const printer = new PrintController(host, () => void rendered++);
    host.connect();
    window.dispatchEvent(new Event('beforeprint'));
    expect(printer.printing, 'not fetched yet: the screen is printed as it is').to.equal(false);
    await waitUntil(() => printer.view, 'and the schedule is fetched for the next time');
    window.dispatchEvent(new Event('beforeprint'));
    expect(printer.printing).to.equal(true);
    expect(rendered).to.equal(1);
    window.dispatchEvent(new Event('afterprint'));
    host.disconnect();
    window.dispatchEvent(new Event('beforeprint'));
    expect(printer.printing, 'removed: no longer listening').to.equal(false);
    host.remove();
  });
});
