import { expect, waitUntil } from '@open-wc/testing';
import { EMPTY_FILTERS, type FilterState } from '../../../src/state/filter-state.js';
import { UrlController } from '../../../src/ui/controllers/url-controller.js';
import { fakeHost } from './fake-host.js';
import { engine } from '../../engines.js';

const pageUrl = location.href;
const params = () => new URL(location.href).searchParams;

function setup() {
  const host = fakeHost();
  const navigations: Array<{ filters: FilterState; meeting: string | undefined }> = [];
  const url = new UrlController(host, (filters, meeting) => navigations.push({ filters, meeting }), () => EMPTY_FILTERS);
  host.connect();
  return { host, url, navigations };
}

describe('UrlController', () => {
  afterEach(() => history.replaceState(null, '', pageUrl));

  it('writes a press as a history entry once the list has painted, and typing in place', async () => {
    const { host, url } = setup();
    const before = history.length;
    url.write({ ...EMPTY_FILTERS, days: ['today'] }, false);
    expect(params().has('ml-day'), 'not during the press').to.equal(false);
    await waitUntil(() => params().get('ml-day') === 'today', 'written');
    // A tab keeps 50 entries at most in Chromium and Firefox, 100 in WebKit.
    const after = Math.min(before + 1, engine === 'webkit' ? 100 : 50);
    expect(history.length).to.equal(after);
    url.write({ ...EMPTY_FILTERS, days: ['today'], q: 'wo' }, true);
    url.write({ ...EMPTY_FILTERS, days: ['today'], q: 'women' }, true);
    await waitUntil(() => params().get('ml-q') === 'women', 'typing written once it pauses');
    expect(history.length, 'typing replaces, it does not stack').to.equal(after);
    host.disconnect();
    host.remove();
  });

  // Back and Forward are played by replacing the URL and sending popstate, and history.go is
  // recorded rather than run: going back for real in a tab that ran other test pages could leave
  // this one (the element's own tests go back for real).
  it('steps back to the state the URL holds, and tells the element', () => {
    const { host, navigations } = setup();
    history.replaceState(null, '', '?ml-time=evening&ml-meeting=x');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(navigations).to.deep.equal([{ filters: { ...EMPTY_FILTERS, times: ['evening'] }, meeting: 'x' }]);
    host.disconnect();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(navigations, 'removed: no longer listening').to.have.length(1);
    host.remove();
  });

  it('opens details as entries, and closing them goes back as far as they went', async () => {
    const { host, url } = setup();
    const go = history.go;
    const steps: number[] = [];
    history.go = (delta?: number) => void steps.push(delta ?? 0);
    try {
      const before = history.length;
      url.openMeeting(EMPTY_FILTERS, 'a');
      await new Promise((resolve) => setTimeout(resolve, 20));
      url.openMeeting(EMPTY_FILTERS, 'b');
      expect(params().get('ml-meeting')).to.equal('b');
      expect(history.length, 'entries of their own (up to the browser’s 50)').to.be.at.least(Math.min(before + 2, 50));
      url.closeMeeting(EMPTY_FILTERS);
      expect(steps).to.deep.equal([-2]);
      // Back (the browser's or history.go's) starts counting again.
      window.dispatchEvent(new PopStateEvent('popstate'));
      url.openMeeting(EMPTY_FILTERS, 'c');
      url.closeMeeting(EMPTY_FILTERS);
      expect(steps).to.deep.equal([-2, -1]);
    } finally {
      history.go = go;
    }
    host.disconnect();
    host.remove();
  });

  it('closes the details a shared link opened in place, leaving the page’s history alone', () => {
    history.replaceState(null, '', '?ml-meeting=shared');
    const { host, url } = setup();
    expect(url.readMeeting()).to.equal('shared');
    const before = history.length;
    url.closeMeeting(EMPTY_FILTERS);
    expect(params().has('ml-meeting')).to.equal(false);
    expect(history.length).to.equal(before);
    host.disconnect();
    host.remove();
  });

  it('writes nothing with no-url-state, and reads the filters a link gives', async () => {
    history.replaceState(null, '', '?ml-att=online&ml-q=hope');
    const { host, url } = setup();
    expect(url.read()).to.deep.include({ attendance: ['online'], q: 'hope' });
    host.setAttribute('no-url-state', '');
    url.write({ ...EMPTY_FILTERS, days: ['today'] }, false);
    url.openMeeting(EMPTY_FILTERS, 'x');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(params().has('ml-day')).to.equal(false);
    expect(params().has('ml-meeting')).to.equal(false);
    host.disconnect();
    host.remove();
  });
});
