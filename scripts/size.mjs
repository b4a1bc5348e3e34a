// Prints the first-load size of the built element: the entry a page's <script> loads plus every
// chunk it imports statically (what the browser must fetch before anything shows), gzip level 9.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const ENTRY = 'dist/cdn/meeting-locator.js';

function staticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static `import … from "./x.js"` and bare `import "./x.js"`; dynamic import() is excluded.
  for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    staticImports(join(dirname(file), match[1]), seen);
  }
  return seen;
}

export function firstLoad() {
  const files = [...staticImports(ENTRY)];
  const gzip = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  const raw = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
  return { files, raw, gzip };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(ENTRY)) {
    console.error(`${ENTRY} is missing: run the build first.`);
    process.exit(1);
  }
  const { files, raw, gzip } = firstLoad();
  console.log(`First load, ${ENTRY} (${files.length} ${files.length === 1 ? 'file' : 'files'}): ${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip`);
}
