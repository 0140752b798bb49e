import { ServiceError, kindForStatus, messageFromBody } from './errors';
import { ITransport } from './transport';
import {
  IBackendStatus,
  ICompleteRequest,
  ICompleteResponse,
  IDocstringRequest,
  IDocstringResponse,
  IPackageRecommendRequest,
  IPackageSearchRequest,
  IPackagesResponse,
  IRecommendResponse,
  ISimilarPackagesResponse,
  IStageBatchResponse,
  IStageResponse
} from './types';

/** Told about every call's outcome, so one place (the status indicator) knows whether the server is healthy. */
export interface IHealthReporter {
  reportSuccess(elapsedMs: number): void;
  reportFailure(error: ServiceError): void;
}

export interface IClientOptions {
  transport: ITransport;
  health?: IHealthReporter;
  /** A request taking longer than this is abandoned (and the server reported slow). */
  timeoutMs?: number;
  /** Injected clock, so tests can measure elapsed time deterministically. */
  now?: () => number;
}

export interface ICallOptions {
  /** Aborted by the caller when the answer is no longer wanted (the user typed on). */
  signal?: AbortSignal;
}

const DEFAULT_TIMEOUT_MS = 5000;

/** Typed calls to the StageSense API through the Jupyter proxy; every failure becomes a `ServiceError`. */
export class StageSenseClient {
  private readonly transport: ITransport;
  private readonly health?: IHealthReporter;
  private readonly now: () => number;
  timeoutMs: number;

  constructor(options: IClientOptions) {
    this.transport = options.transport;
    this.health = options.health;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.now = options.now ?? (() => Date.now());
  }

  complete(body: ICompleteRequest, options?: ICallOptions): Promise<ICompleteResponse> {
    return this.call('POST', 'v1/complete', body, options);
  }

  stage(code: string, options?: ICallOptions): Promise<IStageResponse> {
    return this.call('POST', 'v1/stage', { code }, options);
  }

  /** Stages of consecutive cells of one notebook, oldest first. */
  stageOfCells(cells: string[], options?: ICallOptions): Promise<IStageBatchResponse> {
    return this.call('POST', 'v1/stage', { cells }, options);
  }

  docstring(body: IDocstringRequest, options?: ICallOptions): Promise<IDocstringResponse> {
    return this.call('POST', 'v1/docstring', body, options);
  }

  similar(name: string, k: number, options?: ICallOptions): Promise<ISimilarPackagesResponse> {
    const query = `name=${encodeURIComponent(name)}&k=${k}`;
    return this.call('GET', `v1/packages/similar?${query}`, undefined, options);
  }

  search(body: IPackageSearchRequest, options?: ICallOptions): Promise<IPackagesResponse> {
    return this.call('POST', 'v1/packages/search', body, options);
  }

  recommend(body: IPackageRecommendRequest, options?: ICallOptions): Promise<IRecommendResponse> {
    return this.call('POST', 'v1/packages/recommend', body, options);
  }

  /** The proxy's own view of the StageSense server; answers 200 even when the server is down. */
  status(options?: ICallOptions): Promise<IBackendStatus> {
    return this.call('GET', 'status', undefined, options, false);
  }

  private async call<T>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    options: ICallOptions = {},
    report = true
  ): Promise<T> {
    const started = this.now();
    try {
      const result = await this.send<T>(method, path, body, options.signal);
      if (report) {
        this.health?.reportSuccess(this.now() - started);
      }
      return result;
    } catch (error) {
      const failure = error as ServiceError;
      if (report && failure.affectsHealth) {
        this.health?.reportFailure(failure);
      }
      throw failure;
    }
  }

  private async send<T>(
    method: 'GET' | 'POST',
    path: string,
    body: unknown,
    callerSignal?: AbortSignal
  ): Promise<T> {
    if (callerSignal?.aborted) {
      throw new ServiceError('stale', 'cancelled before sending');
    }
    // One controller per call, aborted either by the caller (stale) or by our timer (timeout); which one fired
    // decides the error kind, because the transport's own error does not say.
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    const onCallerAbort = () => controller.abort();
    callerSignal?.addEventListener('abort', onCallerAbort);
    try {
      let response;
      try {
        response = await this.transport.request(path, {
          method,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: controller.signal
        });
      } catch {
        throw this.abortError(callerSignal, timedOut) ?? new ServiceError('unavailable', 'Jupyter server unreachable');
      }
      const text = await response.text().catch(() => {
        throw this.abortError(callerSignal, timedOut) ?? new ServiceError('unavailable', 'connection lost');
      });
      const parsed = parseJson(text);
      if (response.status < 200 || response.status >= 300) {
        throw new ServiceError(
          kindForStatus(response.status, parsed),
          messageFromBody(parsed, `HTTP ${response.status}`),
          response.status
        );
      }
      if (parsed === undefined) {
        throw new ServiceError('server', 'response is not JSON', response.status);
      }
      return parsed as T;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }

  private abortError(callerSignal: AbortSignal | undefined, timedOut: boolean): ServiceError | null {
    if (callerSignal?.aborted) {
      return new ServiceError('stale', 'superseded by a newer request');
    }
    if (timedOut) {
      return new ServiceError('timeout', `no answer within ${this.timeoutMs} ms`);
    }
    return null;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
