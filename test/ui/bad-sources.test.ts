/**
 * What a person sees when one of the element's sources is bad: the others' meetings, and a notice
 * that names the bad one and why — never "Check your connection" for an address that is not one.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ErrorEventDetail, LoadEventDetail } from '../../src/ui/events.js';
import { mount, rows, rowsRendered, shadow, usePage } from './mount.js';

const notice = (element: HTMLElement) => shadow(element as never).querySelector('[part="notice"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('a bad source among good ones', () => {
  usePage();

  for (const [written, says] of [
    ['http://[bad', 'not a valid web address'],
    ['javascript:alert(1)', 'not a web (http or https) address'],
    ['about:blank', 'not a web (http or https) address'],
  ] as const) {
    it(`src="/test-feed/valid ${written}": the good meetings, and the bad one named with why`, async () => {
      const errors: ErrorEventDetail[] = [];
      const { element, loaded } = mount((el) => {
        el.timezone = 'America/Chicago';
        el.src = `/test-feed/valid ${written}`;
        el.addEventListener('ml-error', (event) => errors.push((event as CustomEvent<ErrorEventDetail>).detail));
      });
      const load = (await loaded).detail as LoadEventDetail;
      await rowsRendered(element, 2);
      expect(element.status).to.equal('ready');
      expect(load.meetings).to.equal(2);
      await waitUntil(() => notice(element), 'the notice');
      expect(notice(element)).to.contain(`Meetings from ${written.slice(0, 11)}`);
      expect(notice(element)).to.contain(says);
      expect(notice(element)).not.to.contain('Check your connection');
      expect(errors).to.have.length(1);
      expect(errors[0]!.source).to.contain(written.slice(0, 5));
      expect(errors[0]!.source).not.to.contain('/test-feed/valid');
      await expect(element).to.be.accessible();
    });
  }

  it('an all-invalid source keeps its reasons beside a good one, and ml-load counts its records', async () => {
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.src = '/test-feed/valid';
    }, '<script type="application/json">[{"slug":"a","name":"Bad day","day":"someday","time":"08:00"}]</script>');
    const load = (await loaded).detail as LoadEventDetail;
    await rowsRendered(element);
    expect(load.records).to.equal(3);
    expect(load.skipped).to.equal(1);
    expect(element.diagnostics.some((diagnostic) => diagnostic.severity === 'error' && diagnostic.source.startsWith('inline'))).to.equal(true);
    expect(rows(element).length).to.equal(2);
  });
});

describe('the timeout attribute', () => {
  usePage();

  for (const written of ['', 'abc', '30s', '0', '-5', '2147483648']) {
    it(`timeout="${written}" falls back to the default with a warning, and the feed loads`, async () => {
      const { element, loaded } = mount((el) => {
        el.timezone = 'America/Chicago';
        el.setAttribute('timeout', written);
        el.src = '/test-feed/slow/300';
      });
      await loaded;
      await rowsRendered(element);
      expect(element.status).to.equal('ready');
      const warning = element.diagnostics.find((diagnostic) => diagnostic.code === 'invalid-timeout');
      expect(warning?.message).to.contain(`timeout="${written}"`);
    });
  }

  it('timeout="1000" is taken as it is, without a warning', async () => {
    const { element, failed } = mount((el) => {
      el.setAttribute('timeout', '1000');
      el.src = '/test-feed/hang';
    });
    const error = (await failed).detail;
    expect(error.code).to.equal('timeout');
    expect(error.message).to.contain('within 1 s');
    expect(element.diagnostics.some((diagnostic) => diagnostic.code === 'invalid-timeout')).to.equal(false);
  });
});
