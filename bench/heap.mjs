// Where the list's memory goes: the built element on a scaled SEPIA feed, loaded with the list alone
// (`view="list"`), the garbage collected, then a heap snapshot broken down by constructor (count,
// self size, and retained size from the snapshot's dominator tree), heaviest first.
//   npm run build && node bench/heap.mjs [--size 10000] [--top 40] [--save /tmp/list.heapsnapshot]
// The heap per meeting is about the same at every size, so 10,000 (a snapshot of ~100 MB to read)
// tells where 50,000's bytes go.
import { writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serveListPage } from './list-page.mjs';
import { CHROME_FLAGS, ensureChrome } from '../scripts/find-chrome.mjs';
import { scaleFeed } from './scale-feed.mjs';
import { benchArgs, readInputs } from './inputs.mjs';

const args = benchArgs();
const SIZE = Number(args.size ?? 10000);
const TOP = Number(args.top ?? 40);
const feed = JSON.stringify(scaleFeed(readInputs('bench'), SIZE));
const listPage = await serveListPage(feed);
const browser = await puppeteer.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_FLAGS });
let text;
let used;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(listPage.url);
  await page.waitForFunction(() => document.querySelector('meeting-locator')?.status === 'ready', { timeout: 120_000 });
  // What the element does at idle after the list (the details chunk, the device's copy) settles first.
  await new Promise((done) => setTimeout(done, 3000));
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
  text = chunks.join('');
} finally {
  await browser.close();
  listPage.close();
}
if (args.save) writeFileSync(args.save, text);
const snapshot = JSON.parse(text);
text = undefined;

const { meta } = snapshot.snapshot;
const NF = meta.node_fields.length;
const EF = meta.edge_fields.length;
const nodeTypes = meta.node_types[0];
const edgeTypes = meta.edge_types[0];
const [N_TYPE, N_NAME, N_SELF, N_EDGES] = ['type', 'name', 'self_size', 'edge_count'].map((field) => meta.node_fields.indexOf(field));
const [E_TYPE, E_TO] = ['type', 'to_node'].map((field) => meta.edge_fields.indexOf(field));
const { nodes, edges, strings } = snapshot;
const count = nodes.length / NF;
const WEAK = edgeTypes.indexOf('weak');
const SHORTCUT = edgeTypes.indexOf('shortcut');

// First edge of each node; then successors (strong edges) and predecessors.
const firstEdge = new Uint32Array(count + 1);
for (let i = 0, e = 0; i < count; i++) {
  firstEdge[i] = e;
  e += nodes[i * NF + N_EDGES] * EF;
}
firstEdge[count] = edges.length;
const strong = (e) => edges[e + E_TYPE] !== WEAK && edges[e + E_TYPE] !== SHORTCUT;

// Depth-first post order from the root (node 0), iteratively.
const order = new Int32Array(count).fill(-1);
const post = new Uint32Array(count);
let visited = 0;
{
  const stack = new Uint32Array(count);
  const cursor = new Uint32Array(count);
  const seen = new Uint8Array(count);
  let top = 0;
  stack[0] = 0;
  seen[0] = 1;
  cursor[0] = firstEdge[0];
  while (top >= 0) {
    const node = stack[top];
    let pushed = false;
    for (let e = cursor[node]; e < firstEdge[node + 1]; e += EF) {
      if (!strong(e)) continue;
      const to = edges[e + E_TO] / NF;
      if (seen[to]) continue;
      cursor[node] = e + EF;
      seen[to] = 1;
      stack[++top] = to;
      cursor[to] = firstEdge[to];
      pushed = true;
      break;
    }
    if (!pushed) {
      order[node] = visited;
      post[visited++] = node;
      top--;
    }
  }
}
// Predecessors of the reachable nodes, by strong edges.
const predCount = new Uint32Array(count + 1);
for (let i = 0; i < count; i++) {
  if (order[i] < 0) continue;
  for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += EF) if (strong(e)) predCount[edges[e + E_TO] / NF + 1]++;
}
for (let i = 0; i < count; i++) predCount[i + 1] += predCount[i];
const preds = new Uint32Array(predCount[count]);
{
  const fill = predCount.slice();
  for (let i = 0; i < count; i++) {
    if (order[i] < 0) continue;
    for (let e = firstEdge[i]; e < firstEdge[i + 1]; e += EF) if (strong(e)) preds[fill[edges[e + E_TO] / NF]++] = i;
  }
}
// Dominators (Cooper, Harvey and Kennedy's iteration over reverse post order).
const idom = new Int32Array(count).fill(-1);
idom[0] = 0;
const intersect = (a, b) => {
  while (a !== b) {
    while (order[a] < order[b]) a = idom[a];
    while (order[b] < order[a]) b = idom[b];
  }
  return a;
};
for (let changed = true; changed; ) {
  changed = false;
  for (let k = visited - 2; k >= 0; k--) {
    const node = post[k];
    let dom = -1;
    for (let p = predCount[node]; p < predCount[node + 1]; p++) {
      const pred = preds[p];
      if (idom[pred] < 0) continue;
      dom = dom < 0 ? pred : intersect(pred, dom);
    }
    if (dom >= 0 && idom[node] !== dom) {
      idom[node] = dom;
      changed = true;
    }
  }
}
// Retained sizes: each node's own plus what it dominates, children before parents (post order).
const retained = new Float64Array(count);
for (let k = 0; k < visited; k++) {
  const node = post[k];
  retained[node] += nodes[node * NF + N_SELF];
  if (node !== 0) retained[idom[node]] += retained[node];
}

// By constructor: V8's "object" nodes are named by their constructor; others by their type.
const groups = new Map();
for (let i = 0; i < count; i++) {
  if (order[i] < 0) continue;
  const type = nodeTypes[nodes[i * NF + N_TYPE]];
  const name = type === 'object' || type === 'closure' || type === 'native' ? `${strings[nodes[i * NF + N_NAME]]}` : `(${type})`;
  const key = type === 'closure' ? `${name} (closure)` : name;
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { count: 0, self: 0, retained: 0 }));
  group.count++;
  group.self += nodes[i * NF + N_SELF];
  // Retained by the group: only nodes not dominated by another of the same group count, so nested
  // members are not counted twice.
  let dominated = false;
  for (let d = idom[i]; d !== 0 && d >= 0; d = idom[d]) {
    if (groupKey(d) === key) {
      dominated = true;
      break;
    }
    if (idom[d] === d) break;
  }
  if (!dominated) group.retained += retained[i];
}
function groupKey(i) {
  const type = nodeTypes[nodes[i * NF + N_TYPE]];
  const name = type === 'object' || type === 'closure' || type === 'native' ? `${strings[nodes[i * NF + N_NAME]]}` : `(${type})`;
  return type === 'closure' ? `${name} (closure)` : name;
}
const total = retained[0];
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(2);
console.log(`\n${SIZE} meetings: used heap ${mb(used)} MB (Runtime.getHeapUsage), snapshot ${mb(total)} MB reachable, ${(used / SIZE).toFixed(0)} bytes a meeting\n`);
console.log('| constructor | count | self MB | retained MB | self bytes / meeting |');
console.log('|---|---|---|---|---|');
for (const [name, group] of [...groups].sort((a, b) => b[1].self - a[1].self).slice(0, TOP)) {
  console.log(`| ${name.slice(0, 60).replaceAll('|', '\\|')} | ${group.count} | ${mb(group.self)} | ${mb(group.retained)} | ${(group.self / SIZE).toFixed(1)} |`);
}
