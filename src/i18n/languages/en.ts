/** English: every message, feature and direction of the element (see `catalog.ts`), whole. */
import type { Catalog } from '../catalog.js';
import first from './en-first.js';
import finder from './en-finder.js';

const catalog: Catalog = { ...first, ...finder, strings: { ...first.strings, ...finder.strings } };

export default catalog;
