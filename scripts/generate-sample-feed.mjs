// Writes the demo's fictional sample feed to demo/data/memphis-sample.json.
// Usage: node scripts/generate-sample-feed.mjs   (from any working directory)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSampleFeed } from './sample-feed.mjs';

const outUrl = new URL('../demo/data/memphis-sample.json', import.meta.url);
const outPath = fileURLToPath(outUrl);
const root = fileURLToPath(new URL('..', import.meta.url));

const meetings = generateSampleFeed();
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, JSON.stringify(meetings, null, 1) + '\n');
console.log(`Wrote ${meetings.length} fictional sample meetings to ${relative(root, outPath)}`);
