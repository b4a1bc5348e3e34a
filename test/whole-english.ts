/**
 * English as the element speaks it once a feed is in. The first load has English's messages only;
 * the finder's chunk completes it with the features' names, contacts, "still possible" and
 * take-along words (`completeEnglish`). Tests of views shown only from then on import it first.
 */
export async function wholeEnglish(): Promise<void> {
  await import('../src/ui/finder-chunk.js');
}
