/**
 * Printing: the whole schedule is rendered only while the page prints (from the Print button or the
 * browser's own Print command), since it is proportional to the results. Its template and print
 * styles are a chunk of their own, fetched when the list is idle or the Print button is pressed.
 */
import type { ReactiveController } from 'lit';
import { ChunkController } from './chunk-controller.js';
import type { RenderedHost } from './rendered-host.js';

export type PrintView = typeof import('../print-view.js');

export class PrintController implements ReactiveController {
  printing = false;
  private readonly chunk: ChunkController<PrintView>;
  private readonly before = () => {
    // Fetched at idle; a print asked for sooner prints the screen as it is, and the next one the schedule.
    if (!this.view) {
      this.chunk.want();
      return;
    }
    this.printing = true;
    // The browser lays the page out for paper right after this event: render the schedule now.
    this.host.requestUpdate();
    this.renderNow();
  };
  private readonly after = () => {
    if (!this.printing) return;
    this.printing = false;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: RenderedHost,
    /** Renders the host synchronously (its `performUpdate`). */
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
    this.chunk = new ChunkController(host, () => import('../print-view.js'), { styles: (module) => module.printStyles });
  }

  /** The schedule's chunk, once fetched. */
  get view(): PrintView | undefined {
    return this.chunk.module;
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }

  /** Fetches the chunk when the page is idle, so the browser's own Print command finds it. */
  preload(): void {
    this.chunk.preload();
  }

  /** The Print button: render the schedule, then open the browser's print dialog. */
  async print(): Promise<void> {
    try {
      await this.chunk.load();
    } catch {
      // The schedule could not be fetched (the connection dropped): print the screen as it is.
      window.print();
      return;
    }
    this.printing = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    window.print();
  }
}
