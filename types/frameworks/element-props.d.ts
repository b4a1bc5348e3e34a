// What the generated React and Preact augmentations (react.d.ts, preact.d.ts) build each tag's props
// from. Free of any framework's types: an app without React or Preact must not see a missing module.
import type { CustomElements } from './jsx.js';

/** The element class of a tag (`HTMLElementTagNameMap` carries the package's tags). */
type ElementOf<Tag> = Tag extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[Tag] : HTMLElement;

/** The generated props without the generator's stand-ins for what the framework types itself. */
type Own<Tag extends keyof CustomElements> = Omit<CustomElements[Tag], 'ref' | 'style' | 'children' | 'key' | 'class' | 'className' | 'classList' | 'htmlFor'>;

/** An object ref (`useRef`, `createRef`) or a callback ref, of React or Preact, to the element. */
type RefTo<Element> = { current: Element | null } | ((element: Element | null) => unknown) | null;

/**
 * A tag's props in a JSX framework: its generated attributes, properties and typed events, over
 * the framework's own props of an HTML element (`Native`: className or class, style, children,
 * onClick…), with `ref` typed to the element's class.
 */
export type FrameworkProps<Tag extends keyof CustomElements, Native> = Own<Tag> &
  Omit<Native, keyof Own<Tag> | 'ref'> & { ref?: RefTo<ElementOf<Tag>> };
