/**
 * A fixed clock for browser tests: `new Date()` and `Date.now()` give the chosen instant, while
 * timers keep running (the element's loading and rendering still work). Dates built from a value
 * are untouched.
 */
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
