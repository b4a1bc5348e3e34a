/**
 * Printing: the whole schedule is rendered only while the page prints (from the Print button or the
 * browser's own Print command), since it is proportional to the results.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  printing = false;
  private readonly before = () => {
    this.printing = true;
    // The browser lays the page out for paper right after this event: render the schedule now.
    this.host.requestUpdate();
    this.renderNow();
  };
  private readonly after = () => {
    this.printing = false;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Renders the host synchronously (its `performUpdate`). */
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.before);
    window.addEventListener('afterprint', this.after);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.before);
    window.removeEventListener('afterprint', this.after);
  }

  /** The Print button: render the schedule, then open the browser's print dialog. */
  async print(): Promise<void> {
    this.printing = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    window.print();
  }
}
