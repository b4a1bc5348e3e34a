/**
 * English with its finder words (the features' names, contacts, "still possible", taking meetings
 * along), which the first load leaves out (`languages/en-first.ts`). The element completes English
 * when the finder's chunk brings these words; code used without the element — the API's calendar
 * files — completes it here, so that it never names a type by its code.
 */
import { completeEnglish } from './languages.js';
import englishFinderWords from './languages/en-finder.js';
import { localizer, type Localizer } from './localize.js';

export function englishWhole(): Localizer {
  completeEnglish(englishFinderWords);
  return localizer('en');
}
