/**
 * What the element says about its sources: the error when nothing could be loaded, the notice
 * naming a source that failed while others loaded, and the records that could not be shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Diagnostic } from '../model/meeting.js';
import { FeedError } from '../feeds/feed-error.js';
import { INLINE_SOURCE, type SourceReport } from '../feeds/load-meetings.js';
import type { Localizer } from '../i18n/localize.js';

/**
 * A 12 Step Meeting List feed (`…/admin-ajax.php?action=meetings`). Such a site that does not share
 * its feed answers another site 401 without CORS headers, so the browser reports a network failure.
 */
function isTsmlFeed(source: string): boolean {
  try {
    const url = new URL(source);
    return url.pathname.endsWith('/admin-ajax.php') && url.searchParams.get('action') === 'meetings';
  } catch {
    return false;
  }
}

/** The localized reason a source failed. */
function reason(error: unknown, l10n: Localizer): string {
  const code = error instanceof FeedError ? error.code : 'network';
  const status = error instanceof FeedError ? error.status : undefined;
  // "Check your connection" would send the site's owner the wrong way: the other site is refusing.
  const refused = code === 'network' || (code === 'http' && (status === 401 || status === 403));
  if (refused && error instanceof FeedError && isTsmlFeed(error.source)) return l10n.strings.tsmlNotShared;
  return l10n.strings.feedError[code](status ?? 0);
}

/**
 * How a person knows a source: its host ("natennessee.org"), "this page" for inline data, or —
 * for what is not a web address ("http://[bad", "javascript:…") — the text as written, shortened.
 */
function sourceName(source: string, l10n: Localizer): string {
  if (source === INLINE_SOURCE || source.startsWith(`${INLINE_SOURCE}:`)) return l10n.strings.inlineData;
  let host = '';
  try {
    host = new URL(source).host;
  } catch {
    host = '';
  }
  if (host) return host;
  const text = source.trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** One item per distinct line: two sources of one site that failed alike are named once. */
function lines(texts: readonly string[], className = ''): TemplateResult {
  return html`<ul class=${className}>
    ${[...new Set(texts)].map((text) => html`<li>${text}</li>`)}
  </ul>`;
}

function failures(reports: readonly SourceReport[], l10n: Localizer): TemplateResult {
  return lines(reports.map((report) => `${l10n.strings.sourceFailed(sourceName(report.source, l10n))} ${reason(report.error, l10n)}`));
}

/** Nothing could be loaded: why (per source when there are several), and a retry. */
export function renderLoadError(error: unknown, diagnostics: readonly Diagnostic[], l10n: Localizer, retry: () => void): TemplateResult {
  const { strings } = l10n;
  const code = error instanceof FeedError ? error.code : 'network';
  const reports = (error as { sources?: SourceReport[] }).sources ?? [];
  return html`<div class="message error" part="message" role="alert">
      <h3>${strings.errorTitle}</h3>
      ${reports.length > 1 ? failures(reports, l10n) : html`<p>${reason(error, l10n)}</p>`}
      ${code === 'no-source' ? nothing : html`<button type="button" @click=${retry}>${strings.retry}</button>`}
    </div>
    ${renderSkipped(diagnostics, l10n)}`;
}

/** Some sources failed while others loaded: say which, keep showing what there is. */
export function renderSourceFailures(reports: readonly SourceReport[], l10n: Localizer, retry: () => void): TemplateResult | typeof nothing {
  const failed = reports.filter((report) => report.error && report.savedAt === undefined);
  const saved = reports.filter((report) => report.error && report.savedAt !== undefined);
  if (failed.length === 0 && saved.length === 0) return nothing;
  return html`<div class="message warning" part="notice" role="status">
    ${failed.length ? failures(failed, l10n) : nothing}
    ${saved.length
      ? lines(
          saved.map((report) => `${l10n.strings.savedCopy(sourceName(report.source, l10n), l10n.dateTime(report.savedAt!))} ${reason(report.error, l10n)}`),
          'saved-copies',
        )
      : nothing}
    <button type="button" class="quiet" @click=${retry}>${l10n.strings.retry}</button>
  </div>`;
}

/** Records that could not be shown, for the site's maintainer; collapsed by default. */
export function renderSkipped(diagnostics: readonly Diagnostic[], l10n: Localizer): TemplateResult | typeof nothing {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length === 0) return nothing;
  const { strings, number } = l10n;
  return html`<details class="diagnostics" part="diagnostics">
    <summary>${strings.skippedRecords(errors.length, number(errors.length))}</summary>
    <ul>
      ${errors.map(
        (diagnostic) =>
          html`<li>${diagnostic.record === undefined ? '' : `${strings.recordNumber(number(diagnostic.record + 1))}${diagnostic.key ? ` (${diagnostic.key})` : ''}: `}${diagnostic.message}</li>`,
      )}
    </ul>
  </details>`;
}
