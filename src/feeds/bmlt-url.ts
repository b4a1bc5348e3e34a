/**
 * BMLT URLs: recognizing a semantic-API URL or a root server's URL, and building the query the
 * element sends to a root server (optionally narrowed to service bodies, or to a circle around a
 * point: what "near me" will re-query with).
 */
import type { Coordinates } from '../model/meeting.js';

export interface BmltQuery {
  /** Service body ids; with `recursive`, their child service bodies too. */
  services?: readonly string[];
  recursive?: boolean;
  /** Only meetings within `radiusKm` of `center` (the server answers nearest first). */
  center?: Coordinates;
  radiusKm?: number;
}

const SEMANTIC_PATH = /\/client_interface\/jsonp?\/?$/;

/** `…/client_interface/json/?switcher=…`: a semantic-API request, used as given. */
export function isBmltSemanticUrl(url: URL): boolean {
  return SEMANTIC_PATH.test(url.pathname);
}

/**
 * A root server's own URL, such as `https://natennessee.org/main_server`: BMLT installs it under
 * `main_server` by convention. Other roots need `format="bmlt"`.
 */
export function isBmltRootUrl(url: URL): boolean {
  return /\/main_server\/?$/.test(url.pathname) && !url.search;
}

/** The GetSearchResults URL for a root server, with the formats of the meetings it returns. */
export function bmltSearchUrl(root: string, query: BmltQuery = {}): string {
  const url = new URL(root);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/client_interface/json/`;
  url.search = '';
  const params = url.searchParams;
  params.set('switcher', 'GetSearchResults');
  params.set('get_used_formats', '1');
  for (const service of query.services ?? []) params.append('services[]', service);
  if (query.services?.length && query.recursive) params.set('recursive', '1');
  if (query.center && query.radiusKm) {
    params.set('lat_val', String(query.center.latitude));
    params.set('long_val', String(query.center.longitude));
    params.set('geo_width_km', String(query.radiusKm));
    params.set('sort_results_by_distance', '1');
  }
  return url.href;
}

/**
 * A semantic GetSearchResults URL that also asks for the formats its meetings use; without them
 * formats are bare codes that cannot be matched to features.
 */
export function withUsedFormats(href: string): string {
  const url = new URL(href);
  if (url.searchParams.get('switcher') !== 'GetSearchResults' || url.searchParams.has('get_used_formats')) return href;
  url.searchParams.set('get_used_formats', '1');
  return url.href;
}

/** The JSONP form of a semantic JSON URL (for servers before BMLT 3.0, which send no CORS header). */
export function bmltJsonpUrl(href: string, callback: string): string {
  const url = new URL(href);
  url.pathname = url.pathname.replace(/\/client_interface\/json\/?$/, '/client_interface/jsonp/');
  url.searchParams.set('callback', callback);
  return url.href;
}

