/**
 * The canonical feature vocabulary: what a meeting is or offers, in one set of kebab-case keys shared by
 * every fellowship and every feed format. AA's Meeting Guide codes, the NA codes of the 12 Step Meeting
 * List plugin and BMLT formats all map into these keys, so one "Women" or "Wheelchair access" filter
 * works across AA, NA, Al-Anon and Nar-Anon feeds at once.
 *
 * A code that maps to nothing here is not dropped: the adapter keeps it on the meeting (`Meeting.types`)
 * with the label the feed gives it. Languages are not keys of this list but features of the form
 * `language:xx`, so that any language can be filtered without growing the vocabulary.
 *
 * Pure data and functions: no DOM, no Lit, no dependencies.
 */

export const FEATURE_KEYS = [
  // Who may attend
  'open',
  'closed',
  'restricted-access',

  // Accessibility
  'wheelchair',
  'wheelchair-bathroom',
  'sign-language',
  'deaf-hard-of-hearing',
  'visually-impaired',
  'fragrance-free',

  // Communities a meeting is focused on
  'women',
  'men',
  'young-people',
  'alateen',
  'seniors',
  'beginners',
  'lgbtq',
  'gay',
  'lesbian',
  'bisexual',
  'transgender',
  'non-binary',
  'people-of-color',
  'indigenous',
  'professionals',
  'secular',
  'parents',
  'adult-children',
  'dual-diagnosis',

  // Format
  'speaker',
  'discussion',
  'question-and-answer',
  'step-study',
  'tradition-study',
  'concept-study',
  'literature',
  'meditation',
  'eleventh-step',
  'birthday',
  'cross-talk',

  // AA literature
  'big-book',
  'twelve-and-twelve',
  'as-bill-sees-it',
  'daily-reflections',
  'grapevine',
  'living-sober',

  // NA literature
  'basic-text',
  'just-for-today',
  'it-works',
  'living-clean',
  'step-working-guide',
  'guiding-principles',
  'spiritual-principle-a-day',
  'pamphlet-study',

  // Setting and practicalities
  'candlelight',
  'outdoor',
  'breakfast',
  'smoking',
  'non-smoking',
  'children-welcome',
  'babysitting',
  'concurrent-al-anon',
  'concurrent-alateen',
  'concurrent-aa',
  'digital-basket',
  'proof-of-attendance',
] as const;

export type FeatureKey = (typeof FEATURE_KEYS)[number];

const FEATURE_KEY_SET: ReadonlySet<string> = new Set(FEATURE_KEYS);

export function isFeatureKey(key: string): key is FeatureKey {
  return FEATURE_KEY_SET.has(key);
}

// ---------------------------------------------------------------------------------------------------
// Languages

/** A language feature: `language:` followed by a lower-case BCP-47 primary language subtag. */
export type LanguageFeature = `language:${string}`;

const LANGUAGE_PREFIX = 'language:';
const PRIMARY_SUBTAG = /^[a-z]{2,8}$/;

/**
 * The language feature for a BCP-47 tag; only the primary subtag is kept ("es-MX" → "language:es").
 * Throws a RangeError when the tag has no well-formed primary subtag, so that bad input is never
 * turned silently into a feature; callers reading feed data should catch it and report a diagnostic.
 */
export function languageFeature(tag: string): LanguageFeature {
  const primary = (tag.trim().split(/[-_]/)[0] ?? '').toLowerCase();
  if (!PRIMARY_SUBTAG.test(primary)) {
    throw new RangeError(`Not a BCP-47 language tag: ${JSON.stringify(tag)}`);
  }
  return `${LANGUAGE_PREFIX}${primary}`;
}

export function isLanguageFeature(key: string): key is LanguageFeature {
  return key.startsWith(LANGUAGE_PREFIX) && PRIMARY_SUBTAG.test(key.slice(LANGUAGE_PREFIX.length));
}

/** The language subtag of a language feature ("language:es" → "es"), for `Intl.DisplayNames`. */
export function languageOf(key: LanguageFeature): string {
  return key.slice(LANGUAGE_PREFIX.length);
}

// ---------------------------------------------------------------------------------------------------
// Meeting Guide type codes

/**
 * Type codes that describe how a meeting can be attended rather than what it is. The feed adapter
 * turns them into `Meeting.attendance`; they are deliberately absent from MEETING_GUIDE_TYPES
 * (`meeting-guide-types.ts`).
 */
export const ATTENDANCE_CODES = { temporarilyClosed: 'TC', online: 'ONL' } as const;
