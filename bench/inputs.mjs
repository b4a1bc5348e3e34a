// What every benchmark reads: its options (`--runs 5 --sizes 2038,10000`), and the real SEPIA feed
// from ../shared/feeds (in place, never copied) beside the built element. A benchmark without them
// says why and stops (skipped without the feed; an error without the build).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const SEPIA = resolve(ROOT, '../shared/feeds/meeting-guide/tsml-ui-git_public-data-aasepia_SEPIA-Philadelphia_2038-meetings.json');

/** `--name value` pairs (and bare `--flag`s, as keys with no value). */
export function benchArgs(argv = process.argv.slice(2)) {
  return Object.fromEntries(argv.join(' ').split('--').filter(Boolean).map((pair) => pair.trim().split(/\s+/)));
}

/** The SEPIA records; exits when the feed or the build is missing. `script` names the npm script that builds first. */
export function readInputs(script) {
  if (!existsSync(SEPIA)) {
    console.log(`Skipped: ${SEPIA} is absent (the benchmark reads ../shared/feeds in place).`);
    process.exit(0);
  }
  if (!existsSync(join(ROOT, 'dist/cdn/meeting-locator.js'))) {
    console.error(`dist/ is missing: run \`npm run build\` first (npm run ${script} does).`);
    process.exit(1);
  }
  return JSON.parse(readFileSync(SEPIA, 'utf8'));
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * For a benchmark page's <script>: `window.__firstRow` settles with the time the first meeting row
 * is on screen, polled every frame from the start, so it is measured from navigation.
 */
export const FIRST_ROW_SCRIPT = `
  window.__firstRow = new Promise((resolve) => {
    const check = () => {
      const row = document.querySelector('meeting-locator')?.shadowRoot?.querySelector('article.meeting');
      if (row && row.getBoundingClientRect().height > 0) resolve(performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });`;
