// Pages served with a real Content-Security-Policy header, one per set of directives the README's
// "Content-Security-Policy" section gives, each with the element on it (test/ui/csp-pages.test.ts
// loads them in a frame). `'self'` is where the page, the element's files, the feed and the map's
// style are here; the README says which origins a real page adds.

const BASE = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; object-src 'none'";

/** The README's policies, by page name; `{bmlt}` is the JSONP server's origin. */
export const POLICIES = {
  list: `${BASE}; connect-src 'self'`,
  map: `${BASE.replace("img-src 'self' data:", "img-src 'self' data: blob:")}; connect-src 'self'; worker-src 'self' blob:`,
  jsonp: `${BASE.replace("script-src 'self'", "script-src 'self' {bmlt}")}; connect-src 'self' {bmlt}`,
  'trusted-types': `${BASE}; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html`,
  // What a page that forgot the feed's origin in connect-src does: the element must say so.
  'no-connect': `${BASE}; connect-src 'none'`,
};

const DRIVER = `
window.violations = [];
window.errors = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective + ' ' + event.blockedURI));
addEventListener('error', (event) => errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => errors.push(String(event.reason && event.reason.message || event.reason)));
await import('/src/meeting-locator.ts');
const element = document.createElement('meeting-locator');
for (const [name, value] of new URLSearchParams(location.search)) element.setAttribute(name, value);
element.style.setProperty('--ml-list-height', '600px');
document.body.append(element);
`;

export async function cspPages(ctx, next) {
  const url = new URL(ctx.url, 'http://test');
  if (url.pathname === '/csp-page/policies.json') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(POLICIES);
    return;
  }
  if (url.pathname === '/csp-page/driver.js') {
    ctx.type = 'text/javascript';
    ctx.body = DRIVER;
    return;
  }
  const match = /^\/csp-page\/([a-z-]+)$/.exec(url.pathname);
  if (!match || !POLICIES[match[1]]) return next();
  // The JSONP server of the tests is the same server on 127.0.0.1: another origin than localhost.
  const port = (ctx.host ?? '').split(':')[1] ?? '';
  ctx.set('Content-Security-Policy', POLICIES[match[1]].replaceAll('{bmlt}', `http://127.0.0.1:${port}`));
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP: ${match[1]}</title><link rel="icon" href="data:,"><script type="module" src="/csp-page/driver.js"></script></head><body></body></html>`;
}
