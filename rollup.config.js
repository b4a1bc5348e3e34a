import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

// Two builds of ESM with code splitting (later features, such as the map, become chunks fetched
// only when used):
// - dist/meeting-locator.js, the file a page's <script type="module"> loads: it registers the
//   element and carries what the list needs in one file, so the browser has no waterfall of imports
//   before the first meeting shows;
// - dist/index.js, the side-effect-free API for bundlers (npm), which de-duplicate it themselves.
// Types are checked by `tsc --noEmit`, not here.
const plugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];

const output = {
  dir: 'dist',
  format: 'es',
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  sourcemap: true,
};

export default [
  { input: { 'meeting-locator': 'src/meeting-locator.ts' }, output, plugins: plugins() },
  { input: { index: 'src/index.ts' }, output, plugins: plugins(), preserveEntrySignatures: 'strict' },
];
