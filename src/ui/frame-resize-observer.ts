/**
 * A ResizeObserver that hands its entries over in the next animation frame, for the list's
 * virtualizer (`provideResizeObserver`). The virtualizer re-lays out in response to its observers,
 * which resizes elements its other observer watches within the same observation round; the browser
 * then reports "ResizeObserver loop completed with undelivered notifications" as an error on the
 * host page's window (every list render, logged by host pages' error monitors). Handled a frame
 * later, each round completes, and the layout it leads to is observed in the next one.
 */
export class FrameResizeObserver implements ResizeObserver {
  private readonly observer: ResizeObserver;
  private pending: ResizeObserverEntry[] = [];
  private frame = 0;

  constructor(callback: ResizeObserverCallback) {
    this.observer = new ResizeObserver((entries) => {
      this.pending.push(...entries);
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        // The latest entry per element: an element resized twice in a frame is measured once.
        const latest = new Map(this.pending.splice(0).map((entry) => [entry.target, entry]));
        callback([...latest.values()], this);
      });
    });
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.observer.observe(target, options);
  }

  unobserve(target: Element): void {
    this.observer.unobserve(target);
    this.pending = this.pending.filter((entry) => entry.target !== target);
  }

  disconnect(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.pending = [];
    this.observer.disconnect();
  }
}
