/**
 * A BMLT server's `GetServiceBodies` answer → who runs its meetings: each service body's name,
 * helpline and site, as shared frozen entities by body id. A body without a helpline of its own
 * takes the nearest ancestor's entity that has one (an area without a number is served by its
 * region's line), so a meeting's helpline is always named by whose line it is.
 *
 * Its own chunk: asked for only after a BMLT source has loaded, and never before the list shows.
 */
import type { Diagnostic, ServiceEntity } from '../model/meeting.js';
import { phoneOf } from '../model/contacts.js';
import { cleanText, safeWebUrl } from '../model/text.js';
import { fetchJson } from './fetch-json.js';
import { isBmltRootUrl, isBmltSemanticUrl } from './bmlt-url.js';
import type { SourceReport } from './load-meetings.js';

export interface ServiceBodies {
  /** Entity by service body id (the meetings' `serviceBody`). */
  entities: ReadonlyMap<string, ServiceEntity>;
  diagnostics: Diagnostic[];
}

type Body = Record<string, unknown>;

export function adaptServiceBodies(data: unknown, source: string): ServiceBodies {
  const diagnostics: Diagnostic[] = [];
  const warn = (code: string, field: string, message: string) => diagnostics.push({ severity: 'warning', code, message, source, field });
  const own = new Map<string, { entity: ServiceEntity; parent: string | undefined }>();
  if (!Array.isArray(data)) {
    warn('invalid-service-bodies', 'GetServiceBodies', 'The GetServiceBodies answer is not a list; no helpline is shown for these meetings.');
    return { entities: new Map(), diagnostics };
  }
  for (const value of data) {
    if (typeof value !== 'object' || value === null) continue;
    const body = value as Body;
    const id = cleanText(body.id);
    const name = cleanText(body.name);
    if (!id || !name) continue;
    const entity: { -readonly [K in keyof ServiceEntity]: ServiceEntity[K] } = { name };
    const helpline = phoneOf(cleanText(body.helpline));
    if (helpline?.tel) entity.phone = helpline;
    else if (helpline) warn('invalid-phone', 'helpline', `The helpline of ${name} has no number to dial; it is not shown.`);
    const urlText = cleanText(body.url);
    const url = safeWebUrl(urlText);
    if (url) entity.url = url;
    else if (urlText) warn('unsafe-url', 'url', `The site of ${name} is not an http(s) link; it is not shown.`);
    own.set(id, { entity: Object.freeze(entity), parent: cleanText(body.parent_id) });
  }
  const entities = new Map<string, ServiceEntity>();
  for (const [id, { entity }] of own) {
    let served = entity;
    // Up the tree to the first body with a line (the seen set stops a cycle in a broken answer).
    const seen = new Set([id]);
    for (let parent = own.get(id)!.parent; !served.phone && parent && !seen.has(parent); parent = own.get(parent)?.parent) {
      seen.add(parent);
      const up = own.get(parent);
      if (up?.entity.phone) served = up.entity;
    }
    entities.set(id, served);
  }
  return { entities, diagnostics };
}

/** Fetches and reads one server's service bodies; a failure is a diagnostic, never an exception. */
export async function loadServiceBodies(url: string, source: string, timeout: number, signal?: AbortSignal): Promise<ServiceBodies> {
  try {
    const data = await fetchJson(url, { timeout, fresh: false, ...(signal ? { signal } : {}) });
    return adaptServiceBodies(data, source);
  } catch (error) {
    if (signal?.aborted) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      entities: new Map(),
      diagnostics: [{ severity: 'warning', code: 'service-bodies-failed', message: `The service bodies of ${source} could not be loaded (${reason}); their helplines are not shown.`, source, field: 'GetServiceBodies' }],
    };
  }
}

/**
 * The GetServiceBodies URL of the server a BMLT source reads (its semantic endpoint, or its root):
 * the service bodies' names, helplines and sites. Undefined when the source is neither (a file
 * that holds a BMLT answer has no server to ask); `root` says the URL is a root server's even
 * when it is not under `main_server` (the `format="bmlt"` attribute).
 */
export function bmltServiceBodiesUrl(source: string, root = false): string | undefined {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return undefined;
  }
  if (!isBmltSemanticUrl(url)) {
    if (!root && !isBmltRootUrl(url)) return undefined;
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/client_interface/json/`;
  }
  url.pathname = url.pathname.replace(/\/client_interface\/jsonp\/?$/, '/client_interface/json/');
  url.search = '?switcher=GetServiceBodies';
  url.hash = '';
  return url.href;
}

/**
 * Asks the server of each BMLT source for its service bodies (each server once), calling `found`
 * with the sources it answered for as each answer arrives. `root`: see `bmltServiceBodiesUrl`.
 */
export async function loadSourcesServiceBodies(
  sources: readonly SourceReport[],
  root: boolean,
  timeout: number,
  signal: AbortSignal,
  found: (sources: readonly string[], bodies: ServiceBodies) => void,
): Promise<void> {
  const wanted = new Map<string, string[]>();
  for (const report of sources) {
    const url = report.format === 'bmlt' && !report.error ? bmltServiceBodiesUrl(report.source, root) : undefined;
    if (url) wanted.set(url, [...(wanted.get(url) ?? []), report.source]);
  }
  await Promise.all(
    [...wanted].map(async ([url, forSources]) => {
      const bodies = await loadServiceBodies(url, forSources[0]!, timeout, signal);
      if (!signal.aborted) found(forSources, bodies);
    }),
  );
}
