// Test-runner commands that read src/ from disk, so browser tests check the code as it is, not a
// copy of it: every import of every module (static, re-exports and dynamic `import()`, for
// test/layers.test.ts), and the text of every module (for test/ui/api-docs.test.ts).
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

/** Every module's text, by its path relative to src/. */
export function sourceTexts() {
  return Object.fromEntries(sources(SRC).map((file) => [relative(SRC, file).split('\\').join('/'), readFileSync(file, 'utf8')]));
}

export function sourcePlugin() {
  return {
    name: 'source-commands',
    executeCommand({ command }) {
      if (command === 'source-imports') return sourceImports();
      if (command === 'source-texts') return sourceTexts();
      return undefined;
    },
  };
}
