/**
 * The language the element speaks. It asks for the nearest `lang` (its own, an ancestor's, the
 * page's); English is built in, another language is a chunk fetched the first time. Until that chunk
 * is in, `current` is undefined and the element waits (a moment on a first visit, nothing after),
 * rather than flash English at a reader of another language. When the chunk cannot be had, the
 * element speaks English and says why once (`onFailed`). A host's `registerLanguage` or
 * `overrideStrings` after the element is up is spoken at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLanguagesChanged, resolveLanguage } from '../../i18n/languages.js';
import { loadLocalizer, loadedLocalizer, localizer, type Localizer } from '../../i18n/localize.js';

export class LanguageController implements ReactiveController {
  private loading?: { name: string; done: Promise<void> };
  private readonly failed = new Set<string>();
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The language tag the element is asked to speak (may be anything, even empty). */
    private readonly wanted: () => string,
    private readonly onFailed: (tag: string, error: unknown) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onLanguagesChanged(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** The language to speak now, or undefined while its chunk is on its way. */
  get current(): Localizer | undefined {
    const name = resolveLanguage(this.wanted());
    if (this.failed.has(name)) return localizer('en');
    const ready = loadedLocalizer(name);
    if (!ready) this.fetch(name);
    return ready;
  }

  /** Settles once the asked-for language can be spoken (or has failed and English stands in). */
  ready(): Promise<void> {
    return this.current ? Promise.resolve() : (this.loading?.done ?? Promise.resolve());
  }

  private fetch(name: string): void {
    if (this.loading?.name === name) return;
    const done = loadLocalizer(name).then(
      () => undefined,
      (error: unknown) => {
        this.failed.add(name);
        this.onFailed(name, error);
      },
    );
    this.loading = { name, done };
    void done.finally(() => {
      if (this.loading?.done === done) this.loading = undefined;
      this.host.requestUpdate();
    });
  }
}
