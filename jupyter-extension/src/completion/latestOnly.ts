/**
 * Debounce plus cancellation for as-you-type requests: each `next()` aborts the previous request's signal (so its
 * HTTP request is dropped) and waits `delayMs`; it resolves to a live signal only if no newer `next()` came in the
 * meantime, otherwise to null. Only the latest keystroke ever reaches the server.
 */
export class LatestOnly {
  private controller: AbortController | null = null;
  private generation = 0;

  next(delayMs: number): Promise<AbortSignal | null> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const generation = ++this.generation;
    if (delayMs <= 0) {
      return Promise.resolve(controller.signal);
    }
    return new Promise(resolve => {
      setTimeout(() => {
        resolve(generation === this.generation && !controller.signal.aborted ? controller.signal : null);
      }, delayMs);
    });
  }

  /** Aborts whatever is pending or in flight (the editor lost focus, the feature was switched off). */
  cancel(): void {
    this.generation++;
    this.controller?.abort();
    this.controller = null;
  }
}
