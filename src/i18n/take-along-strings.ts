/**
 * The strings of "My meetings" as a person takes them along (send to my phone, copy, print): a table
 * of their own, in that view's chunk. Every locale of `localize.ts` has one; the compiler checks
 * that none is missing a string.
 */
import type { Locale } from './localize.js';

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
}

const EN: TakeAlongStrings = {
  mineShowing: (count, formatted) => (count === 1 ? 'Your 1 meeting' : `Your ${formatted} meetings`),
  takeAlongLabel: 'Take them with you',
  sendToPhone: 'Send to my phone',
  copyAsText: 'Copy as text',
  copied: 'Copied',
  copyFallbackLabel: 'Your meetings as text (select and copy)',
  printOnePage: 'Print',
  showEveryMeeting: 'Show every meeting',
};

const ES: TakeAlongStrings = {
  mineShowing: (count, formatted) => (count === 1 ? 'Su reunión' : `Sus ${formatted} reuniones`),
  takeAlongLabel: 'Llévelas con usted',
  sendToPhone: 'Enviar a mi teléfono',
  copyAsText: 'Copiar como texto',
  copied: 'Copiado',
  copyFallbackLabel: 'Sus reuniones como texto (selecciónelo y cópielo)',
  printOnePage: 'Imprimir',
  showEveryMeeting: 'Mostrar todas las reuniones',
};

export const TAKE_ALONG_STRINGS: Readonly<Record<Locale, TakeAlongStrings>> = { en: EN, es: ES };
