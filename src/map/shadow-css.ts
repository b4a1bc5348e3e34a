/**
 * Puts a stylesheet into the shadow root (or document) that holds a node. MapLibre's CSS must sit in
 * the element's shadow root: a page-level stylesheet does not reach inside, and without it the
 * canvas is not `position: absolute` and can grow in a resize loop.
 */

/** One constructed sheet per CSS text, shared by every root that adopts it. */
const sheets = new Map<string, CSSStyleSheet>();

const canAdopt = typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype && typeof ShadowRoot === 'function' && 'adoptedStyleSheets' in ShadowRoot.prototype;

/**
 * Adds `css` to the root of `node` once. It goes first, before the root's own styles, so the
 * element's CSS wins over MapLibre's wherever both set the same thing with equal specificity.
 */
export function adoptCss(node: Node, css: string): void {
  const root = node.getRootNode();
  if (!(root instanceof ShadowRoot) && !(root instanceof Document)) return;
  if (canAdopt) {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
    return;
  }
  // Browsers without constructable stylesheets (Safari before 16.4): a <style> element.
  const parent = root instanceof ShadowRoot ? root : root.head;
  const marker = 'data-ml-css';
  const id = String(hash(css));
  if ([...parent.querySelectorAll(`style[${marker}]`)].some((style) => style.getAttribute(marker) === id)) return;
  const style = document.createElement('style');
  style.setAttribute(marker, id);
  style.textContent = css;
  parent.prepend(style);
}

function hash(text: string): number {
  let value = 0;
  for (let index = 0; index < text.length; index++) value = (Math.imul(31, value) + text.charCodeAt(index)) | 0;
  return value;
}
