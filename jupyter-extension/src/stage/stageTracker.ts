import { ISignal, Signal } from '@lumino/signaling';

import { StageSenseClient } from '../api/client';
import { IStageResponse, Stage } from '../api/types';
import { LatestOnly } from '../completion/latestOnly';

const CACHE_LIMIT = 200;

/**
 * The workflow stage of the active cell, for the badge. Edits are debounced and stale requests cancelled like
 * completions; answers are cached by cell source so moving between cells costs no request.
 */
export class StageTracker {
  private _stage: IStageResponse | null = null;
  private readonly _changed = new Signal<this, IStageResponse | null>(this);
  private readonly cache = new Map<string, IStageResponse>();
  private readonly latest = new LatestOnly();

  constructor(
    private readonly client: StageSenseClient,
    private readonly canRequest: () => boolean,
    private readonly debounceMs: number = 400
  ) {}

  get stage(): IStageResponse | null {
    return this._stage;
  }

  get changed(): ISignal<this, IStageResponse | null> {
    return this._changed;
  }

  /** The active cell's source changed (or another cell became active); null when it is not a code cell. */
  async update(code: string | null): Promise<void> {
    if (code === null || code.trim() === '') {
      this.latest.cancel();
      this.set(null);
      return;
    }
    const cached = this.cache.get(code);
    if (cached) {
      this.latest.cancel();
      this.set(cached);
      return;
    }
    if (!this.canRequest()) {
      return;
    }
    const signal = await this.latest.next(this.debounceMs);
    // Asked again after the pause: the server may have gone away meanwhile (one failed request is enough).
    if (!signal || !this.canRequest()) {
      return;
    }
    try {
      const response = await this.client.stage(code, { signal });
      if (!signal.aborted) {
        this.remember(code, response);
        this.set(response);
      }
    } catch {
      // Down/slow shows in the indicator; the badge keeps its last stage rather than flicker.
    }
  }

  /** A completion answer named the stage of the cell being edited: use it without a request of our own. */
  setFromCompletion(stage: Stage): void {
    if (this._stage?.stage !== stage) {
      this.set({ stage, probabilities: {} });
    }
  }

  dispose(): void {
    this.latest.cancel();
    Signal.clearData(this);
  }

  private remember(code: string, response: IStageResponse): void {
    if (this.cache.size >= CACHE_LIMIT) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) {
        this.cache.delete(oldest);
      }
    }
    this.cache.set(code, response);
  }

  private set(stage: IStageResponse | null): void {
    if (stage === this._stage) {
      return;
    }
    this._stage = stage;
    this._changed.emit(stage);
  }
}
