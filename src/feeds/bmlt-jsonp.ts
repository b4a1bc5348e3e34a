/**
 * The JSONP fallback for BMLT servers older than 3.0, which send no CORS header: in a chunk of its
 * own, fetched only when such a server has refused a plain fetch.
 */
import { bmltJsonpUrl } from './bmlt-url.js';
import { loadJsonp, type JsonpOptions } from './jsonp.js';

export function loadBmltJsonp(href: string, source: string, options: JsonpOptions): Promise<unknown> {
  return loadJsonp((callback) => bmltJsonpUrl(href, callback), source, options);
}
