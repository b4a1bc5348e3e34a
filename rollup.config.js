import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

// ESM with code splitting: the entry a page loads stays small, and later features (the map) are
// separate chunks fetched only when used. Types are checked by `tsc --noEmit`, not here.
export default {
  input: {
    'meeting-locator': 'src/meeting-locator.ts',
    index: 'src/index.ts',
  },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  preserveEntrySignatures: 'strict',
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
