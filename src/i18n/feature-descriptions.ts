/**
 * A canonical feature's description, in the language a localizer speaks. Only a meeting's details
 * show descriptions, so English's come in this module, which only the details' chunk imports (the
 * first load carries English's names, not its 52 sentences); other languages carry theirs in their
 * own chunk. A host's rewording of an English description (`overrideStrings`) still comes first.
 */
import type { Localizer } from './localize.js';
import { EN_DESCRIPTIONS } from './languages/en-descriptions.js';

export function describeFeature(l10n: Localizer, feature: string): string | undefined {
  return l10n.featureDescription(feature) ?? (l10n.locale === 'en' ? EN_DESCRIPTIONS[feature as keyof typeof EN_DESCRIPTIONS] : undefined);
}
