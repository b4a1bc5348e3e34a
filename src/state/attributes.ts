/**
 * What the element's attributes say beyond the filters, and what is wrong with them: a `center`
 * that is not "latitude,longitude", preset tokens that mean nothing. Computed from the attributes
 * as they are now, so a corrected attribute takes its warning away at once.
 */
import type { Coordinates, Diagnostic } from '../model/meeting.js';

/** "35.14,-90.05" → coordinates; undefined when it is not two numbers in range. */
export function parseCenter(text: string | undefined): Coordinates | undefined {
  const match = /^\s*([-+]?\d+(?:\.\d+)?)\s*,\s*([-+]?\d+(?:\.\d+)?)\s*$/.exec(text ?? '');
  if (!match) return undefined;
  const latitude = Number(match[1]);
  const longitude = Number(match[2]);
  return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { latitude, longitude } : undefined;
}

/** The accepted `timeout`: whole milliseconds from a tenth of a second (tests) to ten minutes. */
export const TIMEOUT_RANGE = { min: 100, max: 600_000, default: 15_000 } as const;

/**
 * The `timeout` attribute as a number of milliseconds, or undefined when it is not one in range
 * ("", "abc", "30s", 0, -5, or past what timers can wait): the default is used then, with a warning.
 */
export function parseTimeout(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(number) && number >= TIMEOUT_RANGE.min && number <= TIMEOUT_RANGE.max ? number : undefined;
}

/** `limit` of the compact view: how many meetings it shows. */
export const LIMIT_RANGE = { min: 1, max: 20, default: 3 } as const;

/** The `limit` attribute as a whole number in range, or undefined (the default is used, with a warning). */
export function parseLimit(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(number) && number >= LIMIT_RANGE.min && number <= LIMIT_RANGE.max ? number : undefined;
}

/**
 * `heading-level`: the level of the element's own top headings (day headings, a meeting's name in
 * its details, the panels), 3 by default (the page's article title at h2); their sub-headings one
 * level below.
 */
export const HEADING_LEVEL_RANGE = { min: 2, max: 6, default: 3 } as const;

/** The `heading-level` attribute as a whole number from 2 to 6, or undefined (the default is used, with a warning). */
export function parseHeadingLevel(value: unknown): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(number) && number >= HEADING_LEVEL_RANGE.min && number <= HEADING_LEVEL_RANGE.max ? number : undefined;
}

/**
 * `full-url`: the host's full finder page, resolved against the page; only http and https (a
 * `javascript:` or `data:` link would run or show something else than a page of the site).
 */
export function parseFullUrl(value: string | undefined, base: string): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface AttributeProblems {
  center?: string | undefined;
  /** The `timeout` as given (attribute text or property value). */
  timeout?: unknown;
  /** The compact view's `limit` as given, when one was. */
  limit?: unknown;
  fullUrl?: string | undefined;
  /** `heading-level` as given, when one was. */
  headingLevel?: unknown;
  /** Preset tokens (day, time, types, attendance) that are not known values. */
  ignoredPresets: readonly string[];
}

/** A warning per attribute value that is ignored. */
export function attributeDiagnostics({ center, ignoredPresets, timeout, limit, fullUrl, headingLevel }: AttributeProblems): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (timeout !== undefined && timeout !== TIMEOUT_RANGE.default && parseTimeout(timeout) === undefined) {
    diagnostics.push({
      severity: 'warning',
      code: 'invalid-timeout',
      field: 'timeout',
      source: '',
      message: `timeout="${String(timeout)}" is not a number of milliseconds from ${TIMEOUT_RANGE.min} to ${TIMEOUT_RANGE.max}; ${TIMEOUT_RANGE.default} is used.`,
    });
  }
  if (limit !== undefined && parseLimit(limit) === undefined) {
    diagnostics.push({ severity: 'warning', code: 'invalid-limit', field: 'limit', source: '', message: `limit="${String(limit)}" is not a whole number from ${LIMIT_RANGE.min} to ${LIMIT_RANGE.max}; ${LIMIT_RANGE.default} is used.` });
  }
  if (headingLevel !== undefined && parseHeadingLevel(headingLevel) === undefined) {
    diagnostics.push({
      severity: 'warning',
      code: 'invalid-heading-level',
      field: 'heading-level',
      source: '',
      message: `heading-level="${String(headingLevel)}" is not a whole number from ${HEADING_LEVEL_RANGE.min} to ${HEADING_LEVEL_RANGE.max}; ${HEADING_LEVEL_RANGE.default} is used.`,
    });
  }
  if (fullUrl?.trim() && !parseFullUrl(fullUrl, 'https://example.invalid/')) {
    diagnostics.push({ severity: 'warning', code: 'invalid-full-url', field: 'full-url', source: '', message: `full-url="${fullUrl}" is not an http or https address; the link to the full finder is left out.` });
  }
  if (center && !parseCenter(center)) {
    diagnostics.push({ severity: 'warning', code: 'invalid-center', field: 'center', source: '', message: `center="${center}" is not "latitude,longitude"; it is ignored.` });
  }
  for (const token of ignoredPresets) {
    diagnostics.push({ severity: 'warning', code: 'invalid-preset', source: '', message: `The preset "${token}" (day, time, types or attendance attribute) is not a known value; it is ignored.` });
  }
  return diagnostics;
}
