/**
 * The element on a page styled like a careless WordPress theme. Page rules cannot reach into the
 * shadow root, but inherited properties and rem sizes do, and rules for `*` reach the host itself.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';
import { mount, openFilters, rows, rowsRendered, shadow, usePage } from './mount.js';

const THEME = `
  * { box-sizing: content-box !important }
  button { background: hotpink; border: 5px solid lime; padding: 30px; text-transform: uppercase; font: 30px serif; width: 100% }
  a { color: red; text-decoration: underline wavy; }
  li { list-style: square; margin: 40px }
  h2, h3, h4 { font-size: 50px; text-transform: uppercase; letter-spacing: 5px }
  html { font-size: 22px }
  body { line-height: 3; letter-spacing: 2px; text-align: center }
`;

const FAQ = `<details slot="faq" id="faq">
  <summary>What happens at a meeting?</summary>
  <ul><li>People share their experience.</li><li>Nobody has to speak.</li></ul>
</details>`;

const MEETINGS = [0, 1, 2, 3, 4, 5, 6].map((day) => ({
  slug: `m${day}`,
  name: `Meeting with a fairly long name to wrap, day ${day}`,
  day,
  time: '19:00',
  end_time: '20:30',
  ...(day % 2 ? { conference_url: 'https://zoom.us/j/5550100' } : { location: 'Fellowship Hall', formatted_address: '1234 Long Street Name Boulevard, Memphis, TN 38103, USA' }),
  types: ['O', 'W', 'ST', 'X'],
}));

const HOTPINK = 'rgb(255, 105, 180)';
const LIME = 'rgb(0, 255, 0)';

async function mountOnThemedPage(width: number): Promise<MeetingLocator> {
  const { element, loaded } = mount((el) => {
    el.timezone = 'America/Chicago';
    el.meetings = MEETINGS;
  }, FAQ);
  element.parentElement!.style.width = `${width}px`;
  await loaded;
  await rowsRendered(element);
  // The filter panel open, so its chips are on the page too.
  await openFilters(element);
  return element;
}

/** Everything in the shadow root that is drawn outside the element's own box, sideways. */
function overflowing(element: MeetingLocator): string[] {
  const box = element.getBoundingClientRect();
  const out: string[] = [];
  for (const node of shadow(element).querySelectorAll('*')) {
    const rect = node.getBoundingClientRect();
    // "Go to a day" scrolls sideways by design: its links past its edge are clipped (the nav's own box is checked).
    if (rect.width === 0 || rect.height === 0 || node.closest('.visually-hidden') || node.parentElement?.closest('.days')) continue;
    if (rect.left < box.left - 1 || rect.right > box.right + 1) out.push(`${node.localName}.${[...node.classList].join('.')} ${Math.round(rect.left)}–${Math.round(rect.right)}`);
  }
  for (const scroller of shadow(element).querySelectorAll<HTMLElement>('.list')) {
    if (scroller.scrollWidth > scroller.clientWidth + 1) out.push(`.list scrolls sideways (${scroller.scrollWidth} > ${scroller.clientWidth})`);
  }
  if (element.scrollWidth > element.clientWidth + 1) out.push(`the element scrolls sideways (${element.scrollWidth} > ${element.clientWidth})`);
  return out;
}

describe('on a hostile page theme', () => {
  usePage();
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.createElement('style');
    sheet.textContent = THEME;
    document.head.append(sheet);
  });
  afterEach(() => sheet.remove());

  for (const width of [360, 900]) {
    it(`fits ${width} px with a 22 px base font, with nothing sideways`, async () => {
      const element = await mountOnThemedPage(width);
      expect(getComputedStyle(element).fontSize, 'the base font follows the page rem').to.equal('22px');
      expect(element.getBoundingClientRect().width).to.equal(width);
      expect(overflowing(element)).to.deep.equal([]);
      // With the filter panel and its long lists open too (on a phone it starts closed).
      await openFilters(element);
      for (const more of shadow(element).querySelectorAll<HTMLDetailsElement>('details.more')) if (!more.open) more.querySelector('summary')!.click();
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('.chip').length).to.be.greaterThan(10);
      expect(overflowing(element)).to.deep.equal([]);
    });
  }

  it("keeps its own buttons: not the theme's pink, lime, padding, uppercase, serif or full width", async () => {
    const element = await mountOnThemedPage(900);
    const root = shadow(element);
    const accent = getComputedStyle(element).getPropertyValue('--_ml-color-accent').trim();
    expect(accent).to.equal('#0b5cad');
    for (const button of root.querySelectorAll('button')) {
      const style = getComputedStyle(button);
      expect(style.backgroundColor).not.to.equal(HOTPINK);
      expect(style.borderTopColor).not.to.equal(LIME);
      expect(style.borderTopWidth).not.to.equal('5px');
      expect(style.paddingTop).not.to.equal('30px');
      expect(style.textTransform).to.equal('none');
      expect(style.fontFamily).to.equal(getComputedStyle(element).fontFamily);
    }
    const nearMe = root.querySelector('.near-me')!;
    expect(getComputedStyle(nearMe).borderTopColor).to.equal('rgb(11, 92, 173)');
    expect(getComputedStyle(nearMe).borderTopWidth).to.equal('1px');
    expect(nearMe.getBoundingClientRect().width).to.be.lessThan(element.getBoundingClientRect().width / 2);
  });

  it('keeps its headings, links and rows readable: no uppercase, 50 px, spacing, centring or triple line height', async () => {
    const element = await mountOnThemedPage(900);
    const root = shadow(element);
    for (const heading of root.querySelectorAll('h3, h4')) {
      const style = getComputedStyle(heading);
      expect(style.textTransform, heading.textContent!).to.equal('none');
      expect(parseFloat(style.fontSize)).to.be.below(30);
      expect(style.letterSpacing).to.equal('normal');
    }
    for (const row of rows(element)) {
      const style = getComputedStyle(row);
      expect(style.textAlign).to.equal('start');
      expect(style.letterSpacing).to.equal('normal');
      expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.below(1.6);
    }
    const link = getComputedStyle(root.querySelector('.meeting .links a')!);
    expect(link.color).not.to.equal('rgb(255, 0, 0)');
    expect(link.textDecorationStyle).to.equal('solid');
  });

  it('sizes its own boxes border-box, whatever the page says about *', async () => {
    const element = await mountOnThemedPage(360);
    const root = shadow(element);
    for (const selector of ['.search input', 'button', '.list', 'article.meeting', '.chip', '.filters']) {
      const node = root.querySelector(selector);
      expect(node, selector).to.exist;
      expect(getComputedStyle(node!).boxSizing, selector).to.equal('border-box');
    }
  });

  it("renders the host's slotted FAQ, which keeps the host's own styles", async () => {
    const element = await mountOnThemedPage(900);
    const faq = element.querySelector<HTMLDetailsElement>('#faq')!;
    expect(faq.assignedSlot?.name).to.equal('faq');
    await waitUntil(() => faq.getBoundingClientRect().height > 0, 'the FAQ is shown');
    // The light DOM keeps the page's rules: that is the host's content, styled as the host wants.
    expect(getComputedStyle(faq.querySelector('li')!).listStyleType).to.equal('square');
    faq.querySelector('summary')!.click();
    expect(faq.open).to.equal(true);
    expect(faq.querySelector('li')!.getBoundingClientRect().height).to.be.greaterThan(0);
    const box = element.getBoundingClientRect();
    expect(faq.getBoundingClientRect().right).to.be.at.most(box.right + 1);
  });
});
