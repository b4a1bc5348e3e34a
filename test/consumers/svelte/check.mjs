// The Svelte app's "build" is its type check: svelte-check on src/ must find nothing, and on wrong/
// it must find an error on each line that misuses the element (Svelte markup has no
// `@ts-expect-error`, so the expected errors are listed here by line).
import { spawnSync } from 'node:child_process';

const EXPECTED = { 6: 'src={42}', 7: 'view="grid"', 8: 'event.detail.count', 9: 'status (read-only)', 10: 'meetings="all"' };
const check = (tsconfig) => {
  const result = spawnSync('npx', ['svelte-check', '--tsconfig', tsconfig, '--output', 'machine', '--fail-on-warnings'], { encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
};

const good = check('./tsconfig.json');
if (good.status !== 0) {
  console.error(good.out);
  throw new Error('svelte-check found problems in src/');
}
const wrong = check('./tsconfig.wrong.json');
const lines = new Set([...wrong.out.matchAll(/^\d+ ERROR "[^"]*Wrong\.svelte" (\d+):\d+/gm)].map((match) => Number(match[1])));
const missed = Object.entries(EXPECTED).filter(([line]) => !lines.has(Number(line)));
if (missed.length) {
  console.error(wrong.out);
  throw new Error(`svelte-check accepted what it must reject: ${missed.map(([line, what]) => `line ${line} (${what})`).join(', ')}`);
}
console.log(`svelte-check: src/ clean; wrong/ rejected on lines ${[...lines].sort((a, b) => a - b).join(', ')}`);
