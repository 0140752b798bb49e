import { ISignal, Signal } from '@lumino/signaling';

import { StageSenseClient } from '../api/client';
import { IStageResponse, Stage } from '../api/types';
import { LatestOnly } from '../completion/latestOnly';

const CACHE_LIMIT = 200;

/** The cell's source and a short digest of the cells before it: keys stay small in long notebooks. */
function cacheKey(code: string, earlier: string[]): string {
  let hash = 5381;
  for (const cell of earlier) {
    for (let i = 0; i < cell.length; i++) {
      hash = ((hash << 5) + hash + cell.charCodeAt(i)) | 0;
    }
    hash = ((hash << 5) + hash + 0x1e) | 0; // cell separator
  }
  return `${earlier.length}:${hash}:${code}`;
}

/**
 * The workflow stage of the active cell, for the badge. The cell is sent after the code cells before it, so the
 * server reads it with what they made (a plot of predictions is evaluation, not exploration) and smooths along
 * them. Edits are debounced and stale requests cancelled like completions; answers are cached by the cell and what
 * came before it, so moving between cells costs no request.
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

  /**
   * The active cell's source changed (or another cell became active); null when it is not a code cell.
   * @param earlier the non-empty code cells before it, oldest first
   */
  async update(code: string | null, earlier: string[] = []): Promise<void> {
    if (code === null || code.trim() === '') {
      this.latest.cancel();
      this.set(null);
      return;
    }
    const key = cacheKey(code, earlier);
    const cached = this.cache.get(key);
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
      const response =
        earlier.length === 0
          ? await this.client.stage(code, { signal })
          : (await this.client.stageOfCells([...earlier, code], { signal })).results[earlier.length];
      if (!signal.aborted && response) {
        this.remember(key, response);
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

  private remember(key: string, response: IStageResponse): void {
    if (this.cache.size >= CACHE_LIMIT) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) {
        this.cache.delete(oldest);
      }
    }
    this.cache.set(key, response);
  }

  private set(stage: IStageResponse | null): void {
    if (stage === this._stage) {
      return;
    }
    this._stage = stage;
    this._changed.emit(stage);
  }
}
