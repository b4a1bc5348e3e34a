/**
 * Picks the string table for a language and formats days, times and numbers through Intl, so each
 * locale gets its own conventions ("7:00 PM", "19:00") without a formatting library.
 */
import type { MeetingType, Weekday } from '../model/meeting.js';
import { isLanguageFeature, languageOf, type FeatureKey } from '../model/features.js';
import { EN } from './en.js';
import { ES } from './es.js';
import { FEATURES_EN, type FeatureText } from './features-en.js';
import { FEATURES_ES } from './features-es.js';
import type { Strings } from './strings.js';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

const TABLES: Readonly<Record<Locale, { strings: Strings; features: Readonly<Record<FeatureKey, FeatureText>> }>> = {
  en: { strings: EN, features: FEATURES_EN },
  es: { strings: ES, features: FEATURES_ES },
};

/** The supported locale for a BCP-47 tag ("es-MX" → "es"); English when unsupported or empty. */
export function resolveLocale(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : 'en';
}

/** Everything the views need to speak one language. Created once per locale and cached. */
export interface Localizer {
  readonly locale: Locale;
  readonly strings: Strings;
  weekday(day: Weekday): string;
  /** "7:00 PM" for 1140 minutes. */
  time(minutes: number): string;
  /** "7:00 – 8:00 PM", or the start alone when there is no end. */
  timeRange(start: number, end: number | undefined): string;
  number(value: number): string;
  /** "Thursday, December 3, 9:40 PM": an instant (ms since the epoch) on the viewer's clock. */
  dateTime(instant: number): string;
  /** "Central Time" for America/Chicago. */
  zoneName(zone: string): string;
  /** The name of a type code: the canonical feature's name, else the feed's label, else the code. */
  typeName(type: MeetingType): string;
  featureName(feature: string): string | undefined;
}

const cache = new Map<Locale, Localizer>();

export function localizer(locale: Locale): Localizer {
  let found = cache.get(locale);
  if (!found) {
    found = createLocalizer(locale);
    cache.set(locale, found);
  }
  return found;
}

// 2000-01-02 was a Sunday; times are formatted as UTC wall-clock so no zone shifts them.
const SUNDAY_UTC = Date.UTC(2000, 0, 2);

/** Created on first use: Intl objects are costly to create, and most are not needed at load. */
function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}

function createLocalizer(locale: Locale): Localizer {
  const { strings, features } = TABLES[locale];
  const weekdayFormat = lazy(() => new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }));
  const timeFormat = lazy(() => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }));
  const numberFormat = lazy(() => new Intl.NumberFormat(locale));
  const dateTimeFormat = lazy(() => new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }));
  const languageNames = lazy(() => new Intl.DisplayNames([locale], { type: 'language' }));
  const zoneNames = new Map<string, string>();
  // Formatting is the costliest part of a row; a list shows the same few times over and over.
  const ranges = new Map<number, string>();
  const weekdays: string[] = [];
  const at = (minutes: number) => new Date(SUNDAY_UTC + minutes * 60_000);
  const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

  const featureName = (feature: string): string | undefined => {
    if (isLanguageFeature(feature)) {
      const name = languageNames().of(languageOf(feature));
      return name ? capitalize(name) : undefined;
    }
    return (features as Readonly<Record<string, FeatureText>>)[feature]?.name;
  };

  return {
    locale,
    strings,
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
  };
}

const typeNames = new Map<string, readonly string[]>();

/** A type's name in every supported language (deduplicated), for searching. */
export function typeNamesInEveryLocale(type: MeetingType): readonly string[] {
  // Asked for every type of every meeting at load; a feed has a few dozen distinct types.
  const key = `${type.feature ?? ''}\u0000${type.label ?? ''}\u0000${type.code}`;
  let names = typeNames.get(key);
  if (!names) typeNames.set(key, (names = [...new Set(LOCALES.map((locale) => localizer(locale).typeName(type)))]));
  return names;
}
