/**
 * A fixed clock for browser tests: `new Date()` and `Date.now()` give the chosen instant, while
 * timers keep running (the element's loading and rendering still work). Dates built from a value
 * are untouched.
 */
/**
 * Where every test of the element stands in time unless it freezes its own (`usePage` freezes it):
 * Friday 4 December 2026, 12:00 noon in Memphis (the suite's zone). What the element shows depends on
 * the hour — "Still possible today/tonight", "In 20 min", "Today" — and a test on the real clock
 * passes at some hours of the day and fails at others. `ML_AT=<ISO instant> npm test …` moves it, to
 * run the suite at another hour (web-test-runner.config.js hands it to the page).
 */
export const TEST_NOW: string = (globalThis as { __ML_TEST_AT__?: string }).__ML_TEST_AT__ ?? '2026-12-04T18:00:00Z';

export function freezeClock(iso: string): () => void {
  const RealDate = Date;
  const fixed = new RealDate(iso).getTime();
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string | number | Date]));
    }

    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  return () => {
    globalThis.Date = RealDate;
  };
}
