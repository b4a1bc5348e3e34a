/**
 * Meeting Guide type codes → canonical features (`features.ts` holds the vocabulary): the table the
 * Meeting Guide reader reads a feed's types with, and that a `types` preset written in codes ("W X")
 * is resolved with. A module of its own so that the first load does not carry it: the reader is a
 * chunk, and the element resolves coded presets when the finder's chunk brings this table.
 */
import type { FeatureKey, LanguageFeature } from './features.js';

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
