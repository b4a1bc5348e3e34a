/**
 * The host's `feedback-url`: its own page for "Report a problem with this listing", with `{name}`
 * and `{url}` standing for the meeting's name and link (URL-encoded, so a meeting name cannot add
 * a parameter). Only an http(s) URL is used; anything else is reported and the feed's own is used.
 */
import type { Diagnostic } from '../model/meeting.js';
import { safeLinkUrl } from '../model/text.js';

const WEB: ReadonlySet<string> = new Set(['http', 'https']);
const PLACEHOLDER = /\{(name|url)\}/g;

/** The host's report link for one meeting, or undefined when the attribute is absent or not http(s). */
export function fillFeedbackUrl(template: string | undefined, name: string, link: string): string | undefined {
  if (!template) return undefined;
  return safeLinkUrl(template.replace(PLACEHOLDER, (_all, key: string) => encodeURIComponent(key === 'name' ? name : link)), WEB);
}

export function feedbackUrlDiagnostics(template: string | undefined): Diagnostic[] {
  if (!template || fillFeedbackUrl(template, 'x', 'x')) return [];
  return [{ severity: 'warning', code: 'invalid-feedback-url', field: 'feedback-url', source: '', message: `feedback-url="${template.slice(0, 80)}" is not an http(s) URL; the feeds' own feedback links are used.` }];
}
