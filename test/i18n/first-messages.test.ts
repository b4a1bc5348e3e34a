/**
 * The first load carries only some of English's messages (`languages/en-first.ts`); the rest come
 * with the finder's chunk. A message the first load's code shows that is not among them would read
 * "undefined" (or throw) until that chunk is in. This follows the element's static imports from its
 * entry, as the browser fetches them, and looks in each module for the names of English's messages.
 */
import { expect } from '@open-wc/testing';
import english from '../../src/i18n/languages/en.js';
import englishFirst from '../../src/i18n/languages/en-first.js';

const ENTRY = new URL('../../src/meeting-locator.ts', import.meta.url).href;

/** The modules a page loads before anything is imported on demand: static imports only, our own. */
async function firstLoad(url: string, code = new Map<string, string>()): Promise<Map<string, string>> {
  if (code.has(url)) return code;
  const text = await (await fetch(url)).text();
  code.set(url, text);
  // `import … from "./x.js"`, `export … from "./x.js"`, `import "./x.js"`; not `import("./x.js")`.
  for (const [, path] of text.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) {
    const next = new URL(path!, url);
    if (next.pathname.includes('/src/')) await firstLoad(next.href, code);
  }
  return code;
}

describe('the messages of the first load', () => {
  it('are all in its English: nothing it shows waits for the finder', async () => {
    const modules = await firstLoad(ENTRY);
    const names = [...modules.keys()].map((url) => new URL(url).pathname.replace(/^.*\/src\//, ''));
    expect(names, 'the walk found the element and its views').to.include.members(['ui/meeting-locator-element.ts', 'ui/feed-messages.ts', 'ui/map-pane.ts']);
    expect(names, "the finder's modules are not in it").to.not.include('ui/finder-view.ts');

    const first = new Set(Object.keys(englishFirst.strings));
    const used = new Map<string, string[]>();
    for (const [url, text] of modules) {
      if (/\/i18n\/languages\//.test(url)) continue;
      for (const key of Object.keys(english.strings)) {
        if (new RegExp(`[.'"]${key}\\b`).test(text)) used.set(key, [...(used.get(key) ?? []), new URL(url).pathname.replace(/^.*\/src\//, '')]);
      }
    }
    const missing = [...used].filter(([key]) => !first.has(key)).map(([key, where]) => `${key} (${where.join(', ')})`);
    expect(missing, 'messages the first load uses that come only with the finder').to.deep.equal([]);
  });
});
