/**
 * A language as data: every message the element says, the names and descriptions of meeting
 * features, and the writing direction. One `Catalog` per language (`languages/xx.ts`, each its own
 * chunk), or registered by the host page. The compiler checks that a catalog has every key; the
 * completeness test checks placeholders and plural forms against English.
 */
import type { FeatureKey } from '../model/features.js';
import type { ContactStrings } from './contact-strings.js';
import type { FeatureText } from './feature-text.js';
import { compileMessages, type Messages, type ParamSpec } from './message.js';
import type { ReachableStrings } from './reachable-strings.js';
import type { Strings } from './strings.js';
import type { TakeAlongStrings } from './take-along-strings.js';

export interface Catalog {
  /** Right to left for Arabic, Persian, Hebrew, Urdu … */
  readonly dir: 'ltr' | 'rtl';
  readonly strings: Messages<Strings>;
  readonly features: Readonly<Record<FeatureKey, FeatureText>>;
  /** A meeting's contacts in its details. */
  readonly contact: Messages<ContactStrings>;
  /** "Still possible tonight" and the compact view. */
  readonly reachable: Messages<ReachableStrings>;
  /** "My meetings" taken along (send, copy, print, QR). */
  readonly takeAlong: Messages<TakeAlongStrings>;
}

/** What a host may reword in a language: any message, feature or part of one. */
export type CatalogOverrides = {
  readonly [K in Exclude<keyof Catalog, 'dir'>]?: Partial<Catalog[K]>;
};

/** A catalog compiled into what the views call. */
export interface CompiledCatalog {
  readonly dir: 'ltr' | 'rtl';
  readonly strings: Strings;
  readonly features: Readonly<Record<string, FeatureText>>;
  readonly contact: ContactStrings;
  readonly reachable: ReachableStrings;
  readonly takeAlong: TakeAlongStrings;
}

// The arguments of every function, by name: a message's placeholders. `#` is the count a plural
// form is chosen by; a message shows the formatted number through its own name ("{count}").
export const STRING_PARAMS: ParamSpec<Strings> = {
  resultCount: ['#', 'count'],
  resultCountOf: ['#', 'count', 'total'],
  timesIn: ['zone'],
  joinOnlineWith: ['provider'],
  listingFor: ['name'],
  feedError: { '*': ['#'] },
  sourceFailed: ['name'],
  savedCopy: ['name', 'date'],
  skippedRecords: ['#', 'count'],
  recordNumber: ['number'],
  timeRangeHint: ['from', 'to'],
  activeFilters: ['#', 'count'],
  removeConstraint: ['name', 'count'],
  searchConstraint: ['query'],
  radiusConstraint: ['radius'],
  startsIn: ['#', 'minutes'],
  yourTime: ['time'],
  nextWeek: ['weekday'],
  nearPlaceActive: ['place'],
  unknownPlace: ['place'],
  distance: { '*': ['value'] },
  updated: ['date'],
  sourceListing: ['host'],
  helplineOf: ['name'],
  printAsOf: ['date'],
  printFirst: ['shown', 'total'],
  chosenOnMap: ['#', 'count', 'place'],
  keepInMine: ['name'],
  myMeetings: ['#', 'count'],
  rowLinkLabel: ['name', 'when', 'where'],
  rowLinkLabelNoPlace: ['name', 'when'],
};

export const CONTACT_PARAMS: ParamSpec<ContactStrings> = {
  emailPerson: ['name'],
  callPerson: ['name'],
  contributeWith: ['service'],
  listedBy: ['name'],
  reportSubject: ['name'],
};

export const REACHABLE_PARAMS: ParamSpec<ReachableStrings> = {
  startedAgo: ['#', 'minutes'],
  travelOnFoot: ['#', 'minutes'],
  travelByCar: ['#', 'minutes'],
  joinNamed: ['name'],
  callNamed: ['name'],
  directionsNamed: ['name'],
  nextOne: ['name', 'when'],
  dayAt: ['day', 'time'],
};

export const TAKE_ALONG_PARAMS: ParamSpec<TakeAlongStrings> = {
  mineShowing: ['#', 'count'],
};

export function compileCatalog(catalog: Catalog, locale: string): CompiledCatalog {
  let rules: Intl.PluralRules | undefined;
  const plural = () => (rules ??= pluralRules(locale));
  const isolate = catalog.dir === 'rtl';
  return {
    dir: catalog.dir,
    strings: compileMessages(catalog.strings, STRING_PARAMS, plural, isolate),
    features: catalog.features,
    contact: compileMessages(catalog.contact, CONTACT_PARAMS, plural, isolate),
    reachable: compileMessages(catalog.reachable, REACHABLE_PARAMS, plural, isolate),
    takeAlong: compileMessages(catalog.takeAlong, TAKE_ALONG_PARAMS, plural, isolate),
  };
}

/** A catalog with a host's rewordings laid over it (a message, a feature, or a nested table's entry). */
export function overlay(catalog: Catalog, overrides: CatalogOverrides): Catalog {
  const merged: Record<string, unknown> = { ...catalog };
  for (const [part, changes] of Object.entries(overrides)) {
    if (changes) merged[part] = mergeTables((catalog as unknown as Record<string, unknown>)[part], changes);
  }
  return merged as unknown as Catalog;
}

function mergeTables(base: unknown, changes: unknown): unknown {
  if (!isTable(base) || !isTable(changes) || 'other' in changes) return changes;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(changes)) merged[key] = key in base ? mergeTables(base[key], value) : value;
  return merged;
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** `Intl.PluralRules` for a language, English's when the engine does not know it. */
function pluralRules(locale: string): Intl.PluralRules {
  try {
    return new Intl.PluralRules(locale);
  } catch {
    return new Intl.PluralRules('en');
  }
}
