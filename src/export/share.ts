/**
 * Sharing a meeting's link: the system share sheet where the browser has one, else a copy to the
 * clipboard, else nothing (the caller then shows the link in a field the person can copy from).
 */

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'unavailable';

export interface ShareData {
  title: string;
  text: string;
  url: string;
}

/** What `shareLink` uses of a navigator; each part may be missing. */
export type ShareNavigator = Partial<Pick<Navigator, 'share' | 'canShare' | 'clipboard'>>;

export async function shareLink(data: ShareData, nav: ShareNavigator = navigator): Promise<ShareOutcome> {
  if (typeof nav.share === 'function' && (typeof nav.canShare !== 'function' || nav.canShare(data))) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (error) {
      // The person closed the share sheet: that is their answer, not a reason to copy instead.
      if ((error as { name?: unknown } | null)?.name === 'AbortError') return 'cancelled';
      // Anything else (no user activation, a blocked share target): fall back to copying.
    }
  }
  if (typeof nav.clipboard?.writeText === 'function') {
    try {
      await nav.clipboard.writeText(data.url);
      return 'copied';
    } catch {
      return 'unavailable';
    }
  }
  return 'unavailable';
}
