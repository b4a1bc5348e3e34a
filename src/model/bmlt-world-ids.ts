/**
 * BMLT formats are interpreted by their `world_id` (the NA World Services code), not by their key
 * string: keys differ per server (on Tennessee's server `H` is wheelchair access), world ids do not.
 * This maps world ids into the shared feature vocabulary, so one "Wheelchair access" filter covers
 * AA's `X`, Tennessee's `H` and Berlin's `Beh`.
 */
import type { FeatureKey } from './features.js';

export const BMLT_WORLD_IDS: Readonly<Record<string, FeatureKey>> = Object.freeze({
  OPEN: 'open',
  CLOSED: 'closed',
  WCHR: 'wheelchair',
  BEG: 'beginners',
  BT: 'basic-text',
  CAN: 'candlelight',
  CPT: 'concept-study',
  CW: 'children-welcome',
  DISC: 'discussion',
  GL: 'lgbtq',
  GP: 'guiding-principles',
  IP: 'pamphlet-study',
  IW: 'it-works',
  JFT: 'just-for-today',
  LC: 'living-clean',
  LIT: 'literature',
  M: 'men',
  MED: 'meditation',
  NS: 'non-smoking',
  QA: 'question-and-answer',
  RA: 'restricted-access',
  SMOK: 'smoking',
  SPAD: 'spiritual-principle-a-day',
  SPK: 'speaker',
  STEP: 'step-study',
  SWG: 'step-working-guide',
  TOP: 'discussion',
  TRAD: 'tradition-study',
  W: 'women',
  Y: 'young-people',
  YP: 'young-people',
});

/** World ids that say how a meeting is attended; the adapter turns them into `attendance`. */
export const BMLT_ATTENDANCE_WORLD_IDS = { virtual: 'VM', hybrid: 'HYBR', temporarilyClosed: 'TC' } as const;

/** The world id of formats that name a language; their key string is the language tag. */
export const BMLT_LANGUAGE_WORLD_ID = 'LANG';
