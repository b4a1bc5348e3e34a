/**
 * `heading-level`: the element's headings fit the page's outline (its article titled at h1, h2 or
 * h3), consistently: the list's day headings and rows, a meeting's details, the host's panels.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { itNeeds } from '../engines.js';
import { freezeClock } from './clock.js';
import { mount, rows, rowsRendered, shadow, usePage } from './mount.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';

const ZONE = 'America/Chicago';
const MEETINGS = [
  { slug: 'a', name: 'Sunrise Serenity', day: 2, time: '19:00', location: 'St. Mark’s', formatted_address: '100 Union Ave, Memphis, TN', notes: 'Side door.', types: ['O'] },
  { slug: 'b', name: 'Evening Hope', day: 3, time: '19:00', formatted_address: '1 Main St, Memphis, TN' },
].map((record) => ({ ...record, timezone: ZONE }));

/** Each heading's level as the accessibility API gets it (aria-level, else the tag's). */
const level = (heading: Element) => Number(heading.getAttribute('aria-level') ?? heading.tagName[1]);
const levels = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)].map(level);

async function mountAt(headingLevel: string | undefined): Promise<MeetingLocator> {
  const { element, loaded } = mount((el) => {
    el.timezone = ZONE;
    el.meetings = MEETINGS;
    if (headingLevel !== undefined) el.setAttribute('heading-level', headingLevel);
  }, '<section slot="faq"><p>What is NA?</p></section>');
  await loaded;
  await rowsRendered(element);
  return element;
}

async function openDetails(element: MeetingLocator): Promise<Element> {
  rows(element)[0]!.querySelector<HTMLAnchorElement>('a.open')!.click();
  await waitUntil(() => shadow(element).querySelector('.detail h4'), 'the details', { timeout: 5000 });
  return shadow(element).querySelector('.detail')!;
}

describe('<meeting-locator> heading-level', () => {
  usePage();
  let thaw: () => void;
  beforeEach(() => (thaw = freezeClock('2026-11-24T15:00:00Z')));
  afterEach(() => thaw());

  it('by default: day headings, panels and a meeting’s name in its details at 3, their parts at 4, with no aria-level written', async () => {
    const element = await mountAt(undefined);
    const root = shadow(element);
    expect(levels(root, 'h3.day')).to.deep.equal([3, 3]);
    expect(levels(root, '.meeting h4')).to.deep.equal([4, 4]);
    expect(levels(root, '.panel-heading')).to.deep.equal([3, 3]);
    expect(root.querySelectorAll('[aria-level]').length).to.equal(0);
    expect(element.diagnostics.filter((d) => d.code === 'invalid-heading-level')).to.deep.equal([]);
  });

  it('heading-level="2" lifts every heading one level, the list’s rows and a meeting’s details included', async () => {
    const element = await mountAt('2');
    const root = shadow(element);
    expect(levels(root, 'h3.day')).to.deep.equal([2, 2]);
    expect(levels(root, '.meeting h4')).to.deep.equal([3, 3]);
    expect(levels(root, '.panel-heading')).to.deep.equal([2, 2]);
    const detail = await openDetails(element);
    expect(level(detail.querySelector('h3')!)).to.equal(2);
    expect(new Set(levels(detail, 'h4'))).to.deep.equal(new Set([3]));
    await expect(element).to.be.accessible();
  });

  it('heading-level="5" puts the parts at 6, and going back to 3 takes aria-level away', async () => {
    const element = await mountAt('5');
    const root = shadow(element);
    expect(levels(root, 'h3.day')).to.deep.equal([5, 5]);
    expect(levels(root, '.meeting h4')).to.deep.equal([6, 6]);
    element.headingLevel = 3;
    await element.updateComplete;
    expect(root.querySelectorAll('[aria-level]').length).to.equal(0);
  });

  it('a value outside 2–6 means 3, with an invalid-heading-level warning', async () => {
    for (const bad of ['7', '1', 'two', '']) {
      const element = await mountAt(bad);
      expect(levels(shadow(element), 'h3.day'), bad).to.deep.equal([3, 3]);
      expect(shadow(element).querySelectorAll('[aria-level]').length, bad).to.equal(0);
      const warning = element.diagnostics.find((d) => d.code === 'invalid-heading-level');
      expect(warning?.message, bad).to.equal(`heading-level="${bad}" is not a whole number from 2 to 6; 3 is used.`);
      element.parentElement!.remove();
    }
  });

  itNeeds('accessibilityTree', 'gives a screen reader (the accessibility tree) the shifted levels', async () => {
    const element = await mountAt('2');
    const headings = async () => {
      const nodes = (await executeServerCommand('ax-nodes', { roles: ['heading'] })) as Array<{ name: string; level: number }>;
      // A row's heading is named by its link ("Sunrise Serenity, Tuesday 7:00 PM, …").
      return (name: string) => nodes.find((node) => node.name.replace(/\s+/g, ' ').trim() === name || node.name.startsWith(`${name},`))?.level;
    };
    let of = await headings();
    expect(of('Tuesday · Today')).to.equal(2);
    expect(of('Sunrise Serenity')).to.equal(3);
    expect(of('Questions and answers')).to.equal(2);
    await openDetails(element);
    of = await headings();
    expect(of('Sunrise Serenity')).to.equal(2);
    expect(of('Where')).to.equal(3);
  });
});
