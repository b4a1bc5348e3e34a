// The query work of a keystroke and a toggle alone (search, filters and counts, the list's rows: the
// view model's `finder`), in Node, for two source trees alternated in one process: no browser, no
// rendering, so the comparison is the query code's and far less noisy than a page's.
//   node bench/query-work.mjs --roots /path/to/main/src,src --size 200000 --rounds 5
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scaleFeed } from './scale-feed.mjs';
import { ROOT, benchArgs, median, readInputs } from './inputs.mjs';

const args = benchArgs();
const ROOTS = (args.roots ?? 'src').split(',').map((dir) => resolve(ROOT, dir));
const SIZE = Number(args.size ?? 200000);
const ROUNDS = Number(args.rounds ?? 5);
const QUERY = 'women step';
const NOW = new Date('2026-12-03T18:40:00-05:00');
const records = scaleFeed(readInputs('bench'), SIZE);

const out = mkdtempSync(join(tmpdir(), 'query-work-'));
const trees = [];
for (const [k, root] of ROOTS.entries()) {
  const entry = join(out, `entry${k}.ts`);
  writeFileSync(entry, ['feeds/meeting-guide.js', 'query/search-index.js', 'query/filter-index.js', 'query/view-model.js', 'state/filter-state.js']
    .map((file) => `export * from ${JSON.stringify(join(root, file.replace(/\.js$/, '.ts')))};`).join('\n'));
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: join(out, `tree${k}.mjs`), logLevel: 'error' });
  const tree = await import(pathToFileURL(join(out, `tree${k}.mjs`)).href);
  const { meetings } = tree.adaptMeetingGuide(records, { source: 'bench', timezone: 'America/New_York' });
  const searchIndex = tree.buildSearchIndex(meetings);
  const feed = { meetings, searchIndex, filterIndex: tree.buildFilterIndex(meetings), places: [], commonZone: undefined };
  trees.push({ root, tree, feed, keys: [], first: [], toggles: [] });
}

const stateOf = (filters) => ({ filters, filtersOpen: true, openLists: new Set(), regionQuery: '', panelToggles: new Map() });
const TOGGLES = [['days', 'today'], ['times', 'evening'], ['attendance', 'online'], ['attendance', 'in_person'], ['features', 'open'], ['days', 'tomorrow']];
let last;
for (let round = 0; round < ROUNDS; round++) {
  for (const one of round % 2 ? [...trees].reverse() : trees) {
    const { tree } = one;
    // A searcher of its own each round: it remembers its answers, and the first key is to be a scan.
    const feed = { ...one.feed, searcher: tree.createSearcher(one.feed.searchIndex) };
    const model = tree.createViewModel();
    const finder = (filters) => {
      const start = performance.now();
      const view = model.finder({ feed, state: stateOf(filters), now: NOW, timezone: 'America/New_York', unit: 'mi' });
      return [performance.now() - start, view];
    };
    let filters = { ...tree.EMPTY_FILTERS };
    finder(filters);
    for (let i = 1; i <= QUERY.length; i++) {
      const [ms] = finder((filters = { ...filters, q: QUERY.slice(0, i) }));
      one.keys.push(ms);
      // The first key of a search: a fresh view model and searcher state, so a scan of every meeting.
      if (i === 1) one.first.push(ms);
    }
    for (let i = QUERY.length - 1; i >= 0; i--) one.keys.push(finder((filters = { ...filters, q: QUERY.slice(0, i) }))[0]);
    const counts = [];
    for (const [dimension, option] of TOGGLES) {
      for (let on = 0; on < 2; on++) {
        const list = filters[dimension];
        filters = { ...filters, [dimension]: list.includes(option) ? list.filter((x) => x !== option) : [...list, option] };
        const [ms, view] = finder(filters);
        one.toggles.push(ms);
        counts.push(view.listed.length, JSON.stringify([...view.result.counts.features]).length);
      }
    }
    // Both trees must give the same lists (a check that the comparison is of equal work).
    if (round === 0) last ??= counts.join();
    if (round === 0 && counts.join() !== last) console.log(`note: ${one.root} listed other counts`);
  }
}
console.log(`${SIZE} meetings, ${ROUNDS} rounds alternated (Node ${process.version}); medians of ${trees[0].keys.length} keys and ${trees[0].toggles.length} toggles`);
for (const { root, keys, first, toggles } of trees) console.log(`${root}: key ${median(keys).toFixed(2)} ms, first key ${median(first).toFixed(2)} ms, toggle ${median(toggles).toFixed(2)} ms (max ${Math.max(...toggles).toFixed(1)})`);
