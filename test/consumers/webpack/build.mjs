// webpack 5 with no configuration beyond entry and output: what `webpack` does by default.
import webpack from 'webpack';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve('dist');
const compiler = webpack({ mode: 'production', entry: './main.js', output: { path: out, filename: 'main.js', clean: true } });
compiler.run((error, stats) => {
  if (error || stats.hasErrors()) {
    console.error(error ?? stats.toString('errors-only'));
    process.exit(1);
  }
  mkdirSync(out, { recursive: true });
  // webpack's output is a classic script.
  writeFileSync(resolve(out, 'index.html'), readFileSync('index.html', 'utf8').replace('<script type="module" src="./main.js">', '<script src="./main.js">'));
  compiler.close(() => {});
});
