// A classic-script loader for site builders that strip `type="module"`:
//   <script src="https://cdn.jsdelivr.net/npm/meeting-locator@0.1.0/dist/cdn/loader.js"></script>
// It loads the module build (dist/cdn/meeting-locator.js) from beside its own URL, so it must be
// served from the CDN folder as published (or a copy of the whole folder). If that cannot load
// (an old browser, a CDN without CORS), the light-DOM content of <meeting-locator> (for example a
// link to the area's own meeting list) simply stays visible, and the reason goes to the console.
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var url = new URL('meeting-locator.js', script.src).href;
  // import() is allowed in classic scripts (no eval, so a strict CSP is fine); a browser too old to
  // parse it skips this file and the fallback content stays.
  import(url).catch(function (error) {
    console.error('<meeting-locator> could not load ' + url + ':', error);
  });
})();
