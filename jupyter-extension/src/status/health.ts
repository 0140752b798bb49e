import { ISignal, Signal } from '@lumino/signaling';

import { IHealthReporter } from '../api/client';
import { ServiceError } from '../api/errors';
import { IBackendStatus } from '../api/types';

/**
 * ok: answering in time; slow: answering, but late (or one request timed out); starting: the Jupyter server
 * extension launched it and it is not healthy yet; down: unreachable; unknown: not asked yet.
 */
export type HealthState = 'unknown' | 'ok' | 'slow' | 'starting' | 'down';

export interface IHealthOptions {
  /** Asks the proxy's status endpoint (which answers even when the StageSense server is down). */
  checkStatus: () => Promise<IBackendStatus>;
  /** A successful answer slower than this marks the server slow. */
  slowMs?: number;
  /** Delays between status polls while the server is down; the last one repeats. */
  pollDelaysMs?: number[];
}

const DEFAULT_POLL_DELAYS_MS = [2000, 5000, 10000, 30000];

/**
 * The single source of truth behind the one quiet status indicator. Features stop sending requests while the
 * server is down (no error after error in the browser's network log); instead this model polls the status endpoint
 * with a growing delay and flips back to ok by itself when the server is back.
 */
export class HealthModel implements IHealthReporter {
  private _state: HealthState = 'unknown';
  private _message = 'Connecting to StageSense…';
  private readonly _changed = new Signal<this, HealthState>(this);
  private readonly checkStatus: () => Promise<IBackendStatus>;
  private readonly slowMs: number;
  private readonly pollDelaysMs: number[];
  private pollTimer: ReturnType<typeof setTimeout> | null = null;
  private pollAttempt = 0;
  private disposed = false;

  constructor(options: IHealthOptions) {
    this.checkStatus = options.checkStatus;
    this.slowMs = options.slowMs ?? 1500;
    this.pollDelaysMs = options.pollDelaysMs ?? DEFAULT_POLL_DELAYS_MS;
  }

  get state(): HealthState {
    return this._state;
  }

  get message(): string {
    return this._message;
  }

  /** Whether features should send requests now. Unknown counts as available: the first request finds out. */
  get available(): boolean {
    return this._state !== 'down' && this._state !== 'starting';
  }

  get changed(): ISignal<this, HealthState> {
    return this._changed;
  }

  reportSuccess(elapsedMs: number): void {
    if (elapsedMs > this.slowMs) {
      this.set('slow', `StageSense is slow (${Math.round(elapsedMs)} ms)`);
    } else {
      this.set('ok', 'StageSense is ready');
    }
    this.stopPolling();
  }

  reportFailure(error: ServiceError): void {
    if (error.kind === 'timeout') {
      this.set('slow', `StageSense is slow: ${error.message}`);
    } else if (error.kind === 'unavailable') {
      this.set('down', `StageSense is not reachable: ${error.message}`);
      this.startPolling();
    }
  }

  /** Asks the status endpoint now; also what the poller calls. */
  async check(): Promise<HealthState> {
    let status: IBackendStatus;
    try {
      status = await this.checkStatus();
    } catch (error) {
      const reason = error instanceof ServiceError ? error.message : 'no answer';
      status = { state: 'down', url: '', message: `Jupyter server extension not reachable (${reason})` };
    }
    if (this.disposed) {
      return this._state;
    }
    if (status.state === 'ready') {
      this.set('ok', status.message || 'StageSense is ready');
      this.stopPolling();
    } else {
      this.set(status.state, status.message);
      this.startPolling();
    }
    return this._state;
  }

  dispose(): void {
    this.disposed = true;
    this.stopPolling();
    Signal.clearData(this);
  }

  private set(state: HealthState, message: string): void {
    if (state === this._state && message === this._message) {
      return;
    }
    this._state = state;
    this._message = message;
    this._changed.emit(state);
  }

  private startPolling(): void {
    if (this.pollTimer !== null || this.disposed) {
      return;
    }
    const delays = this.pollDelaysMs;
    const delay = delays[Math.min(this.pollAttempt, delays.length - 1)];
    this.pollAttempt++;
    this.pollTimer = setTimeout(() => {
      this.pollTimer = null;
      void this.check();
    }, delay);
  }

  private stopPolling(): void {
    if (this.pollTimer !== null) {
      clearTimeout(this.pollTimer);
      this.pollTimer = null;
    }
    this.pollAttempt = 0;
  }
}
