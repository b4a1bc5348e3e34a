/**
 * English as the element speaks it once a feed is in. The first load has English's messages only;
 * the element completes it with the finder's words (the features' names, contacts, "still possible",
 * take-along words and the finder's messages) when the finder's chunk arrives. Tests of views shown
 * only from then on complete it first, as `englishWhole` does for the API's calendar files.
 */
import { englishWhole } from '../src/i18n/english-whole.js';

export async function wholeEnglish(): Promise<void> {
  englishWhole();
}
