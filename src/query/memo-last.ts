/**
 * Remembers a function's last answer: called again with the same arguments (each the same value or
 * object, by `Object.is`), it returns the same answer without computing it. Selectors are built
 * from these, one set per element, so a render recomputes only what its inputs changed — and an
 * unchanged input keeps the same array, which is what keeps the virtualized list from laying out
 * again under a keyboard user's focus.
 */
export function memoLast<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => Object.is(arg, args[i]))) return last.value;
    const value = compute(...args);
    last = { args, value };
    return value;
  };
}
