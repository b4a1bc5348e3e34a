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
  /** In a meeting's details: the star as a button with its words, the QR code and its failure. */
  keepThisMeeting: string;
  qrCode: string;
  /** Under the code: what it holds. */
  qrCaption: string;
  qrFailed: string;
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
  keepThisMeeting: 'Keep in my meetings',
  qrCode: 'QR code',
  qrCaption: 'Scan with a phone’s camera to open this meeting there.',
  qrFailed: 'The QR code could not be made: the connection dropped. Try again.',
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
  keepThisMeeting: 'Guardar en mis reuniones',
  qrCode: 'Código QR',
  qrCaption: 'Escanéelo con la cámara de un teléfono para abrir esta reunión allí.',
  qrFailed: 'No se pudo crear el código QR: se cortó la conexión. Inténtelo de nuevo.',
};

export const TAKE_ALONG_STRINGS: Readonly<Record<Locale, TakeAlongStrings>> = { en: EN, es: ES };
