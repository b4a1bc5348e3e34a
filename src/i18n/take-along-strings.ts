/**
 * What "My meetings" says as a person takes them along (send to my phone, copy, print, QR): the
 * `takeAlong` part of each language's catalog.
 */
export interface TakeAlongStrings {
  /** Says the list shows only the starred meetings: "Your 3 meetings". */
  mineShowing: (count: number, formatted: string) => string;
  /** The group of actions. */
  takeAlongLabel: string;
  sendToPhone: string;
  copyAsText: string;
  /** Announced after copying. */
  copied: string;
  /** The field holding the text when it cannot be copied for the person. */
  copyFallbackLabel: string;
  printOnePage: string;
  showEveryMeeting: string;
  /** In a meeting's details: the star as a button with its words, the QR code and its failure. */
  keepThisMeeting: string;
  qrCode: string;
  /** Under the code: what it holds. */
  qrCaption: string;
  qrFailed: string;
}
