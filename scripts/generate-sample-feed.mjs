// Writes the demo's fictional sample feeds:
//   demo/data/memphis-sample.json  a Meeting Guide JSON feed (scripts/sample-feed.mjs)
//   demo/data/bmlt-sample.json     a BMLT GetSearchResults answer with get_used_formats=1
//                                  (scripts/bmlt-sample-feed.mjs), sharing two meetings with the first
// Usage: node scripts/generate-sample-feed.mjs   (from any working directory)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSampleFeed } from './sample-feed.mjs';
import { generateBmltSampleFeed } from './bmlt-sample-feed.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function write(name, data) {
  const outPath = fileURLToPath(new URL(`../demo/data/${name}`, import.meta.url));
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, JSON.stringify(data, null, 1) + '\n');
  return relative(root, outPath);
}

const meetings = generateSampleFeed();
const mgPath = write('memphis-sample.json', meetings);
console.log(`Wrote ${meetings.length} fictional sample meetings (Meeting Guide format) to ${mgPath}`);

const bmlt = generateBmltSampleFeed(meetings);
const bmltPath = write('bmlt-sample.json', bmlt);
console.log(`Wrote ${bmlt.meetings.length} fictional sample meetings and ${bmlt.formats.length} formats (BMLT format) to ${bmltPath}`);
