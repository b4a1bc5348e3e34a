/**
 * Which languages the element speaks and where each one's catalog comes from. English is built in
 * (it is the fallback, so it is in the first load); every other language is its own chunk, fetched
 * the first time a page asks for it. A host page can register more languages and reword any
 * message of any language (`registerLanguage`, `overrideStrings`).
 */
import type { Catalog, CatalogOverrides } from './catalog.js';
import englishFirst from './languages/en-first.js';
import type { FinderWords } from './languages/en-finder.js';

/**
 * English until the element completes it with the finder's chunk's words (`completeEnglish`): the
 * first load's messages only, its other words empty tables, and nothing reads them before then —
 * the finder, the details, "still possible" and the map are all shown from that chunk on.
 */
const englishAtFirst: Catalog = {
  ...englishFirst,
  strings: englishFirst.strings as Catalog['strings'],
  features: {} as Catalog['features'],
  contact: {} as Catalog['contact'],
  reachable: {} as Catalog['reachable'],
  takeAlong: {} as Catalog['takeAlong'],
};
let english = englishAtFirst;

/** A catalog, or a function that fetches one (a module whose default export is one also does). */
export type CatalogSource = Catalog | (() => Promise<Catalog | { readonly default: Catalog }>);

const BUILT_IN: Readonly<Record<string, CatalogSource>> = {
  en: englishAtFirst,
  es: () => import('./languages/es.js'),
  fr: () => import('./languages/fr.js'),
  de: () => import('./languages/de.js'),
  pt: () => import('./languages/pt.js'),
  ru: () => import('./languages/ru.js'),
  uk: () => import('./languages/uk.js'),
  pl: () => import('./languages/pl.js'),
  fa: () => import('./languages/fa.js'),
  ar: () => import('./languages/ar.js'),
  vi: () => import('./languages/vi.js'),
  zh: () => import('./languages/zh.js'),
  ko: () => import('./languages/ko.js'),
  tl: () => import('./languages/tl.js'),
  ja: () => import('./languages/ja.js'),
};

const registered = new Map<string, CatalogSource>(Object.entries(BUILT_IN));
const overrides = new Map<string, CatalogOverrides[]>();
const listeners = new Set<() => void>();
let revision = 0;

/** Other tags that mean a shipped language. */
const ALIASES: Readonly<Record<string, string>> = { fil: 'tl' };

/** Lower case, "_" as "-": "pt_BR" → "pt-br". */
function normalize(tag: string): string {
  return tag.trim().toLowerCase().replace(/_/g, '-');
}

/**
 * The registered language for a BCP-47 tag: the tag itself, else its language ("es-MX" → "es"),
 * else English. Empty, "C", "und" and garbage mean English.
 */
export function resolveLanguage(tag: string | null | undefined): string {
  const wanted = normalize(tag ?? '');
  for (let candidate = wanted; candidate; candidate = candidate.slice(0, Math.max(0, candidate.lastIndexOf('-')))) {
    const name = ALIASES[candidate] ?? candidate;
    if (registered.has(name)) return name;
  }
  return 'en';
}

/** Every registered language's tag, the built-in ones first. */
export function registeredLanguages(): readonly string[] {
  return [...registered.keys()];
}

/**
 * Adds a language, or replaces one (a host's own wording of a shipped language). Typed so that a
 * catalog missing a message is a compile error for TypeScript users.
 */
export function registerLanguage(tag: string, source: CatalogSource): void {
  const name = normalize(tag);
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(name) || !isIntlTag(name)) throw new TypeError(`meeting-locator: "${tag}" is not a language tag`);
  registered.set(name, source);
  changed();
}

/** Whether Intl takes the tag (its dates and numbers are formatted with it). */
function isIntlTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** Rewords some messages of a language ("meeting" → "group"), on top of any earlier rewording. */
export function overrideStrings(tag: string, changes: CatalogOverrides): void {
  const name = resolveLanguage(tag);
  overrides.set(name, [...(overrides.get(name) ?? []), changes]);
  changed();
}

/**
 * English whole, once the finder's chunk brings its finder words (called by the element when that
 * chunk arrives, before anything of the finder is shown). A host's own English, registered before,
 * is left as it is; its rewordings apply to the whole catalog (compiled languages are stale once the
 * revision moves).
 */
export function completeEnglish(words: FinderWords): void {
  if (english !== englishAtFirst) return;
  english = { ...englishFirst, ...words, strings: { ...englishFirst.strings, ...words.strings } };
  if (registered.get('en') === englishAtFirst) registered.set('en', english);
  changed();
}

/** Called after any registration or rewording, so elements on the page can speak it. */
export function onLanguagesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Goes up with every registration or rewording: a cached compiled language is stale when it moved. */
export function languagesRevision(): number {
  return revision;
}

function changed(): void {
  revision++;
  for (const listener of listeners) listener();
}

/** A language's catalog now, if it needs no fetching (English, or one registered as a table). */
export function catalogNow(name: string): Catalog | undefined {
  const source = registered.get(name);
  return typeof source === 'function' ? undefined : source;
}

/** A language's catalog, fetched when it is a chunk. Rejects when the chunk cannot be had. */
export async function fetchCatalog(name: string): Promise<Catalog> {
  const source = registered.get(name) ?? english;
  if (typeof source !== 'function') return source;
  const loaded = await source();
  return 'default' in loaded ? loaded.default : loaded;
}

/** The host's rewordings of a language, in the order given. */
export function overridesOf(name: string): readonly CatalogOverrides[] {
  return overrides.get(name) ?? [];
}
