/**
 * Everything the views need to speak one language: its compiled catalog, and days, times, numbers
 * and zone names through Intl, so each language gets its own conventions ("7:00 PM", "19:00")
 * without a formatting library. English is always at hand; another language once its chunk is in.
 */
import type { MeetingType, Weekday } from '../model/meeting.js';
import { isLanguageFeature, languageOf } from '../model/features.js';
import { compileCatalog, overlay, type Catalog, type CompiledCatalog } from './catalog.js';
import { catalogNow, fetchCatalog, languagesRevision, overridesOf, resolveLanguage } from './languages.js';
import type { ContactStrings } from './contact-strings.js';
import type { ReachableStrings } from './reachable-strings.js';
import type { Strings } from './strings.js';
import type { TakeAlongStrings } from './take-along-strings.js';

/** A registered language's tag ("en", "es", "zh" … or one the host registered). */
export type Locale = string;

/** The registered language for a BCP-47 tag ("es-MX" → "es"); English when unsupported or empty. */
export const resolveLocale = resolveLanguage;

export interface Localizer {
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  readonly strings: Strings;
  readonly contact: ContactStrings;
  readonly reachable: ReachableStrings;
  readonly takeAlong: TakeAlongStrings;
  weekday(day: Weekday): string;
  /** "7:00 PM" for 1140 minutes. */
  time(minutes: number): string;
  /** "7:00 – 8:00 PM", or the start alone when there is no end. */
  timeRange(start: number, end: number | undefined): string;
  number(value: number): string;
  /** "Open, Discussion, Women" — with the language's own comma ("،" in Arabic, "、" in Chinese). */
  list(items: readonly string[]): string;
  /** "Thursday, December 3, 9:40 PM": an instant (ms since the epoch) on the viewer's clock. */
  dateTime(instant: number): string;
  /** "Central Time" for America/Chicago. */
  zoneName(zone: string): string;
  /** The name of a type code: the canonical feature's name, else the feed's label, else the code. */
  typeName(type: MeetingType): string;
  featureName(feature: string): string | undefined;
  /**
   * The catalog's one-sentence description of a canonical feature, when it has one. English's are
   * not in its first-load catalog: views read descriptions through `describeFeature`.
   */
  featureDescription(feature: string): string | undefined;
}

const cache = new Map<Locale, { revision: number; localizer: Localizer }>();

/** A language's localizer if it is ready now (English always is; a chunk once fetched). */
export function loadedLocalizer(tag: string): Localizer | undefined {
  const name = resolveLanguage(tag);
  const cached = cache.get(name);
  if (cached && cached.revision === languagesRevision()) return cached.localizer;
  const catalog = catalogNow(name) ?? fetched.get(name);
  return catalog ? remember(name, catalog) : undefined;
}

/** The localizer of a language that is ready now, else English's (see `loadLocalizer`). */
export function localizer(tag: string = 'en'): Localizer {
  return loadedLocalizer(tag) ?? loadedLocalizer('en')!;
}

/** A language's localizer, fetching its chunk the first time. Rejects when the chunk cannot be had. */
export async function loadLocalizer(tag: string): Promise<Localizer> {
  const ready = loadedLocalizer(tag);
  if (ready) return ready;
  const name = resolveLanguage(tag);
  const catalog = await fetchCatalog(name);
  fetched.set(name, catalog);
  return remember(name, catalog);
}

/** Catalogs fetched as chunks, so a rewording after the fetch need not fetch again. */
const fetched = new Map<Locale, Catalog>();

function remember(name: Locale, catalog: Catalog): Localizer {
  const worded = overridesOf(name).reduce(overlay, catalog);
  const made = createLocalizer(name, compileCatalog(worded, name));
  cache.set(name, { revision: languagesRevision(), localizer: made });
  return made;
}

// 2000-01-02 was a Sunday; times are formatted as UTC wall-clock so no zone shifts them.
const SUNDAY_UTC = Date.UTC(2000, 0, 2);

/** The tag Intl is given: a host may register a tag Intl refuses, which then formats as English. */
function intlLocale(name: Locale): string {
  try {
    return Intl.getCanonicalLocales(name)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Created on first use: Intl objects are costly to create, and most are not needed at load. */
function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}

function createLocalizer(name: Locale, catalog: CompiledCatalog): Localizer {
  const { strings, features } = catalog;
  const locale = intlLocale(name);
  const weekdayFormat = lazy(() => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }));
  const timeFormat = lazy(() => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }));
  const numberFormat = lazy(() => new Intl.NumberFormat(locale));
  const listFormat = lazy((): { format(items: readonly string[]): string } => {
    try {
      return new Intl.ListFormat(locale, { type: 'unit', style: 'short' });
    } catch {
      // An engine without Intl.ListFormat (older WebKit): English's comma.
      return { format: (items) => items.join(', ') };
    }
  });
  const dateTimeFormat = lazy(() => new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }));
  const languageNames = lazy(() => new Intl.DisplayNames([locale], { type: 'language' }));
  const zoneNames = new Map<string, string>();
  // Formatting is the costliest part of a row; a list shows the same few times over and over.
  const ranges = new Map<number, string>();
  const weekdays: string[] = [];
  const at = (minutes: number) => new Date(SUNDAY_UTC + minutes * 60_000);
  const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

  // Asked for every type of every meeting at load (search text); a feed has a few dozen distinct ones.
  const featureNames = new Map<string, string | undefined>();
  const featureName = (feature: string): string | undefined => {
    if (featureNames.has(feature)) return featureNames.get(feature);
    const name = nameOf(feature);
    featureNames.set(feature, name);
    return name;
  };
  const nameOf = (feature: string): string | undefined => {
    if (isLanguageFeature(feature)) {
      const name = languageNames().of(languageOf(feature));
      return name ? capitalize(name) : undefined;
    }
    return features[feature]?.name;
  };

  return {
    locale: name,
    dir: catalog.dir,
    strings,
    contact: catalog.contact,
    reachable: catalog.reachable,
    takeAlong: catalog.takeAlong,
    weekday: (day) => (weekdays[day] ??= capitalize(weekdayFormat().format(new Date(SUNDAY_UTC + day * 86_400_000)))),
    time: (minutes) => timeFormat().format(at(minutes)),
    timeRange: (start, end) => {
      const key = start * 2048 + (end ?? 2047);
      let text = ranges.get(key);
      if (text === undefined) {
        // formatRange shares "PM" in "8:30 – 10:00 PM", but across midnight it prints both dates
        // ("1/2/2000, 11:00 PM – 1/3/2000, 1:00 AM"): a time range is two times, never dates.
        text =
          end === undefined || end === start
            ? timeFormat().format(at(start))
            : end > start
              ? timeFormat().formatRange(at(start), at(end))
              : `${timeFormat().format(at(start))} – ${timeFormat().format(at(end))}`;
        ranges.set(key, text);
      }
      return text;
    },
    number: (value) => numberFormat().format(value),
    list: (items) => listFormat().format(items),
    dateTime: (instant) => dateTimeFormat().format(new Date(instant)),
    zoneName: (zone) => {
      let name = zoneNames.get(zone);
      if (!name) {
        try {
          const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
          name = parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
        } catch {
          // An engine without 'longGeneric' names (older Safari), or a zone it does not know: the zone's own name.
          name = zone;
        }
        zoneNames.set(zone, name);
      }
      return name;
    },
    typeName: (type) => (type.feature ? featureName(type.feature) : undefined) ?? type.label ?? type.code,
    featureName,
    featureDescription: (feature) => features[feature]?.description,
  };
}

/** A type's names in English and in a page's language (deduplicated), for searching. */
export function typeNamesForSearch(type: MeetingType, l10n: Localizer): readonly string[] {
  const english = localizer('en').typeName(type);
  if (l10n.locale === 'en') return [english];
  const own = l10n.typeName(type);
  return own === english ? [english] : [english, own];
}

/** "Join on Zoom", or "Join online" when the provider is not known. */
export function joinOnlineLabel(strings: Strings, provider: string | undefined): string {
  return provider ? strings.joinOnlineWith(provider) : strings.joinOnline;
}
