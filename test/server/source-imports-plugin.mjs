// A test-runner command that lists every import of every module under src/ (static, re-exports and
// dynamic `import()`), read from the files on disk, so a browser test can check the layers
// (test/layers.test.ts) against the code as it is, not a copy of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');

/** `import … from 'x'`, `import 'x'`, `export … from 'x'`, `import('x')` and `typeof import('x')`. */
const IMPORT = /(?:\bimport\s*(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s*)?|\bexport\s+(?:type\s+)?[\w*{}\s,$]*?\s*from\s*|\bimport\s*\(\s*)['"]([^'"]+)['"]/g;

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Comments out of the way, so an example in a comment is not taken for an import. */
function withoutComments(code) {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');
}

export function sourceImports() {
  return sources(SRC).map((file) => ({
    file: relative(SRC, file).split('\\').join('/'),
    imports: [...withoutComments(readFileSync(file, 'utf8')).matchAll(IMPORT)].map((match) => match[1]),
  }));
}

export function sourceImportsPlugin() {
  return {
    name: 'source-imports-command',
    executeCommand({ command }) {
      return command === 'source-imports' ? sourceImports() : undefined;
    },
  };
}
