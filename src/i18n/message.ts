/**
 * A translatable message as data, so a language is a plain table (a host can write one as JSON) and a
 * test can check every language against English: same placeholders, every plural form the language
 * has. Placeholders are `{name}`; `{#}` is the raw number a plural is chosen by. A plural message picks
 * an exact form (`=0`, `=1` …) first, then the language's category from `Intl.PluralRules`
 * ("one", "few", "many" … — Russian, Polish, Ukrainian and Arabic have more than two), then `other`.
 */

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
export type PluralForms = { readonly other: string } & { readonly [form in Exclude<PluralCategory, 'other'> | `=${number}`]?: string };
export type Message = string | PluralForms;

/** The message table of a string interface: each function becomes a message, each record a table. */
export type Messages<T> = {
  readonly [K in keyof T]: T[K] extends (...args: never[]) => string ? Message : T[K] extends string ? string : Messages<T[K]>;
};

/** The names of a function's arguments, in order, as its message's placeholders; `#` is the plural count. */
export type ParamNames = readonly string[];
/** For every function of a string interface, its argument names (a record of functions: `{ '*': names }`). */
export type ParamSpec<T> = {
  readonly [K in keyof T as T[K] extends (...args: never[]) => string
    ? K
    : T[K] extends Readonly<Record<string, (...args: never[]) => string>>
      ? K
      : never]: T[K] extends (...args: never[]) => string ? ParamNames : { readonly '*': ParamNames };
};

const PLACEHOLDER = /\{([#\w]+)\}/g;

/** The placeholders a message (every form of it) uses, sorted: for checking a translation. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}

/** Fills a message's placeholders; an unknown placeholder stays as written rather than vanishing. */
export function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** The text of a plural message for a count. */
export function pluralForm(message: Message, count: number, rules: Intl.PluralRules): string {
  if (typeof message === 'string') return message;
  const exact = message[`=${count}`];
  if (exact !== undefined) return exact;
  return message[rules.select(count)] ?? message.other;
}

/**
 * Turns a message into the function the views call, given its argument names. In a right-to-left
 * language each value is isolated (U+2068 … U+2069): a meeting name, a time or a number in another
 * script then reads as one unit inside the sentence instead of being reordered with it.
 */
export function compileMessage(message: Message, names: ParamNames, rules: () => Intl.PluralRules, isolate = false): (...args: unknown[]) => string {
  const countAt = names.indexOf('#');
  return (...args) => {
    const values: Record<string, string> = {};
    names.forEach((name, index) => {
      const value = String(args[index] ?? '');
      values[name] = isolate && value ? `\u2068${value}\u2069` : value;
    });
    const count = countAt >= 0 ? Number(args[countAt]) : NaN;
    return fill(
      Number.isFinite(count) ? pluralForm(message, count, rules()) : typeof message === 'string' ? message : message.other,
      values,
    );
  };
}

/** Compiles a message table into its string interface. */
export function compileMessages<T>(messages: Messages<T>, spec: ParamSpec<T>, rules: () => Intl.PluralRules, isolate = false): T {
  const out: Record<string, unknown> = {};
  const params = spec as unknown as Readonly<Record<string, ParamNames | { '*': ParamNames }>>;
  for (const [key, message] of Object.entries(messages as Record<string, unknown>)) {
    const names = params[key];
    if (!names) out[key] = typeof message === 'string' || !isPlural(message) ? compileNested(message, undefined, rules, isolate) : message;
    else if (Array.isArray(names)) out[key] = compileMessage(message as Message, names, rules, isolate);
    else out[key] = compileNested(message, (names as { '*': ParamNames })['*'], rules, isolate);
  }
  return out as T;
}

function compileNested(message: unknown, names: ParamNames | undefined, rules: () => Intl.PluralRules, isolate: boolean): unknown {
  if (typeof message === 'string') return names ? compileMessage(message, names, rules, isolate) : message;
  if (names && isPlural(message)) return compileMessage(message as Message, names, rules, isolate);
  const table: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(message as Record<string, unknown>)) table[key] = compileNested(value, names, rules, isolate);
  return table;
}

function isPlural(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string';
}
