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
 * turns them into `Meeting.attendance`; they are deliberately absent from MEETING_GUIDE_TYPES.
 */
export const ATTENDANCE_CODES = { temporarilyClosed: 'TC', online: 'ONL' } as const;

/**
 * Meeting Guide type code → canonical feature. Covers every code of the Meeting Guide spec
 * (code4recovery/spec, including its proposed types) and the codes real feeds use beyond it, notably
 * the Narcotics Anonymous type set of the 12 Step Meeting List plugin. Codes that mean different things
 * in different fellowships take the spec's meaning here; see PROGRAM_TYPE_OVERRIDES.
 */
export const MEETING_GUIDE_TYPES: Readonly<Record<string, FeatureKey | LanguageFeature>> = Object.freeze({
  // Meeting Guide spec
  '11': 'eleventh-step',
  '12x12': 'twelve-and-twelve',
  A: 'secular',
  ABSI: 'as-bill-sees-it',
  AL: 'concurrent-alateen',
  'AL-AN': 'concurrent-al-anon',
  ASL: 'sign-language',
  B: 'big-book',
  BA: 'babysitting',
  BE: 'beginners',
  BI: 'bisexual',
  BRK: 'breakfast',
  C: 'closed',
  CAN: 'candlelight',
  CF: 'children-welcome',
  D: 'discussion',
  DB: 'digital-basket',
  DD: 'dual-diagnosis',
  DR: 'daily-reflections',
  FF: 'fragrance-free',
  G: 'gay',
  GR: 'grapevine',
  H: 'birthday',
  L: 'lesbian',
  LGBTQ: 'lgbtq',
  LIT: 'literature',
  LS: 'living-sober',
  M: 'men',
  MED: 'meditation',
  N: 'indigenous', // "Native American"
  NB: 'non-binary',
  NDG: 'indigenous',
  O: 'open',
  OUT: 'outdoor',
  P: 'professionals',
  POA: 'proof-of-attendance',
  POC: 'people-of-color',
  SEN: 'seniors',
  SM: 'smoking',
  SP: 'speaker',
  ST: 'step-study',
  T: 'transgender',
  TR: 'tradition-study',
  W: 'women',
  X: 'wheelchair',
  XB: 'wheelchair-bathroom',
  XT: 'cross-talk',
  Y: 'young-people',

  // Meeting Guide spec: languages
  AF: 'language:af',
  AM: 'language:am',
  AR: 'language:ar',
  BG: 'language:bg',
  DA: 'language:da',
  DE: 'language:de',
  EL: 'language:el',
  EN: 'language:en',
  FA: 'language:fa',
  FI: 'language:fi',
  FR: 'language:fr',
  HE: 'language:he',
  HI: 'language:hi',
  HR: 'language:hr',
  HU: 'language:hu',
  IS: 'language:is',
  ITA: 'language:it',
  JA: 'language:ja',
  KA: 'language:ka',
  KOR: 'language:ko',
  LT: 'language:lt',
  ML: 'language:ml',
  MT: 'language:mt',
  NE: 'language:ne',
  NL: 'language:nl',
  NO: 'language:no',
  POL: 'language:pl',
  POR: 'language:pt',
  PUN: 'language:pa',
  RUS: 'language:ru',
  S: 'language:es',
  SK: 'language:sk',
  SL: 'language:sl',
  SV: 'language:sv',
  TH: 'language:th',
  TL: 'language:tl',
  TUR: 'language:tr',
  UK: 'language:uk',

  // Meeting Guide spec: proposed types
  'BV-I': 'visually-impaired',
  'D-HOH': 'deaf-hard-of-hearing',
  QSL: 'sign-language', // Quebec Sign Language
  RSL: 'sign-language', // Russian Sign Language

  // Common outside the spec (AA and Al-Anon feeds)
  ASBI: 'as-bill-sees-it', // misspelling of ABSI
  LGBTQIA: 'lgbtq',
  AC: 'adult-children', // Al-Anon: adult child focus
  YA: 'young-people', // Al-Anon: young adults

  // Narcotics Anonymous (12 Step Meeting List plugin)
  BEG: 'beginners',
  BT: 'basic-text',
  CPT: 'concept-study',
  CW: 'children-welcome',
  DISC: 'discussion',
  GL: 'lgbtq', // "Gay/Lesbian"
  IP: 'pamphlet-study',
  IW: 'it-works',
  JFT: 'just-for-today',
  LC: 'living-clean',
  NS: 'non-smoking',
  QA: 'question-and-answer',
  RA: 'restricted-access',
  SMOK: 'smoking',
  SPAD: 'spiritual-principle-a-day',
  SPK: 'speaker',
  STEP: 'step-study',
  SWG: 'step-working-guide',
  TOP: 'discussion', // "Topic"
  TRAD: 'tradition-study',
});

/**
 * Codes whose meaning depends on the fellowship, keyed by the 12 Step Meeting List plugin's program
 * slug. A feed does not say which program it is, so these apply only when the caller knows it.
 */
export const PROGRAM_TYPE_OVERRIDES: Readonly<
  Record<string, Readonly<Record<string, FeatureKey | LanguageFeature>>>
> = Object.freeze({
  'al-anon': Object.freeze({
    AA: 'concurrent-aa', // "Concurrent with AA Meeting"
    POA: 'parents', // "Parents of Alcoholics", not "Proof of Attendance"
    Y: 'alateen', // "Alateen", not "Young People"
  }),
});

type CodeTable = Readonly<Record<string, FeatureKey | LanguageFeature>>;

const caseFoldedTables = new WeakMap<CodeTable, ReadonlyMap<string, FeatureKey | LanguageFeature>>();

function lookUp(table: CodeTable, code: string): FeatureKey | LanguageFeature | undefined {
  if (Object.hasOwn(table, code)) return table[code];
  let folded = caseFoldedTables.get(table);
  if (!folded) {
    folded = new Map(Object.entries(table).map(([key, feature]) => [key.toLowerCase(), feature]));
    caseFoldedTables.set(table, folded);
  }
  return folded.get(code.toLowerCase());
}

/**
 * The canonical feature of a Meeting Guide type code: exact match first, then case-insensitive
 * (surrounding white space ignored). `program`, when known (e.g. "al-anon"), applies that
 * fellowship's meaning of ambiguous codes first. Attendance codes (TC, ONL) and unknown codes give
 * undefined.
 */
export function featureForMeetingGuideType(
  code: string,
  program?: string,
): FeatureKey | LanguageFeature | undefined {
  const trimmed = code.trim();
  if (!trimmed) return undefined;
  const overrides =
    program !== undefined && Object.hasOwn(PROGRAM_TYPE_OVERRIDES, program.toLowerCase())
      ? PROGRAM_TYPE_OVERRIDES[program.toLowerCase()]
      : undefined;
  return (overrides && lookUp(overrides, trimmed)) ?? lookUp(MEETING_GUIDE_TYPES, trimmed);
}
