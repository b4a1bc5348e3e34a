/** What controllers that look into the element's shadow root need of it: a Lit element. */
import type { ReactiveControllerHost } from 'lit';

export type RenderedHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };
