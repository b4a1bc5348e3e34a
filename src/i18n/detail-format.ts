/**
 * Formatting for the meeting details that the messages cannot do alone: a duration and the
 * listing's "updated" date, through Intl so each language gets its own words and order.
 */
import type { Locale } from './localize.js';

interface DurationFormatLike {
  format(duration: { hours?: number; minutes?: number }): string;
}
type DurationFormatConstructor = new (locale: string, options: { style: 'long' }) => DurationFormatLike;

/** "1 hour, 30 minutes" / "1 hora y 30 minutos". `Intl.DurationFormat` where the browser has it. */
export function formatDuration(locale: Locale, totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts = { ...(hours ? { hours } : {}), ...(minutes || !hours ? { minutes } : {}) };
  const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
  if (DurationFormat) return new DurationFormat(locale, { style: 'long' }).format(parts);
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const words = [
    ...(parts.hours !== undefined ? [unit(parts.hours, 'hour')] : []),
    ...(parts.minutes !== undefined ? [unit(parts.minutes, 'minute')] : []),
  ];
  return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(words);
}

/**
 * The date a listing was updated, for people: Meeting Guide writes "YYYY-MM-DD HH:MM:SS" (other
 * tools an ISO date-time); only the date is shown, as written (no zone shift). Anything else is
 * shown as the feed wrote it.
 */
export function formatUpdated(locale: Locale, updated: string): string {
  const match = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[\sT])/.exec(updated);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    }
  }
  return updated.trim();
}
