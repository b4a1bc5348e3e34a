import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { has, itNeeds } from '../engines.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';
import { prefersReducedMotion } from '../../src/map/motion.js';
import { mount, openFilters, rowsRendered, shadow, usePage } from './mount.js';

/** A meeting on every weekday (so "Today" and "Tomorrow" headings exist), in person, online and hybrid. */
const MEETINGS = [0, 1, 2, 3, 4, 5, 6].map((day) => ({
  slug: `m${day}`,
  name: `Meeting ${day}`,
  day,
  time: '18:30',
  ...(day % 3 !== 1 ? { location: 'Fellowship Hall', formatted_address: '100 Union Ave, Memphis, TN' } : {}),
  ...(day % 3 !== 0 ? { conference_url: 'https://zoom.us/j/5550100' } : {}),
  types: ['O'],
}));

async function mountShown(setup: (element: MeetingLocator) => void = () => {}): Promise<MeetingLocator> {
  const { element, loaded } = mount((el) => {
    el.timezone = 'America/Chicago';
    el.meetings = MEETINGS;
    setup(el);
  });
  await loaded;
  await rowsRendered(element);
  // The filter panel open, so its chips are on the page too.
  await openFilters(element);
  return element;
}

// --- Colour arithmetic (WCAG 2.x relative luminance and contrast ratio) ---------------------------

type Rgba = [number, number, number, number];

/** A computed colour: Chrome gives `rgb()`/`rgba()`, or `color(srgb …)` for `color-mix()`. */
function parseColor(text: string): Rgba {
  const rgb = /^rgba?\(([^)]+)\)$/.exec(text);
  if (rgb) {
    const [r, g, b, a] = rgb[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r!, g!, b!, a ?? 1];
  }
  const srgb = /^color\(srgb ([^)]+)\)$/.exec(text);
  if (srgb) {
    const [r, g, b, a] = srgb[1]!.split(/[\s/]+/).filter(Boolean).map(Number);
    return [r! * 255, g! * 255, b! * 255, a ?? 1];
  }
  throw new Error(`Unparsed colour ${text}`);
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast of a foreground over an opaque background (a translucent foreground is blended first). */
function contrast(foreground: string, background: string): number {
  const bg = parseColor(background);
  const fg = parseColor(foreground);
  const a = fg[3];
  const blended: Rgba = [fg[0] * a + bg[0] * (1 - a), fg[1] * a + bg[1] * (1 - a), fg[2] * a + bg[2] * (1 - a), 1];
  const [hi, lo] = [luminance(blended), luminance(bg)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The colour painted behind a node: its own background, else the nearest ancestor's (across the shadow boundary). */
function backgroundOf(node: Element): string {
  for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)) {
    const color = getComputedStyle(at).backgroundColor;
    if (parseColor(color)[3] > 0) return color;
  }
  return 'rgb(255, 255, 255)';
}

/** A token pair as the element resolves it, from a probe inside its shadow root (so the theme applies). */
function tokenPair(element: MeetingLocator, foreground: string, background: string): { fg: string; bg: string } {
  const probe = document.createElement('span');
  probe.style.color = `var(--_ml-color-${foreground})`;
  probe.style.backgroundColor = `var(--_ml-color-${background})`;
  shadow(element).append(probe);
  const style = getComputedStyle(probe);
  const pair = { fg: style.color, bg: style.backgroundColor };
  probe.remove();
  return pair;
}

/** Text on the background it is drawn on: 4.5:1 for AA. */
const TEXT_PAIRS: Array<[string, string]> = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent-text', 'accent'],
  ['error', 'bg'],
  ['error', 'surface'],
  ['warning', 'bg'],
  ['warning', 'surface'],
  ['online', 'bg'],
  ['in-person', 'bg'],
  ['in-person', 'surface'],
];

function expectAaContrast(element: MeetingLocator, palette: string): void {
  for (const [fg, bg] of TEXT_PAIRS) {
    const pair = tokenPair(element, fg, bg);
    expect(contrast(pair.fg, pair.bg), `${palette}: ${fg} on ${bg} (${pair.fg} on ${pair.bg})`).to.be.at.least(4.5);
  }
  // Input and chip edges are what show a control is there: 3:1 for non-text contrast.
  const edge = tokenPair(element, 'control-border', 'bg');
  expect(contrast(edge.fg, edge.bg), `${palette}: control border`).to.be.at.least(3);

  // And what is actually drawn, on whatever is behind it.
  const root = shadow(element);
  const drawn = (selector: string) => {
    const node = root.querySelector(selector)!;
    expect(node, selector).to.exist;
    return contrast(getComputedStyle(node).color, backgroundOf(node));
  };
  for (const selector of ['.meeting h4', '.meeting .where', '.meeting .types', '.badge.in_person', '.badge.online', '.badge.hybrid', '.meeting .links a', 'h3.day', 'h3.day small', '.chip .n', '.near-me']) {
    expect(drawn(selector), `${palette}: ${selector}`).to.be.at.least(4.5);
  }
}

const LIGHT_BG = 'rgb(255, 255, 255)';
const LIGHT_TEXT = 'rgb(29, 31, 35)';
const DARK_BG = 'rgb(21, 23, 27)';
const DARK_TEXT = 'rgb(232, 234, 237)';

function colours(element: MeetingLocator): { bg: string; text: string; scheme: string } {
  const style = getComputedStyle(element);
  return { bg: style.backgroundColor, text: style.color, scheme: style.colorScheme };
}

describe('theme', () => {
  usePage();
  // Back to no emulation: an empty feature list clears what the previous test asked for.
  afterEach(async () => {
    if (has('mediaEmulation')) await emulateMedia({});
  });

  it('is light by default', async () => {
    const element = await mountShown();
    expect(colours(element)).to.deep.equal({ bg: LIGHT_BG, text: LIGHT_TEXT, scheme: 'light' });
  });

  itNeeds('mediaEmulation', 'follows a dark colour scheme preference', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await mountShown();
    expect(colours(element)).to.deep.equal({ bg: DARK_BG, text: DARK_TEXT, scheme: 'dark' });
    // Native controls (the search field, checkboxes) are dark too.
    expect(getComputedStyle(shadow(element).querySelector('input')!).colorScheme).to.equal('dark');
  });

  itNeeds('mediaEmulation', 'stays light with theme="light" when the person prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await mountShown((el) => el.setAttribute('theme', 'light'));
    expect(colours(element)).to.deep.equal({ bg: LIGHT_BG, text: LIGHT_TEXT, scheme: 'light' });
  });

  itNeeds('mediaEmulation', 'is dark with theme="dark" when the person prefers light, and switches when the attribute changes', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const element = await mountShown((el) => el.setAttribute('theme', 'dark'));
    expect(colours(element)).to.deep.equal({ bg: DARK_BG, text: DARK_TEXT, scheme: 'dark' });
    element.removeAttribute('theme');
    expect(colours(element).bg).to.equal(LIGHT_BG);
  });

  itNeeds('mediaEmulation', "lets the host's --ml-* tokens win in the dark theme too", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await mountShown((el) => el.style.setProperty('--ml-color-bg', 'rgb(1, 2, 3)'));
    expect(colours(element).bg).to.equal('rgb(1, 2, 3)');
    // Tokens it did not set keep their dark defaults.
    expect(colours(element).text).to.equal(DARK_TEXT);
    element.setAttribute('theme', 'dark');
    expect(colours(element).bg).to.equal('rgb(1, 2, 3)');
  });

  it('meets WCAG AA contrast in the light palette', async () => {
    const element = await mountShown();
    expectAaContrast(element, 'light');
  });

  itNeeds('mediaEmulation', 'meets WCAG AA contrast in the dark palette', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const element = await mountShown();
    expectAaContrast(element, 'dark');
  });

  describe('forced colours (high contrast)', () => {
    // Puppeteer's emulateMedia cannot ask for forced-colors: a server command talks to Chrome directly.
    beforeEach(async function () {
      if (!has('mediaEmulation')) return;
      try {
        await executeServerCommand('emulate-media-features', { features: { 'forced-colors': 'active' } });
      } catch {
        console.warn('forced-colors tests skipped: register mediaFeaturesPlugin() (test/server/media-features-plugin.mjs) in web-test-runner.config.js');
        this.skip();
      }
    });
    afterEach(async () => {
      if (!has('mediaEmulation')) return;
      await executeServerCommand('emulate-media-features', { features: {} }).catch(() => undefined);
    });

    itNeeds('mediaEmulation', 'keeps visible borders on buttons, chips and badges, and marks selected chips by more than colour', async () => {
      const element = await mountShown((el) => (el.attendance = 'online'));
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const root = shadow(element);
      const edged = (node: Element) => {
        const style = getComputedStyle(node);
        return style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) >= 1 && contrast(style.borderTopColor, backgroundOf(node)) >= 3;
      };
      for (const selector of ['.near-me', '.chip', '.badge']) {
        expect(edged(root.querySelector(selector)!), `${selector} has a visible border`).to.equal(true);
      }
      const on = root.querySelector('.chip.on')!;
      const off = root.querySelector('.chip:not(.on)')!;
      expect(parseFloat(getComputedStyle(on).borderTopWidth)).to.be.greaterThan(parseFloat(getComputedStyle(off).borderTopWidth));
    });

    itNeeds('mediaEmulation', 'keeps the focus ring visible', async () => {
      const element = await mountShown();
      const input = shadow(element).querySelector('input')!;
      input.focus();
      const style = getComputedStyle(input);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(contrast(style.outlineColor, backgroundOf(element))).to.be.at.least(3);
    });
  });

  describe('reduced motion', () => {
    itNeeds('mediaEmulation', 'animates nothing when the person asks for less motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await mountShown();
      const root = shadow(element);
      expect(prefersReducedMotion()).to.equal(true);
      expect(getComputedStyle(root.querySelector('.list')!).scrollBehavior).to.equal('auto');
      // Buttons change colour at once (a fading colour would also be mid-contrast for a moment).
      for (const selector of ['.near-me', '.chip']) {
        expect(getComputedStyle(root.querySelector(selector)!).transitionDuration, selector).to.match(/^0s(, 0s)*$/);
      }
    });

    itNeeds('mediaEmulation', 'tells the map it may animate otherwise', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      await mountShown();
      expect(prefersReducedMotion()).to.equal(false);
    });
  });
});

/** The colour painted behind a slotted node, through the flat tree: its own, else its slot's ancestors'. */
function paintedBehind(node: Element): string {
  for (let at: Element | null = node; at; at = at.assignedSlot ?? at.parentElement ?? ((at.getRootNode() as ShadowRoot).host || null)) {
    const color = getComputedStyle(at).backgroundColor;
    if (parseColor(color)[3] > 0) return color;
  }
  return 'rgb(255, 255, 255)';
}

describe('theme: the host’s slotted content', () => {
  usePage();
  const PAGE_TEXT = 'rgb(34, 34, 34)';
  const PAGE_BG = 'rgb(255, 255, 255)';
  /** A notice with a light background of its own, as the demo's footer has. */
  const SLOTTED = `<p slot="footer" id="notice" style="background: rgb(246, 240, 222)">Demo data: not real meetings.</p>
    <section slot="faq" id="faq"><p>What is NA?</p></section>`;
  beforeEach(() => {
    document.body.style.color = PAGE_TEXT;
    document.body.style.background = PAGE_BG;
  });
  afterEach(() => {
    document.body.style.color = '';
    document.body.style.background = '';
  });

  async function mountDark(setup: (element: MeetingLocator) => void = () => {}): Promise<MeetingLocator> {
    const { element, loaded } = mount((el) => {
      el.timezone = 'America/Chicago';
      el.meetings = MEETINGS;
      el.setAttribute('theme', 'dark');
      setup(el);
    }, SLOTTED);
    await loaded;
    await rowsRendered(element);
    // The FAQ panel open, so its content is drawn.
    shadow(element).querySelector<HTMLButtonElement>('#faq-toggle')!.click();
    await element.updateComplete;
    return element;
  }

  it('keeps the page’s colours in the dark theme: only the element’s own surfaces are dark', async () => {
    const element = await mountDark();
    expect(colours(element).bg).to.equal(DARK_BG);
    const notice = element.querySelector('#notice')!;
    const faq = element.querySelector('#faq p')!;
    expect(getComputedStyle(notice).color).to.equal(PAGE_TEXT);
    expect(getComputedStyle(faq).color).to.equal(PAGE_TEXT);
    expect(paintedBehind(faq)).to.equal(PAGE_BG);
    for (const node of [notice, faq]) {
      expect(contrast(getComputedStyle(node).color, paintedBehind(node)), node.textContent!).to.be.at.least(4.5);
    }
    await expect(element).to.be.accessible();
  });

  it('follows the element’s theme when the host opts in (--ml-slotted-color, --ml-slotted-background)', async () => {
    const element = await mountDark((el) => {
      el.style.setProperty('--ml-slotted-color', DARK_TEXT);
      el.style.setProperty('--ml-slotted-background', 'transparent');
    });
    const faq = element.querySelector('#faq p')!;
    expect(getComputedStyle(faq).color).to.equal(DARK_TEXT);
    expect(paintedBehind(faq)).to.equal(DARK_BG);
    expect(contrast(getComputedStyle(faq).color, paintedBehind(faq))).to.be.at.least(4.5);
  });

  itNeeds('slottedRestyle', 'measures the page again when the theme changes', async () => {
    const element = await mountDark();
    document.body.style.color = 'rgb(0, 0, 128)';
    element.setAttribute('theme', 'light');
    await element.updateComplete;
    expect(getComputedStyle(element.querySelector('#faq p')!).color).to.equal('rgb(0, 0, 128)');
  });
});
