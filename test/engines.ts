/**
 * The suite runs in Chromium, Firefox and WebKit (scripts/test.mjs). This module gives tests one way
 * to do what each engine does differently, and lists in one place every test an engine cannot run,
 * with the reason: such a test is reported as skipped in that engine, never as passed.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

function detect(): Engine {
  const agent = navigator.userAgent;
  if (/Firefox\//.test(agent)) return 'firefox';
  if (/Chrom(e|ium)\//.test(agent)) return 'chromium';
  return 'webkit';
}

/** The engine this page runs in. */
export const engine: Engine = detect();

/**
 * Every capability some engine lacks in this test setup, the engines that lack it, and why. A test
 * that needs one is declared with `itNeeds`, so the skips are counted and their reasons printed.
 */
export const ENGINE_GAPS = {
  mediaEmulation: {
    missingIn: ['firefox', 'webkit'],
    why: 'emulating CSS media (print, prefers-color-scheme, prefers-reduced-motion, forced-colors) is a DevTools-protocol command; Firefox over WebDriver BiDi and WebKitWebDriver offer none',
  },
  accessibilityTree: {
    missingIn: ['firefox', 'webkit'],
    why: 'the accessibility tree is read through the DevTools protocol’s Accessibility domain; Firefox over WebDriver BiDi and WebKitWebDriver expose none',
  },
  slottedRestyle: {
    missingIn: ['webkit'],
    why: 'WebKitGTK does not restyle slotted content when a custom property on the host changes after it was first styled (the page colours are measured again and set on the host, but the slotted text keeps its first colour until something else restyles it)',
  },
  requestBlocking: {
    missingIn: ['firefox', 'webkit'],
    why: 'failing some of a page’s requests, as a dropped connection does, is the DevTools protocol’s Fetch domain; Firefox over WebDriver BiDi and WebKitWebDriver offer no interception here',
  },
  requestCallTime: {
    missingIn: ['webkit'],
    why: 'WebKit’s Resource Timing startTime is taken when its loader starts the request, after the script that called fetch() has run on, so it cannot show that the call came before a later moment of that script',
  },
  listScrolledAfterOffscreenStart: {
    missingIn: ['webkit'],
    why: 'in WebKitGTK under Xvfb, a virtualized list first laid out while outside the window stops rendering new rows as it is scrolled from script (it does when it starts in view); not yet understood, see notes/issue-15-a11y.md',
  },
} as const satisfies Record<string, { missingIn: readonly Engine[]; why: string }>;

export type Gap = keyof typeof ENGINE_GAPS;

/** True when this engine can run a test that needs the capability. */
export function has(gap: Gap): boolean {
  return !(ENGINE_GAPS[gap].missingIn as readonly Engine[]).includes(engine);
}

/** `it`, skipped (and so counted as skipped) in the engines that lack the capability. */
export function itNeeds(gap: Gap, title: string, test: Mocha.Func | Mocha.AsyncFunc): Mocha.Test {
  return has(gap) ? it(title, test) : it.skip(`${title} [skipped in ${engine}: ${ENGINE_GAPS[gap].why}]`, test);
}

/**
 * Sets the page's viewport in any engine (the runner's own `setViewport` has no WebDriver support)
 * and returns the size it got: WebKit's window cannot be narrower than about 450 px, so a phone's
 * width there is had by giving the element's container that width (the element sizes itself by its
 * container, not the viewport).
 */
export async function setViewport(size: { width: number; height: number }): Promise<{ width: number; height: number }> {
  return (await executeServerCommand('viewport', size)) as { width: number; height: number };
}

/** Types the text key by key, as a person would: every key, repeated letters included. */
export async function typeText(text: string): Promise<void> {
  await executeServerCommand('type-text', { text });
}

/** Presses one named key ("Enter", "Tab", "Escape", " " …). */
export async function pressKey(key: string): Promise<void> {
  await executeServerCommand('press-key', { key });
}

/** Turns the mouse wheel over a point of the viewport (CSS px): positive deltaY scrolls down. */
export async function wheel(x: number, y: number, deltaY: number): Promise<void> {
  await executeServerCommand('wheel', { x, y, deltaY });
}

interface FakePosition {
  restore(): void;
}
let fake: FakePosition | undefined;

/**
 * Chromium: the browser's real Geolocation API, with permission and position set through the
 * DevTools protocol. Firefox and WebKit have no such command here, so the page's Geolocation API
 * answers with the position (or the refusal) instead: the element's code path is the same.
 */
async function position(answer: { latitude: number; longitude: number } | 'denied'): Promise<void> {
  if (engine === 'chromium') {
    if (answer === 'denied') await executeServerCommand('deny-geolocation');
    else await executeServerCommand('set-geolocation', answer);
    return;
  }
  restorePosition();
  const geolocation = navigator.geolocation;
  const own = Object.getOwnPropertyDescriptor(geolocation, 'getCurrentPosition');
  Object.defineProperty(geolocation, 'getCurrentPosition', {
    configurable: true,
    value: (success: PositionCallback, failure?: PositionErrorCallback | null) => {
      setTimeout(() => {
        if (answer === 'denied') {
          failure?.({ code: 1, message: 'User denied Geolocation', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 } as GeolocationPositionError);
        } else {
          const coords = { latitude: answer.latitude, longitude: answer.longitude, accuracy: 20, altitude: null, altitudeAccuracy: null, heading: null, speed: null };
          success({ coords: { ...coords, toJSON: () => coords }, timestamp: Date.now(), toJSON: () => ({ coords }) } as GeolocationPosition);
        }
      }, 10);
    },
  });
  fake = {
    restore: () => {
      if (own) Object.defineProperty(geolocation, 'getCurrentPosition', own);
      else delete (geolocation as { getCurrentPosition?: unknown }).getCurrentPosition;
    },
  };
}

/** Makes the next "Near me" find this position. */
export function setPosition(latitude: number, longitude: number): Promise<void> {
  return position({ latitude, longitude });
}

/** Makes the next "Near me" meet a refusal. */
export function denyPosition(): Promise<void> {
  return position('denied');
}

/** Undoes a page-level position (Firefox, WebKit); a no-op in Chromium. */
export function restorePosition(): void {
  fake?.restore();
  fake = undefined;
}
