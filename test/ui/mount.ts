/**
 * Test helpers for the element: mount it with listeners attached before it can load (inline data
 * loads within a microtask), and wait for what a person would see.
 */
import { waitUntil } from '@open-wc/testing';
import { setViewport } from '../engines.js';
import { freezeClock, TEST_NOW } from './clock.js';
import '../../src/meeting-locator.js';
import type { MeetingLocator } from '../../src/ui/meeting-locator-element.js';
import type { ErrorEventDetail, LoadEventDetail } from '../../src/ui/events.js';

export interface Mounted {
  element: MeetingLocator;
  loaded: Promise<CustomEvent<LoadEventDetail>>;
  failed: Promise<CustomEvent<ErrorEventDetail>>;
}

const mounted: HTMLElement[] = [];
/** The test page's own URL: elements write their filters into it, and each test starts clean. */
const pageUrl = location.href;

export function mount(setup: (element: MeetingLocator) => void, children = '', containerLang?: string): Mounted {
  const element = document.createElement('meeting-locator');
  // Only when there are children: a page under Trusted Types refuses any innerHTML string.
  if (children) element.innerHTML = children;
  // The list alone unless a test asks for the map: MapLibre is tested where it is the subject.
  element.view = 'list';
  setup(element);
  const loaded = new Promise<CustomEvent<LoadEventDetail>>((resolve) => element.addEventListener('ml-load', resolve, { once: true }));
  const failed = new Promise<CustomEvent<ErrorEventDetail>>((resolve) => element.addEventListener('ml-error', resolve, { once: true }));
  const container = document.createElement('div');
  container.style.width = '900px';
  // The list is virtualized: only rows inside the scroller and the viewport exist. Tests use a
  // tall viewport (see `tallViewport`) and a list tall enough for their few meetings.
  element.style.setProperty('--ml-list-height', '1200px');
  if (containerLang) container.lang = containerLang;
  container.append(element);
  document.body.append(container);
  mounted.push(container);
  return { element, loaded, failed };
}

export function unmountAll(): void {
  for (const container of mounted.splice(0)) container.remove();
  history.replaceState(null, '', pageUrl);
}

export function shadow(element: MeetingLocator): ShadowRoot {
  return element.shadowRoot!;
}

/** Meeting rows currently rendered (the list is virtualized: only those in view). */
export function rows(element: MeetingLocator): HTMLElement[] {
  return [...shadow(element).querySelectorAll<HTMLElement>('article.meeting')];
}

export function rowNames(element: MeetingLocator): string[] {
  return rows(element).map((row) => row.querySelector('h4')!.textContent!.trim());
}

export async function rowsRendered(element: MeetingLocator, count?: number): Promise<void> {
  await waitUntil(() => (count === undefined ? rows(element).length > 0 : rows(element).length === count), `expected ${count ?? 'some'} rows`, { timeout: 5000 });
}

/**
 * Opens the filter panel (closed at first, so the first screen shows meetings) as a person would,
 * and waits for its options (they come in a chunk of their own).
 */
export async function openFilters(element: MeetingLocator): Promise<void> {
  const panel = shadow(element).querySelector<HTMLDetailsElement>('details.filters')!;
  if (!panel.open) panel.querySelector('summary')!.click();
  await waitUntil(() => panel.open && (panel.querySelector<HTMLElement>('label.chip')?.getBoundingClientRect().height ?? 0) > 0, 'the filter panel open', { timeout: 5000 });
}

/** The announced result count. */
export function statusText(element: MeetingLocator): string {
  return shadow(element).querySelector('.count-announcement[role="status"]')?.textContent?.trim() ?? '';
}

/** The count a person sees beside the list. */
export function shownCount(element: MeetingLocator): string {
  return shadow(element).querySelector('.count')?.textContent?.trim() ?? '';
}

/** A viewport tall enough for two mounted elements, so every row of a small feed renders. */
export async function tallViewport(): Promise<void> {
  await setViewport({ width: 1200, height: 3000 });
}

/**
 * What the element throws into the host page during a test: `error` events on `window` (uncaught
 * exceptions, and reports such as "ResizeObserver loop completed with undelivered notifications",
 * which host pages' error monitors log) and unhandled promise rejections.
 */
function watchHostPage(): { take(): string[]; stop(): void } {
  let seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String((event.reason as Error)?.message ?? event.reason)}`);
  window.addEventListener('error', onError, true);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    take: () => seen.splice(0),
    stop: () => {
      window.removeEventListener('error', onError, true);
      window.removeEventListener('unhandledrejection', onRejection);
      seen = [];
    },
  };
}

/**
 * The hooks every element test file needs, for the `describe` it is called in: a tall viewport,
 * the page cleaned after each test, and a failure for anything the element threw into the page.
 */
export function usePage(): void {
  let watch: ReturnType<typeof watchHostPage>;
  let thaw: () => void;
  before(async () => {
    // A fixed hour (clock.ts): what the element shows must not depend on when the suite runs.
    thaw = freezeClock(TEST_NOW);
    watch = watchHostPage();
    await tallViewport();
  });
  after(() => {
    watch.stop();
    thaw();
  });
  afterEach(async () => {
    unmountAll();
    // A report queued by the last frame of the test still counts.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const leaked = watch.take();
    // Thrown from the hook, so mocha fails the run naming the test that caused it.
    if (leaked.length) throw new Error(`The element threw into the host page: ${[...new Set(leaked)].join('; ')}`);
  });
}
