/**
 * The layers of src/, lowest first: a module may import from its own folder and from the folders
 * below it, never from one above. Data flows one way (feed → normalized meetings → query →
 * views), so the pure layers can be tested, reused from a worker or Node, and read on their own.
 * The real import graph comes from the files on disk (test/server/source-plugin.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** Lowest first. A folder's index is its layer. */
export const LAYERS = ['model', 'feeds', 'state', 'query', 'i18n', 'export', 'map', 'ui'] as const;

/** Layers below the views: plain TypeScript, no Lit (DESIGN.md, "Architecture"). */
const WITHOUT_LIT = new Set(['model', 'feeds', 'state', 'query', 'i18n', 'export']);

interface SourceImports {
  /** Relative to src/, e.g. "ui/meeting-list.ts". */
  file: string;
  imports: string[];
}

/** The folder a src/-relative path is in, or undefined for top-level files (index.ts, the registration). */
function folderOf(path: string): string | undefined {
  const slash = path.indexOf('/');
  return slash < 0 ? undefined : path.slice(0, slash);
}

/** Resolves a relative specifier against the importing file, both relative to src/. */
function resolve(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** Every import that breaks the layering, as "file → specifier (why)". */
export function layerViolations(graph: readonly SourceImports[]): string[] {
  const problems: string[] = [];
  for (const { file, imports } of graph) {
    const folder = folderOf(file);
    // Top-level modules compose the package (index.ts, the registering module): they may import any layer.
    if (folder === undefined || folder === 'types') continue;
    const layer = (LAYERS as readonly string[]).indexOf(folder);
    if (layer < 0) {
      problems.push(`${file}: the folder "${folder}" is not a known layer (add it to LAYERS)`);
      continue;
    }
    for (const specifier of imports) {
      if (!specifier.startsWith('.')) {
        if (WITHOUT_LIT.has(folder) && /^(lit|@lit\/|@lit-labs\/)/.test(specifier)) problems.push(`${file} → ${specifier} (Lit below the views)`);
        continue;
      }
      const target = resolve(file, specifier);
      const targetFolder = folderOf(target);
      if (targetFolder === undefined) {
        problems.push(`${file} → ${specifier} (a layer imports the package's top level)`);
        continue;
      }
      const targetLayer = (LAYERS as readonly string[]).indexOf(targetFolder);
      if (targetLayer > layer) problems.push(`${file} → ${specifier} (${folder} imports ${targetFolder}, a layer above it)`);
    }
  }
  return problems;
}

describe('layers', () => {
  it('finds an upward import, a top-level import and Lit in a pure layer', () => {
    expect(
      layerViolations([
        { file: 'model/a.ts', imports: ['./b.js', 'lit'] },
        { file: 'feeds/load.ts', imports: ['../model/a.js', '../query/order.js'] },
        { file: 'query/x.ts', imports: ['../index.js'] },
        { file: 'ui/element.ts', imports: ['lit', '../map/map.js', '../model/a.js'] },
        { file: 'widgets/w.ts', imports: [] },
        { file: 'index.ts', imports: ['./ui/element.js'] },
      ]),
    ).to.deep.equal([
      'model/a.ts → lit (Lit below the views)',
      'feeds/load.ts → ../query/order.js (feeds imports query, a layer above it)',
      'query/x.ts → ../index.js (a layer imports the package\'s top level)',
      'widgets/w.ts: the folder "widgets" is not a known layer (add it to LAYERS)',
    ]);
  });

  it('src/ has no import that runs upward', async () => {
    const graph = (await executeServerCommand('source-imports')) as SourceImports[];
    expect(graph.length, 'modules read').to.be.above(50);
    expect(graph.some(({ file }) => file === 'ui/meeting-locator-element.ts'), 'the element is among them').to.equal(true);
    expect(layerViolations(graph)).to.deep.equal([]);
  });
});
