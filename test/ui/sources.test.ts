import { expect, waitUntil } from '@open-wc/testing';
import { mount, rowNames, rows, rowsRendered, shadow, usePage } from './mount.js';
import type { ErrorEventDetail } from '../../src/ui/events.js';

const ZONE = 'America/Chicago';
/** The test server on another origin: the page is on localhost, so 127.0.0.1 is cross-origin. */
const otherOrigin = () => `http://127.0.0.1:${location.port}`;
const here = (path: string) => new URL(path, location.href).href;

function jsonpLeftovers(): string[] {
  const globals = Object.keys(window).filter((key) => key.startsWith('__meetingLocatorJsonp') && typeof (window as unknown as Record<string, unknown>)[key] === 'function');
  const scripts = [...document.querySelectorAll('script[src*="/client_interface/jsonp/"]')].map((script) => (script as HTMLScriptElement).src);
  return [...globals, ...scripts];
}

describe('<meeting-locator> sources', () => {
  usePage();

  describe('BMLT', () => {
    it('reads a root server URL, with the server\'s formats interpreted by world id', async () => {
      const { element, loaded } = mount((el) => {
        el.src = '/bmlt/fictional/main_server';
        el.timezone = ZONE;
      });
      const event = await loaded;
      expect(event.detail.sources).to.deep.equal([{ source: here('/bmlt/fictional/main_server'), format: 'bmlt', records: 3, meetings: 3 }]);
      await rowsRendered(element, 3);
      const midtown = element.results.find((meeting) => meeting.name === 'Midtown Basic Text')!;
      expect(midtown.day).to.equal(4);
      expect(midtown.start).to.equal(20 * 60);
      expect(midtown.end).to.equal(21 * 60 + 30);
      expect(midtown.features).to.have.members(['closed', 'wheelchair']);
      expect(midtown.types.find((type) => type.code === 'H')).to.deep.include({ label: 'Handicapped accessible', feature: 'wheelchair' });
      const online = element.results.find((meeting) => meeting.name === 'Saturday Online Recovery')!;
      expect(online.attendance).to.equal('online');
      const row = rows(element).find((r) => r.querySelector('h4')!.textContent === 'Midtown Basic Text')!;
      expect(row.querySelector('.types')!.textContent).to.contain('Wheelchair access');
      expect(row.querySelector('.where')!.textContent).to.equal('Church of Hope · 1500 Poplar Ave, Memphis, TN 38104');
    });

    it('asks a root server for its meetings with their formats, narrowed to service bodies', async () => {
      const { element, loaded } = mount((el) => {
        el.src = '/bmlt/echo/main_server';
        el.setAttribute('service-bodies', '3, 4');
        el.recursive = true;
      });
      await loaded;
      const query = new URLSearchParams(element.results[0]!.notes);
      expect(query.get('switcher')).to.equal('GetSearchResults');
      expect(query.get('get_used_formats')).to.equal('1');
      expect(query.getAll('services[]')).to.deep.equal(['3', '4']);
      expect(query.get('recursive')).to.equal('1');
      expect(query.has('lat_val')).to.equal(false);
    });

    it('asks only for meetings around a point when given center and radius', async () => {
      const { element, loaded } = mount((el) => {
        el.src = '/bmlt/echo/main_server';
        el.setAttribute('center', '35.1495, -90.0490');
        el.setAttribute('radius', '25');
      });
      await loaded;
      const query = new URLSearchParams(element.results[0]!.notes);
      expect([query.get('lat_val'), query.get('long_val'), query.get('geo_width_km'), query.get('sort_results_by_distance')]).to.deep.equal(['35.1495', '-90.049', '25', '1']);
    });

    it('re-asks the server when the point changes (what "near me" will do)', async () => {
      const { element, loaded } = mount((el) => {
        el.src = '/bmlt/echo/main_server';
        el.center = '35.1,-90.0';
        el.radius = 10;
      });
      await loaded;
      const again = new Promise((resolve) => element.addEventListener('ml-load', resolve, { once: true }));
      element.center = '36.16,-86.78';
      await again;
      expect(new URLSearchParams(element.results[0]!.notes).get('lat_val')).to.equal('36.16');
    });

    it('says when center is not a position, and asks without it', async () => {
      const { element, loaded } = mount((el) => {
        el.src = '/bmlt/echo/main_server';
        el.center = 'Memphis';
        el.radius = 10;
      });
      await loaded;
      expect(new URLSearchParams(element.results[0]!.notes).has('lat_val')).to.equal(false);
      expect(element.diagnostics.map((diagnostic) => diagnostic.code)).to.include('invalid-center');
    });

    it('adds get_used_formats to a semantic URL that lacks it', async () => {
      const { element, loaded } = mount((el) => (el.src = '/bmlt/echo/main_server/client_interface/json/?switcher=GetSearchResults&services[]=7'));
      await loaded;
      const query = new URLSearchParams(element.results[0]!.notes);
      expect(query.get('get_used_formats')).to.equal('1');
      expect(query.getAll('services[]')).to.deep.equal(['7']);
    });

    it('falls back to JSONP for a server that sends no CORS header, and cleans up after it', async () => {
      const { element, loaded } = mount((el) => {
        el.src = `${otherOrigin()}/bmlt/fictional/main_server`;
        el.timezone = ZONE;
      });
      const event = await loaded;
      expect(event.detail.meetings).to.equal(3);
      expect(element.results.find((meeting) => meeting.name === 'Midtown Basic Text')!.features).to.include('wheelchair');
      expect(jsonpLeftovers()).to.deep.equal([]);
    });

    it('does not use JSONP when the site turns it off, and says the server could not be reached', async () => {
      const { element, failed } = mount((el) => {
        el.src = `${otherOrigin()}/bmlt/fictional/main_server`;
        el.setAttribute('no-jsonp', '');
        // The test before loaded this server (through JSONP): its copy on the device would show instead.
        el.noCache = true;
      });
      expect((await failed).detail.code).to.equal('network');
      await element.updateComplete;
      expect(shadow(element).querySelector('[role="alert"]')!.textContent).to.contain('could not be reached');
      expect(jsonpLeftovers()).to.deep.equal([]);
    });

    it('says a 12 Step Meeting List site may not share its feed when another site\'s admin-ajax.php?action=meetings fails', async () => {
      // Cross-origin: the 401 has no CORS headers, so the browser reports a network failure.
      const { element, failed } = mount((el) => {
        el.src = `${otherOrigin()}/tsml-site/wp-admin/admin-ajax.php?action=meetings`;
        el.noCache = true;
      });
      expect((await failed).detail.code).to.equal('network');
      await element.updateComplete;
      const alert = shadow(element).querySelector('[role="alert"]')!.textContent!;
      expect(alert).to.contain('may not share its feed');
      expect(alert).to.contain('sharing key');
      expect(alert).not.to.contain('Check your connection');
      // Same origin, the 401 itself: the same advice. Any other URL keeps the usual message.
      const same = mount((el) => {
        el.src = '/tsml-site/wp-admin/admin-ajax.php?action=meetings';
        el.noCache = true;
      });
      expect((await same.failed).detail.status).to.equal(401);
      await same.element.updateComplete;
      expect(shadow(same.element).querySelector('[role="alert"]')!.textContent).to.contain('sharing key');
      const other = mount((el) => {
        el.src = `${otherOrigin()}/tsml-site/wp-admin/admin-ajax.php?action=other`;
        el.noCache = true;
      });
      expect((await other.failed).detail.code).to.equal('network');
      await other.element.updateComplete;
      expect(shadow(other.element).querySelector('[role="alert"]')!.textContent).to.contain('could not be reached');
    });

    it('in Spanish too', async () => {
      const { element, failed } = mount((el) => {
        el.src = `${otherOrigin()}/tsml-site/wp-admin/admin-ajax.php?action=meetings`;
        el.lang = 'es';
        el.noCache = true;
      });
      await failed;
      await element.updateComplete;
      expect(shadow(element).querySelector('[role="alert"]')!.textContent).to.contain('clave para compartirlo');
    });

    it('reports a server that answers neither JSON nor JSONP, and one that answers JSONP with something else', async () => {
      const down = mount((el) => {
        el.src = 'http://127.0.0.1:9/main_server';
        el.timeout = 3000;
      });
      expect((await down.failed).detail.code).to.equal('network');
      const odd = mount((el) => (el.src = `${otherOrigin()}/bmlt/not-jsonp/main_server`));
      expect((await odd.failed).detail.code).to.equal('not-json');
      expect(jsonpLeftovers()).to.deep.equal([]);
    });
  });

  describe('several sources', () => {
    it('merges sources of different formats, showing a meeting listed by both once', async () => {
      const { element, loaded } = mount((el) => {
        el.src = '/test-feed/valid\n  /bmlt/fictional/main_server';
        el.timezone = ZONE;
      });
      const event = await loaded;
      expect(event.detail.sources.map((report) => [report.format, report.meetings])).to.deep.equal([
        ['meeting-guide', 2],
        ['bmlt', 3],
      ]);
      expect(event.detail.meetings).to.equal(4);
      await rowsRendered(element, 4);
      expect(rowNames(element).filter((name) => name === 'Served Tuesday Group')).to.have.length(1);
      const kept = element.results.find((meeting) => meeting.name === 'Served Tuesday Group')!;
      expect(kept.source).to.equal(here('/test-feed/valid'));
      const merged = element.diagnostics.find((diagnostic) => diagnostic.code === 'duplicate-across-sources')!;
      expect(merged.source).to.equal(here('/bmlt/fictional/main_server'));
      expect(merged.message).to.contain(kept.id);
      expect(new Set(element.results.map((meeting) => meeting.id)).size).to.equal(4);
    });

    it('keeps ids stable across reloads and source order changes', async () => {
      const first = mount((el) => (el.src = '/test-feed/valid /bmlt/fictional/main_server'));
      await first.loaded;
      const second = mount((el) => (el.src = '/bmlt/fictional/main_server /test-feed/valid'));
      await second.loaded;
      const ids = (element: typeof first.element) => new Set(element.results.map((meeting) => meeting.id));
      const online = (element: typeof first.element) => element.results.find((meeting) => meeting.name === 'Saturday Online Recovery')!.id;
      expect(online(first.element)).to.equal(online(second.element));
      expect(ids(first.element).size).to.equal(ids(second.element).size);
    });

    it('shows what loaded when one source fails, names the one that failed, and retries', async () => {
      const errors: ErrorEventDetail[] = [];
      const { element, loaded } = mount((el) => {
        el.src = `/test-feed/flaky/${Math.random()} /bmlt/fictional/main_server`;
        el.timezone = ZONE;
        el.addEventListener('ml-error', (event) => errors.push(event.detail));
      });
      const event = await loaded;
      expect(event.detail.meetings).to.equal(3);
      expect(element.status).to.equal('ready');
      expect(errors.map((error) => [error.code, error.status])).to.deep.equal([['http', 503]]);
      await rowsRendered(element, 3);
      const notice = shadow(element).querySelector('[part="notice"]')!;
      expect(notice.textContent).to.contain(`Meetings from ${location.host} are missing.`);
      expect(notice.textContent).to.contain('HTTP 503');
      await expect(element).to.be.accessible();

      const again = new Promise((resolve) => element.addEventListener('ml-load', resolve, { once: true }));
      notice.querySelector('button')!.click();
      await again;
      await waitUntil(() => !shadow(element).querySelector('[part="notice"]'), 'notice gone after a successful retry');
      expect(element.results).to.have.length(4);
    });

    it('names every source when all of them fail', async () => {
      const { element, failed } = mount((el) => (el.src = '/test-feed/status/404 /test-feed/html'));
      await failed;
      await element.updateComplete;
      const items = [...shadow(element).querySelectorAll('[role="alert"] li')].map((item) => item.textContent!);
      expect(items).to.have.length(2);
      expect(items[0]).to.contain('HTTP 404');
      expect(items[1]).to.contain('not JSON');
    });

    it('reads inline data from a <script type="application/json"> child, beside src', async () => {
      const inline = JSON.stringify([{ slug: 'inline-1', name: 'Inline <b>Group</b>', day: 3, time: '18:00', types: ['W'] }]);
      const { element, loaded } = mount(
        (el) => {
          el.src = '/test-feed/valid';
          el.timezone = ZONE;
        },
        `<script type="application/json" id="extra">${inline}</script>`,
      );
      const event = await loaded;
      expect(event.detail.sources.map((report) => report.source)).to.deep.equal([here('/test-feed/valid'), 'inline:extra']);
      await rowsRendered(element, 3);
      expect(rowNames(element)).to.include('Inline <b>Group</b>');
    });

    it('reloads when the inline data changes', async () => {
      const { element, loaded } = mount(() => {}, '<script type="application/json">[{"slug":"a","name":"Before","day":1,"time":"10:00"}]</script>');
      await loaded;
      const again = new Promise((resolve) => element.addEventListener('ml-load', resolve, { once: true }));
      element.querySelector('script')!.textContent = '[{"slug":"a","name":"After","day":1,"time":"10:00"}]';
      await again;
      expect(element.results.map((meeting) => meeting.name)).to.deep.equal(['After']);
    });
  });
});
