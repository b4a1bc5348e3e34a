// A stylesheet imported as text (`import css from 'x.css?inline'`), for a shadow root: the build
// (rollup.config.js) and the test server (web-test-runner.config.js) both turn such an import into
// `export default "<css>"`. The `?inline` keeps it apart from the file itself, so a `<link>` to the
// same CSS is never served the JavaScript module (or the reverse) from a cache.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
